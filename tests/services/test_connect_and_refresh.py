"""Linking Connect logins and refreshing cars against the in-process simulator: values land in the store,
"not available" is normal, a sleeping car is retried, a revoked login is marked once, concurrency holds."""

import asyncio
from datetime import timedelta

import httpx
import pytest
import pytest_asyncio
from simulated_smartcar import KEY, approved_pair, connect_every_owner_on_v2, smartcar_on

from shopapp.domain.plan import default_plan
from shopapp.services.connect import save_connection
from shopapp.services.process_identity import ProcessIdentity, this_process
from shopapp.services.refresh import Refresher
from shopapp.simulator import Simulator, create_app
from shopapp.smartcar.http_session import create_http_client
from shopapp.store import connections
from shopapp.store.models import Connection, Customer, SignalAvailability, Vehicle


class World:
    def __init__(self, sim, http):
        self.sim = sim
        self.http = http
        self.auth, self.client, _, self.tokens = smartcar_on(sim, http)

    async def connect_everyone(self):
        await connect_every_owner_on_v2(self.sim, self.http, self)

    def refresher(self, **kwargs):
        return Refresher(self.client, self.tokens, default_plan(), now=self.sim.clock.now, **kwargs)


@pytest_asyncio.fixture
async def world(store):
    sim = Simulator.generate(vehicles=15, seed=21)
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        yield World(sim, http)


@pytest.mark.asyncio
async def test_connect_links_every_car_once_with_attributes_and_vin(world):
    await world.connect_everyone()
    assert Vehicle.select().count() == len(world.sim.fleet.vehicles)
    for car in Vehicle.select():
        truth = world.sim.vehicle(car.smartcar_id)
        assert (car.vin, car.year) == (truth.vin, truth.year)
        assert car.make
    # The first owner connects again (e.g. after a revocation): updated, not duplicated.
    count = Connection.select().count()
    world.sim.approve_next_connect_as(world.sim.customers[0].id)
    pair = await approved_pair(world.http, world.auth, state="again")
    owner = Customer.get(Customer.name == world.sim.customers[0].name)
    await save_connection(world.client, pair, owner.id, lambda: KEY, now=world.sim.clock.now)
    assert Connection.select().count() == count
    assert Vehicle.select().count() == len(world.sim.fleet.vehicles)
    assert "rt-" not in (Connection.select().first().sealed_tokens or "")


@pytest.mark.asyncio
async def test_refresh_all_stores_readings_and_not_available_answers(world):
    await world.connect_everyone()
    progress = []
    refresher = world.refresher(on_progress=lambda step: progress.append((step.done, step.total)))
    summary = await refresher.refresh()
    total = len(world.sim.fleet.vehicles)
    assert progress[-1] == (total, total)
    assert len(summary.results) == total
    assert summary.failed == []
    for car in Vehicle.select():
        assert car.odometer_km == pytest.approx(world.sim.reading(car.smartcar_id).odometer_km, abs=0.01)
        assert car.last_refresh_at is not None
    availability = {row.availability for row in SignalAvailability.select()}
    assert {"ok", "not_capable"} <= availability
    assert "error" not in availability


@pytest.mark.asyncio
async def test_a_sleeping_car_is_retried_and_succeeds(world):
    await world.connect_everyone()
    car = Vehicle.select().first()
    world.sim.faults.force("asleep", vehicle_id=car.smartcar_id, times=2)
    summary = await world.refresher().refresh([car.id])
    assert summary.failed == []
    assert Vehicle.get_by_id(car.id).odometer_km is not None


@pytest.mark.asyncio
async def test_a_revoked_login_is_marked_for_reconnection_and_not_hammered(world):
    await world.connect_everyone()
    person = world.sim.customers[0]
    world.sim.revoke_user(person.id)
    world.sim.clock.advance(timedelta(hours=3))  # the access token expired: a refresh is needed
    summary = await world.refresher().refresh()
    revoked = {r.vehicle_id for r in summary.needing_reconnect}
    theirs = {car.id for car in Vehicle.select().join(Customer).where(Customer.name == person.name)}
    assert revoked == theirs
    assert Connection.select().where(Connection.state == "needs_reconnect").count() == 1
    assert len(summary.failed) == len(theirs)


@pytest.mark.asyncio
async def test_concurrency_is_bounded(world):
    await world.connect_everyone()
    world.sim.config.latency_ms = 20
    in_flight, peak = 0, 0
    original = world.client.batch

    async def counting_batch(*args, **kwargs):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            return await original(*args, **kwargs)
        finally:
            in_flight -= 1

    world.client.batch = counting_batch
    await world.refresher(concurrency=3).refresh()
    assert peak == 3
    await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_a_detail_that_cannot_be_read_after_the_code_was_spent_still_links_the_car(world):
    person = world.sim.customers[0]
    world.sim.approve_next_connect_as(person.id)
    pair = await approved_pair(world.http, world.auth)
    # Smartcar keeps failing on the VIN and the attributes (past every retry): the code is already spent.
    world.sim.faults.force("server_error", path="/vin", times=None)
    world.sim.faults.force("server_error", path="/", times=None)
    connection, linked = await save_connection(world.client, pair, person.name, lambda: KEY)
    world.sim.faults.clear()
    assert connections.connection_pair_row(connection.connection_id).sealed_tokens
    assert {car.smartcar_id for car in Vehicle.select()} == set(person.vehicle_ids)
    assert len(linked) == len(person.vehicle_ids)
    assert all(not car.make and not car.vin for car in Vehicle.select())
    # The next refresh fills in what Connect could not read.
    summary = await world.refresher().refresh()
    assert summary.failed == []
    assert all(car.make for car in Vehicle.select())
    assert {car.smartcar_id: car.vin for car in Vehicle.select()} == {
        smartcar_id: world.sim.vehicle(smartcar_id).vin for smartcar_id in person.vehicle_ids
    }


@pytest.mark.asyncio
async def test_a_start_up_refresh_with_no_car_due_still_finishes_a_dead_processs_renewal(world):
    """The window's start-up refresh (due cars only) is how a window opened after a crash saves the pair
    Smartcar rotated for the killed process: the refresh token on record only works for the grace period."""
    world.sim.config.refresh_grace_s = 60
    await world.connect_everyone()
    await world.refresher().refresh()
    first = Connection.select().order_by(Connection.id).first()
    me = this_process()
    assert connections.take_refresh_lease(first.id, ProcessIdentity(me.host, me.pid, me.started - 50).text())
    renewals = world.sim.tokens.refresh_calls
    summary = await world.refresher().refresh(trigger="startup", due_only=True)
    assert summary.results == []  # no car was due
    assert summary.renewals_finished == 1
    assert world.sim.tokens.refresh_calls == renewals + 1
    renewed = Connection.get_by_id(first.id)
    assert (renewed.state, renewed.lease_holder, renewed.renewal_interrupted_at) == ("ok", None, None)
    assert renewed.sealed_tokens != first.sealed_tokens
