"""The car makers' service histories of a group of refreshed cars, stored in one go (a few statements for
the whole group instead of five or six per record). Task descriptions map to plan tasks by the plan's
keywords; unmatched ones stay history only; importing the same events again adds nothing.

service_history.import_service_history is the one-car form of the same."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from shopapp.domain.plan import ServicePlan
from shopapp.services.service_history import history_key
from shopapp.smartcar.results import ServiceEvent
from shopapp.store.service_records import NewServiceRecord, add_service_records

SOURCE = "smartcar"


def records_from_history(
    vehicle_id: int, events: Iterable[ServiceEvent], plan: ServicePlan
) -> list[NewServiceRecord]:
    """The records to store for a car's events; an undated event is left out (it can restart no interval
    and cannot be shown in order)."""
    records = []
    for event in events:
        if event.service_date is None:
            continue
        tasks = []
        for task in event.tasks:
            if not task.description:
                continue
            match = plan.task_for_description(task.description)
            tasks.append((match.key if match else None, task.description))
        records.append(
            NewServiceRecord(
                vehicle_id,
                event.service_date.date(),
                tuple(tasks),
                odometer_km=event.odometer_km,
                source=SOURCE,
                external_key=history_key(event),
                cost_cents=round(event.total_cost * 100) if event.total_cost is not None else None,
                currency=event.currency or "",
            )
        )
    return records


def import_histories(histories: Sequence[tuple[int, Iterable[ServiceEvent]]], plan: ServicePlan) -> int:
    """Stores each (vehicle id, events) pair's new records; returns how many were added."""
    records = [
        record
        for vehicle_id, events in histories
        for record in records_from_history(vehicle_id, events, plan)
    ]
    return sum(1 for record_id in add_service_records(records) if record_id is not None)
