"""Changing a service record after it was stored: its fields and tasks replaced, the record removed and put
back, and the desk reading its visit left behind kept in step. Each keeps the car's task_service (the due
rules' latest service per task) and odometer summary right. Joins the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from shopapp.store.desk_readings import DESK, local_day_bounds, update_odometer_summaries
from shopapp.store.models import SHOP_SERVICE, OdometerReading, ServiceRecord, ServiceRecordTask, Vehicle, db
from shopapp.store.rows import as_date, as_utc, tuple_rows
from shopapp.store.service_records import recompute_task_services

# Two odometers this close are the same number typed once (the desk reading holds the record's odometer).
_SAME_KM = 0.01


@dataclass(frozen=True, slots=True)
class StoredReading:
    """A desk odometer reading as stored: when (UTC), km, and whether it is flagged as a glitch."""

    recorded_at: datetime
    km: float
    suspect: bool = False


@dataclass(frozen=True, slots=True)
class StoredService:
    """A service record with everything needed to put it back: its row, its tasks ((plan task key or None,
    description) in the order entered) and the desk reading its visit left (None: none)."""

    record_id: int
    vehicle_id: int
    performed_on: date
    tasks: tuple[tuple[str | None, str], ...]
    odometer_km: float | None
    cost_cents: int | None
    currency: str
    source: str
    external_key: str | None
    notes: str
    created_at: datetime
    desk_reading: StoredReading | None = None


def stored_service(record_id: int) -> StoredService | None:
    """The record with its tasks and its visit's desk reading; None when it is gone."""
    record = ServiceRecord.get_or_none(ServiceRecord.id == record_id)
    if record is None:
        return None
    vehicle_id = _vehicle_of(record_id)
    tasks = tuple(
        tuple_rows(
            ServiceRecordTask.select(ServiceRecordTask.task_key, ServiceRecordTask.description)
            .where(ServiceRecordTask.record == record_id)
            .order_by(ServiceRecordTask.id)
        )
    )
    performed_on = as_date(record.performed_on)
    reading = (
        _visit_reading(vehicle_id, performed_on, record.odometer_km)
        if record.odometer_km is not None and record.source == SHOP_SERVICE
        else None
    )
    return StoredService(
        record_id=record.id,
        vehicle_id=vehicle_id,
        performed_on=performed_on,
        tasks=tasks,
        odometer_km=record.odometer_km,
        cost_cents=record.cost_cents,
        currency=record.currency,
        source=record.source,
        external_key=record.external_key,
        notes=record.notes,
        created_at=record.created_at,
        desk_reading=reading,
    )


def replace_service(
    record_id: int,
    performed_on: date,
    tasks: Sequence[tuple[str | None, str]],
    *,
    odometer_km: float | None,
    cost_cents: int | None,
    currency: str,
    notes: str,
) -> None:
    """New fields and tasks for a stored record; the car's task_service follows."""
    vehicle_id = _vehicle_of(record_id)
    with db.atomic():
        ServiceRecord.update(
            performed_on=performed_on,
            odometer_km=odometer_km,
            cost_cents=cost_cents,
            currency=currency,
            notes=notes,
        ).where(ServiceRecord.id == record_id).execute()
        ServiceRecordTask.delete().where(ServiceRecordTask.record == record_id).execute()
        _insert_tasks(record_id, tasks)
        recompute_task_services([vehicle_id])


def forget_odometer(record_id: int) -> None:
    """Takes the record's odometer out of the car's history (the record keeps its other fields), so the
    odometer it is given instead is checked against the rest of the history only."""
    ServiceRecord.update(odometer_km=None).where(ServiceRecord.id == record_id).execute()


def delete_service_record(record_id: int) -> None:
    """Removes the record and its tasks; the car's task_service follows."""
    if not ServiceRecord.select().where(ServiceRecord.id == record_id).exists():
        return
    vehicle_id = _vehicle_of(record_id)
    with db.atomic():
        ServiceRecordTask.delete().where(ServiceRecordTask.record == record_id).execute()
        ServiceRecord.delete().where(ServiceRecord.id == record_id).execute()
        recompute_task_services([vehicle_id])


