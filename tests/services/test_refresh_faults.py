"""Refreshing a fleet while the simulator misbehaves: per-car 429s with Retry-After, bursts of 5xx, timeouts
(slow upstream and client-side read timeouts), malformed bodies of every kind, sleeping cars, a revoked
connection among healthy ones, an access token that dies while 20 cars of one owner refresh at once, and a
mixed "chaos" profile over 30 cars.

What every test holds the refresher to: each car ends either refreshed or with a precise error, a car that
fails keeps every reading stored before (nothing lost, no half-parsed garbage written), other cars are not
affected, a token refresh happens once per connection and never with a used refresh token, and no token,
code, client secret or data key leaks into the database file, the log or any message.

Waits never slow the suite: the refresher's and the token keeper's `sleep` record the delay, move the
simulated clock on and return at once; only the few "hang" tests wait real time, for milliseconds.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import pytest_asyncio
from simulated_smartcar import FAST, KEY, connect_every_owner_on_v2, smartcar_on
from words import words

import shopapp.smartcar.auth as smartcar_auth
import shopapp.smartcar.client as smartcar_client
from shopapp.domain.plan import default_plan
from shopapp.log import init_logging
from shopapp.services.refresh import Refresher
from shopapp.services.request_gate import RequestGate
from shopapp.simulator import PROFILES, Fleet, Malformation, SimClock, Simulator, create_app, generate_fleet
from shopapp.smartcar import RetryPolicy
from shopapp.smartcar.http_session import create_http_client
from shopapp.store import connections
from shopapp.store.models import (
    Connection,
    Customer,
    OdometerReading,
    OilReading,
    RefreshRun,
    SignalAvailability,
    SystemStatusChange,
    TroubleCodeOccurrence,
    Vehicle,
)

pytestmark = pytest.mark.asyncio

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# FAST, with the default two minutes of budget: room for a real per-car Retry-After of 60 s.
PATIENT = replace(FAST, max_total_seconds=120)
ACCESS_TTL = timedelta(hours=2)  # the simulator's (and Smartcar's) access token lifetime


class ReadTimeoutASGITransport(httpx.ASGITransport):
    """ASGITransport ignores httpx timeouts; this one honours the read timeout as a real client would."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        read = (request.extensions.get("timeout") or {}).get("read")
        if read is None:
            return await super().handle_async_request(request)
        try:
            async with asyncio.timeout(read):
                return await super().handle_async_request(request)
        except TimeoutError:
            raise httpx.ReadTimeout("the simulator did not answer in time", request=request) from None


class World:
    """The shop wired to one in-process simulator whose clock is the shop's clock."""

    def __init__(self, sim: Simulator, http: httpx.AsyncClient, retry: RetryPolicy) -> None:
        self.sim = sim
        self.http = http
        self.auth, self.client, _, self.tokens = smartcar_on(sim, http, retry=retry, sleep=self.sleep)
        self.slept: list[float] = []

    async def sleep(self, seconds: float) -> None:
        """Waiting is simulated: remembered, and the simulator's clock moves on by as much."""
        self.slept.append(seconds)
        self.sim.clock.advance(max(0.0, seconds))
        await asyncio.sleep(0)

    async def connect_everyone(self) -> None:
        await connect_every_owner_on_v2(self.sim, self.http, self)

    def refresher(self, **kwargs) -> Refresher:
        kwargs.setdefault("sleep", self.sleep)
        return Refresher(self.client, self.tokens, default_plan(), now=self.sim.clock.now, **kwargs)

    async def connected_and_refreshed_once(self) -> None:
        """Every car linked and read once without faults; then an hour passes (tokens still valid)."""
        await self.connect_everyone()
        summary = await self.refresher().refresh()
        assert summary.failed == [], [r.message for r in summary.failed]
        self.sim.clock.advance(timedelta(hours=1))
        self.slept.clear()


