"""A car in a refresh: what was reserved for it before its requests, what they brought back, and how a group
of refreshed cars is written in one transaction (on the writer thread, off the request path: the answers
are read into snapshots there too).

Each car is still all or nothing: its readings, summary, details, history and error are written together
with the group, and a group is one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.domain.plan import ServicePlan
from shopapp.domain.snapshot import VehicleSnapshot
from shopapp.i18n import fill
from shopapp.services.call_allowance import CallAllowance
from shopapp.services.history_import import records_from_history
from shopapp.services.process_identity import this_process_text
from shopapp.services.refresh_results import VehicleResult
from shopapp.services.smartcar_source import ATTRIBUTES, VIN, snapshot_from_batch
from shopapp.services.smartcar_v3_source import read_signals
from shopapp.smartcar.results import BatchResult, ServiceEvent
from shopapp.smartcar.v3_results import SignalSet
from shopapp.store.readings import SnapshotToRecord
from shopapp.store.refreshed_group import RefreshedGroup, record_refreshed_group
from shopapp.store.vehicles import ConnectedCar, VehicleDetails


@dataclass
class CarToRefresh:
    """A car whose calls are reserved. paths: the v2 batch paths; history_due: its service history is to be
    read (v2: a call of its own from history_start; v3: it comes with the signals)."""

    vehicle: ConnectedCar
    allowance: CallAllowance
    paths: tuple[str, ...] = ()
    history_due: bool = False
    history_start: date | None = None


@dataclass
class CarOutcome:
    """What one car's requests brought back, waiting to be written: the v2 batch or the v3 signals (read
    when written), v2 service events, and the error to show on the car's row (`failed`: the refresh of this
    car ended in an error or a needed reconnection; what was read before it is still written)."""

    car: CarToRefresh
    result: VehicleResult
    fetched_at: datetime | None = None
    batch: BatchResult | None = None
    signals: SignalSet | None = None
    history: tuple[ServiceEvent, ...] | None = None
    history_synced: bool = False
    migrated_connection_id: int | None = None  # a v3 connection still holding its v2 pair
    error: str | None = None
    failed: bool = False

    def fail(self, message: str, *, show_on_row: bool = True, needs_reconnect: bool = False) -> None:
        self.failed = True
        self.result.message = message
        self.result.needs_reconnect = needs_reconnect
        if show_on_row:
            self.error = message

    @property
    def vehicle_id(self) -> int:
        return self.car.vehicle.id


@dataclass(frozen=True, slots=True)
class _Reading:
    snapshot: VehicleSnapshot
    details: VehicleDetails | None
    history: Sequence[ServiceEvent] | None
    history_synced: bool


def _read(outcome: CarOutcome, fetched_at: datetime) -> _Reading:
    vehicle = outcome.car.vehicle
    if outcome.signals is not None:
        reading = read_signals(outcome.signals, fetched_at, vehicle.powertrain)
        history = reading.service_events if outcome.car.history_due else None
        details: VehicleDetails | None = VehicleDetails(
            vehicle.id,
            make=reading.make,
            model=reading.model,
            year=reading.year,
            vin=reading.vin,
            powertrain=reading.powertrain,
        )
        return _Reading(reading.snapshot, details, history, history is not None)
    assert outcome.batch is not None
    attributes: Any = outcome.batch.get(ATTRIBUTES)
    vin: Any = outcome.batch.get(VIN)
    said: dict[str, Any] = {}  # what the batch items (Any above) said
    if attributes is not None and attributes.error is None:
        value = attributes.result()
        said.update(make=value.make, model=value.model, year=value.year)
    if vin is not None and vin.error is None:
        said.update(vin=vin.result().vin)
    details = VehicleDetails(vehicle.id, **said) if said else None
    return _Reading(
        snapshot_from_batch(outcome.batch, fetched_at), details, outcome.history, outcome.history_synced
    )


def record_outcomes(outcomes: Sequence[CarOutcome], plan: ServicePlan) -> None:
    """Writes a group of refreshed cars in one transaction, on the writer thread; fills in each result."""
    answered = [
        (outcome, _read(outcome, outcome.fetched_at))
        for outcome in outcomes
        if outcome.fetched_at is not None and (outcome.batch is not None or outcome.signals is not None)
    ]
    recorded = record_refreshed_group(
        RefreshedGroup(
            snapshots=[
                SnapshotToRecord(outcome.vehicle_id, read.snapshot, read.snapshot.fetched_at)
                for outcome, read in answered
            ],
            details=[read.details for _, read in answered if read.details is not None],
            service_records=[
                record
                for outcome, read in answered
                if read.history
                for record in records_from_history(outcome.vehicle_id, read.history, plan)
            ],
            histories_synced=[
                (outcome.vehicle_id, read.snapshot.fetched_at)
                for outcome, read in answered
                if read.history_synced
            ],
            spent_v2_pairs=[
                outcome.migrated_connection_id
                for outcome, _ in answered
                if outcome.migrated_connection_id is not None and not outcome.failed
            ],
            errors=[(outcome.vehicle_id, outcome.error) for outcome in outcomes if outcome.error is not None],
            unused_calls=[(outcome.vehicle_id, outcome.car.allowance.unused) for outcome in outcomes],
            origin=this_process_text(),
        )
    )
    for (outcome, _), record in zip(answered, recorded, strict=True):
        outcome.result.outcome = record
    for outcome in outcomes:
        outcome.car.allowance.settled = True
        result = outcome.result
        if not outcome.failed and result.outcome is not None:
            failed = result.outcome.failed_signals
            result.ok = not failed
            result.message = (
                fill(
                    QCoreApplication.translate("RefreshWords", "could not read %1"),
                    result.outcome.describe_failures(),
                )
                if failed
                else "ok"
            )
