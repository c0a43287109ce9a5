"""Applying stored webhook deliveries: the same path as a refresh (signals read into a snapshot, recorded
with the car's details and service history), but partial — a delivery carries only its webhook's data
signals, and an older one never replaces what a newer one said — and noted as a LIVE change, so every
open window reloads the car and one of them announces a new trouble code or alert.

VEHICLE_ERROR marks the car as a refresh failing the same way would: an owner's maker account that needs
signing in again marks the connection for reconnection; a car asleep or unreachable shows the error on its
row until a RESOLVED error or a delivery of signals clears it."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from shopapp.domain.plan import ServicePlan
from shopapp.services.history_import import records_from_history
from shopapp.services.smartcar_v3_source import read_signals
from shopapp.smartcar import signals as codes
from shopapp.smartcar.errors import ConnectedServicesAccountError, SmartcarError
from shopapp.smartcar.webhooks import VEHICLE_ERROR, VEHICLE_STATE, MalformedEvent, WebhookEvent, parse_event
from shopapp.store.live_changes import LIVE
from shopapp.store.readings import SnapshotToRecord
from shopapp.store.refreshed_group import RefreshedGroup
from shopapp.store.service_records import NewServiceRecord
from shopapp.store.vehicles import VehicleDetails
from shopapp.store.webhook_inbox import (
    APPLIED,
    FAILED,
    IGNORED,
    WAITING,
    LinkedCar,
    Settled,
    StoredEvent,
    linked_cars,
    record_live_events,
)

log = logging.getLogger(__name__)

# Waits before applying a failed event again: soon for a passing fault (the database restarting), then
# rarely, never giving up (an event is dropped by nobody but the shop).
RETRY_WAITS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2))

# Which of the recorded signals a delivery carries, by the Smartcar codes in it.
_CARRIED_BY_CODE = {
    codes.ODOMETER: "odometer",
    codes.OIL_LIFE: "engine_oil",
    codes.DTC_LIST: "trouble_codes",
}


def retry_at(attempts_before: int, now: datetime) -> datetime:
    return now + RETRY_WAITS[min(attempts_before, len(RETRY_WAITS) - 1)]


def _carried(event: WebhookEvent) -> frozenset[str]:
    assert event.signals is not None
    names = {_CARRIED_BY_CODE[code] for code in event.signals.codes if code in _CARRIED_BY_CODE}
    if any(
        code.startswith(codes.DIAGNOSTICS_PREFIX) and code not in (codes.DTC_LIST, codes.DTC_COUNT)
        for code in event.signals.codes
    ):
        names.add("system_status")
    return frozenset(names)


@dataclass
class _Batch:
    """What a batch of deliveries writes, gathered before the one transaction that writes it."""

    snapshots: list[SnapshotToRecord] = field(default_factory=list)
    details: list[VehicleDetails] = field(default_factory=list)
    service_records: list[NewServiceRecord] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    reconnects: list[tuple[int, str]] = field(default_factory=list)
    settled: list[Settled] = field(default_factory=list)


def _add_state(
    batch: _Batch, stored: StoredEvent, event: WebhookEvent, car: LinkedCar, plan: ServicePlan
) -> None:
    assert event.signals is not None
    reading = read_signals(event.signals, stored.received_at, car.powertrain)
    batch.snapshots.append(
        SnapshotToRecord(car.id, reading.snapshot, stored.received_at, carried=_carried(event))
    )
    batch.details.append(
        VehicleDetails(
            car.id,
            make=reading.make,
            model=reading.model,
            year=reading.year,
            vin=reading.vin,
            powertrain=reading.powertrain,
        )
    )
    if reading.service_events:
        batch.service_records.extend(records_from_history(car.id, reading.service_events, plan))


def _add_errors(batch: _Batch, event: WebhookEvent, car: LinkedCar) -> None:
    failing = [report for report in event.errors if not report.resolved]
    if not failing:  # every error this delivery names is resolved: the row's error goes
        batch.errors.append((car.id, ""))
        return
    errors: list[SmartcarError] = [report.as_error() for report in failing]
    batch.errors.append((car.id, str(errors[0])))
    account = next((error for error in errors if isinstance(error, ConnectedServicesAccountError)), None)
    if account is not None and car.connection_id is not None:
        batch.reconnects.append((car.connection_id, str(account)))


def _read(stored: StoredEvent) -> WebhookEvent | None:
    try:
        return parse_event(stored.body.encode("utf-8"))
    except (ValueError, MalformedEvent):  # the receiver stores only events it read: a damaged row
        log.warning("Stored webhook event %s cannot be read any more; it is left out", stored.event_id)
        return None


def apply_events(
    events: Sequence[StoredEvent], plan: ServicePlan, origin: str, now: datetime, claimant: str
) -> list[Settled]:
    """Applies claimed events in one transaction (on a database thread) and settles them; raises if the
    transaction fails (the caller then applies them one by one, to find the one that fails)."""
    batch = _Batch()
    read = [(stored, _read(stored)) for stored in events]
    cars = linked_cars({stored.smartcar_vehicle_id for stored, _ in read if stored.smartcar_vehicle_id})
    for stored, event in read:
        car = cars.get(stored.smartcar_vehicle_id or "")
        if event is None or event.test_mode or event.event_type not in (VEHICLE_STATE, VEHICLE_ERROR):
            # untranslated: the inbox's note for the log and the health check, not the front desk's words
            why = "" if event is not None else "the stored body cannot be read"
            batch.settled.append(Settled(stored.id, IGNORED, problem=why))
        elif car is None:
            batch.settled.append(Settled(stored.id, WAITING))
        else:
            if event.event_type == VEHICLE_STATE:
                _add_state(batch, stored, event, car, plan)
            else:
                _add_errors(batch, event, car)
            batch.settled.append(Settled(stored.id, APPLIED))
    group = RefreshedGroup(
        snapshots=batch.snapshots,
        details=batch.details,
        service_records=batch.service_records,
        errors=batch.errors,
        origin=origin,
        change_kind=LIVE,
    )
    record_live_events(group, batch.reconnects, batch.settled, now, claimant)
    return batch.settled


def failed(stored: StoredEvent, error: BaseException, now: datetime) -> Settled:
    """How an event whose application raised is settled: tried again later, never dropped."""
    problem = f"{type(error).__name__}: {error}"[:500]
    return Settled(stored.id, FAILED, problem=problem, retry_at=retry_at(stored.attempts, now))