@pytest_asyncio.fixture
async def make_world(store):
    """`await make_world(...)`: a simulator (generated, or the fleet given) and a shop wired to it."""
    clients: list[httpx.AsyncClient] = []

    async def factory(
        vehicles: int = 12,
        seed: int = 5,
        *,
        fleet: Fleet | None = None,
        retry: RetryPolicy = FAST,
        read_timeout: float | None = None,
    ) -> World:
        if fleet is None:
            sim = Simulator.generate(vehicles=vehicles, seed=seed, start=START)
        else:
            sim = Simulator(fleet, clock=SimClock(START))
        if read_timeout is None:
            http = create_http_client(httpx.ASGITransport(app=create_app(sim)))
        else:
            http = create_http_client(
                ReadTimeoutASGITransport(app=create_app(sim)), timeout=httpx.Timeout(read_timeout)
            )
        clients.append(http)
        return World(sim, http, retry)

    yield factory
    for http in clients:
        await http.aclose()


def stored(car_id: int) -> dict[str, object]:
    """Everything a refresh writes about a car's readings (not its bookkeeping: last refresh, errors)."""
    car = Vehicle.get_by_id(car_id)
    return {
        "odometer": (car.odometer_km, car.odometer_at),
        "oil": (car.oil_life, car.oil_at, car.oil_capability),
        "odometer_rows": sorted(
            (r.recorded_at, r.value_km)
            for r in OdometerReading.select().where(OdometerReading.vehicle == car)
        ),
        "oil_rows": sorted(
            (r.recorded_at, r.life) for r in OilReading.select().where(OilReading.vehicle == car)
        ),
        "open_codes": sorted(
            r.code
            for r in TroubleCodeOccurrence.select().where(
                (TroubleCodeOccurrence.vehicle == car) & TroubleCodeOccurrence.cleared_at.is_null()
            )
        ),
        "systems": sorted(
            (r.system_id, r.status)
            for r in SystemStatusChange.select().where(
                (SystemStatusChange.vehicle == car) & SystemStatusChange.ended_at.is_null()
            )
        ),
    }


def availability(car_id: int, signal: str) -> SignalAvailability:
    return SignalAvailability.get(
        (SignalAvailability.vehicle == car_id) & (SignalAvailability.signal == signal)
    )


def by_id(summary) -> dict[int, object]:
    results = {result.vehicle_id: result for result in summary.results}
    assert len(results) == len(summary.results), "a car was reported twice"
    return results


def cars() -> list[Vehicle]:
    return list(Vehicle.select().order_by(Vehicle.id))


PATHS = {
    "odometer": "/odometer",
    "engine_oil": "/engine/oil",
    "trouble_codes": "/diagnostics/dtcs",
    "system_status": "/diagnostics/system_status",
}


def readable_paths(car_id: int) -> list[str]:
    """The batch paths this car answered last time (a fault forced on a path the car cannot serve at
    all would never fire: Smartcar refuses those before asking the car)."""
    rows = SignalAvailability.select().where(
        (SignalAvailability.vehicle == car_id) & (SignalAvailability.availability == "ok")
    )
    return [PATHS[row.signal] for row in rows]


def odometer_cars() -> list[Vehicle]:
    return [car for car in cars() if "/odometer" in readable_paths(car.id)]


# --- 1. per-car 429 RATE_LIMIT/VEHICLE with Retry-After -----------------------------------------------------


async def test_a_per_car_429_is_waited_out_for_at_least_retry_after_and_the_cars_end_refreshed(make_world):
    world = await make_world()
    await world.connected_and_refreshed_once()
    throttled = odometer_cars()[:3]
    for car, seconds in zip(throttled, (2, 3, 4), strict=True):
        world.sim.faults.force(
            "rate_limit", vehicle_id=car.smartcar_id, path="/odometer", retry_after=seconds
        )
    before = world.sim.clock.now()

    summary = await world.refresher().refresh()

    assert summary.failed == [], [r.message for r in summary.failed]
    assert len(summary.refreshed) == len(cars())
    # One wait per throttled car, each at least its Retry-After (a little jitter on top, never less).
    long_waits = sorted(delay for delay in world.slept if delay >= 1)
    assert len(long_waits) == 3
    for delay, seconds in zip(long_waits, (2, 3, 4), strict=True):
        assert seconds <= delay <= seconds * 1.1 + 0.001
    for car in throttled:
        assert availability(car.id, "odometer").availability == "ok"
        assert Vehicle.get_by_id(car.id).odometer_km == pytest.approx(
            world.sim.reading(car.smartcar_id).odometer_km, abs=0.01
        )
    assert world.sim.clock.now() - before >= timedelta(seconds=2 + 3 + 4)


