"""Smartcar v3 as a vehicle data source: one signals call read into the same VehicleSnapshot as a v2 batch.

Each signal carries its own outcome: a car that cannot give a signal, or an owner who did not share it, is
a normal answer (NOT_CAPABLE, NO_PERMISSION), never a failure of the call. A reading's time is the signal's
`oemUpdatedAt` (when the car reported it), not when Smartcar's store was read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.domain.powertrain import Powertrain, powertrain_from_smartcar
from shopapp.domain.snapshot import Availability, Signal, SystemReport, VehicleSnapshot
from shopapp.services.smartcar_source import availability_of, detail_of
from shopapp.smartcar import signals as codes
from shopapp.smartcar.errors import CompatibilityError, SmartcarError
from shopapp.smartcar.results import ServiceEvent
from shopapp.smartcar.v3_results import SignalSet, V3Signal

# An empty answer is what Smartcar's store gives for a car it has collected nothing for yet (reference
# section 3.5); it says nothing about what the car can do. (The English source text: stored translated.)
NOTHING_COLLECTED = str(QT_TRANSLATE_NOOP("SignalDetails", "Smartcar has no data for this car yet"))


@dataclass(frozen=True, slots=True)
class V3Reading:
    """What one signals call said: the snapshot for the due rules, plus the car's own details."""

    snapshot: VehicleSnapshot
    vin: str | None
    service_events: tuple[ServiceEvent, ...] | None  # None: the car or the owner does not share history
    make: str | None
    model: str | None
    year: int | None
    powertrain: str | None


def _failed(signal: V3Signal) -> Signal[Any]:
    error = signal.failure
    assert error is not None
    return Signal(availability_of(error), detail=detail_of(error))


def _read(signal: V3Signal | None, value_of: Callable[[V3Signal], Any], missing: Signal[Any]) -> Signal[Any]:
    """One signal's outcome; a body that does not fit its schema is a failure of that signal alone."""
    if signal is None:
        return missing
    if not signal.ok:
        return _failed(signal)
    try:
        value = value_of(signal)
    except SmartcarError as error:
        return Signal(Availability.ERROR, detail=detail_of(error))
    return Signal(Availability.OK, value, signal.oem_updated_at)


def _is_system_status(code: str) -> bool:
    return code.startswith(codes.DIAGNOSTICS_PREFIX) and code not in (codes.DTC_LIST, codes.DTC_COUNT)


def _systems(found: SignalSet, missing: Signal[Any]) -> Signal[tuple[SystemReport, ...]]:
    """Every diagnostics status signal the car answered; the systems signal fails only when none came."""
    reports: list[SystemReport] = []
    failures: list[Signal[Any]] = []
    latest: datetime | None = None
    for signal in found:
        if not _is_system_status(signal.code):
            continue
        outcome = _read(signal, codes.system_status, missing)
        state = outcome.value
        if outcome.ok and state is not None:  # (ok implies a value)
            reports.append(SystemReport(state.system_id, state.status, state.description))
            if signal.oem_updated_at and (latest is None or signal.oem_updated_at > latest):
                latest = signal.oem_updated_at
        else:
            failures.append(outcome)
    if reports:
        return Signal(Availability.OK, tuple(reports), latest)
    if failures:
        # The most telling failure: a lasting "cannot"/"not shared" outranks a passing error.
        ranked = sorted(failures, key=lambda s: s.availability is Availability.ERROR)
        return ranked[0]
    return missing


def read_signals(found: SignalSet, fetched_at: datetime, known_powertrain: str = "") -> V3Reading:
    """Reads one `GET /v3/vehicles/{id}/signals` answer (requested in metric: distances are km)."""
    missing: Signal[Any] = (
        Signal(Availability.ERROR, detail=QCoreApplication.translate("SignalDetails", NOTHING_COLLECTED))
        if len(found) == 0
        else Signal(
            Availability.NOT_CAPABLE, detail=QCoreApplication.translate("SignalDetails", "not reported")
        )
    )
    vehicle = found.vehicle
    powertrain = (vehicle.powertrain_type if vehicle else None) or known_powertrain or None
    oil = _read(found.get(codes.OIL_LIFE), codes.oil_life_fraction, missing)
    if powertrain is not None:
        engine_oil_absent = (
            powertrain_from_smartcar(powertrain) is Powertrain.ELECTRIC
        )  # as the plan reads it
    else:  # as v2 said it: "this vehicle cannot" for engine oil means there is none
        oil_signal = found.get(codes.OIL_LIFE)
        error = oil_signal.error if oil_signal is not None else None
        engine_oil_absent = isinstance(error, CompatibilityError) and error.code == "VEHICLE_NOT_CAPABLE"
    snapshot = VehicleSnapshot(
        fetched_at=fetched_at,
        odometer_km=_read(found.get(codes.ODOMETER), codes.odometer_km, missing),
        oil_life=oil,
        trouble_codes=_read(
            found.get(codes.DTC_LIST), lambda s: tuple(c.code for c in codes.trouble_codes(s)), missing
        ),
        systems=_systems(found, missing),
        engine_oil_absent=engine_oil_absent,
    )
    vin = _read(found.get(codes.VIN), codes.vin, missing)
    history = _read(found.get(codes.SERVICE_RECORDS), codes.service_events, missing)
    return V3Reading(
        snapshot=snapshot,
        vin=vin.value if vin.ok else None,
        service_events=history.value if history.ok else None,
        make=vehicle.make if vehicle and vehicle.make else None,
        model=vehicle.model if vehicle and vehicle.model else None,
        year=vehicle.year if vehicle else None,
        powertrain=powertrain,
    )
