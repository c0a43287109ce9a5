"""The webhook receiver's inbox: every accepted Smartcar delivery is stored here (once per eventId) before
it is acknowledged, then applied. Applying takes a lease on a few events (claimed_by / claimed_until), so
receivers sharing one database never apply an event twice, and an event whose receiver died while applying
it is taken again once the lease runs out. An event is marked applied in the same transaction that writes
its data: applied once, or not at all."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee

from shopapp.store.bulk import chunked
from shopapp.store.connections import mark_needs_reconnect
from shopapp.store.models import Vehicle, WebhookEvent, db
from shopapp.store.refreshed_group import RefreshedGroup, record_refreshed_group
from shopapp.store.rows import as_utc, tuple_rows

NEW = "new"
APPLIED = "applied"
WAITING = "waiting"  # for a car the shop does not know yet
FAILED = "failed"  # applying raised; tried again from next_attempt_at
IGNORED = "ignored"  # nothing to apply (a Dashboard test event, an event type ShopApp does not use)

_TO_APPLY = (NEW, FAILED)


@dataclass(frozen=True, slots=True)
class EventToStore:
    event_id: str
    event_type: str
    smartcar_vehicle_id: str | None
    smartcar_user_id: str | None
    body: str
    received_at: datetime
    state: str = NEW


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event claimed for applying: its row id, Smartcar's eventId, the raw body and how often applying
    it failed before."""

    id: int
    event_id: str
    event_type: str
    smartcar_vehicle_id: str | None
    body: str
    received_at: datetime
    attempts: int


@dataclass(frozen=True, slots=True)
class Settled:
    """How applying an event ended: state APPLIED, WAITING, IGNORED or FAILED (then `problem` says why, in
    English for the log and `shopapp webhooks status`, and `retry_at` when to try again)."""

    id: int
    state: str
    problem: str = ""
    retry_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class InboxCounts:
    stored: int
    by_state: dict[str, int]
    last_received_at: datetime | None


def store_event(event: EventToStore) -> bool:
    """Stores an accepted delivery; False when its eventId was stored before (a retry or a replay)."""
    query = WebhookEvent.insert(
        event_id=event.event_id,
        event_type=event.event_type,
        smartcar_vehicle_id=event.smartcar_vehicle_id,
        smartcar_user_id=event.smartcar_user_id,
        body=event.body,
        received_at=event.received_at,
        state=event.state,
    ).on_conflict_ignore()
    # One statement, committed on its own (autocommit): no BEGIN and COMMIT round trips, which the
    # acknowledgement waits for (benchmarks/webhook_load.py: p99 ten times lower than in a transaction).
    cursor = db.execute(query)
    return bool(cursor.rowcount)


def claim_events(claimant: str, now: datetime, lease: timedelta, limit: int) -> list[StoredEvent]:
    """Takes up to `limit` events due for applying (oldest first) for `claimant` until now + lease. The
    UPDATE re-checks that nobody holds an event, so of two receivers claiming at once each event goes to
    one of them (PostgreSQL re-evaluates the condition on a row another transaction just updated; SQLite
    has one writer at a time)."""
    table = WebhookEvent
    free = table.claimed_until.is_null() | (table.claimed_until < now)
    due = (
        table.state.in_(_TO_APPLY) & (table.next_attempt_at.is_null() | (table.next_attempt_at <= now)) & free
    )
    until = now + lease
    with db.atomic():
        candidates = [
            row[0] for row in tuple_rows(table.select(table.id).where(due).order_by(table.id).limit(limit))
        ]
        if not candidates:
            return []
        table.update(claimed_by=claimant, claimed_until=until).where(table.id.in_(candidates) & due).execute()
        claimed = tuple_rows(
            table.select(
                table.id,
                table.event_id,
                table.event_type,
                table.smartcar_vehicle_id,
                table.body,
                table.received_at,
                table.attempts,
            )
            .where(table.id.in_(candidates) & (table.claimed_by == claimant) & (table.claimed_until == until))
            .order_by(table.id)
        )
        return [
            StoredEvent(row_id, event_id, kind, vehicle, body, as_utc(received), attempts)
            for row_id, event_id, kind, vehicle, body, received, attempts in claimed
        ]


class ClaimLost(Exception):
    """An event's lease ran out while it was being applied and another receiver took it: this receiver's
    work on it is undone (the transaction rolls back), the other's stands."""