async def test_the_simulators_own_per_car_limit_is_respected_through_its_retry_after(make_world):
    world = await make_world(vehicles=6, seed=8, retry=PATIENT)
    await world.connected_and_refreshed_once()
    # Three requests per car a minute: a four-signal batch has its last item throttled for 60 s (a car
    # whose owner withheld a permission is refused that item before the throttle counts it).
    world.sim.config.vehicle_rate_limit, world.sim.config.vehicle_rate_window_s = 3, 60
    throttled = [car for car in world.sim.fleet.vehicles.values() if not car.withheld_scopes]
    assert 0 < len(throttled) < 6

    summary = await world.refresher(concurrency=1).refresh()

    assert summary.failed == [], [r.message for r in summary.failed]
    assert len(summary.refreshed) == 6
    assert len(world.slept) == len(throttled)
    assert all(60 <= delay <= 61 for delay in world.slept)


async def test_a_retry_after_beyond_the_retry_budget_is_not_slept_through_and_is_reported(make_world):
    world = await make_world()
    await world.connected_and_refreshed_once()
    car = odometer_cars()[0]
    before = stored(car.id)
    world.sim.faults.force("rate_limit", vehicle_id=car.smartcar_id, path="/odometer", retry_after=600)

    summary = await world.refresher().refresh()

    result = by_id(summary)[car.id]
    assert not result.ok
    assert result.message
    assert all(delay < 1 for delay in world.slept)  # ten minutes are the next run's to wait, not this one's
    assert availability(car.id, "odometer").detail == "RATE_LIMIT:VEHICLE"
    assert stored(car.id)["odometer"] == before["odometer"]
    assert len(summary.refreshed) == len(cars()) - 1


# --- 2. bursts of 5xx ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["server_error", "upstream"])
async def test_a_5xx_burst_shorter_than_the_retry_budget_is_retried_to_success(make_world, kind):
    world = await make_world()
    await world.connected_and_refreshed_once()
    hit = cars()[:4]
    forced = []
    for number, car in enumerate(hit):
        # the first car on one path, the last on every path it serves; three failures out of four tries
        paths = readable_paths(car.id)[: number + 1] if number < 3 else readable_paths(car.id)
        forced += [world.sim.faults.force(kind, vehicle_id=car.smartcar_id, path=p, times=3) for p in paths]

    summary = await world.refresher().refresh()

    assert all(fault.remaining == 0 for fault in forced)  # every burst really happened
    assert summary.failed == [], [r.message for r in summary.failed]
    assert len(summary.refreshed) == len(cars())
    for car in hit:
        assert Vehicle.get_by_id(car.id).last_error == ""
        rows = SignalAvailability.select().where(SignalAvailability.vehicle == car.id)
        assert "error" not in {row.availability for row in rows}


@pytest.mark.parametrize(
    ("kind", "detail"), [("server_error", "SERVER:INTERNAL"), ("upstream", "UPSTREAM:NO_RESPONSE")]
)
async def test_a_5xx_burst_longer_than_the_budget_fails_that_car_only_and_keeps_its_readings(
    make_world, kind, detail
):
    world = await make_world()
    await world.connected_and_refreshed_once()
    broken, partly = odometer_cars()[:2]
    before = {car.id: stored(car.id) for car in cars()}
    world.sim.faults.force(kind, vehicle_id=broken.smartcar_id, times=None)  # every signal, every time
    world.sim.faults.force(kind, vehicle_id=partly.smartcar_id, path="/odometer", times=None)

    summary = await world.refresher().refresh()

    results = by_id(summary)
    assert len(results) == len(cars())
    for car in (broken, partly):
        result = results[car.id]
        assert not result.ok
        assert result.outcome.failed_signals[0] == "odometer"
        assert result.outcome.failure_causes["odometer"] == detail
        failures = result.outcome.describe_failures()
        assert result.message == words("RefreshWords", "could not read %1", failures)
        assert availability(car.id, "odometer").detail == detail
        assert Vehicle.get_by_id(car.id).last_error == words("RefreshWords", "Could not read: %1", failures)
    assert stored(broken.id) == before[broken.id]  # nothing read, nothing lost
    assert stored(partly.id)["odometer"] == before[partly.id]["odometer"]
    assert stored(partly.id)["odometer_rows"] == before[partly.id]["odometer_rows"]
    assert availability(partly.id, "trouble_codes").availability != "error"  # the rest was read
    assert {r.vehicle_id for r in summary.refreshed} == {car.id for car in cars()} - {broken.id, partly.id}


