"""Our client against the simulator, in-process (httpx.ASGITransport) and over loopback (uvicorn):
Connect, code exchange, every endpoint, batch, token rotation and the typed errors of a mixed fleet."""

import asyncio
from collections import Counter
from contextlib import asynccontextmanager
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from shopapp.services.smartcar_source import SNAPSHOT_PATHS
from shopapp.simulator import ALL_SCOPES, Simulator, create_app, run_in_thread
from shopapp.smartcar import (
    AppCredentials,
    AuthenticationError,
    CompatibilityError,
    OAuthError,
    PermissionDeniedError,
    RetryPolicy,
    SmartcarAuth,
    SmartcarClient,
    SmartcarEndpoints,
    create_http_client,
)

REDIRECT = "http://localhost:8765/callback"
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05)


@pytest.fixture
def sim():
    return Simulator.generate(vehicles=20, seed=11)


@asynccontextmanager
async def wired(sim, mode):
    """(auth, client, http) talking to `sim` in-process or over a real loopback socket."""
    credentials = AppCredentials(sim.credentials.client_id, sim.credentials.client_secret, REDIRECT)
    if mode == "in-process":
        base, transport = "http://simulator.test", httpx.ASGITransport(app=create_app(sim))
        async with create_http_client(transport) as http:
            endpoints = SmartcarEndpoints.for_server(base)
            yield (
                SmartcarAuth(http, endpoints, credentials, retry=FAST),
                SmartcarClient(http, endpoints, retry=FAST),
                http,
            )
    else:
        with run_in_thread(sim) as base:
            async with create_http_client() as http:
                endpoints = SmartcarEndpoints.for_server(base)
                yield (
                    SmartcarAuth(http, endpoints, credentials, retry=FAST),
                    SmartcarClient(http, endpoints, retry=FAST),
                    http,
                )


async def connect(auth, http, state="state-1"):
    """What the app's Connect does: open the URL (the simulator approves at once), read the redirect."""
    response = await http.get(auth.connect_url(state=state, scopes=ALL_SCOPES))
    assert response.status_code in (302, 303, 307)
    params = parse_qs(urlsplit(response.headers["Location"]).query)
    assert params["state"] == [state]
    return await auth.exchange_code(params["code"][0])


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["in-process", pytest.param("loopback", marks=pytest.mark.loopback)])
async def test_connect_then_read_every_signal(sim, mode):
    async with wired(sim, mode) as (auth, client, http):
        pair = await connect(auth, http)
        vehicle_ids = (await client.vehicle_ids(pair.access_token)).vehicle_ids
        assert vehicle_ids
        user_id = (await client.user(pair.access_token)).user_id
        owner = next(c for c in sim.customers if set(vehicle_ids) <= set(c.vehicle_ids))
        assert owner.vehicle_ids == vehicle_ids
        assert user_id
        for vehicle_id in vehicle_ids:
            truth = sim.reading(vehicle_id)
            attributes = await client.attributes(pair.access_token, vehicle_id)
            assert attributes.vehicle_id == vehicle_id
            assert attributes.make
            assert isinstance(attributes.year, int)
            assert (await client.vin(pair.access_token, vehicle_id)).vin == sim.vehicle(vehicle_id).vin
            odometer = await client.odometer(pair.access_token, vehicle_id)
            assert odometer.distance == pytest.approx(truth.odometer_km)
            assert odometer.meta.unit_system == "metric"
            assert abs(odometer.meta.data_age - truth.recorded_at) < timedelta(milliseconds=1)
            permissions = (await client.permissions(pair.access_token, vehicle_id)).permissions
            assert "read_odometer" in permissions


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["in-process", pytest.param("loopback", marks=pytest.mark.loopback)])
async def test_batch_over_a_mixed_fleet_gives_values_and_not_available_answers(sim, mode):
    outcomes = Counter()
    async with wired(sim, mode) as (auth, client, http):
        for _ in sim.customers:
            pair = await connect(auth, http)
            for vehicle_id in (await client.vehicle_ids(pair.access_token)).vehicle_ids:
                result = await client.batch(pair.access_token, vehicle_id, [*SNAPSHOT_PATHS, "/"])
                truth = sim.reading(vehicle_id)
                assert result["/odometer"].result().distance == pytest.approx(truth.odometer_km)
                oil = result["/engine/oil"]
                if "read_engine_oil" in sim.vehicle(vehicle_id).withheld_scopes:
                    assert isinstance(oil.error, PermissionDeniedError)
                elif truth.oil_life is None:  # no engine oil at all: an electric car
                    assert isinstance(oil.error, CompatibilityError)
                    assert oil.error.code == "VEHICLE_NOT_CAPABLE"
                elif oil.ok:
                    assert oil.result().life_remaining == pytest.approx(truth.oil_life)
                else:  # a make whose oil life Smartcar cannot read
                    assert isinstance(oil.error, CompatibilityError)
                    assert oil.error.code == "SMARTCAR_NOT_CAPABLE"
                for path in SNAPSHOT_PATHS:
                    item = result[path]
                    outcomes[(path, "ok" if item.ok else type(item.error).__name__)] += 1
    # A realistic fleet: every signal is readable on some cars and "not available" on others.
    for path in ("/engine/oil", "/diagnostics/dtcs", "/diagnostics/system_status"):
        assert outcomes[(path, "ok")] > 0, outcomes
        assert outcomes[(path, "CompatibilityError")] > 0, outcomes


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["in-process", pytest.param("loopback", marks=pytest.mark.loopback)])
async def test_refresh_token_rotates_and_cannot_be_used_twice(sim, mode):
    async with wired(sim, mode) as (auth, client, http):
        first = await connect(auth, http)
        second = await auth.refresh_tokens(first.refresh_token)
        assert second.refresh_token != first.refresh_token
        assert (await client.vehicle_ids(second.access_token)).vehicle_ids
        with pytest.raises(OAuthError) as caught:
            await auth.refresh_tokens(first.refresh_token)
        assert caught.value.is_invalid_grant
        assert first.refresh_token not in str(caught.value)


