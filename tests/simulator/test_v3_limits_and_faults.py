"""Plan limits, latency and faults on v3 vehicle requests, exactly as on v2, in both error envelopes."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import httpx
import pytest
from simulator_support import API_CLIENT_FORM, assert_chaos_mix, simulator_under, v3_headers

from shopapp.simulator import (
    FaultKind,
    Malformation,
    create_app,
)

pytestmark = pytest.mark.asyncio


@pytest.fixture
def owner(sim):
    customer = max(sim.customers, key=lambda c: len(c.vehicle_ids))
    sim.connect(customer.id)
    return customer


def signals_url(vehicle_id: str) -> str:
    return f"/v3/vehicles/{vehicle_id}/signals"


async def test_each_vehicle_request_takes_one_bucket_token_and_token_calls_are_free(
    client, sim, owner, app_token
):
    sim.config.app_burst = 3
    sim.config.app_refill_per_minute = 2
    car = owner.vehicle_ids[0]
    headers = v3_headers(app_token, owner.id)
    assert (await client.get(signals_url(car), headers=headers)).status_code == 200
    assert (
        await client.get(f"{signals_url(car)}/odometer-traveleddistance", headers=headers)
    ).status_code == 200
    assert (await client.post("/oauth2/token", data=API_CLIENT_FORM)).status_code == 200
    assert (await client.get("/v3/connections", headers=headers)).status_code == 200
    assert (await client.get(f"/v3/vehicles/{car}", headers=headers)).status_code == 200
    empty = await client.get(signals_url(car), headers=headers)
    assert empty.status_code == 429
    assert "Retry-After" not in empty.headers
    assert (empty.json()["type"], empty.json()["code"]) == ("RATE_LIMIT", "SMARTCAR_API")
    sim.clock.advance(timedelta(seconds=30))  # refills one token
    assert (await client.get(signals_url(car), headers=headers)).status_code == 200
    assert (await client.get(signals_url(car), headers=headers)).status_code == 429


async def test_one_signals_call_counts_once_against_the_monthly_quota(client, sim, owner, app_token):
    sim.config.vehicle_monthly_quota = 2
    car = owner.vehicle_ids[0]
    headers = v3_headers(app_token, owner.id)
    assert (await client.get(signals_url(car), headers=headers)).status_code == 200
    assert sim.limits.monthly_calls(car, sim.clock.timestamp()) == 1
    assert (await client.get(f"/v3/vehicles/{car}", headers=headers)).status_code == 200
    over = await client.get(signals_url(car), headers=headers)
    assert over.status_code == 430
    assert (over.json()["type"], over.json()["code"], over.json()["statusCode"]) == (
        "BILLING",
        "VEHICLE_REQUEST_LIMIT",
        430,
    )
    if len(owner.vehicle_ids) > 1:  # another car has its own quota
        assert (await client.get(signals_url(owner.vehicle_ids[1]), headers=headers)).status_code == 200


async def test_per_vehicle_rate_limit_with_retry_after(client, sim, owner, app_token):
    sim.config.vehicle_rate_limit = 2
    sim.config.vehicle_rate_window_s = 60
    car = owner.vehicle_ids[0]
    headers = v3_headers(app_token, owner.id)
    for _ in range(2):
        assert (await client.get(signals_url(car), headers=headers)).status_code == 200
    sim.clock.advance(timedelta(seconds=15))
    throttled = await client.get(signals_url(car), headers=headers)
    assert throttled.status_code == 429
    assert throttled.headers["Retry-After"] == "45"
    assert (throttled.json()["type"], throttled.json()["code"]) == ("RATE_LIMIT", "VEHICLE")
    sim.config.v3_error_shape = "jsonapi"
    again = await client.get(signals_url(car), headers=headers)
    assert (again.status_code, again.headers["Retry-After"]) == (429, "45")
    assert again.json()["errors"][0]["code"] == "too_many_requests"


@pytest.mark.parametrize(
    ("kind", "status", "code", "jsonapi_code"),
    [
        (FaultKind.SERVER_ERROR, 500, "INTERNAL", "internal_error"),
        (FaultKind.UPSTREAM, 502, "NO_RESPONSE", "bad_gateway"),
        (FaultKind.ASLEEP, 409, "ASLEEP", "conflict"),
        (FaultKind.RATE_LIMIT, 429, "VEHICLE", "too_many_requests"),
    ],
)
@pytest.mark.parametrize("shape", ["flat", "jsonapi"])
async def test_each_forced_error_kind_in_both_envelopes(
    client, sim, owner, app_token, kind, status, code, jsonapi_code, shape
):
    sim.config.v3_error_shape = shape
    sim.faults.force(kind, retry_after=7)
    answer = await client.get(signals_url(owner.vehicle_ids[0]), headers=v3_headers(app_token, owner.id))
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/json"
    request_id = answer.headers["SC-Request-Id"]
    if shape == "flat":
        assert (answer.json()["code"], answer.json()["requestId"]) == (code, request_id)
    else:
        assert answer.json()["errors"][0]["code"] == jsonapi_code
        assert answer.json()["errors"][0]["status"] == str(status)
    assert ("Retry-After" in answer.headers) == (kind is FaultKind.RATE_LIMIT)
    if kind is FaultKind.RATE_LIMIT:
        assert answer.headers["Retry-After"] == "7"


async def test_forced_faults_match_v3_paths(client, sim, owner, app_token):
    car = owner.vehicle_ids[0]
    headers = v3_headers(app_token, owner.id)
    sim.faults.force("asleep", vehicle_id=car, path="/v3/signals/vehicleidentification-vin")
    sim.faults.force("server_error", vehicle_id=car, path="/v3")
    assert (await client.get(signals_url(car), headers=headers)).status_code == 200
    assert (
        await client.get(f"{signals_url(car)}/vehicleidentification-vin", headers=headers)
    ).status_code == 409
    assert (await client.get(f"/v3/vehicles/{car}", headers=headers)).status_code == 500
    sim.faults.force("upstream", vehicle_id=car, path="/v3/signals")
    assert (await client.get(signals_url(car), headers=headers)).status_code == 502
    assert (await client.get(signals_url(car), headers=headers)).status_code == 200


async def test_timeout_holds_the_request_then_gives_up(client, sim, owner, app_token):
    sim.config.hang_s = 0.2
    sim.faults.force(FaultKind.TIMEOUT)
    started = time.perf_counter()
    answer = await client.get(signals_url(owner.vehicle_ids[0]), headers=v3_headers(app_token, owner.id))
    assert time.perf_counter() - started >= 0.2
    assert (answer.status_code, answer.json()["code"]) == (502, "NO_RESPONSE")


async def test_malformed_bodies(client, sim, owner, app_token):
    car = owner.vehicle_ids[0]
    headers = v3_headers(app_token, owner.id)
    sim.faults.force(FaultKind.MALFORMED, malformation=Malformation.TRUNCATED)
    truncated = await client.get(signals_url(car), headers=headers)
    assert truncated.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    sim.faults.force(FaultKind.MALFORMED, malformation=Malformation.WRONG_SHAPE)
    wrong = await client.get(signals_url(car), headers=headers)
    assert wrong.status_code == 200
    assert "data" not in wrong.json()
    sim.faults.force(FaultKind.MALFORMED, malformation=Malformation.NOT_JSON)
    page = await client.get(signals_url(car), headers=headers)
    assert page.status_code == 502
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["SC-Request-Id"]
    assert "502 Bad Gateway" in page.text


async def test_latency_applies(client, sim, owner, app_token):
    sim.config.latency_ms = 60
    started = time.perf_counter()
    await client.get(signals_url(owner.vehicle_ids[0]), headers=v3_headers(app_token, owner.id))
    assert time.perf_counter() - started >= 0.06
    started = time.perf_counter()
    await client.post("/oauth2/token", data=API_CLIENT_FORM)
    assert time.perf_counter() - started >= 0.06


async def v3_outcomes(profile: str, requests: int = 300) -> list[tuple[int, str]]:
    sim = simulator_under(profile)
    owner = sim.customers[0]
    sim.connect(owner.id)
    token, _ = sim.tokens.issue_app_token(sim.clock.timestamp())
    outcomes = []
    transport = httpx.ASGITransport(app=create_app(sim))
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as http:
        for i in range(requests):
            vehicle_id = owner.vehicle_ids[i % len(owner.vehicle_ids)]
            answer = await http.get(signals_url(vehicle_id), headers=v3_headers(token, owner.id))
            try:
                body = answer.json()
                kind = (
                    body.get("code")
                    if answer.status_code >= 400
                    else "ok"
                    if "data" in body
                    else "wrong_shape"
                )
            except ValueError:
                kind = "not_json" if answer.status_code == 502 else "truncated"
            outcomes.append((answer.status_code, kind or ""))
    return outcomes


async def test_chaos_on_v3_produces_every_fault_and_is_repeatable():
    outcomes = await v3_outcomes("chaos")
    assert_chaos_mix(outcomes, malformed=[(502, "not_json"), (200, "truncated"), (200, "wrong_shape")])
    assert await v3_outcomes("chaos") == outcomes
    assert set(await v3_outcomes("none", 40)) == {(200, "ok")}