# --- 3. timeouts --------------------------------------------------------------------------------------------


def time_out_two_cars(world: World) -> tuple[Vehicle, Vehicle, dict[str, object]]:
    """Two odometer cars whose batches time out: the first twice and then recovers, the second every time.
    Returns them and what the second had stored before, to show that a lost batch writes nothing."""
    recovers, stays = odometer_cars()[:2]
    before = stored(stays.id)
    world.sim.faults.force("timeout", vehicle_id=recovers.smartcar_id, path="/odometer", times=2)
    world.sim.faults.force("timeout", vehicle_id=stays.smartcar_id, path="/odometer", times=None)
    return recovers, stays, before


async def test_a_slow_upstream_that_ends_in_502_is_retried_then_reported(make_world):
    world = await make_world()
    await world.connected_and_refreshed_once()
    world.sim.config.hang_s = 0.01  # the TIMEOUT fault holds the batch this long, then answers 502
    recovers, stays, before = time_out_two_cars(world)

    summary = await world.refresher().refresh()

    results = by_id(summary)
    assert results[recovers.id].ok
    assert not results[stays.id].ok
    assert "odometer" in results[stays.id].message
    assert availability(stays.id, "odometer").detail == "UPSTREAM:NO_RESPONSE"
    assert stored(stays.id)["odometer_rows"] == before["odometer_rows"]
    assert len(summary.refreshed) == len(cars()) - 1


async def test_a_client_read_timeout_is_retried_then_reported_as_a_timeout(make_world):
    # A quarter second: far above any honest answer, even with a busy event loop on a loaded machine.
    world = await make_world(read_timeout=0.25)
    await world.connected_and_refreshed_once()
    world.sim.config.hang_s = 30.0  # far beyond the client's read timeout: the client gives up first
    recovers, stays, before = time_out_two_cars(world)

    summary = await world.refresher().refresh()

    results = by_id(summary)
    assert results[recovers.id].ok, results[recovers.id].message
    failed = results[stays.id]
    assert not failed.ok
    assert failed.message.startswith("NETWORK:TIMEOUT"), failed.message
    assert "did not answer in time" in failed.message
    assert Vehicle.get_by_id(stays.id).last_error == failed.message
    assert stored(stays.id) == before  # the whole batch was lost: nothing of it written
    assert len(summary.refreshed) == len(cars()) - 1


# --- 4. malformed bodies ------------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", list(Malformation))
async def test_a_malformed_answer_once_is_retried_to_success(make_world, shape):
    world = await make_world()
    await world.connected_and_refreshed_once()
    car = odometer_cars()[0]
    world.sim.faults.force("malformed", vehicle_id=car.smartcar_id, path="/odometer", malformation=shape)

    summary = await world.refresher().refresh()

    assert summary.failed == [], [r.message for r in summary.failed]
    assert Vehicle.get_by_id(car.id).odometer_km == pytest.approx(
        world.sim.reading(car.smartcar_id).odometer_km, abs=0.01
    )


