"""Smartcar's app-level request bucket, kept in the database so the window, scheduled refreshes, Connect
and other front-desk PCs draw on one bucket, as Smartcar counts them. Each take is one short transaction
on the bucket's single row (SQLite: an immediate write lock; PostgreSQL: the row locked FOR UPDATE)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from shopapp.store.migrations import dialect_of
from shopapp.store.models import ApiBucket, db

BUCKET_ID = 1
MIN_WAIT_SECONDS = 0.001


def _locked_row() -> ApiBucket:
    query = ApiBucket.select().where(ApiBucket.id == BUCKET_ID)
    if dialect_of(db.obj) == "postgresql":
        query = query.for_update()
    return query.get()


def take_request_token(now: datetime, burst: int, refill_per_minute: float) -> float:
    """Takes one request token and returns 0, or takes nothing and returns the seconds until one is there
    (or until Smartcar's back-off ends)."""
    with db.atomic():
        row = _locked_row()
        if row.paused_until is not None and row.paused_until > now:
            return (row.paused_until - now).total_seconds()
        if burst <= 0:
            return 0.0
        level = float(burst) if row.level is None or row.updated_at is None else row.level
        elapsed = max(0.0, (now - row.updated_at).total_seconds()) if row.updated_at else 0.0
        level = min(float(burst), level + elapsed * refill_per_minute / 60.0)
        wait = 0.0
        if level >= 1.0:
            level -= 1.0
        else:
            # At least a millisecond: a level a rounding error short of 1 must still move the clock on.
            wait = max(MIN_WAIT_SECONDS, (1.0 - level) * 60.0 / refill_per_minute)
        ApiBucket.update(level=level, updated_at=now).where(ApiBucket.id == BUCKET_ID).execute()
    return wait


def throttle_strikes(paused_until: datetime | None, strikes: int, now: datetime, forget_after: float) -> int:
    """Throttles in a row: one that follows the end of the last pause within `forget_after` seconds
    doubles the back-off; one long after starts again from the first delay."""
    if paused_until is None or (now - paused_until).total_seconds() > forget_after:
        return 0
    return strikes


def pause_after_throttle(now: datetime, delay_after: Callable[[int], float], forget_after: float) -> datetime:
    """Smartcar answered 429 for the whole application: empty the bucket and hold every process back for
    `delay_after(strikes)` seconds (see throttle_strikes)."""
    with db.atomic():
        row = _locked_row()
        if row.paused_until is not None and row.paused_until > now:
            return row.paused_until  # another request already reacted to this throttle
        strikes = throttle_strikes(row.paused_until, row.strikes, now, forget_after)
        until = now + timedelta(seconds=delay_after(strikes))
        ApiBucket.update(level=0.0, updated_at=now, paused_until=until, strikes=strikes + 1).where(
            ApiBucket.id == BUCKET_ID
        ).execute()
    return until
