"""Small builders for store tests: customers, vehicles with a summary, services, codes, alerts, and the
service events Smartcar's history answers with."""

from datetime import UTC, date, datetime

from shopapp.smartcar.results import ServiceEvent, ServiceTask
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


def service_event(day: date | None, odometer_km, *descriptions, service_id=None) -> ServiceEvent:
    """One event of Smartcar's service history as the client parses it: done at 15:00 UTC on `day` (no date
    when None), one task a description, the same cost each time."""
    return ServiceEvent(
        service_id=service_id,
        service_date=datetime(day.year, day.month, day.day, 15, tzinfo=UTC) if day else None,
        odometer_km=odometer_km,
        tasks=tuple(ServiceTask(None, d) for d in descriptions),
        details=(),
        total_cost=89.5,
        currency="USD",
    )
