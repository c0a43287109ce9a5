"""Services on record from the car maker's history (a service the shop did is recorded by
shopapp.services.front_desk.record_service, the one use case for it)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from shopapp.domain.plan import ServicePlan
from shopapp.smartcar.results import ServiceEvent


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