@pytest.mark.parametrize("shape", [Malformation.TRUNCATED, Malformation.NOT_JSON])
async def test_a_body_that_is_not_json_fails_that_car_with_a_precise_error_and_writes_nothing(
    make_world, shape
):
    world = await make_world()
    await world.connected_and_refreshed_once()
    car = odometer_cars()[0]
    before = stored(car.id)
    checked_before = {
        row.signal: row.checked_at
        for row in SignalAvailability.select().where(SignalAvailability.vehicle == car.id)
    }
    world.sim.faults.force(
        "malformed", vehicle_id=car.smartcar_id, path="/odometer", times=None, malformation=shape
    )

    summary = await world.refresher().refresh()

    result = by_id(summary)[car.id]
    assert not result.ok
    assert result.message.startswith("MALFORMED_RESPONSE"), result.message
    assert "not JSON" in result.message
    assert Vehicle.get_by_id(car.id).last_error == result.message
    assert stored(car.id) == before
    # Not one signal of the mangled batch was taken for an answer.
    assert {
        row.signal: row.checked_at
        for row in SignalAvailability.select().where(SignalAvailability.vehicle == car.id)
    } == checked_before
    assert len(summary.refreshed) == len(cars()) - 1


async def test_a_body_of_the_wrong_shape_fails_that_signal_only_and_stores_no_garbage(make_world):
    world = await make_world()
    await world.connected_and_refreshed_once()
    car = odometer_cars()[0]
    before = stored(car.id)
    world.sim.faults.force(
        "malformed",
        vehicle_id=car.smartcar_id,
        path="/odometer",
        times=None,
        malformation=Malformation.WRONG_SHAPE,
    )

    summary = await world.refresher().refresh()

    result = by_id(summary)[car.id]
    assert not result.ok
    assert result.outcome.failed_signals == ["odometer"]
    assert result.message == words("RefreshWords", "could not read %1", "odometer (MALFORMED_RESPONSE)")
    assert availability(car.id, "odometer").detail == "MALFORMED_RESPONSE"
    after = stored(car.id)
    assert (after["odometer"], after["odometer_rows"]) == (before["odometer"], before["odometer_rows"])
    assert availability(car.id, "trouble_codes").availability != "error"
    assert len(summary.refreshed) == len(cars()) - 1


# --- 5. sleeping cars ---------------------------------------------------------------------------------------


async def test_a_car_asleep_for_a_while_is_retried_and_one_asleep_beyond_the_retries_is_reported(make_world):
    world = await make_world()
    await world.connected_and_refreshed_once()
    dozing, sound_asleep = odometer_cars()[:2]
    before = stored(sound_asleep.id)
    world.sim.faults.force("asleep", vehicle_id=dozing.smartcar_id, path="/odometer", times=3)
    world.sim.faults.force("asleep", vehicle_id=sound_asleep.smartcar_id, times=None)

    summary = await world.refresher().refresh()

    results = by_id(summary)
    assert results[dozing.id].ok
    assert Vehicle.get_by_id(dozing.id).odometer_km == pytest.approx(
        world.sim.reading(dozing.smartcar_id).odometer_km, abs=0.01
    )
    asleep = results[sound_asleep.id]
    assert not asleep.ok
    assert asleep.message
    for signal in ("odometer", "engine_oil", "trouble_codes", "system_status"):
        row = availability(sound_asleep.id, signal)
        assert row.availability in ("error", "not_capable", "no_permission")
        if row.availability == "error":
            assert row.detail == "VEHICLE_STATE:ASLEEP"
    assert stored(sound_asleep.id) == before
    assert len(summary.refreshed) == len(cars()) - 1


# --- a signal that keeps failing is reported with its cause -----------------------------------------------


@pytest.mark.parametrize(
    ("kind", "cause"),
    [
        ("server_error", "SERVER:INTERNAL"),
        ("upstream", "UPSTREAM:NO_RESPONSE"),
        ("asleep", "VEHICLE_STATE:ASLEEP"),
        ("malformed", "MALFORMED_RESPONSE"),
    ],
)
async def test_a_signal_that_keeps_failing_is_reported_with_its_error(make_world, kind, cause):
    world = await make_world()
    await world.connected_and_refreshed_once()
    car = odometer_cars()[0]
    # (the shape only matters for "malformed": a wrong shape fails the one item, not the whole batch)
    world.sim.faults.force(
        kind, vehicle_id=car.smartcar_id, path="/odometer", times=None, malformation=Malformation.WRONG_SHAPE
    )

    summary = await world.refresher().refresh()

    result = by_id(summary)[car.id]
    assert not result.ok
    assert cause in result.message, result.message
    assert cause in Vehicle.get_by_id(car.id).last_error