@pytest.mark.asyncio
async def test_expired_access_token_is_a_401_and_not_retried(sim):
    async with wired(sim, "in-process") as (auth, client, http):
        pair = await connect(auth, http)
        sim.clock.advance(timedelta(hours=2, minutes=1))
        with pytest.raises(AuthenticationError):
            await client.vehicle_ids(pair.access_token)
        fresh = await auth.refresh_tokens(pair.refresh_token)
        assert (await client.vehicle_ids(fresh.access_token)).vehicle_ids


@pytest.mark.asyncio
async def test_imperial_odometer_matches_the_metric_one(sim):
    async with wired(sim, "in-process") as (auth, _, http):
        pair = await connect(auth, http)
        endpoints = SmartcarEndpoints.for_server("http://simulator.test")
        metric = SmartcarClient(http, endpoints)
        imperial = SmartcarClient(http, endpoints, unit_system="imperial")
        vehicle_id = (await metric.vehicle_ids(pair.access_token)).vehicle_ids[0]
        km, mi = await asyncio.gather(
            metric.odometer(pair.access_token, vehicle_id), imperial.odometer(pair.access_token, vehicle_id)
        )
        assert mi.meta.unit_system == "imperial"
        assert mi.distance_km == pytest.approx(km.distance, abs=0.2)


@pytest.mark.asyncio
async def test_disconnect_removes_the_vehicle_from_the_token(sim):
    async with wired(sim, "in-process") as (auth, client, http):
        pair = await connect(auth, http)
        vehicle_ids = (await client.vehicle_ids(pair.access_token)).vehicle_ids
        assert (await client.disconnect(pair.access_token, vehicle_ids[0])).status == "success"
        assert vehicle_ids[0] not in (await client.vehicle_ids(pair.access_token)).vehicle_ids


@pytest.mark.asyncio
async def test_service_history_window(sim):
    async with wired(sim, "in-process") as (auth, client, http):
        found = 0
        for _ in sim.customers:
            pair = await connect(auth, http)
            for vehicle_id in (await client.vehicle_ids(pair.access_token)).vehicle_ids:
                try:
                    history = await client.service_history(
                        pair.access_token,
                        vehicle_id,
                        sim.clock.now().date() - timedelta(days=3 * 365),
                        sim.clock.now().date(),
                    )
                except (CompatibilityError, PermissionDeniedError):
                    continue  # a make without history, or an owner who did not share it
                found += len(history.events)
                for event in history.events:
                    if event.service_date is not None:
                        assert event.service_date <= sim.clock.now()
        assert found > 0
