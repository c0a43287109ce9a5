"""Smartcar v2 as a vehicle data source: one batch request read into a VehicleSnapshot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.domain.snapshot import Availability, Signal, SystemReport, VehicleSnapshot
from shopapp.smartcar.errors import CompatibilityError, PermissionDeniedError, SmartcarError
from shopapp.smartcar.results import BatchItem, BatchResult

ODOMETER, OIL, DTCS, SYSTEMS = "/odometer", "/engine/oil", "/diagnostics/dtcs", "/diagnostics/system_status"
SNAPSHOT_PATHS = (ODOMETER, OIL, DTCS, SYSTEMS)
# Asked in the same batch while the car's are not known yet (Connect could not read them, say): make,
# model and year; the VIN.
ATTRIBUTES, VIN = "/", "/vin"


def _signal(item: BatchItem[Any] | None, value_of: Callable[[Any], Any]) -> Signal[Any]:
    if item is None:
        return Signal(Availability.ERROR, detail=QCoreApplication.translate("SignalDetails", "not asked"))
    if item.error is not None:
        return Signal(availability_of(item.error), detail=detail_of(item.error))
    result = item.result()
    return Signal(Availability.OK, value_of(result), result.meta.data_age)


def availability_of(error: SmartcarError) -> Availability:
    if isinstance(error, CompatibilityError):
        return Availability.NOT_CAPABLE
    if isinstance(error, PermissionDeniedError):
        return Availability.NO_PERMISSION
    return Availability.ERROR


def detail_of(error: SmartcarError) -> str:
    return f"{error.type}:{error.code}" if error.code else error.type


def snapshot_from_batch(result: BatchResult, fetched_at: datetime) -> VehicleSnapshot:
    """Reads the four signal paths of a refresh batch (requested in metric: distances are km)."""
    oil_item = result.get(OIL)
    return VehicleSnapshot(
        fetched_at=fetched_at,
        odometer_km=_signal(result.get(ODOMETER), lambda r: r.distance_km),
        oil_life=_signal(oil_item, lambda r: r.life_remaining),
        trouble_codes=_signal(result.get(DTCS), lambda r: tuple(code.code for code in r.active_codes)),
        systems=_signal(
            result.get(SYSTEMS),
            lambda r: tuple(SystemReport(s.system_id, s.status, s.description) for s in r.systems),
        ),
        engine_oil_absent=bool(
            oil_item is not None
            and isinstance(oil_item.error, CompatibilityError)
            and oil_item.error.code == "VEHICLE_NOT_CAPABLE"
        ),
    )
