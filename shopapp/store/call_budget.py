"""Each car's Smartcar calls this month, counted before they are made (each batch item is one call), so
the per-vehicle monthly quota of the shop's plan is never exceeded, however many processes refresh.

A refresh reserves the calls of a group of cars in one transaction ahead of their requests, and gives back
in one transaction what a car did not use (a car that failed before its history call, a cancelled run).
Calls counted in a month that has since ended are not given back to the new month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from shopapp.domain.schedule import calls_after_spending
from shopapp.store.bulk import chunked, update_rows
from shopapp.store.migrations import dialect_of
from shopapp.store.models import Vehicle, db
from shopapp.store.rows import tuple_rows


@dataclass(frozen=True, slots=True)
class CallRequest:
    """`wanted` calls for a car if its month allows them all, else `at_least` (0: none rather than part)."""

    vehicle_id: int
    wanted: int
    at_least: int = 0


@dataclass(frozen=True, slots=True)
class ReservedCalls:
    """Calls counted for a car, in the month ("YYYY-MM") they were counted in."""

    calls: int
    month: str


def _counters(vehicle_ids: Sequence[int]) -> dict[int, tuple[str, int]]:
    """Each car's (month, calls used), locked until the transaction ends where the engine needs it (SQLite's
    immediate transactions already hold the write lock; PostgreSQL rows are locked FOR UPDATE)."""
    found: dict[int, tuple[str, int]] = {}
    for ids in chunked(list(dict.fromkeys(vehicle_ids))):
        query = Vehicle.select(Vehicle.id, Vehicle.calls_month, Vehicle.calls_used).where(
            Vehicle.id.in_(list(ids))
        )
        if dialect_of(db.obj) == "postgresql":
            query = query.for_update()
        for vehicle_id, month, used in tuple_rows(query):
            found[vehicle_id] = (month, used)
    return found


def reserve_vehicle_calls(
    requests: Sequence[CallRequest], now: datetime, monthly_budget: int | None
) -> dict[int, ReservedCalls]:
    """Counts calls for many cars in one transaction: each gets `wanted`, else `at_least`, else nothing
    (0 calls), whichever keeps it within `monthly_budget` (None: no limit)."""
    granted: dict[int, ReservedCalls] = {}
    with db.atomic():
        counters = _counters([request.vehicle_id for request in requests])
        changed: dict[int, tuple[str, int]] = {}
        for request in requests:
            if request.vehicle_id not in counters:
                raise Vehicle.DoesNotExist(f"No vehicle {request.vehicle_id}")
            month, used = counters[request.vehicle_id]
            granted[request.vehicle_id] = ReservedCalls(0, calls_after_spending(now, month, used, 0)[0])
            for calls in dict.fromkeys((request.wanted, request.at_least)):
                if calls <= 0:
                    continue
                new_month, new_used = calls_after_spending(now, month, used, calls)
                if monthly_budget is None or new_used <= monthly_budget:
                    counters[request.vehicle_id] = changed[request.vehicle_id] = (new_month, new_used)
                    granted[request.vehicle_id] = ReservedCalls(calls, new_month)
                    break
        update_rows(
            Vehicle,
            [Vehicle.calls_month, Vehicle.calls_used],
            [(month, used, vehicle_id) for vehicle_id, (month, used) in changed.items()],
        )
    return granted


def return_vehicle_calls(returns: Sequence[tuple[int, ReservedCalls]]) -> None:
    """Gives back calls reserved and not made, each (vehicle id, calls) in the month it was counted in."""
    wanted = [(vehicle_id, unused) for vehicle_id, unused in returns if unused.calls > 0]
    if not wanted:
        return
    with db.atomic():
        counters = _counters([vehicle_id for vehicle_id, _ in wanted])
        for vehicle_id, unused in wanted:
            month, used = counters[vehicle_id]
            if month == unused.month:
                counters[vehicle_id] = (month, max(0, used - unused.calls))
        update_rows(
            Vehicle,
            [Vehicle.calls_used],
            [(counters[vehicle_id][1], vehicle_id) for vehicle_id in dict.fromkeys(v for v, _ in wanted)],
        )


def spend_vehicle_calls(vehicle_id: int, calls: int, now: datetime, monthly_budget: int | None) -> bool:
    """Counts `calls` more for the car and returns True, or counts nothing and returns False when they
    would take the car past `monthly_budget` (None: count without a limit, e.g. at Connect)."""
    if calls <= 0:
        return True
    reserved = reserve_vehicle_calls([CallRequest(vehicle_id, calls, calls)], now, monthly_budget)
    return reserved[vehicle_id].calls == calls