def settle_events(settled: Sequence[Settled], now: datetime, claimant: str) -> None:
    """Records how applying ended and lets go of the events (call it in the transaction that applied them).
    Raises ClaimLost if `claimant` no longer holds one of them, so that transaction is rolled back."""
    table = WebhookEvent
    for outcome in settled:
        changes: dict[peewee.Field, object] = {
            table.state: outcome.state,
            table.claimed_by: None,
            table.claimed_until: None,
            table.problem: outcome.problem,
        }
        if outcome.state == APPLIED:
            changes[table.applied_at] = now
        if outcome.state == FAILED:
            changes[table.attempts] = table.attempts + 1
            changes[table.next_attempt_at] = outcome.retry_at
        held = (table.id == outcome.id) & (table.claimed_by == claimant) & table.state.in_(_TO_APPLY)
        if not table.update(changes).where(held).execute():
            raise ClaimLost(f"webhook event row {outcome.id} is no longer held by this receiver")


def settle_events_alone(settled: Sequence[Settled], now: datetime, claimant: str) -> None:
    """settle_events in a transaction of its own: for events whose application failed and was undone."""
    with db.atomic():
        settle_events(settled, now, claimant)


def release_claims(holder_is_gone: Callable[[str], bool], now: datetime) -> int:
    """Lets go of the events held by receivers known to be gone (killed, crashed), so they are applied at
    once rather than when the lease runs out; returns how many."""
    table = WebhookEvent
    holders = [
        holder
        for (holder,) in tuple_rows(
            table.select(table.claimed_by).where(table.claimed_until >= now).distinct()
        )
        if holder and holder_is_gone(holder)
    ]
    if not holders:
        return 0
    with db.atomic():
        return int(
            table.update(claimed_by=None, claimed_until=None).where(table.claimed_by.in_(holders)).execute()
        )


def wake_waiting_events() -> int:
    """Events that waited for a car the shop now knows (linked since) are due again; returns how many."""
    known = Vehicle.select(Vehicle.smartcar_id).where(Vehicle.smartcar_id.is_null(False))
    table = WebhookEvent
    return int(
        table.update(state=NEW, next_attempt_at=None)
        .where((table.state == WAITING) & table.smartcar_vehicle_id.in_(known))
        .execute()
    )


def inbox_counts() -> InboxCounts:
    table = WebhookEvent
    by_state = {
        state: count
        for state, count in tuple_rows(
            table.select(table.state, peewee.fn.COUNT(table.id)).group_by(table.state)
        )
    }
    last = table.select(peewee.fn.MAX(table.received_at)).scalar()
    return InboxCounts(sum(by_state.values()), by_state, as_utc(last) if last is not None else None)


def forget_settled_events(before: datetime) -> int:
    """Deletes applied and ignored events received before `before` (kept long past Smartcar's retries, so
    a late retry is still recognised); events not applied are never deleted."""
    table = WebhookEvent
    with db.atomic():
        return int(
            table.delete().where(table.state.in_((APPLIED, IGNORED)) & (table.received_at < before)).execute()
        )


@dataclass(frozen=True, slots=True)
class LinkedCar:
    """What applying a delivery needs of the car it names."""

    id: int
    connection_id: int | None
    powertrain: str


def linked_cars(smartcar_ids: Collection[str]) -> dict[str, LinkedCar]:
    """The shop's cars among `smartcar_ids`, by Smartcar id."""
    found: dict[str, LinkedCar] = {}
    for ids in chunked(sorted(smartcar_ids)):
        query = Vehicle.select(Vehicle.smartcar_id, Vehicle.id, Vehicle.connection, Vehicle.powertrain).where(
            Vehicle.smartcar_id.in_(list(ids))
        )
        for smartcar_id, vehicle_id, connection_id, powertrain in tuple_rows(query):
            found[smartcar_id] = LinkedCar(vehicle_id, connection_id, powertrain)
    return found


def record_live_events(
    group: RefreshedGroup,
    reconnects: Sequence[tuple[int, str]],
    settled: Sequence[Settled],
    now: datetime,
    claimant: str,
) -> None:
    """Writes what a batch of deliveries said and marks them settled, in one transaction: a crash leaves
    the events to apply again, never half applied or applied twice. Settling comes first: it checks (and
    on PostgreSQL locks) the claims, so a receiver whose lease ran out writes nothing."""
    with db.atomic():
        settle_events(settled, now, claimant)
        record_refreshed_group(group)
        for connection_id, reason in reconnects:
            mark_needs_reconnect(connection_id, reason)
