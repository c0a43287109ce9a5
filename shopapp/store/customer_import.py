"""The queries of a customer import and export: the shop's customers and cars an import is matched against,
the new customers and cars written a few statements for all of them, and every customer with their cars as
an export writes them."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

from peewee import fn

from shopapp.domain.car import CarDraft
from shopapp.domain.contact import CustomerDraft
from shopapp.store.bulk import chunked, insert_rows, update_rows
from shopapp.store.models import Customer, OdometerReading, ServiceRecord, Vehicle
from shopapp.store.rows import tuple_rows

_DRAFT_FIELDS = tuple(f.name for f in fields(CustomerDraft))
_CUSTOMER_COLUMNS = tuple(getattr(Customer, name) for name in _DRAFT_FIELDS)
_CAR_COLUMNS = (Vehicle.vin, Vehicle.make, Vehicle.model, Vehicle.year, Vehicle.plate, Vehicle.nickname)


@dataclass(frozen=True, slots=True)
class ShopCustomer:
    customer_id: int
    draft: CustomerDraft


def shop_customers() -> list[ShopCustomer]:
    """Every customer's contact details, to match an import's rows against (one query; a shop has a few
    thousand customers)."""
    query = Customer.select(Customer.id, *_CUSTOMER_COLUMNS).order_by(Customer.id)
    return [
        ShopCustomer(row[0], CustomerDraft(*(value or "" for value in row[1:]))) for row in tuple_rows(query)
    ]


@dataclass(frozen=True, slots=True)
class ShopCar:
    vehicle_id: int
    customer_id: int
    draft: CarDraft


def shop_cars(vins: Sequence[str], customer_ids: Sequence[int]) -> list[ShopCar]:
    """The cars with one of these VINs, and every car of these customers."""
    found: dict[int, ShopCar] = {}
    columns = (Vehicle.id, Vehicle.customer, *_CAR_COLUMNS)
    for chunk in chunked(sorted(set(vins))):
        for row in tuple_rows(Vehicle.select(*columns).where(Vehicle.vin.in_(list(chunk)))):
            found[row[0]] = _shop_car(row)
    for chunk in chunked(sorted(set(customer_ids))):
        for row in tuple_rows(Vehicle.select(*columns).where(Vehicle.customer.in_(list(chunk)))):
            found[row[0]] = _shop_car(row)
    return sorted(found.values(), key=lambda car: car.vehicle_id)


def _shop_car(row: tuple[Any, ...]) -> ShopCar:
    vehicle_id, customer_id, vin, make, model, year, plate, nickname = row
    return ShopCar(vehicle_id, customer_id, CarDraft(vin, make, model, year, plate, nickname))


def _new_ids(
    model: Any, key_columns: Sequence[Any], keys: Sequence[tuple[Any, ...]], after: int
) -> list[int]:
    """The ids of rows just inserted (ids above `after`), in the order of `keys`: matched by their values,
    so another writer's rows (PostgreSQL hands out ids to concurrent transactions) are never taken."""
    waiting: dict[tuple[Any, ...], deque[int]] = defaultdict(deque)
    query = model.select(model.id, *key_columns).where(model.id > after).order_by(model.id)
    for row in tuple_rows(query):
        waiting[tuple(row[1:])].append(row[0])
    return [waiting[key].popleft() for key in keys]


def _highest_id(model: Any) -> int:
    return model.select(fn.MAX(model.id)).scalar() or 0


def insert_customers(drafts: Sequence[CustomerDraft]) -> list[int]:
    """Adds the customers (cleaned drafts) a few hundred per statement; returns their ids in order. Run
    inside the caller's transaction."""
    if not drafts:
        return []
    after = _highest_id(Customer)
    now = datetime.now(UTC)
    insert_rows(Customer, [{**asdict(draft), "created_at": now} for draft in drafts])
    keys = [tuple(getattr(draft, name) for name in _DRAFT_FIELDS) for draft in drafts]
    return _new_ids(Customer, _CUSTOMER_COLUMNS, keys, after)


def update_customers(customers: Sequence[ShopCustomer]) -> None:
    """Writes these customers' contact details (one statement for all)."""
    update_rows(
        Customer,
        _CUSTOMER_COLUMNS,
        [(*(getattr(item.draft, name) for name in _DRAFT_FIELDS), item.customer_id) for item in customers],
    )


