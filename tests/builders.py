"""Small builders for store tests: customers, vehicles with a summary, services, codes, alerts."""

from datetime import UTC, date, datetime

from shopapp.store.models import (
    Customer,
    SystemStatusChange,
    TroubleCodeOccurrence,
    Vehicle,
)
from shopapp.store.service_records import add_service_record

CREATED = datetime(2024, 1, 1, tzinfo=UTC)


def customer(name, **fields):
    return Customer.create(name=name, created_at=CREATED, **fields)


def vehicle(owner, **fields):
    defaults = {"make": "TOYOTA", "model": "Camry", "year": 2021, "created_at": CREATED}
    defaults.update(fields)
    return Vehicle.create(customer=owner, **defaults)


def service(car, performed_on: date, odometer_km=None, tasks=(), source="shop", external_key=None):
    return add_service_record(
        car.id, performed_on, tasks, odometer_km=odometer_km, source=source, external_key=external_key
    )


def trouble_code(car, code, since, cleared_at=None):
    return TroubleCodeOccurrence.create(
        vehicle=car, code=code, first_seen_at=since, last_seen_at=since, cleared_at=cleared_at
    )


def system_alert(car, system_id, description, since):
    return SystemStatusChange.create(
        vehicle=car, system_id=system_id, status="ALERT", description=description, changed_at=since
    )
