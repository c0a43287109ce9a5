"""The log of reminders sent: one row per (customer, vehicle) a letter covered, with the items it listed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from shopapp.store.bulk import chunked, insert_rows
from shopapp.store.models import Customer, ReminderLog, Vehicle, db
from shopapp.store.rows import tuple_rows


@dataclass(frozen=True, slots=True)
class SentReminder:
    """One (customer, vehicle) a letter covered, with the keys of the items it listed for that car."""

    customer_id: int
    vehicle_id: int
    item_keys: tuple[str, ...]


def log_sent_reminders(sent: Sequence[SentReminder], when: datetime, channel: str) -> int:
    """Logs them in one transaction; returns the rows written. A vehicle deleted since the letter was
    planned is logged without its vehicle; a deleted customer is not logged."""
    with db.atomic():
        customers = _existing(Customer, {reminder.customer_id for reminder in sent})
        vehicles = _existing(Vehicle, {reminder.vehicle_id for reminder in sent})
        rows = [
            {
                "customer": reminder.customer_id,
                "vehicle": reminder.vehicle_id if reminder.vehicle_id in vehicles else None,
                "sent_at": when,
                "channel": channel,
                "items": json.dumps(list(reminder.item_keys)),
            }
            for reminder in sent
            if reminder.customer_id in customers
        ]
        insert_rows(ReminderLog, rows)
    return len(rows)


def _existing(model: type[Customer] | type[Vehicle], ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for chunk in chunked(sorted(ids)):
        found.update(row[0] for row in tuple_rows(model.select(model.id).where(model.id.in_(list(chunk)))))
    return found
