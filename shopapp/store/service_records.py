"""Writing service records, and keeping each vehicle's latest service per task (task_service) in step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from peewee import fn

from shopapp.store.bulk import MAX_VALUES_PER_STATEMENT, chunked, insert_rows
from shopapp.store.desk_readings import local_day_bounds
from shopapp.store.models import (
    SHOP_SERVICE,
    OdometerReading,
    ServiceRecord,
    ServiceRecordTask,
    TaskService,
    db,
)
from shopapp.store.rows import as_date, tuple_rows

_LATEST_PER_TASK = """
SELECT r.vehicle_id, t.task_key, r.performed_on, MAX(r.odometer_km)
FROM service_record r JOIN service_record_task t ON t.record_id = r.id
JOIN (SELECT r2.vehicle_id AS vehicle_id, t2.task_key AS task_key, MAX(r2.performed_on) AS last_on
      FROM service_record r2 JOIN service_record_task t2 ON t2.record_id = r2.id
      WHERE t2.task_key IS NOT NULL {scope2} GROUP BY r2.vehicle_id, t2.task_key) latest
  ON latest.vehicle_id = r.vehicle_id AND latest.task_key = t.task_key AND latest.last_on = r.performed_on
WHERE 1 = 1 {scope}
GROUP BY r.vehicle_id, t.task_key, r.performed_on
"""


def recompute_task_services(vehicle_ids: Sequence[int] | None = None) -> None:
    """Rebuilds task_service for the given vehicles (all when None) from their service records."""
    params: tuple[int, ...]
    with db.atomic():
        if vehicle_ids is None:
            TaskService.delete().execute()
            sql, params = _LATEST_PER_TASK.format(scope="", scope2=""), ()
        else:
            if not vehicle_ids:
                return
            TaskService.delete().where(TaskService.vehicle.in_(list(vehicle_ids))).execute()
            marks = ", ".join([db.param] * len(vehicle_ids))
            sql = _LATEST_PER_TASK.format(
                scope=f"AND r.vehicle_id IN ({marks})", scope2=f"AND r2.vehicle_id IN ({marks})"
            )
            params = (*vehicle_ids, *vehicle_ids)
        rows = [
            {
                "vehicle": vehicle_id,
                "task_key": task_key,
                "performed_on": performed_on,
                "odometer_km": odometer,
            }
            for vehicle_id, task_key, performed_on, odometer in db.execute_sql(sql, params)
        ]
        for start in range(0, len(rows), 500):
            TaskService.insert_many(rows[start : start + 500]).execute()


@dataclass(frozen=True, slots=True)
class NewServiceRecord:
    """A service to store. tasks: (plan task key or None, description) pairs. external_key: the identity
    of an imported record (history is re-read with overlapping windows, so imports must be idempotent)."""

    vehicle_id: int
    performed_on: date
    tasks: tuple[tuple[str | None, str], ...] = ()
    odometer_km: float | None = None
    source: str = SHOP_SERVICE
    external_key: str | None = None
    cost_cents: int | None = None
    currency: str = ""
    notes: str = ""


def _known_keys(records: Sequence[NewServiceRecord]) -> dict[tuple[int, str, str], int]:
    """(vehicle, source, external key) -> record id of those already stored, a query per few hundred."""
    keyed = [record for record in records if record.external_key is not None]
    found: dict[tuple[int, str, str], int] = {}
    for chunk in chunked(keyed, MAX_VALUES_PER_STATEMENT // 2):
        query = tuple_rows(
            ServiceRecord.select(
                ServiceRecord.id, ServiceRecord.vehicle, ServiceRecord.source, ServiceRecord.external_key
            ).where(
                ServiceRecord.vehicle.in_(sorted({record.vehicle_id for record in chunk}))
                & ServiceRecord.external_key.in_(sorted({str(record.external_key) for record in chunk}))
            )
        )
        for record_id, vehicle_id, source, key in query:
            found[(vehicle_id, source, key)] = record_id
    return found


def add_service_records(records: Sequence[NewServiceRecord]) -> list[int | None]:
    """Adds records with their tasks in one transaction, a few statements for all of them (keeping each
    vehicle's task_service in step once); returns each new record's id, or None for a record whose external
    key was stored before (or earlier in `records`)."""
    if not records:
        return []
    created_at = datetime.now(UTC)
    with db.atomic():
        known = _known_keys(records)
        fresh: list[NewServiceRecord] = []
        for record in records:
            if record.external_key is None:
                continue
            key = (record.vehicle_id, record.source, record.external_key)
            if key not in known:
                known[key] = 0  # taken by this record: a repeat further on is a duplicate
                fresh.append(record)
        insert_rows(ServiceRecord, [_record_row(record, created_at) for record in fresh])
        added = {(r.vehicle_id, r.source, r.external_key): r for r in fresh}
        ids: list[int | None] = []
        stored = _known_keys(fresh)
        for record in records:
            if record.external_key is None:  # no identity to find it by: inserted on its own
                ids.append(ServiceRecord.insert(_record_row(record, created_at)).execute())
                continue
            key = (record.vehicle_id, record.source, record.external_key)
            ids.append(stored[key] if added.pop(key, None) is record else None)
        tasks = [
            {
                ServiceRecordTask.record: record_id,
                ServiceRecordTask.task_key: task_key,
                ServiceRecordTask.description: description,
            }
            for record, record_id in zip(records, ids, strict=True)
            if record_id is not None
            for task_key, description in record.tasks
        ]
        insert_rows(ServiceRecordTask, tasks)
        changed = sorted(
            {r.vehicle_id for r, record_id in zip(records, ids, strict=True) if record_id is not None}
        )
        if changed:
            recompute_task_services(changed)
    return ids


def _record_row(record: NewServiceRecord, created_at: datetime) -> dict[object, object]:
    return {
        ServiceRecord.vehicle: record.vehicle_id,
        ServiceRecord.performed_on: record.performed_on,
        ServiceRecord.odometer_km: record.odometer_km,
        ServiceRecord.source: record.source,
        ServiceRecord.external_key: record.external_key,
        ServiceRecord.cost_cents: record.cost_cents,
        ServiceRecord.currency: record.currency,
        ServiceRecord.notes: record.notes,
        ServiceRecord.created_at: created_at,
    }


def add_service_record(
    vehicle_id: int,
    performed_on: date,
    tasks: Iterable[tuple[str | None, str]],
    *,
    odometer_km: float | None = None,
    source: str = SHOP_SERVICE,
    external_key: str | None = None,
    cost_cents: int | None = None,
    currency: str = "",
    notes: str = "",
) -> ServiceRecord | None:
    """Adds one record with its tasks ((plan task key or None, description) pairs) in one transaction.

    Returns None when a record with the same external key was imported before (history is re-read with
    overlapping windows, so imports must be idempotent).
    """
    record = NewServiceRecord(
        vehicle_id,
        performed_on,
        tuple(tasks),
        odometer_km=odometer_km,
        source=source,
        external_key=external_key,
        cost_cents=cost_cents,
        currency=currency,
        notes=notes,
    )
    (record_id,) = add_service_records([record])
    return ServiceRecord.get_by_id(record_id) if record_id is not None else None


def latest_service_dates(vehicle_ids: Sequence[int], source: str) -> dict[int, date]:
    """Each car's latest service on record from `source` (cars with none are left out), in one query."""
    found: dict[int, date] = {}
    for chunk in chunked(list(vehicle_ids)):
        query = tuple_rows(
            ServiceRecord.select(ServiceRecord.vehicle, fn.MAX(ServiceRecord.performed_on))
            .where(ServiceRecord.vehicle.in_(list(chunk)) & (ServiceRecord.source == source))
            .group_by(ServiceRecord.vehicle)
        )
        for vehicle_id, performed_on in query:
            found[vehicle_id] = as_date(performed_on)
    return found


@dataclass(frozen=True, slots=True)
class EarlierOdometer:
    """The highest odometer known for a car before a day: its value in km, the day it was seen, and whether
    the car reported it (`reading`), the desk entered it (`desk`) or a service record holds it (`service`)."""

    km: float
    on: date
    source: str


def highest_odometer_before(vehicle_id: int, day: date) -> EarlierOdometer | None:
    """The highest odometer on record before `day` began: the car's own readings (those flagged as glitches
    left out) and the odometers of earlier services. None when nothing earlier is known."""
    found: EarlierOdometer | None = None
    start, _ = local_day_bounds(day)  # the day on the shop's clock
    reading = (
        OdometerReading.select(OdometerReading.value_km, OdometerReading.recorded_at, OdometerReading.source)
        .where(
            (OdometerReading.vehicle == vehicle_id)
            & (OdometerReading.recorded_at < start)
            & (OdometerReading.suspect == False)  # noqa: E712 - peewee turns == into SQL
        )
        .order_by(OdometerReading.value_km.desc())
        .first()
    )
    if reading is not None:
        source = "desk" if reading.source == "desk" else "reading"
        found = EarlierOdometer(reading.value_km, reading.recorded_at.astimezone().date(), source)
    service = (
        ServiceRecord.select(ServiceRecord.odometer_km, ServiceRecord.performed_on)
        .where(
            (ServiceRecord.vehicle == vehicle_id)
            & (ServiceRecord.performed_on < day)
            & ServiceRecord.odometer_km.is_null(False)
        )
        .order_by(ServiceRecord.odometer_km.desc())
        .first()
    )
    if service is not None and (found is None or service.odometer_km > found.km):
        found = EarlierOdometer(service.odometer_km, as_date(service.performed_on), "service")
    return found
