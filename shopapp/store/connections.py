"""Smartcar connections: sealed token pairs and the refresh lease (DESIGN.md "Tokens across processes").

The lease is an atomic UPDATE on the connection row using the database's own clock, so the window, a
scheduled `shopapp refresh` and other front-desk PCs never refresh one rotating token pair at once.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

import peewee
from PySide6.QtCore import QCoreApplication

from shopapp.store.bulk import chunked
from shopapp.store.migrations import dialect_of
from shopapp.store.models import Connection, Customer, Vehicle, db
from shopapp.store.rows import tuple_rows

LEASE_SECONDS = 30
NEEDS_RECONNECT = "needs_reconnect"


def _database_now(database: peewee.Database, plus_seconds: int = 0) -> str:
    """SQL for the database's own UTC clock (naive, like the stored timestamps), optionally moved ahead."""
    if dialect_of(database) == "postgresql":
        now = "(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')"
        return f"({now} + INTERVAL '{int(plus_seconds)} seconds')" if plus_seconds else now
    return f"datetime('now', '+{int(plus_seconds)} seconds')" if plus_seconds else "datetime('now')"


def _lease_sql(database: peewee.Database, seconds: int) -> str:
    """Takes a free or expired lease, or one whose holder the caller found dead. Taking one that was never
    released (its holder died) records when, until a new pair is saved: a refused renewal is then the
    crash's doing, not the owner's."""
    now, until = _database_now(database), _database_now(database, seconds)
    p = database.param
    return (
        f'UPDATE "connection" SET "refreshing_until" = {until}, "lease_holder" = {p}, '
        f'"renewal_interrupted_at" = CASE WHEN "lease_holder" IS NULL THEN "renewal_interrupted_at" '
        f'ELSE COALESCE("renewal_interrupted_at", {now}) END '
        f'WHERE "id" = {p} AND ("refreshing_until" IS NULL OR "refreshing_until" < {now} '
        f'OR "lease_holder" = {p})'
    )


def take_refresh_lease(
    connection_id: int, holder: str, *, gone_holder: str | None = None, seconds: int = LEASE_SECONDS
) -> bool:
    """True if `holder` (a process identity) now holds the lease; `gone_holder`: the current holder, found
    dead by the caller, whose lease may be taken before it expires. No lock is held afterwards (the HTTP
    call runs outside)."""
    with db.atomic():
        cursor = db.execute_sql(_lease_sql(db.obj, seconds), (holder, connection_id, gone_holder))
        return cursor.rowcount == 1


def lease_holder(connection_id: int) -> str | None:
    """Who holds the connection's lease now (None when it is free or has expired)."""
    now = _database_now(db.obj)
    row = db.execute_sql(
        f'SELECT "lease_holder" FROM "connection" WHERE "id" = {db.param} AND "refreshing_until" >= {now}',
        (connection_id,),
    ).fetchone()
    return row[0] if row else None


def lease_is_held(connection_id: int) -> bool:
    now = _database_now(db.obj)
    row = db.execute_sql(
        f'SELECT 1 FROM "connection" WHERE "id" = {db.param} AND "refreshing_until" >= {now}',
        (connection_id,),
    ).fetchone()
    return row is not None


@dataclass(frozen=True, slots=True)
class UnfinishedRenewal:
    """A v2 connection whose last token renewal did not end: its holder never released the lease (holder
    is who, lease_expired whether its time ran out), or a renewal taken over after such a death has not
    saved a pair yet (interrupted)."""

    connection_id: int
    holder: str | None
    lease_expired: bool
    interrupted: bool


def unfinished_renewals() -> list[UnfinishedRenewal]:
    now, p = _database_now(db.obj), db.param
    rows = db.execute_sql(
        f'SELECT "id", "lease_holder", ("refreshing_until" IS NULL OR "refreshing_until" < {now}), '
        '("renewal_interrupted_at" IS NOT NULL) FROM "connection" '
        f'WHERE "api" = {p} AND "state" <> {p} AND "sealed_tokens" IS NOT NULL '
        'AND ("lease_holder" IS NOT NULL OR "renewal_interrupted_at" IS NOT NULL) ORDER BY "id"',
        ("v2", NEEDS_RECONNECT),
    ).fetchall()
    return [UnfinishedRenewal(row[0], row[1], bool(row[2]), bool(row[3])) for row in rows]


