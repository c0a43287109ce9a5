"""The demo shop is a whole shop: besides the cars linked through Smartcar it has older cars the desk keeps
by hand, with forecasts from their visits, and customers with no car on file yet."""

from shopapp.services.demo_desk import desk_customers
from shopapp.store.models import Customer, OdometerReading, ServiceRecord, Vehicle


def test_the_demo_has_cars_kept_at_the_desk_and_customers_without_cars(demo_store):
    desk_cars = list(Vehicle.select().where(Vehicle.connection.is_null()))
    expected = sum(len(person.cars) for person in desk_customers())
    assert len(desk_cars) >= expected
    for car in desk_cars[-expected:]:
        assert car.smartcar_id is None
        assert car.plate
        assert (car.km_per_day or 0) > 0  # forecast from two visits
        readings = OdometerReading.select().where(OdometerReading.vehicle == car)
        assert {reading.source for reading in readings} == {"desk"}
        assert ServiceRecord.select().where(ServiceRecord.vehicle == car).count() >= 1
    without_cars = [c.name for c in Customer.select() if not c.vehicles.count()]
    assert {p.name for p in desk_customers() if not p.cars} <= set(without_cars)
