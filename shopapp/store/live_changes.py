"""The change feed: how an open window learns, within seconds, what another process wrote (a webhook applied
by the receiver, a scheduled refresh, another front-desk PC's edits), and the announcements a window claims
so that a new trouble code or alert is announced once across all windows.

A writer notes a change in the same transaction as its data, so a reader never sees the note before the
data. On PostgreSQL the note also sends NOTIFY on CHANGES_CHANNEL (delivered at commit, to every listening
PC); on SQLite a reader polls `latest_change_id()`, one indexed MAX per poll.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee

from shopapp.store.models import LiveAnnouncement, LiveChange, Vehicle, db
from shopapp.store.rows import as_utc, tuple_rows

CHANGES_CHANNEL = "shopapp_changes"  # PostgreSQL LISTEN/NOTIFY channel; the payload is the change's id

LIVE = "live"  # a webhook delivery applied by the receiver
REFRESH = "refresh"  # a refresh (the window's, `shopapp refresh`, the demo's)
DESK = "desk"  # the front desk's edits: customers, cars, services, settings

TROUBLE_CODE = "trouble_code"
SYSTEM_ALERT = "system_alert"

_CHANGE_ORDER_LOCK = 0x5305C  # PostgreSQL advisory lock id (the migration's is 0x5305A)

# Notes older than this are of no use to any window (one that was closed reloads everything on start).
_KEEP_CHANGES = timedelta(days=2)


@dataclass(frozen=True, slots=True)
class Change:
    """One noted write: `vehicle_ids` empty means anything may have changed (reload everything)."""

    id: int
    made_at: datetime
    origin: str
    kind: str
    vehicle_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class NewAlert:
    """Something to announce: a new trouble code (kind TROUBLE_CODE, code "P0420") or system alert
    (SYSTEM_ALERT, code = the system id) of a car."""

    vehicle_id: int
    kind: str
    code: str


@dataclass(frozen=True, slots=True)
class ClaimedAlert:
    id: int
    vehicle_id: int
    kind: str
    code: str
    made_at: datetime


def note_change(
    kind: str, vehicle_ids: Iterable[int] | None, origin: str, when: datetime, alerts: Sequence[NewAlert] = ()
) -> int:
    """Notes a write (call it inside the writer's transaction); `vehicle_ids` None: anything may have
    changed. Returns the change's id."""
    ids = "" if vehicle_ids is None else ",".join(str(i) for i in sorted(set(vehicle_ids)))
    with db.atomic():
        if isinstance(db.obj, peewee.PostgresqlDatabase):
            # Held to commit: notes get their ids in commit order, so a window that read up to id N never
            # finds a note below N committed later (SERIAL hands ids out at INSERT, not at commit).
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_CHANGE_ORDER_LOCK,))
        change_id = int(LiveChange.insert(made_at=when, origin=origin, kind=kind, vehicle_ids=ids).execute())
        if alerts:
            LiveAnnouncement.insert_many(
                [
                    {
                        LiveAnnouncement.vehicle: alert.vehicle_id,
                        LiveAnnouncement.kind: alert.kind,
                        LiveAnnouncement.code: alert.code,
                        LiveAnnouncement.made_at: when,
                    }
                    for alert in alerts
                ]
            ).execute()
        if isinstance(db.obj, peewee.PostgresqlDatabase):
            db.execute_sql("SELECT pg_notify(%s, %s)", (CHANGES_CHANNEL, str(change_id)))
    return change_id


def latest_change_id() -> int:
    """The newest change's id (0 for none): what a reader polls on SQLite."""
    return int(LiveChange.select(peewee.fn.MAX(LiveChange.id)).scalar() or 0)


def changes_after(change_id: int, limit: int = 1000) -> list[Change]:
    """Changes noted after `change_id`, oldest first."""
    query = tuple_rows(
        LiveChange.select(
            LiveChange.id, LiveChange.made_at, LiveChange.origin, LiveChange.kind, LiveChange.vehicle_ids
        )
        .where(LiveChange.id > change_id)
        .order_by(LiveChange.id)
        .limit(limit)
    )
    return [
        Change(
            row_id,
            as_utc(made_at),
            origin,
            kind,
            frozenset(int(part) for part in ids.split(",") if part.strip().isdigit()),
        )
        for row_id, made_at, origin, kind, ids in query
    ]


def claim_alerts(claimant: str, when: datetime, since: datetime) -> list[ClaimedAlert]:
    """Claims every announcement made since `since` that no window has claimed yet; each is claimed by one
    caller only (the UPDATE is conditional on nobody having claimed it), so it is announced once."""
    candidates = list(
        tuple_rows(
            LiveAnnouncement.select(
                LiveAnnouncement.id,
                LiveAnnouncement.vehicle,
                LiveAnnouncement.kind,
                LiveAnnouncement.code,
                LiveAnnouncement.made_at,
            )
            .where(LiveAnnouncement.claimed_by.is_null() & (LiveAnnouncement.made_at >= since))
            .order_by(LiveAnnouncement.id)
        )
    )
    claimed = []
    for row_id, vehicle_id, kind, code, made_at in candidates:
        with db.atomic():
            taken = (
                LiveAnnouncement.update(claimed_by=claimant, claimed_at=when)
                .where((LiveAnnouncement.id == row_id) & LiveAnnouncement.claimed_by.is_null())
                .execute()
            )
        if taken:
            claimed.append(ClaimedAlert(row_id, vehicle_id, kind, code, as_utc(made_at)))
    return claimed


def last_live_update() -> datetime | None:
    """When a webhook delivery last updated any car (None: never)."""
    latest = Vehicle.select(peewee.fn.MAX(Vehicle.live_update_at)).scalar()
    return as_utc(latest) if latest is not None else None


def forget_old_changes(now: datetime) -> int:
    """Deletes notes and claimed announcements no window needs any more; returns how many notes went."""
    cutoff = now - _KEEP_CHANGES
    with db.atomic():
        # The newest note stays: SQLite gives a deleted largest id out again, and a window whose cursor
        # is past it would miss changes until the ids caught up.
        newest = LiveChange.select(peewee.fn.MAX(LiveChange.id))
        gone = LiveChange.delete().where((LiveChange.made_at < cutoff) & (LiveChange.id < newest)).execute()
        LiveAnnouncement.delete().where(LiveAnnouncement.made_at < cutoff).execute()
    return int(gone)
