"""What Smartcar says about a car itself (not its readings): make, model, year, VIN and powertrain."""

from __future__ import annotations

from shopapp.store.models import Vehicle


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
    changes: dict[object, object] = {}
    if make:
        changes.update({Vehicle.make: make, Vehicle.model: model or "", Vehicle.year: year})
    if powertrain:
        changes[Vehicle.powertrain] = powertrain.upper()[:10]
    if changes:
        Vehicle.update(changes).where(Vehicle.id == vehicle_id).execute()
    if vin:
        Vehicle.update(vin=vin[:17]).where((Vehicle.id == vehicle_id) & (Vehicle.vin == "")).execute()


def mark_history_synced(vehicle_id: int, when: object) -> None:
    Vehicle.update(history_synced_at=when).where(Vehicle.id == vehicle_id).execute()