@dataclass(frozen=True, slots=True)
class ConnectionPairRow:
    """A v2 connection's sealed token pair with what decides whether it may be used: its state (and the
    reason shown when the owner must reconnect) and whether a dead process's renewal of it is on record."""

    connection_id: int
    state: str
    state_reason: str
    sealed_tokens: str | None
    renewal_interrupted: bool = False


_PAIR_COLUMNS = (
    Connection.id,
    Connection.state,
    Connection.state_reason,
    Connection.sealed_tokens,
    Connection.renewal_interrupted_at,
)


def _pair_row(row: tuple[Any, ...]) -> ConnectionPairRow:
    connection_id, state, reason, sealed, interrupted_at = row
    return ConnectionPairRow(connection_id, state, reason, sealed, interrupted_at is not None)


def connection_pair_row(connection_id: int) -> ConnectionPairRow:
    """One connection's pair as stored now; Connection.DoesNotExist when the connection is gone."""
    row = Connection.select(*_PAIR_COLUMNS).where(Connection.id == connection_id).tuples().first()
    if row is None:
        raise Connection.DoesNotExist(f"no connection {connection_id}")
    return _pair_row(row)


def sealed_pairs(connection_ids: Sequence[int]) -> list[ConnectionPairRow]:
    """The v2 connections' sealed pairs with their state, in one query per few hundred connections."""
    found: list[ConnectionPairRow] = []
    for ids in chunked(list(connection_ids)):
        rows = tuple_rows(
            Connection.select(*_PAIR_COLUMNS)
            .where(Connection.id.in_(list(ids)) & (Connection.api == "v2"))
            .order_by(Connection.id)
        )
        found.extend(_pair_row(row) for row in rows)
    return found


class SealedSample(NamedTuple):
    connection_id: int
    sealed_tokens: str


def sealed_token_samples(limit: int) -> list[SealedSample]:
    """The newest few stored sealed pairs, to check that a data key opens this shop's pairs."""
    rows = tuple_rows(
        Connection.select(Connection.id, Connection.sealed_tokens)
        .where(Connection.sealed_tokens != "")
        .order_by(Connection.id.desc())
        .limit(limit)
    )
    return [SealedSample(*row) for row in rows]


def idle_v2_connection_ids(refresh_expiring_before: datetime, refreshed: Collection[int]) -> list[int]:
    """Healthy v2 connections holding a pair whose refresh token expires before the given moment, other
    than those just refreshed."""
    rows = tuple_rows(
        Connection.select(Connection.id).where(
            (Connection.api == "v2")
            & (Connection.state == "ok")
            & Connection.sealed_tokens.is_null(False)
            & (Connection.refresh_expires_at < refresh_expiring_before)
            & Connection.id.not_in(list(refreshed) or [0])
        )
    )
    return [connection_id for (connection_id,) in rows]


def connection_ids_needing_reconnect() -> set[int]:
    rows = tuple_rows(Connection.select(Connection.id).where(Connection.state == NEEDS_RECONNECT))
    return {connection_id for (connection_id,) in rows}


# No lease and no mark of a renewal a crash cut short (what unfinished_renewals looks for): the three
# columns are cleared together wherever a connection is settled, so no stale mark is left behind.
_NO_LEASE: dict[str, Any] = {"refreshing_until": None, "lease_holder": None, "renewal_interrupted_at": None}


def save_pair_and_release(
    connection_id: int, sealed: str, access_expires_at: datetime, refresh_expires_at: datetime
) -> None:
    """The new pair and the end of the lease in one transaction: a crash loses neither or both."""
    Connection.update(
        sealed_tokens=sealed,
        access_expires_at=access_expires_at,
        refresh_expires_at=refresh_expires_at,
        **_NO_LEASE,
        state="ok",
        state_reason="",
        updated_at=datetime.now(UTC),
    ).where(Connection.id == connection_id).execute()


def release_lease(connection_id: int) -> None:
    Connection.update(refreshing_until=None, lease_holder=None).where(
        Connection.id == connection_id
    ).execute()


def mark_needs_reconnect(connection_id: int, reason: str) -> None:
    Connection.update(
        state=NEEDS_RECONNECT,
        state_reason=reason,
        refreshing_until=None,
        lease_holder=None,
        updated_at=datetime.now(UTC),
    ).where(Connection.id == connection_id).execute()


def reset_link_state(connection: Connection) -> None:
    """A connection the owner just linked (again): healthy, no lease, nothing left of a past crash. The
    caller saves it."""
    connection.state, connection.state_reason = "ok", ""
    connection.refreshing_until = connection.lease_holder = connection.renewal_interrupted_at = None