# --- 6. a revoked connection among healthy ones -------------------------------------------------------------


async def test_a_revoked_connection_is_marked_once_its_refresh_token_tried_once_and_others_refreshed(
    make_world, monkeypatch
):
    world = await make_world(vehicles=15, seed=21)
    await world.connected_and_refreshed_once()
    owners = {person.id: person for person in world.sim.customers}
    person = next(p for p in world.sim.customers if len(p.vehicle_ids) >= 2)  # cars share one refresh
    refreshed_for: list[str] = []
    original_refresh = world.sim.tokens.refresh

    def recording_refresh(token, client_id, now):
        grant = world.sim.tokens.grant_for_refresh_token(token)
        refreshed_for.append(grant.user_id if grant else "?")
        return original_refresh(token, client_id, now)

    world.sim.tokens.refresh = recording_refresh
    marks = []
    original_mark = connections.mark_needs_reconnect
    monkeypatch.setattr(
        connections, "mark_needs_reconnect", lambda *args: (marks.append(args[0]), original_mark(*args))
    )
    world.sim.revoke_user(person.id)
    world.sim.clock.advance(ACCESS_TTL)  # every access token expired: each connection must refresh

    summary = await world.refresher(concurrency=8).refresh()

    theirs = {car.id for car in Vehicle.select().join(Customer).where(Customer.name == person.name)}
    assert len(theirs) == len(person.vehicle_ids)
    assert {r.vehicle_id for r in summary.needing_reconnect} == theirs
    assert all(r.message and not r.ok for r in summary.needing_reconnect)
    assert {r.vehicle_id for r in summary.refreshed} == {car.id for car in cars()} - theirs
    revoked = Connection.get(Connection.state == "needs_reconnect")
    assert Connection.select().where(Connection.state == "needs_reconnect").count() == 1
    assert marks == [revoked.id]
    assert refreshed_for.count(person.id) == 1
    assert sorted(refreshed_for) == sorted(owners)  # one refresh per connection, no more
    assert world.sim.tokens.refresh_token_reuses == 0

    # The next run does not ask Smartcar again for the dead grant, and the healthy cars refresh again.
    again = await world.refresher().refresh()
    assert refreshed_for.count(person.id) == 1
    assert {r.vehicle_id for r in again.needing_reconnect} == theirs
    assert len(again.refreshed) == len(cars()) - len(theirs)
    assert marks == [revoked.id]


# --- 7. one owner with 20 cars, the access token dying mid-run ----------------------------------------------


def one_owner_fleet(vehicles: int, seed: int) -> Fleet:
    """generate_fleet gives each customer 1-3 cars; one simulated user owning `vehicles` cars is built by
    handing every generated car to the first customer (the Fleet is plain data, re-indexed on creation)."""
    generated = generate_fleet(vehicles, seed, START)
    owner = generated.customers[0]
    for car in generated.vehicles.values():
        car.owner_id = owner.id
    return Fleet(
        seed=generated.seed,
        anchor_ts=generated.anchor_ts,
        customers=(replace(owner, vehicle_ids=tuple(generated.vehicles)),),
        vehicles=generated.vehicles,
    )


def record_batch_tokens(world: World) -> list[str]:
    used: list[str] = []
    original = world.client.batch

    async def batch(token, vehicle_id, paths):
        used.append(token)
        return await original(token, vehicle_id, paths)

    world.client.batch = batch
    return used


def live_access_tokens(world: World) -> set[str]:
    """The access tokens the simulator accepts now (tokens are opaque: ask the simulator, not the shop)."""
    now = world.sim.clock.timestamp()
    return {t for t in world.sim.tokens.issued_secrets() if world.sim.tokens.grant_for_access_token(t, now)}


