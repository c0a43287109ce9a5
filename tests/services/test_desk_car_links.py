"""A car the desk kept by hand meets Smartcar: linked later through Connect (found by its VIN: at Connect on
v2, at the first refresh on v3, where the VIN is a signal) it keeps its readings, services and plate; ending
its link tells Smartcar (v2 DELETE /application, v3 DELETE /connections/{id}) and keeps the car."""

from datetime import timedelta

import httpx
import pytest
import pytest_asyncio
from builders import customer
from simulated_smartcar import KEY, Shop

from shopapp.domain.car import CarDraft
from shopapp.domain.plan import default_plan
from shopapp.services.cars import add_car, record_odometer
from shopapp.services.connection_end import LinkNotEnded, end_car_link
from shopapp.services.front_desk import record_service
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator, create_app
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.models import Connection, OdometerReading, ServiceRecord, Vehicle

pytestmark = pytest.mark.asyncio


async def run_here(function, *args):
    return function(*args)


@pytest_asyncio.fixture(params=["v2", "v3"])
async def shop(request, store):
    sim = Simulator.generate(vehicles=6, seed=31)
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        yield Shop(sim, http, api=request.param)


def desk_car_of(shop, person):
    """The owner's first car as the desk entered it months ago: VIN, plate, two visits, an oil change."""
    truth = shop.sim.reading(person.vehicle_ids[0])
    today = shop.sim.clock.now().date()
    owner = customer(person.name)
    vehicle_id = add_car(
        owner.id,
        CarDraft(vin=shop.sim.vehicle(person.vehicle_ids[0]).vin, plate="DESK 1"),
        odometer_km=truth.odometer_km - 6_000,
        odometer_on=today - timedelta(days=120),
        today=today,
    )
    record_odometer(vehicle_id, truth.odometer_km - 3_000, today - timedelta(days=60), today=today)
    record_service(
        vehicle_id,
        today - timedelta(days=60),
        ["oil_change"],
        [],
        None,
        4_500,
        "",
        default_plan(),
        today=today,
    )
    return vehicle_id, shop.sim.vehicle(person.vehicle_ids[0])


async def test_a_desk_car_linked_later_keeps_its_history_and_ending_the_link_keeps_the_car(shop):
    person = next(p for p in shop.sim.customers if p.vehicle_ids)
    vehicle_id, truth = desk_car_of(shop, person)

    await shop.connect(person)
    summary = await shop.refresher().refresh()
    assert summary.failed == [], [r.message for r in summary.failed]

    cars = list(Vehicle.select().where(Vehicle.vin == truth.vin))
    assert len(cars) == 1  # one car, not a desk twin beside a linked one
    car = cars[0]
    assert car.smartcar_id == truth.id
    if shop.session.api == "v2":  # v2 Connect reads the VIN: the desk's own row is linked
        assert car.id == vehicle_id
    assert car.plate == "DESK 1"
    sources = sorted(r.source for r in OdometerReading.select().where(OdometerReading.vehicle == car))
    assert sources.count("desk") == 2
    assert "smartcar" in sources
    assert (
        ServiceRecord.select()
        .where((ServiceRecord.vehicle == car) & (ServiceRecord.source == "shop"))
        .count()
        == 1
    )
    assert car.odometer_km == pytest.approx(shop.sim.reading(truth.id).odometer_km, abs=1)

    keeper = (
        TokenKeeper(shop.session.auth, lambda: KEY, now=shop.sim.clock.now) if shop.session.auth else None
    )
    ended = await end_car_link(shop.session, lambda: keeper, car.id, run_here)
    assert ended.vehicle_id == car.id
    assert not ended.already_ended
    kept = Vehicle.get_by_id(car.id)
    assert (kept.smartcar_id, kept.connection_id) == (None, None)
    assert OdometerReading.select().where(OdometerReading.vehicle == kept).count() == len(sources)
    # Smartcar no longer grants the shop this car.
    assert shop.sim.connections.between(person.id, truth.id) is None
    # Linked cars left to this owner keep the connection; with none left it goes.
    if len(person.vehicle_ids) == 1:
        assert Connection.select().count() == 0

    with pytest.raises(LinkNotEnded):
        await end_car_link(shop.session, lambda: keeper, car.id, run_here)
