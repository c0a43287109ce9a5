"""Smartcar's app-level request bucket, kept in the database so the window, scheduled refreshes, Connect
and other front-desk PCs draw on one bucket, as Smartcar counts them. Each take is one short transaction
on the bucket's single row (SQLite: an immediate write lock; PostgreSQL: the row locked FOR UPDATE)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from shopapp.store.migrations import dialect_of
from shopapp.store.models import ApiBucket, db

BUCKET_ID = 1


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
            wait = (1.0 - level) * 60.0 / refill_per_minute
        ApiBucket.update(level=level, updated_at=now).where(ApiBucket.id == BUCKET_ID).execute()
    return wait


def pause_after_throttle(now: datetime, delay_after: Callable[[int], float]) -> datetime:
    """Smartcar answered 429 for the whole application: empty the bucket and hold every process back for
    `delay_after(strikes)` seconds, strikes counting throttles since the last request that went through."""
    with db.atomic():
        row = _locked_row()
        if row.paused_until is not None and row.paused_until > now:
            return row.paused_until  # another request already reacted to this throttle
        until = now + timedelta(seconds=delay_after(row.strikes))
        ApiBucket.update(level=0.0, updated_at=now, paused_until=until, strikes=row.strikes + 1).where(
            ApiBucket.id == BUCKET_ID
        ).execute()
    return until


def clear_throttle_strikes() -> None:
    """A request went through: the next throttle starts its back-off from the beginning again."""
    ApiBucket.update(strikes=0).where((ApiBucket.id == BUCKET_ID) & (ApiBucket.strikes > 0)).execute()
