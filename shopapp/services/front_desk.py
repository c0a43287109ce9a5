"""What the front desk records by hand: customers, the services the shop performs, reviewed trouble codes,
snoozed and dismissed due items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from shopapp.domain.plan import ServicePlan
from shopapp.store.customers import customer_draft, save_customer
from shopapp.store.models import ServiceRecord, TroubleCodeOccurrence
from shopapp.store.service_records import add_service_record
from shopapp.store.suppressions import UnknownVehicle, clear_suppression, dismiss_item, snooze_item

__all__ = [
    "UnknownVehicle",
    "clear_suppression",
    "customer_draft",
    "dismiss_item",
    "mark_trouble_code_reviewed",
    "record_service",
    "save_customer",
    "snooze_item",
]


def service_tasks(
    plan: ServicePlan, task_keys: Sequence[str], extra_tasks: Sequence[str]
) -> list[tuple[str | None, str]]:
    """(plan task key or None, description) pairs: ticked plan tasks under their name, then each line of
    other work, counted for the plan task it names ("Rotated tires" resets the tire rotation) or none."""
    pairs: list[tuple[str | None, str]] = []
    for key in task_keys:
        task = plan.task(key)
        if task is None:
            raise ValueError(f"The service plan has no task {key!r}.")
        pairs.append((task.key, task.name))
    for description in (text.strip() for text in extra_tasks):
        if description:
            task = plan.task_for_description(description)
            pairs.append((task.key if task else None, description))
    return pairs


def record_service(
    vehicle_id: int,
    performed_on: date,
    task_keys: Sequence[str],
    extra_tasks: Sequence[str],
    odometer_km: float | None,
    cost_cents: int | None,
    notes: str,
    plan: ServicePlan,
) -> ServiceRecord:
    """Records a service the shop performed. Every plan task it counts for starts again from this service
    (the due rules read each task's latest service), so its reminder goes away."""
    tasks = service_tasks(plan, task_keys, extra_tasks)
    if not tasks:
        raise ValueError("A service needs at least one task or a description of the work.")
    if odometer_km is not None and odometer_km < 0:
        raise ValueError("An odometer reading cannot be negative.")
    if cost_cents is not None and cost_cents < 0:
        raise ValueError("A cost cannot be negative.")
    record = add_service_record(
        vehicle_id,
        performed_on,
        tasks,
        odometer_km=odometer_km,
        cost_cents=cost_cents,
        notes=notes.strip(),
    )
    assert record is not None  # only imports with an external key can be skipped as duplicates
    return record


def mark_trouble_code_reviewed(occurrence_id: int, when: datetime) -> bool:
    """Notes that the front desk has seen (and dealt with) a trouble code; False if it is gone."""
    updated = (
        TroubleCodeOccurrence.update(reviewed_at=when)
        .where(TroubleCodeOccurrence.id == occurrence_id)
        .execute()
    )
    return bool(updated)