async def test_twenty_cars_of_one_owner_share_exactly_one_token_refresh(make_world):
    world = await make_world(fleet=one_owner_fleet(20, seed=31))
    assert len(world.sim.customers) == 1
    assert len(world.sim.customers[0].vehicle_ids) == 20
    await world.connect_everyone()
    (connection,) = Connection.select()
    assert connection.vehicles.count() == 20
    # The pair now has four minutes left: inside the five-minute margin, so the run must renew it first.
    world.sim.clock.advance(ACCESS_TTL - timedelta(minutes=4))
    dying = live_access_tokens(world)
    world.sim.config.latency_ms = 2  # requests overlap for real
    used = record_batch_tokens(world)

    summary = await world.refresher(concurrency=20).refresh()

    assert world.sim.tokens.refresh_calls == 1
    assert world.sim.tokens.refresh_token_reuses == 0
    assert summary.failed == [], [r.message for r in summary.failed]
    assert len(summary.refreshed) == 20
    assert len(used) == 20
    assert len(set(used)) == 1
    assert not set(used) & dying
    assert Connection.get_by_id(connection.id).state == "ok"
    assert not connections.lease_is_held(connection.id)


async def test_an_access_token_expiring_mid_run_is_renewed_once_and_every_car_refreshed(make_world):
    world = await make_world(fleet=one_owner_fleet(20, seed=32))
    await world.connect_everyone()
    (connection,) = Connection.select()
    # Six minutes left: outside the margin, so the run starts with this token...
    world.sim.clock.advance(ACCESS_TTL - timedelta(minutes=6))
    # ...and the shop's request allowance (5 at once, then 2 a minute) makes later cars wait past its end.
    gate = RequestGate(5, 2, now=world.sim.clock.now, sleep=world.sleep)
    world.client.gate = gate
    try:
        summary = await world.refresher(concurrency=20).refresh()
    finally:
        world.client.gate = None
        await gate.close()

    assert world.sim.clock.now() > connection.access_expires_at  # the token did die during the run
    assert summary.needing_reconnect == [], summary.needing_reconnect[0].message
    assert Connection.get_by_id(connection.id).state == "ok"
    assert len(summary.refreshed) == 20
    assert world.sim.tokens.refresh_calls == 1
    assert world.sim.tokens.refresh_token_reuses == 0


# --- 8. chaos -----------------------------------------------------------------------------------------------


async def test_under_the_chaos_profile_every_car_ends_refreshed_or_with_a_precise_error(make_world):
    world = await make_world(vehicles=30, seed=13)
    await world.connected_and_refreshed_once()
    baseline = {car.id: stored(car.id) for car in cars()}
    world.sim.config.faults = PROFILES["chaos"]
    world.sim.config.hang_s = 0.01
    world.sim.clock.advance(ACCESS_TTL)  # token refreshes too, where chaos may find a revoked grant
    progress = []

    summary = await world.refresher(concurrency=8, on_progress=progress.append).refresh()

    results = by_id(summary)
    assert set(results) == {car.id for car in cars()}
    assert len(summary.results) == 30
    assert summary.refreshed
    assert summary.failed
    for car_id, result in results.items():
        if result.ok:
            assert result.message == "ok"
            continue
        assert result.message not in ("", "ok"), car_id
        car = Vehicle.get_by_id(car_id)
        if result.needs_reconnect:
            assert car.connection.state == "needs_reconnect"
        else:
            assert car.last_error, car_id
        # nothing lost: every reading taken before is still there, the odometer never went back
        now = stored(car_id)
        assert set(baseline[car_id]["odometer_rows"]) <= set(now["odometer_rows"])
        assert set(baseline[car_id]["oil_rows"]) <= set(now["oil_rows"])
        if baseline[car_id]["odometer"][0] is not None:
            assert now["odometer"][0] >= baseline[car_id]["odometer"][0]
    assert progress[-1].done == progress[-1].total == 30
    assert progress[-1].errors == len(summary.failed)
    run = RefreshRun.select().order_by(RefreshRun.id.desc()).first()
    assert run.outcome == "finished"
    assert run.vehicles_total == 30
    assert (run.vehicles_ok, run.vehicles_failed, run.vehicles_skipped) == (
        len(summary.refreshed),
        len(summary.failed),
        len(summary.skipped),
    )
    assert run.vehicles_ok + run.vehicles_failed + run.vehicles_skipped == run.vehicles_total
    assert world.sim.tokens.refresh_token_reuses == 0
    assert not any(connections.lease_is_held(c.id) for c in Connection.select())

    # The faults over, the next run reads every car whose owner did not revoke access.
    world.sim.config.faults = PROFILES["none"]
    world.sim.clock.advance(timedelta(minutes=30))
    calm = await world.refresher().refresh()
    reconnect = {r.vehicle_id for r in calm.needing_reconnect}
    assert reconnect == {r.vehicle_id for r in summary.needing_reconnect}
    assert {r.vehicle_id for r in calm.refreshed} == set(results) - reconnect