def restore_service_record(service: StoredService) -> int:
    """Puts a removed record back with its tasks, under its own id unless a newer record took it (SQLite
    hands out the highest id again once it is free); returns the id. The car's task_service follows."""
    with db.atomic():
        taken = ServiceRecord.select().where(ServiceRecord.id == service.record_id).exists()
        record_id = ServiceRecord.insert(
            **({} if taken else {"id": service.record_id}),
            vehicle=service.vehicle_id,
            performed_on=service.performed_on,
            odometer_km=service.odometer_km,
            cost_cents=service.cost_cents,
            currency=service.currency,
            source=service.source,
            external_key=service.external_key,
            notes=service.notes,
            created_at=service.created_at,
        ).execute()
        _insert_tasks(record_id, service.tasks)
        recompute_task_services([service.vehicle_id])
    return int(record_id)


def _insert_tasks(record_id: int, tasks: Sequence[tuple[str | None, str]]) -> None:
    rows = [
        {
            ServiceRecordTask.record: record_id,
            ServiceRecordTask.task_key: key,
            ServiceRecordTask.description: description,
        }
        for key, description in tasks
    ]
    if rows:
        ServiceRecordTask.insert_many(rows).execute()


def _visit_reading(vehicle_id: int, day: date, odometer_km: float | None) -> StoredReading | None:
    """The desk reading stored for a visit on `day` with the record's odometer (a reading taken at the
    counter that day with another number belongs to someone else)."""
    if odometer_km is None:
        return None
    start, end = local_day_bounds(day)
    table = OdometerReading
    rows = tuple_rows(
        table.select(table.recorded_at, table.value_km, table.suspect)
        .where(
            (table.vehicle == vehicle_id)
            & (table.source == DESK)
            & (table.recorded_at >= start)
            & (table.recorded_at < end)
        )
        .order_by(table.recorded_at)
    )
    for recorded_at, km, suspect in rows:
        if abs(km - odometer_km) <= _SAME_KM:
            return StoredReading(as_utc(recorded_at), km, bool(suspect))
    return None


def other_visit_odometer(vehicle_id: int, day: date, other_than: int) -> float | None:
    """The odometer of another shop service of the car on `day` (it shares the visit's desk reading)."""
    row = (
        ServiceRecord.select(ServiceRecord.odometer_km)
        .where(
            (ServiceRecord.vehicle == vehicle_id)
            & (ServiceRecord.performed_on == day)
            & (ServiceRecord.id != other_than)
            & (ServiceRecord.source == SHOP_SERVICE)
            & ServiceRecord.odometer_km.is_null(False)
        )
        .order_by(ServiceRecord.id.desc())
        .tuples()
        .first()
    )
    return row[0] if row else None


def remove_desk_reading(vehicle_id: int, recorded_at: datetime) -> None:
    """Removes one desk reading and works the car's odometer summary out again from the readings left: the
    latest odometer and the first seen are taken afresh when they were this reading."""
    moment = as_utc(recorded_at)
    table = OdometerReading
    with db.atomic():
        table.delete().where(
            (table.vehicle == vehicle_id) & (table.source == DESK) & (table.recorded_at == moment)
        ).execute()
        Vehicle.update(odometer_km=None, odometer_at=None).where(
            (Vehicle.id == vehicle_id) & (Vehicle.odometer_at == moment)
        ).execute()
        Vehicle.update(first_seen_at=None, first_seen_odometer_km=None).where(
            (Vehicle.id == vehicle_id) & (Vehicle.first_seen_at == moment)
        ).execute()
        update_odometer_summaries([vehicle_id])


def set_reading_suspect(vehicle_id: int, recorded_at: datetime, suspect: bool) -> None:
    table = OdometerReading
    table.update(suspect=suspect).where(
        (table.vehicle == vehicle_id) & (table.source == DESK) & (table.recorded_at == as_utc(recorded_at))
    ).execute()


def _vehicle_of(record_id: int) -> int:
    (row,) = tuple_rows(ServiceRecord.select(ServiceRecord.vehicle).where(ServiceRecord.id == record_id))
    return int(row[0])