def insert_cars(cars: Sequence[tuple[int, CarDraft]]) -> list[int]:
    """Adds cars not linked to Smartcar, (customer id, cleaned draft) each; returns their ids in order."""
    if not cars:
        return []
    after = _highest_id(Vehicle)
    now = datetime.now(UTC)
    rows = [
        {
            "customer": customer_id,
            "vin": draft.vin,
            "make": draft.make,
            "model": draft.model,
            "year": draft.year,
            "plate": draft.plate,
            "nickname": draft.nickname,
            "powertrain": draft.powertrain,
            "created_at": now,
        }
        for customer_id, draft in cars
    ]
    insert_rows(Vehicle, rows)
    keys = [
        (customer_id, draft.vin, draft.plate, draft.make, draft.model, draft.year)
        for customer_id, draft in cars
    ]
    columns = (Vehicle.customer, Vehicle.vin, Vehicle.plate, Vehicle.make, Vehicle.model, Vehicle.year)
    return _new_ids(Vehicle, columns, keys, after)


def odometer_values(vehicle_ids: Sequence[int]) -> dict[int, list[float]]:
    """Every odometer value (km) on record per car, to leave out a reading imported before."""
    found: dict[int, list[float]] = defaultdict(list)
    for chunk in chunked(sorted(set(vehicle_ids))):
        query = OdometerReading.select(OdometerReading.vehicle, OdometerReading.value_km).where(
            OdometerReading.vehicle.in_(list(chunk))
        )
        for vehicle_id, km in tuple_rows(query):
            found[vehicle_id].append(km)
    return found


def odometer_history(vehicle_ids: Sequence[int]) -> dict[int, list[tuple[date, float]]]:
    """Per car, (day, km) of every odometer on record: its readings (those flagged as glitches left out)
    and the odometers of its services, to check an imported reading against (the front desk's rule)."""
    found: dict[int, list[tuple[date, float]]] = defaultdict(list)
    for chunk in chunked(sorted(set(vehicle_ids))):
        readings = OdometerReading.select(
            OdometerReading.vehicle, OdometerReading.recorded_at, OdometerReading.value_km
        ).where(
            OdometerReading.vehicle.in_(list(chunk)) & (OdometerReading.suspect == False)  # noqa: E712 (SQL)
        )
        for vehicle_id, recorded_at, km in tuple_rows(readings):
            found[vehicle_id].append((_as_date(recorded_at), km))
        services = ServiceRecord.select(
            ServiceRecord.vehicle, ServiceRecord.performed_on, ServiceRecord.odometer_km
        ).where(ServiceRecord.vehicle.in_(list(chunk)) & ServiceRecord.odometer_km.is_null(False))
        for vehicle_id, performed_on, km in tuple_rows(services):
            found[vehicle_id].append((_as_date(performed_on), km))
    return found


def _as_date(value: Any) -> date:
    """A date or a datetime as its day (SQLite may hand either back as text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class ExportedCar:
    draft: CarDraft
    last_service: date | None
    odometer_km: float | None
    odometer_at: datetime | None


@dataclass(frozen=True, slots=True)
class ExportedCustomer:
    draft: CustomerDraft
    cars: list[ExportedCar]


def customers_with_cars() -> list[ExportedCustomer]:
    """Every customer (by name) with their cars (in the order they were added), each car's latest service of
    any kind and its latest odometer: three queries for the whole shop."""
    customers = {
        row[0]: ExportedCustomer(CustomerDraft(*(value or "" for value in row[1:])), [])
        for row in tuple_rows(
            Customer.select(Customer.id, *_CUSTOMER_COLUMNS).order_by(fn.LOWER(Customer.name), Customer.id)
        )
    }
    last_service = {
        vehicle_id: performed_on
        for vehicle_id, performed_on in tuple_rows(
            ServiceRecord.select(ServiceRecord.vehicle, fn.MAX(ServiceRecord.performed_on)).group_by(
                ServiceRecord.vehicle
            )
        )
    }
    query = Vehicle.select(
        Vehicle.id,
        Vehicle.customer,
        *_CAR_COLUMNS,
        Vehicle.powertrain,
        Vehicle.odometer_km,
        Vehicle.odometer_at,
    ).order_by(Vehicle.id)
    for row in tuple_rows(query):
        vehicle_id, customer_id, vin, make, model, year, plate, nickname, powertrain, km, at = row
        performed_on = last_service.get(vehicle_id)
        if performed_on is not None and not isinstance(performed_on, date):
            performed_on = date.fromisoformat(str(performed_on)[:10])  # SQLite's MAX() gives text
        car = CarDraft(vin, make, model, year, plate, nickname, powertrain or "")
        customers[customer_id].cars.append(ExportedCar(car, performed_on, km, at))
    return list(customers.values())
