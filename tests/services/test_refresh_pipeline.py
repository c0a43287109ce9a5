"""A refresh keeps its slots busy and its books right, on both APIs: requests keep going out while the
database writer is busy, the monthly-budget calls counted are the calls made (reserved ahead, the unused
ones given back), a cancelled refresh gives back what it did not ask, and two refreshes at once never
pass a car's budget."""

import asyncio
import json
import threading
from collections import Counter

import httpx
import pytest
import pytest_asyncio
from simulated_smartcar import connect_every_owner_through, smartcar_on
from words import words

from shopapp.domain.plan import default_plan
from shopapp.services import refresh as refresh_module
from shopapp.services.refresh import Refresher, RefreshLimits
from shopapp.simulator import Simulator, create_app
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.models import OdometerReading, RefreshRun, Vehicle

pytestmark = [pytest.mark.asyncio, pytest.mark.parametrize("api", ["v2", "v3"])]


class Shop:
    """Owners connected through `api`; `calls` counts the monthly-budget calls each car's requests made (a
    v2 batch item or history call, a v3 signals call), as the client sent them."""

    def __init__(self, sim, http, api):
        self.sim, self.http, self.api = sim, http, api
        self.calls: Counter[str] = Counter()
        http.event_hooks["request"].append(self._count)
        self.auth, self.client, self.v3, self.tokens = smartcar_on(sim, http)

    async def _count(self, request: httpx.Request) -> None:
        parts = request.url.path.split("/")
        if request.url.path.endswith("/batch"):
            self.calls[parts[-2]] += len(json.loads(request.content)["requests"])
        elif request.url.path.endswith(("/service/history", "/signals")):
            self.calls[parts[-3] if parts[-2] == "service" else parts[-2]] += 1

    async def connect_everyone(self):
        await connect_every_owner_through(self.api, self.sim, self.http, self)
        self.calls.clear()
        self.at_connect = calls_counted()  # v2's Connect reads attributes, VIN and permissions: counted too

    def refresher(self, **kwargs):
        return Refresher(
            self.client, self.tokens, default_plan(), now=self.sim.clock.now, v3=self.v3, **kwargs
        )


@pytest_asyncio.fixture
async def shop_on(store):
    clients = []

    async def build(api, vehicles, latency_ms=0):
        sim = Simulator.generate(vehicles=vehicles, seed=47)
        sim.config.latency_ms = latency_ms
        http = create_http_client(httpx.ASGITransport(app=create_app(sim)))
        clients.append(http)
        shop = Shop(sim, http, api)
        await shop.connect_everyone()
        return shop

    yield build
    for http in clients:
        await http.aclose()


def calls_counted(shop=None) -> dict[str, int]:
    """Each car's calls counted this month (since Connect, given the shop)."""
    before = shop.at_connect if shop is not None else {}
    return {car.smartcar_id: car.calls_used - before.get(car.smartcar_id, 0) for car in Vehicle.select()}


async def test_the_calls_counted_are_the_calls_made(shop_on, api):
    shop = await shop_on(api, 25)
    summary = await shop.refresher(concurrency=4).refresh()  # the first one: service history too
    assert summary.failed == []
    assert calls_counted(shop) == {car: shop.calls[car] for car in calls_counted(shop)}
    summary = await shop.refresher(concurrency=4).refresh()  # history is not due: its call is not kept
    assert calls_counted(shop) == {car: shop.calls[car] for car in calls_counted(shop)}


async def test_requests_keep_going_out_while_the_database_writer_is_busy(shop_on, api, monkeypatch):
    shop = await shop_on(api, 40, latency_ms=2)
    concurrency = 4
    released = threading.Event()
    seen_when_released = []
    real_record = refresh_module.record_outcomes

    def slow_record(outcomes, plan):
        released.wait(timeout=10)  # the first write holds the writer until the requests have gone on
        return real_record(outcomes, plan)

    async def release_after_three_rounds(request):
        if not released.is_set() and sum(shop.calls.values()) >= 3 * concurrency * (1 if api == "v3" else 5):
            seen_when_released.append(sum(shop.calls.values()))
            released.set()

    monkeypatch.setattr(refresh_module, "record_outcomes", slow_record)
    shop.http.event_hooks["request"].append(release_after_three_rounds)
    summary = await shop.refresher(concurrency=concurrency).refresh()
    assert seen_when_released  # three rounds of requests went out while nothing could be written
    assert len(summary.refreshed) == 40
    assert Vehicle.select().where(Vehicle.last_refresh_at.is_null()).count() == 0


async def test_a_cancelled_refresh_gives_back_the_calls_it_did_not_make(shop_on, api):
    shop = await shop_on(api, 40, latency_ms=5)
    concurrency = 4
    task = None

    def cancel_midway(step):
        if step.done >= 8 and not task.done():
            task.cancel()

    task = asyncio.ensure_future(shop.refresher(concurrency=concurrency, on_progress=cancel_midway).refresh())
    with pytest.raises(asyncio.CancelledError):
        await task
    (run,) = RefreshRun.select()
    assert run.outcome == "cancelled"
    counted = calls_counted(shop)
    for car, calls in counted.items():
        assert calls >= shop.calls[car], car  # never fewer than were made: the budget holds
        if not shop.calls[car]:
            assert calls == 0, car  # a car never asked keeps its whole month
    in_flight_at_most = concurrency * (1 if api == "v3" else 5)
    assert sum(counted.values()) - sum(shop.calls.values()) <= in_flight_at_most
    for car in Vehicle.select():  # all or nothing per car
        readings = OdometerReading.select().where(OdometerReading.vehicle == car).count()
        assert (readings > 0) == (car.last_refresh_at is not None), car.id


async def test_two_refreshes_at_once_never_pass_a_cars_budget(shop_on, api):
    shop = await shop_on(api, 12, latency_ms=2)
    # Room for exactly one refresh of each car: v3 one call; v2 four items and the history call, after
    # the three calls of Connect.
    budget = 1 if api == "v3" else 3 + 5
    limits = RefreshLimits(monthly_budget=budget)
    first, second = await asyncio.gather(
        shop.refresher(concurrency=4, limits=limits).refresh(),
        shop.refresher(concurrency=4, limits=limits).refresh(),
    )
    for car, calls in calls_counted(shop).items():
        assert shop.calls[car] == calls, car
        assert shop.at_connect[car] + calls <= budget, car
    assert len(first.refreshed) + len(second.refreshed) == 12
    refused = [r.message for r in first.failed + second.failed]
    spent = words("RefreshWords", "stopped: this month's %1 Smartcar calls for this car are spent", budget)
    assert all(message == spent for message in refused)
