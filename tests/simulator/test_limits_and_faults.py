"""Plan limits (per-car throttle, app bucket, monthly quota), latency, and injected faults."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import httpx
import pytest
from simulator_support import CLIENT_AUTH, assert_chaos_mix, simulator_under

from shopapp.simulator import (
    FaultKind,
    Malformation,
    create_app,
    parse_fault_profile,
)

pytestmark = pytest.mark.asyncio


def odometer_url(vehicle_id: str) -> str:
    return f"/v2.0/vehicles/{vehicle_id}/odometer"


def batch(client, connected, paths, vehicle_id=None):
    return client.post(
        f"/v2.0/vehicles/{vehicle_id or connected.vehicle_ids[0]}/batch",
        json={"requests": [{"path": p} for p in paths]},
        headers=connected.headers,
    )


async def test_vehicle_rate_limit_answers_429_with_retry_after(connect, client, sim):
    sim.config.vehicle_rate_limit = 3
    sim.config.vehicle_rate_window_s = 60
    connected = await connect()
    first, other = connected.vehicle_ids[0], sim.fleet.vehicles_of(sim.fleet.customer(connected.user_id))
    for _ in range(3):
        assert (await client.get(odometer_url(first), headers=connected.headers)).status_code == 200
    sim.clock.advance(timedelta(seconds=20))
    throttled = await client.get(odometer_url(first), headers=connected.headers)
    assert throttled.status_code == 429
    assert throttled.headers["Retry-After"] == "40"
    body = throttled.json()
    assert (body["type"], body["code"], body["statusCode"]) == ("RATE_LIMIT", "VEHICLE", 429)
    if len(other) > 1:  # another car of the same owner is not throttled
        assert (await client.get(odometer_url(other[1].id), headers=connected.headers)).status_code == 200
    sim.clock.advance(timedelta(seconds=40))
    assert (await client.get(odometer_url(first), headers=connected.headers)).status_code == 200


async def test_app_bucket_counts_a_batch_once_and_ignores_token_calls(connect, client, sim):
    connected = await connect()  # Connect and the code exchange are free
    sim.config.app_burst = 3
    sim.config.app_refill_per_minute = 2
    vehicle_id = connected.vehicle_ids[0]
    assert (await batch(client, connected, ["/odometer", "/vin", "/"])).status_code == 200
    assert (await client.get("/v2.0/vehicles", headers=connected.headers)).status_code == 200
    assert (await client.get(odometer_url(vehicle_id), headers=connected.headers)).status_code == 200
    refreshed = await client.post(
        "/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": connected.refresh_token},
        auth=CLIENT_AUTH,
    )
    assert refreshed.status_code == 200
    empty = await client.get(odometer_url(vehicle_id), headers=connected.headers)
    assert empty.status_code == 429
    assert "Retry-After" not in empty.headers
    assert (empty.json()["type"], empty.json()["code"]) == ("RATE_LIMIT", "SMARTCAR_API")
    sim.clock.advance(timedelta(seconds=30))  # refills one token
    assert (await client.get(odometer_url(vehicle_id), headers=connected.headers)).status_code == 200
    assert (await client.get(odometer_url(vehicle_id), headers=connected.headers)).status_code == 429


async def test_monthly_quota_counts_batch_items_and_resets_next_month(connect, client, sim):
    sim.config.vehicle_monthly_quota = 4
    connected = await connect()
    vehicle_id = connected.vehicle_ids[0]
    assert [
        e["code"] for e in (await batch(client, connected, ["/odometer", "/vin", "/"])).json()["responses"]
    ] == [
        200,
        200,
        200,
    ]
    assert (await client.get(odometer_url(vehicle_id), headers=connected.headers)).status_code == 200
    over = await client.get(odometer_url(vehicle_id), headers=connected.headers)
    assert over.status_code == 430
    assert (over.json()["type"], over.json()["code"], over.json()["statusCode"]) == (
        "BILLING",
        "VEHICLE_REQUEST_LIMIT",
        430,
    )
    entries = (await batch(client, connected, ["/odometer"])).json()["responses"]
    assert entries[0]["code"] == 430
    assert sim.limits.monthly_calls(vehicle_id, sim.clock.timestamp()) == 4
    sim.clock.advance(timedelta(days=10))  # from 22 November into December
    fresh = {"Authorization": f"Bearer {sim.connect(connected.user_id).access_token}"}
    assert (await client.get(odometer_url(vehicle_id), headers=fresh)).status_code == 200


async def test_latency_is_added_to_every_request(connect, client, sim):
    connected = await connect()
    sim.config.latency_ms = 60
    started = time.perf_counter()
    await client.get("/v2.0/vehicles", headers=connected.headers)
    assert time.perf_counter() - started >= 0.06


async def statuses_under(profile: str, requests: int = 300) -> list[tuple[int, str]]:
    sim = simulator_under(profile)
    owner = sim.customers[0]
    headers = {"Authorization": f"Bearer {sim.connect(owner.id).access_token}"}
    outcomes = []
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=create_app(sim)), base_url="http://sim"
    ) as http:
        for i in range(requests):
            vehicle_id = owner.vehicle_ids[i % len(owner.vehicle_ids)]
            answer = await http.get(odometer_url(vehicle_id), headers=headers)
            try:
                kind = answer.json().get("code") if answer.status_code >= 400 else "ok"
                kind = (
                    kind if isinstance(answer.json(), dict) and "data" not in answer.json() else "wrong_shape"
                )
            except ValueError:
                kind = "not_json"
            outcomes.append((answer.status_code, kind or ""))
    return outcomes


async def test_chaos_produces_every_fault_and_is_repeatable():
    outcomes = await statuses_under("chaos")
    assert_chaos_mix(outcomes, malformed=[(200, "not_json"), (200, "wrong_shape")])
    assert await statuses_under("chaos") == outcomes


async def test_no_faults_by_default():
    assert set(await statuses_under("none", 60)) == {(200, "ok")}


async def test_forced_faults_hit_only_their_car_and_path(connect, client, sim):
    connected = await connect()
    car = connected.vehicle_ids[0]
    sim.faults.force(FaultKind.ASLEEP, vehicle_id=car, path="/odometer", times=2)
    for _ in range(2):
        assert (await client.get(f"/v2.0/vehicles/{car}/vin", headers=connected.headers)).status_code == 200
        asleep = await client.get(odometer_url(car), headers=connected.headers)
        assert asleep.status_code == 409
        assert asleep.json()["code"] == "ASLEEP"
    assert (await client.get(odometer_url(car), headers=connected.headers)).status_code == 200


@pytest.mark.parametrize(
    ("kind", "status", "code"),
    [
        (FaultKind.SERVER_ERROR, 500, "INTERNAL"),
        (FaultKind.UPSTREAM, 502, "NO_RESPONSE"),
        (FaultKind.ASLEEP, 409, "ASLEEP"),
        (FaultKind.RATE_LIMIT, 429, "VEHICLE"),
    ],
)
async def test_each_forced_error_kind(connect, client, sim, kind, status, code):
    connected = await connect()
    sim.faults.force(kind, retry_after=7)
    answer = await client.get(odometer_url(connected.vehicle_ids[0]), headers=connected.headers)
    assert answer.status_code == status
    assert answer.json()["code"] == code
    assert answer.headers["content-type"] == "application/json"
    if kind is FaultKind.RATE_LIMIT:
        assert answer.headers["Retry-After"] == "7"


async def test_a_forced_fault_inside_a_batch_fails_only_its_item(connect, client, sim):
    connected = await connect()
    sim.faults.force("server_error", path="/vin")
    entries = (await batch(client, connected, ["/odometer", "/vin"])).json()["responses"]
    assert [(e["code"], e["headers"]) for e in entries][1] == (500, {})
    assert entries[0]["code"] == 200
    assert entries[1]["body"]["type"] == "SERVER"


async def test_timeout_holds_the_request_then_gives_up(connect, client, sim):
    connected = await connect()
    sim.config.hang_s = 0.3
    sim.faults.force(FaultKind.TIMEOUT, times=2)
    started = time.perf_counter()
    answer = await client.get(odometer_url(connected.vehicle_ids[0]), headers=connected.headers)
    assert time.perf_counter() - started >= 0.3
    assert answer.status_code == 502
    started = time.perf_counter()
    entries = (await batch(client, connected, ["/odometer", "/vin"])).json()["responses"]
    assert time.perf_counter() - started >= 0.3
    assert [e["code"] for e in entries] == [502, 200]


async def test_a_hung_request_trips_a_client_timeout(connect, client, sim):
    connected = await connect()
    sim.config.hang_s = 5
    sim.faults.force(FaultKind.TIMEOUT)
    with pytest.raises(TimeoutError):
        async with __import__("asyncio").timeout(0.2):
            await client.get(odometer_url(connected.vehicle_ids[0]), headers=connected.headers)


@pytest.mark.parametrize("shape", list(Malformation))
async def test_malformed_success_bodies(connect, client, sim, shape):
    connected = await connect()
    sim.faults.force(FaultKind.MALFORMED, malformation=shape, times=2)
    answer = await client.get(odometer_url(connected.vehicle_ids[0]), headers=connected.headers)
    assert answer.status_code == 200
    whole = await batch(client, connected, ["/odometer", "/vin"])
    assert whole.status_code == 200
    if shape is Malformation.WRONG_SHAPE:
        assert "distance" not in answer.json()
        entries = whole.json()["responses"]
        assert entries[0]["code"] == 200
        assert "distance" not in entries[0]["body"]
        assert entries[1]["body"] == {"vin": sim.vehicle(connected.vehicle_ids[0]).vin}
    else:
        for broken in (answer, whole):
            with pytest.raises(json.JSONDecodeError):
                json.loads(broken.content)


async def test_revoked_refresh_fault_kills_the_grant(connect, client, sim):
    connected = await connect()
    sim.config.faults = parse_fault_profile("revoked_refresh=1")
    answer = await client.post(
        "/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": connected.refresh_token},
        auth=CLIENT_AUTH,
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"
    assert (await client.get("/v2.0/vehicles", headers=connected.headers)).status_code == 401
