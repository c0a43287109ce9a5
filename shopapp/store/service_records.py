"""Writing service records, and keeping each vehicle's latest service per task (task_service) in step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from shopapp.store.models import ServiceRecord, ServiceRecordTask, TaskService, db

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


def add_service_record(
    vehicle_id: int,
    performed_on: date,
    tasks: Iterable[tuple[str | None, str]],
    *,
    odometer_km: float | None = None,
    source: str = "shop",
    external_key: str | None = None,
    cost_cents: int | None = None,
    currency: str = "",
    notes: str = "",
) -> ServiceRecord | None:
    """Adds one record with its tasks ((plan task key or None, description) pairs) in one transaction.

    Returns None when a record with the same external key was imported before (history is re-read with
    overlapping windows, so imports must be idempotent).
    """
    with db.atomic():
        if external_key is not None:
            exists = (
                ServiceRecord.select()
                .where(
                    (ServiceRecord.vehicle == vehicle_id)
                    & (ServiceRecord.source == source)
                    & (ServiceRecord.external_key == external_key)
                )
                .exists()
            )
            if exists:
                return None
        record = ServiceRecord.create(
            vehicle=vehicle_id,
            performed_on=performed_on,
            odometer_km=odometer_km,
            source=source,
            external_key=external_key,
            cost_cents=cost_cents,
            currency=currency,
            notes=notes,
            created_at=datetime.now(UTC),
        )
        for task_key, description in tasks:
            ServiceRecordTask.create(record=record, task_key=task_key, description=description)
        recompute_task_services([vehicle_id])
    return record