def erase_v2_pair(connection_id: int) -> None:
    """A migrated connection's first good v3 read: the v2 pair is no longer needed, so it is not kept."""
    Connection.update(
        sealed_tokens=None,
        access_expires_at=None,
        refresh_expires_at=None,
        **_NO_LEASE,
    ).where((Connection.id == connection_id) & (Connection.api == "v3")).execute()


@dataclass(frozen=True, slots=True)
class ConnectionToMove:
    """A connection a v3 migration looks at: still v2, or switched and still holding its v2 pair."""

    connection_id: int
    api: str
    customer: str
    vehicle_ids: tuple[int, ...]
    smartcar_vehicle_ids: tuple[str, ...]


def connections_to_move() -> list[ConnectionToMove]:
    rows = (
        Connection.select(Connection, Customer)
        .join(Customer, peewee.JOIN.LEFT_OUTER)
        .where((Connection.api == "v2") | Connection.sealed_tokens.is_null(False))
        .order_by(Connection.id)
    )
    found = []
    for row in rows:
        cars = list(
            Vehicle.select(Vehicle.id, Vehicle.smartcar_id)
            .where((Vehicle.connection == row.id) & Vehicle.smartcar_id.is_null(False))
            .order_by(Vehicle.id)
        )
        found.append(
            ConnectionToMove(
                connection_id=row.id,
                api=row.api,
                customer=row.customer.name if row.customer else _no_customer(),
                vehicle_ids=tuple(car.id for car in cars),
                smartcar_vehicle_ids=tuple(car.smartcar_id for car in cars if car.smartcar_id is not None),
            )
        )
    return found


def customer_names(connection_ids: Sequence[int]) -> list[str]:
    """The customers of these connections, by name ("(no customer)" for one not assigned yet)."""
    rows = (
        Connection.select(Connection.id, Customer.name)
        .join(Customer, peewee.JOIN.LEFT_OUTER)
        .where(Connection.id.in_(list(connection_ids)))
        .order_by(Connection.id)
    )
    return [row.customer.name if row.customer else _no_customer() for row in rows]


def _no_customer() -> str:
    """What a connection not assigned to a customer yet is called where a customer's name goes."""
    return QCoreApplication.translate("ShopConnections", "(no customer)")


def user_id_taken(user_id: str, connection_id: int) -> bool:
    return (
        Connection.select()
        .where((Connection.smartcar_user_id == user_id) & (Connection.id != connection_id))
        .exists()
    )


def switch_to_v3(connection_id: int, user_id: str, permissions: tuple[str, ...]) -> None:
    """The connection speaks v3 from now on; its sealed pair stays until the first good v3 read."""
    # Smartcar lists the owner's cars for the application: whatever v2 said before, access is current.
    values = {
        "api": "v3",
        "smartcar_user_id": user_id,
        **_NO_LEASE,
        "state": "ok",
        "state_reason": "",
    }
    if permissions:
        values["scopes"] = " ".join(sorted(permissions))
    Connection.update(updated_at=datetime.now(UTC), **values).where(Connection.id == connection_id).execute()


def switched_holding_v2_pairs() -> set[int]:
    """v3 connections still holding a v2 pair: no good v3 read yet."""
    query = Connection.select(Connection.id).where(
        (Connection.api == "v3") & Connection.sealed_tokens.is_null(False)
    )
    return {row.id for row in query}


def vehicle_errors(vehicle_ids: tuple[int, ...]) -> list[str]:
    query = Vehicle.select(Vehicle.last_error).where(
        Vehicle.id.in_(list(vehicle_ids)) & (Vehicle.last_error != "")
    )
    return sorted({row.last_error for row in query})


@dataclass(frozen=True, slots=True)
class ConnectionCounts:
    """on_v2: connections still on Smartcar API v2; awaiting_read: switched to v3, their v2 tokens kept
    until the first good v3 read (running the move again finishes them)."""

    on_v2: int = 0
    awaiting_read: int = 0

    @property
    def to_move(self) -> int:
        return self.on_v2 + self.awaiting_read


def connection_counts() -> ConnectionCounts:
    """Two counts; cheap enough for the GUI thread at any shop size."""
    on_v2 = Connection.select().where(Connection.api == "v2").count()
    return ConnectionCounts(on_v2, len(switched_holding_v2_pairs()))
