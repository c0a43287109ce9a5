"""Smartcar v3 end to end against the in-process simulator: Connect by user id (no secret stored), one
signals call per car with the owner's user id, one application token for a whole fleet, a revoked owner
confirmed before anyone is told to reconnect, per-signal outcomes that are not errors, and v2 and v3
connections refreshed together in one run."""

import dataclasses
from datetime import timedelta

import httpx
import pytest
import pytest_asyncio
from simulated_smartcar import KEY, Shop

from shopapp.services.connect import save_connection
from shopapp.simulator import Simulator, create_app
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.connections import NEEDS_RECONNECT
from shopapp.store.models import (
    Connection,
    OdometerReading,
    ServiceRecord,
    SignalAvailability,
    Vehicle,
)

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def world(store):
    sim = Simulator.generate(vehicles=15, seed=21)
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        yield Shop(sim, http)


def regroup(sim: Simulator, owners: int) -> None:
    """The fleet's cars shared out among `owners` simulated users (a fleet business or two)."""
    fleet = sim.fleet
    people = fleet.customers[:owners]
    cars = list(fleet.vehicles.values())
    shares = {person.id: [] for person in people}
    for index, car in enumerate(cars):
        owner = people[index % owners]
        car.owner_id = owner.id
        shares[owner.id].append(car.id)
    sim.fleet = dataclasses.replace(
        fleet,
        customers=tuple(dataclasses.replace(p, vehicle_ids=tuple(shares[p.id])) for p in people),
    )


async def test_connect_v3_saves_the_owner_and_cars_without_any_secret(world):
    person = world.sim.customers[0]
    outcome = await world.connect(person)
    connection = Connection.get()
    assert connection.api == "v3"
    assert connection.smartcar_user_id == person.id
    assert connection.sealed_tokens is None
    cars = {car.smartcar_id: car for car in Vehicle.select()}
    assert set(cars) == set(person.vehicle_ids)
    for vehicle_id, car in cars.items():
        truth = world.sim.vehicle(vehicle_id)
        assert (car.make.upper(), car.model, car.year) == (truth.make.upper(), truth.model, truth.year)
        assert car.powertrain
    assert outcome.customer_name == person.name

    # The same owner connecting again updates what is there, never duplicates it.
    await world.connect(person)
    assert Connection.select().count() == 1
    assert Vehicle.select().count() == len(person.vehicle_ids)


async def test_refresh_v3_reads_every_car_with_its_owners_user_id_and_one_token(world):
    await world.connect_everyone()
    summary = await world.refresher().refresh()
    assert summary.failed == [], [r.message for r in summary.failed]
    assert len(summary.refreshed) == len(world.sim.fleet.vehicles)
    assert world.sim.app_token_requests == 1
    assert world.sim.v3_requests_missing_user_id == 0
    for car in Vehicle.select():
        truth = world.sim.reading(car.smartcar_id)
        reading = OdometerReading.get(OdometerReading.vehicle == car)
        assert reading.value_km == pytest.approx(truth.odometer_km, abs=0.1)
        assert reading.recorded_at == truth.recorded_at  # the time the car reported, not the read
        assert car.vin == world.sim.vehicle(car.smartcar_id).vin
        if truth.oil_life is not None and car.oil_capability == "reported":
            assert car.oil_life == pytest.approx(truth.oil_life, abs=0.01)
    # The first refresh brings the car makers' service history in, once per record.
    first = ServiceRecord.select().where(ServiceRecord.source == "smartcar").count()
    assert first > 0
    world.sim.clock.advance(timedelta(days=2))
    await world.refresher().refresh()
    assert ServiceRecord.select().where(ServiceRecord.source == "smartcar").count() == first


async def test_two_hundred_cars_of_four_owners_cost_one_token_and_an_expired_token_one_more(store):
    sim = Simulator.generate(vehicles=200, seed=22)
    regroup(sim, 4)
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        shop = Shop(sim, http)
        await shop.connect_everyone()
        assert Connection.select().count() == 4
        tokens_before = sim.app_token_requests
        summary = await shop.refresher(concurrency=16).refresh()
        assert summary.failed == [], [r.message for r in summary.failed][:3]
        assert len(summary.refreshed) == 200
        assert sim.app_token_requests == tokens_before  # Connect's token served the whole refresh
        assert sim.app_token_requests == 1

        # The token dies in the middle of the next run: one new token, no car fails.
        def expire_once(step, done=[]):  # noqa: B006 - remembers that it fired
            if step.done >= 50 and not done:
                done.append(True)
                sim.expire_app_tokens()

        summary = await shop.refresher(concurrency=16, on_progress=expire_once).refresh()
        assert summary.failed == []
        assert sim.app_token_requests == 2
        assert sim.v3_requests_missing_user_id == 0


async def test_a_revoked_owner_is_confirmed_then_marked_and_the_others_refresh(world):
    await world.connect_everyone()
    revoked = next(p for p in world.sim.customers if len(p.vehicle_ids) >= 2)
    world.sim.revoke_user(revoked.id)
    signals_before = world.sim.v3_vehicle_requests["signals"]
    summary = await world.refresher(concurrency=4).refresh()
    theirs = {r.vehicle_id for r in summary.results if r.needs_reconnect}
    revoked_cars = {car.id for car in Vehicle.select().where(Vehicle.smartcar_id.in_(revoked.vehicle_ids))}
    assert theirs == revoked_cars
    assert Connection.get(Connection.smartcar_user_id == revoked.id).state == NEEDS_RECONNECT
    others = [r for r in summary.results if r.vehicle_id not in revoked_cars]
    assert others
    assert all(r.ok for r in others)
    # Nothing is hammered: at most one refused call per car, and none at all in the next run.
    assert world.sim.v3_vehicle_requests["signals"] - signals_before <= len(world.sim.fleet.vehicles)
    before = world.sim.v3_vehicle_requests["signals"]
    summary = await world.refresher().refresh()
    assert world.sim.v3_vehicle_requests["signals"] - before == len(world.sim.fleet.vehicles) - len(
        revoked_cars
    )
    assert {r.vehicle_id for r in summary.results if r.needs_reconnect} == revoked_cars


async def test_signals_a_car_cannot_or_may_not_give_are_said_in_words_and_are_not_errors(world):
    await world.connect_everyone()
    summary = await world.refresher().refresh()
    assert summary.failed == []
    answers = {(row.signal, row.availability) for row in SignalAvailability.select()}
    assert ("engine_oil", "not_capable") in answers  # an electric car, or a make without oil life
    withheld = [car for car in world.sim.fleet.vehicles.values() if car.withheld_scopes]
    if withheld:
        assert any(availability == "no_permission" for _, availability in answers)


async def test_a_v2_and_a_v3_connection_refresh_together_in_one_run(world):
    first, second = world.sim.customers[:2]
    await world.connect(first)  # the shop is on v3
    v2_shop = Shop(world.sim, world.http, api="v2")
    v2_query = await v2_shop.approve(second.id)
    pair = await v2_shop.session.v2_auth().exchange_code(v2_query["code"])
    await save_connection(v2_shop.session.client, pair, second.name, lambda: KEY, now=world.sim.clock.now)
    assert {c.api for c in Connection.select()} == {"v2", "v3"}
    summary = await world.refresher().refresh()
    assert summary.failed == [], [r.message for r in summary.failed]
    assert len(summary.refreshed) == len(first.vehicle_ids) + len(second.vehicle_ids)
    assert Connection.get(Connection.smartcar_user_id == second.id).sealed_tokens  # v2 keeps its pair
