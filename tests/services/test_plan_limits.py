"""Smartcar's plan limits against the in-process simulator on simulated time: the shared request bucket
is never overdrawn (no avoidable 429) and its waits are reported, the monthly call budget is never passed
over a month of scheduled refreshes, and a cancelled refresh leaves a consistent database that the next
refresh completes."""

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import pytest_asyncio
from simulated_smartcar import connect_every_owner_through, smartcar_on

from shopapp.domain.plan import default_plan
from shopapp.domain.schedule import PaceRule
from shopapp.services.refresh import Refresher, RefreshLimits, planned_refreshes
from shopapp.services.request_gate import RequestGate, is_app_throttle
from shopapp.services.schedule_words import pace_text
from shopapp.simulator import Simulator, create_app
from shopapp.smartcar.errors import error_from_response
from shopapp.smartcar.http_session import create_http_client
from shopapp.store import connections
from shopapp.store.models import (
    Connection,
    OdometerReading,
    RefreshRun,
    SignalAvailability,
    Vehicle,
)

pytestmark = pytest.mark.asyncio
# The plan limits hold for both APIs: each test that does not concern v2 tokens runs on both.
BOTH_APIS = pytest.mark.parametrize("api", ["v2", "v3"])


class RecordingGate(RequestGate):
    """The real gate, also remembering every app-level throttle Smartcar answered."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.throttles = 0

    async def after_response(self, error):
        if error is not None and is_app_throttle(error):
            self.throttles += 1
        await super().after_response(error)


class Shop:
    """A shop wired to a simulator whose clock is the only clock: waiting moves simulated time on. Its
    owners connect through `api` (v2: code exchanged, sealed pairs; v3: the user id, no secret)."""

    def __init__(self, sim, http, gate=None, api="v2"):
        self.sim, self.http, self.api = sim, http, api
        self.auth, self.client, self.v3, self.tokens = smartcar_on(sim, http, gate=gate, sleep=self.sleep)
        self.slept = []

    def use_gate(self, gate):
        self.client.gate = self.v3.gate = gate

    async def sleep(self, seconds):
        self.slept.append(seconds)
        self.sim.clock.advance(seconds)
        await asyncio.sleep(0)

    async def connect_everyone(self):
        await connect_every_owner_through(self.api, self.sim, self.http, self)

    def refresher(self, **kwargs):
        return Refresher(
            self.client,
            self.tokens,
            default_plan(),
            now=self.sim.clock.now,
            sleep=self.sleep,
            v3=self.v3,
            **kwargs,
        )


@pytest_asyncio.fixture
async def simulated_http():
    async def open_for(sim):
        return create_http_client(httpx.ASGITransport(app=create_app(sim)))

    clients = []

    async def factory(sim):
        client = await open_for(sim)
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.aclose()


@BOTH_APIS
async def test_the_shared_bucket_is_never_overdrawn_and_its_waits_are_reported(store, simulated_http, api):
    sim = Simulator.generate(vehicles=100, seed=41)
    http = await simulated_http(sim)
    gate = RecordingGate(30, 10, now=sim.clock.now, sleep=lambda s: shop.sleep(s))
    shop = Shop(sim, http, gate, api=api)
    sim.config.app_burst = 0  # linking the fleet first is not what this test measures
    shop.use_gate(None)
    await shop.connect_everyone()
    sim.config.app_burst, sim.config.app_refill_per_minute = 30, 10
    shop.use_gate(gate)
    waits = []
    started = sim.clock.now()
    summary = await shop.refresher(
        limits=RefreshLimits(api_burst=30, api_refill_per_minute=10),
        on_progress=lambda step: waits.append(step.waiting_until) if step.waiting_until else None,
    ).refresh()
    await gate.close()
    assert gate.throttles == 0  # Smartcar never had to say 429 SMARTCAR_API
    assert summary.failed == []
    assert len(summary.refreshed) == 100
    assert waits, "the wait for the bucket was reported"
    # v2: 100 batches + 100 first history reads; v3: 100 signals calls (history included). 30 at once,
    # then 10 a minute: at least 17 (v2) or 7 (v3) simulated minutes.
    assert sim.clock.now() - started >= timedelta(minutes=17 if api == "v2" else 7)


@pytest.mark.parametrize("burst", [120, 0], ids=["shared-bucket", "no-bucket"])
async def test_an_app_throttle_holds_requests_back_longer_each_time_in_a_row(store, burst):
    now = [datetime(2026, 11, 22, 9, tzinfo=UTC)]
    slept = []

    async def sleep(seconds):
        slept.append(seconds)
        now[0] += timedelta(seconds=seconds)

    gate = RequestGate(burst, 2, now=lambda: now[0], sleep=sleep)
    throttle = error_from_response(429, {"type": "RATE_LIMIT", "code": "SMARTCAR_API"}, {})

    async def throttled_then_wait():
        slept.clear()
        await gate.after_response(throttle)
        await gate.before_request()
        return sum(slept)

    # With the bucket, the emptied bucket also needs 30 s to refill one token (2 a minute).
    assert 30 * 0.75 <= await throttled_then_wait() <= 30.01
    assert 60 * 0.75 <= await throttled_then_wait() <= 60.01  # again straight after: twice as long
    assert 120 * 0.75 <= await throttled_then_wait() <= 120.01
    now[0] += timedelta(hours=1)  # long after: the back-off starts from 30 s again
    assert await throttled_then_wait() <= 30.01
    await gate.close()


# v2 spends 4 calls a refresh (and one for history each day), v3 one: a budget that binds for each.
# The floor: November's last 10 days at the full rhythm (4 a day), then December stretched to fit the
# budget (v2: about 3 a day; v3: 100 calls over 31 days, about 2.8 a day).
@pytest.mark.parametrize(
    ("api", "budget", "floor"), [("v2", 500, 10 * 4 + 20 * 3), ("v3", 100, 10 * 4 + 20 * 2.5)]
)
async def test_the_monthly_budget_holds_over_a_month_of_scheduled_refreshes(
    store, simulated_http, api, budget, floor
):
    sim = Simulator.generate(vehicles=3, seed=43, start=datetime(2026, 11, 20, tzinfo=UTC))
    sim.config.vehicle_monthly_quota = budget
    http = await simulated_http(sim)
    shop = Shop(sim, http, api=api)
    await shop.connect_everyone()
    limits = RefreshLimits(monthly_budget=budget)
    refreshes = {car.id: 0 for car in Vehicle.select()}
    end = sim.clock.now() + timedelta(days=31)
    while sim.clock.now() < end:  # a scheduled task every 30 minutes, for a month
        summary = await shop.refresher(limits=limits).refresh(trigger="scheduled", due_only=True)
        assert summary.failed == [], [r.message for r in summary.failed]
        for result in summary.refreshed:
            refreshes[result.vehicle_id] += 1
        for car in Vehicle.select():
            assert sim.limits.monthly_calls(car.smartcar_id, sim.clock.timestamp()) <= budget
        sim.clock.advance(timedelta(minutes=30))
    december = sim.clock.now().replace(day=1) + timedelta(days=1)
    for car in Vehicle.select():
        assert car.calls_used <= budget
        assert refreshes[car.id] >= floor
    assert sim.clock.now() > december
    assert SignalAvailability.select().where(SignalAvailability.detail.contains("BILLING")).count() == 0


@pytest.mark.parametrize(("api", "used"), [("v2", 498), ("v3", 500)])  # a refresh costs 4 (v2) or 1 (v3)
async def test_an_on_demand_refresh_refuses_only_a_car_whose_budget_is_spent(
    store, simulated_http, api, used
):
    sim = Simulator.generate(vehicles=2, seed=44)
    shop = Shop(sim, await simulated_http(sim), api=api)
    await shop.connect_everyone()
    spent, fine = list(Vehicle.select().order_by(Vehicle.id))
    Vehicle.update(calls_month=sim.clock.now().strftime("%Y-%m"), calls_used=used).where(
        Vehicle.id == spent.id
    ).execute()
    summary = await shop.refresher(limits=RefreshLimits(monthly_budget=500)).refresh()
    assert [r.vehicle_id for r in summary.refreshed] == [fine.id]
    (skipped,) = summary.skipped
    assert skipped.vehicle_id == spent.id
    ((_car, planned),) = planned_refreshes(RefreshLimits(monthly_budget=500), sim.clock.now(), [spent.id])
    assert (planned.reason.rule, planned.reason.budget) == (PaceRule.BUDGET_SPENT, 500)
    assert skipped.message == pace_text(planned.reason)
    assert summary.failed == []
    assert Vehicle.get_by_id(spent.id).calls_used == used


@BOTH_APIS
async def test_a_cancelled_refresh_leaves_consistent_data_and_the_next_one_completes(
    store, simulated_http, api
):
    sim = Simulator.generate(vehicles=30, seed=45)
    sim.config.latency_ms = 5
    shop = Shop(sim, await simulated_http(sim), api=api)
    await shop.connect_everyone()
    sim.clock.advance(timedelta(hours=3))  # every access token expired: cancellation may hit a refresh
    task = None

    def cancel_midway(step):
        if step.done >= 8 and not task.cancelled():
            task.cancel()

    task = asyncio.ensure_future(shop.refresher(concurrency=4, on_progress=cancel_midway).refresh())
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0.2)  # let a shielded token refresh finish, as the app's loop would
    (run,) = RefreshRun.select()
    assert run.outcome == "cancelled"
    assert 8 <= run.vehicles_ok < 30
    for car in Vehicle.select():
        readings = OdometerReading.select().where(OdometerReading.vehicle == car).count()
        # all or nothing per car: a reading only with its summary, a summary only with its reading
        assert (readings > 0) == (car.last_refresh_at is not None), car.id
    for connection in Connection.select():
        assert not connections.lease_is_held(connection.id)
        assert connection.state == "ok"

    summary = await shop.refresher(concurrency=4).refresh()
    assert summary.failed == []
    assert Vehicle.select().where(Vehicle.last_refresh_at.is_null()).count() == 0
    assert sim.tokens.refresh_token_reuses == 0


async def test_a_connection_idle_for_50_days_is_renewed_by_a_refresh_that_reads_none_of_its_cars(
    store, simulated_http
):
    sim = Simulator.generate(vehicles=6, seed=46)
    shop = Shop(sim, await simulated_http(sim))
    await shop.connect_everyone()
    before = {row.id: row.refresh_expires_at for row in Connection.select()}
    sim.clock.advance(timedelta(days=50))  # ten days of the 60-day refresh token left, no car read since
    await shop.refresher().refresh(vehicle_ids=[])
    assert sim.tokens.refresh_calls == len(before)
    for row in Connection.select():
        assert row.state == "ok"
        assert row.refresh_expires_at > before[row.id] + timedelta(days=49)


async def test_the_periodic_refresh_leaves_alone_a_car_a_webhook_updated_recently(store, simulated_http):
    sim = Simulator.generate(vehicles=2, seed=45)
    shop = Shop(sim, await simulated_http(sim), api="v3")
    await shop.connect_everyone()
    live, polled = list(Vehicle.select().order_by(Vehicle.id))
    long_ago = sim.clock.now() - timedelta(days=1)
    Vehicle.update(last_refresh_at=long_ago).execute()
    Vehicle.update(live_update_at=sim.clock.now() - timedelta(minutes=10)).where(
        Vehicle.id == live.id
    ).execute()
    summary = await shop.refresher().refresh(trigger="automatic", due_only=True)
    assert [result.vehicle_id for result in summary.refreshed] == [polled.id]
    on_demand = await shop.refresher().refresh()  # the front desk asking still refreshes every car
    assert sorted(result.vehicle_id for result in on_demand.refreshed) == [live.id, polled.id]
