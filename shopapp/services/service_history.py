"""Services on record: what the shop did (resets the matching tasks) and what the car maker's history says."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from shopapp.domain.plan import ServicePlan
from shopapp.smartcar.results import ServiceEvent
from shopapp.store.service_records import add_service_record


class ServiceInputError(ValueError):
    """A service the front desk entered that cannot be right (future date, negative odometer, no task)."""


def record_shop_service(
    vehicle_id: int,
    performed_on: date,
    task_keys: Sequence[str],
    plan: ServicePlan,
    *,
    today: date,
    odometer_km: float | None = None,
    notes: str = "",
    cost_cents: int | None = None,
    currency: str = "",
) -> None:
    """Records work the shop did; each plan task named counts from this date and odometer from now on."""
    if performed_on > today:
        raise ServiceInputError("The service date is in the future.")
    if odometer_km is not None and odometer_km < 0:
        raise ServiceInputError("The odometer cannot be negative.")
    unknown = [key for key in task_keys if plan.task(key) is None]
    if unknown:
        raise ServiceInputError(f"Not a task of the service plan: {', '.join(unknown)}")
    if not task_keys and not notes.strip():
        raise ServiceInputError("Name at least one task, or describe the work in the notes.")
    tasks = [(key, plan.task(key).name) for key in task_keys]  # type: ignore[union-attr]
    add_service_record(
        vehicle_id,
        performed_on,
        tasks,
        odometer_km=odometer_km,
        notes=notes,
        cost_cents=cost_cents,
        currency=currency,
    )


@dataclass(frozen=True, slots=True)
class HistoryImport:
    added: int
    already_known: int
    skipped_undated: int


def history_key(event: ServiceEvent) -> str:
    """A stable identity for an event: Smartcar's id, else a digest of what the event says (ids are often
    null in real histories, and windows overlap between refreshes)."""
    if event.service_id:
        return f"id:{event.service_id}"
    descriptions = "|".join(sorted(task.description or "" for task in event.tasks))
    text = (
        f"{event.service_date.isoformat() if event.service_date else ''}|{event.odometer_km}|{descriptions}"
    )
    return "digest:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def import_service_history(
    vehicle_id: int, events: Iterable[ServiceEvent], plan: ServicePlan
) -> HistoryImport:
    """Stores the car maker's service events; task descriptions map to plan tasks by the plan's keywords,
    unmatched ones stay history only. Importing the same events again adds nothing."""
    # One mapping of events to records, shared with the refresher's group import (imported here: that
    # module reads history_key from this one).
    from shopapp.services.history_import import import_histories

    events = list(events)
    undated = sum(event.service_date is None for event in events)
    added = import_histories([(vehicle_id, events)], plan)
    known = len(events) - undated - added
    return HistoryImport(added=added, already_known=known, skipped_undated=undated)