# --- 9. no secret anywhere ----------------------------------------------------------------------------------


@pytest.fixture
def log_file(shopapp_home):
    """The app's own log file at DEBUG in the test's data folder; the root logger restored afterwards."""
    root, httpx_logger = logging.getLogger(), logging.getLogger("httpx")
    levels = root.level, httpx_logger.level
    path = init_logging(shopapp_home, logging.DEBUG)
    yield path
    for handler in list(root.handlers):
        if getattr(handler, "_shopapp", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(levels[0])
    httpx_logger.setLevel(levels[1])


def _texts_of(error: BaseException) -> list[str]:
    texts, seen = [], set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        texts += [str(error), repr(error), *map(str, error.args)]
        error = error.__cause__ or error.__context__
    return texts


async def test_no_token_code_client_secret_or_data_key_leaks_to_the_database_log_or_messages(
    make_world, sqlite_only, shopapp_home, log_file, caplog, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    errors: list[BaseException] = []

    def recording(request_json):
        async def wrapper(*args, **kwargs):
            try:
                return await request_json(*args, **kwargs)
            except Exception as error:
                errors.append(error)
                raise

        return wrapper

    monkeypatch.setattr(smartcar_client, "request_json", recording(smartcar_client.request_json))
    monkeypatch.setattr(smartcar_auth, "request_json", recording(smartcar_auth.request_json))
    world = await make_world(vehicles=12, seed=17)
    await world.connected_and_refreshed_once()
    revoked = world.sim.customers[0]
    world.sim.revoke_user(revoked.id)
    world.sim.clock.advance(ACCESS_TTL)  # a token refresh for everyone, refused for the revoked owner
    some_car = world.sim.customers[-1].vehicle_ids[0]
    world.sim.faults.force("asleep", vehicle_id=some_car, path="/odometer", times=None)
    world.sim.faults.force(
        "malformed", vehicle_id=some_car, path="/engine/oil", malformation="not_json", times=2
    )
    summaries = [await world.refresher().refresh(), await world.refresher().refresh()]
    assert world.sim.tokens.refresh_calls >= len(world.sim.customers)
    assert any(r.needs_reconnect for r in summaries[0].results)
    assert errors, "the faults produced errors whose texts are checked"

    secrets = world.sim.tokens.issued_secrets() | {world.sim.credentials.client_secret, KEY}
    assert len(secrets) > 2 * len(world.sim.customers)
    sqlite_only.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database = Path(sqlite_only.database)
    files = [p for p in shopapp_home.rglob("*") if p.is_file()]
    assert database in files
    assert log_file in files
    stored_bytes = b"".join(path.read_bytes() for path in files)  # database, -wal, log: everything
    assert b"marked for reconnection" in log_file.read_bytes()  # the log was written, and is checked
    texts = [r.message for s in summaries for r in s.results]
    texts += [row.last_error for row in Vehicle.select()] + [row.state_reason for row in Connection.select()]
    texts += [row.summary for row in RefreshRun.select()]
    for error in errors:
        texts += _texts_of(error)
    for record in caplog.records:
        texts.append(record.getMessage())
        if record.exc_info:
            texts.append(logging.Formatter().formatException(record.exc_info))
    joined = "\n".join(texts)
    for secret in secrets:
        assert secret.encode() not in stored_bytes
        assert secret not in joined
