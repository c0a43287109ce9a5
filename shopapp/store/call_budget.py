"""Each car's Smartcar calls this month, counted before they are made (each batch item is one call), so
the per-vehicle monthly quota of the shop's plan is never exceeded, however many processes refresh."""

from __future__ import annotations

from datetime import datetime

from shopapp.domain.schedule import calls_after_spending
from shopapp.store.models import Vehicle, db


def spend_vehicle_calls(vehicle_id: int, calls: int, now: datetime, monthly_budget: int | None) -> bool:
    """Counts `calls` more for the car and returns True, or counts nothing and returns False when they
    would take the car past `monthly_budget` (None: count without a limit, e.g. at Connect)."""
    with db.atomic():
        row = Vehicle.select(Vehicle.calls_month, Vehicle.calls_used).where(Vehicle.id == vehicle_id).get()
        month, used = calls_after_spending(now, row.calls_month, row.calls_used, calls)
        if monthly_budget is not None and used > monthly_budget:
            return False
        Vehicle.update(calls_month=month, calls_used=used).where(Vehicle.id == vehicle_id).execute()
    return True
