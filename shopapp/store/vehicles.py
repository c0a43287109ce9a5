"""What Smartcar says about a car itself (not its readings): make, model, year, VIN and powertrain; when its
service history was last read; the last error a refresh met. For one car or a whole group at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from shopapp.store.bulk import chunked, update_rows
from shopapp.store.models import Vehicle

LAST_ERROR_LENGTH = 500
_DETAIL_FIELDS = (Vehicle.make, Vehicle.model, Vehicle.year, Vehicle.vin, Vehicle.powertrain)


@dataclass(frozen=True, slots=True)
class VehicleDetails:
    """What a refresh learned about a car; None or empty: not said."""

    vehicle_id: int
    make: str | None = None
    model: str | None = None
    year: int | None = None
    vin: str | None = None
    powertrain: str | None = None


def _merged(current: tuple[str, str, int | None, str, str], details: VehicleDetails) -> tuple:
    make, model, year, vin, powertrain = current
    if details.make:
        make, model, year = details.make, details.model or "", details.year
    if details.powertrain:
        powertrain = details.powertrain.upper()[:10]
    if details.vin and not vin:  # a VIN already on record is kept (the front desk may have typed it)
        vin = details.vin[:17]
    return make, model, year, vin, powertrain


def save_vehicles_details(details: Sequence[VehicleDetails]) -> None:
    """Fills in what is given; a VIN already on record is kept. Only cars whose details change are written."""
    current: dict[int, tuple[str, str, int | None, str, str]] = {}
    for ids in chunked([item.vehicle_id for item in details]):
        query = Vehicle.select(Vehicle.id, *_DETAIL_FIELDS).where(Vehicle.id.in_(list(ids))).tuples()
        for vehicle_id, *values in query:
            current[vehicle_id] = tuple(values)  # type: ignore[assignment]
    changed: dict[int, tuple] = {}
    for item in details:
        if item.vehicle_id not in current:
            continue
        merged = _merged(current[item.vehicle_id], item)
        if merged != current[item.vehicle_id]:
            current[item.vehicle_id] = changed[item.vehicle_id] = merged
    update_rows(Vehicle, _DETAIL_FIELDS, [(*values, vehicle_id) for vehicle_id, values in changed.items()])


def save_vehicle_details(
    vehicle_id: int,
    *,
    make: str | None = None,
    model: str | None = None,
    year: int | None = None,
    vin: str | None = None,
    powertrain: str | None = None,
) -> None:
    """Fills in what is given; a VIN already on record is kept (the front desk may have typed it)."""
    save_vehicles_details([VehicleDetails(vehicle_id, make, model, year, vin, powertrain)])


def mark_histories_synced(synced: Sequence[tuple[int, datetime]]) -> None:
    """(vehicle id, when its service history was read) for each car."""
    update_rows(Vehicle, [Vehicle.history_synced_at], [(when, vehicle_id) for vehicle_id, when in synced])


def mark_history_synced(vehicle_id: int, when: datetime) -> None:
    mark_histories_synced([(vehicle_id, when)])


def save_last_errors(errors: Sequence[tuple[int, str]]) -> None:
    """(vehicle id, message) for each car whose refresh ended in an error, shown on its row."""
    update_rows(
        Vehicle,
        [Vehicle.last_error],
        [(message[:LAST_ERROR_LENGTH], vehicle_id) for vehicle_id, message in errors],
    )
