"""Smartcar connections: sealed token pairs and the refresh lease (DESIGN.md "Tokens across processes").

The lease is an atomic UPDATE on the connection row using the database's own clock, so the window, a
scheduled `shopapp refresh` and other front-desk PCs never refresh one rotating token pair at once.
"""

from __future__ import annotations

from datetime import UTC, datetime

import peewee

from shopapp.store.migrations import dialect_of
from shopapp.store.models import Connection, db

LEASE_SECONDS = 30
NEEDS_RECONNECT = "needs_reconnect"


def _database_now(database: peewee.Database, plus_seconds: int = 0) -> str:
    """SQL for the database's own UTC clock (naive, like the stored timestamps), optionally moved ahead."""
    if dialect_of(database) == "postgresql":
        now = "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')"
        return f"({now} + INTERVAL '{int(plus_seconds)} seconds')" if plus_seconds else now
    return f"datetime('now', '+{int(plus_seconds)} seconds')" if plus_seconds else "datetime('now')"


def _lease_sql(database: peewee.Database, seconds: int) -> str:
    now, until = _database_now(database), _database_now(database, seconds)
    p = database.param
    return (
        f'UPDATE "connection" SET "refreshing_until" = {until} '
        f'WHERE "id" = {p} AND ("refreshing_until" IS NULL OR "refreshing_until" < {now})'
    )


def take_refresh_lease(connection_id: int, seconds: int = LEASE_SECONDS) -> bool:
    """True if this process now holds the lease; no lock is held afterwards (the HTTP call runs outside)."""
    with db.atomic():
        cursor = db.execute_sql(_lease_sql(db.obj, seconds), (connection_id,))
        return cursor.rowcount == 1


def lease_is_held(connection_id: int) -> bool:
    now = _database_now(db.obj)
    row = db.execute_sql(
        f'SELECT 1 FROM "connection" WHERE "id" = {db.param} AND "refreshing_until" >= {now}',
        (connection_id,),
    ).fetchone()
    return row is not None


def save_pair_and_release(
    connection_id: int, sealed: str, access_expires_at: datetime, refresh_expires_at: datetime
) -> None:
    """The new pair and the end of the lease in one transaction: a crash loses neither or both."""
    Connection.update(
        sealed_tokens=sealed,
        access_expires_at=access_expires_at,
        refresh_expires_at=refresh_expires_at,
        refreshing_until=None,
        state="ok",
        state_reason="",
        updated_at=datetime.now(UTC),
    ).where(Connection.id == connection_id).execute()


def release_lease(connection_id: int) -> None:
    Connection.update(refreshing_until=None).where(Connection.id == connection_id).execute()


def mark_needs_reconnect(connection_id: int, reason: str) -> None:
    Connection.update(
        state=NEEDS_RECONNECT, state_reason=reason, refreshing_until=None, updated_at=datetime.now(UTC)
    ).where(Connection.id == connection_id).execute()
