"""Cars the front desk enters or edits by hand: a car row with no Smartcar link, its own fields read and
written back, and who already has a VIN in the shop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shopapp.store.models import Customer, Vehicle, vehicle_title
from shopapp.store.suppressions import UnknownVehicle

# The columns a desk's CarDraft covers, in its field order (vin, make, model, year, plate, nickname,
# powertrain).
CAR_FIELDS = ("vin", "make", "model", "year", "plate", "nickname", "powertrain")


@dataclass(frozen=True, slots=True)
class CarFields:
    """A car's own fields as stored, and whether Smartcar links it (its VIN then comes from the car)."""

    values: dict[str, object]
    connected: bool


def customer_exists(customer_id: int) -> bool:
    return Customer.select().where(Customer.id == customer_id).exists()


def add_desk_car(customer_id: int, values: dict[str, object], stamp: datetime) -> int:
    """A new car of this customer, not linked to Smartcar; returns its id."""
    return Vehicle.create(customer=customer_id, created_at=stamp, **values).id


def car_fields(vehicle_id: int) -> CarFields:
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise UnknownVehicle.gone(vehicle_id)
    values = {name: getattr(vehicle, name) for name in CAR_FIELDS}
    return CarFields(values, vehicle.smartcar_id is not None)


def save_car_fields(vehicle_id: int, values: dict[str, object]) -> None:
    if not Vehicle.update(**values).where(Vehicle.id == vehicle_id).execute():
        raise UnknownVehicle.gone(vehicle_id)


@dataclass(frozen=True, slots=True)
class VinHolder:
    vehicle_id: int
    title: str
    customer_name: str


def vin_holder(vin: str, other_than: int | None = None) -> VinHolder | None:
    """The car of the shop that has this VIN already (another than `other_than`), with its owner."""
    query = (
        Vehicle.select(Vehicle, Customer.name.alias("owner"))
        .join(Customer)
        .where(Vehicle.vin == vin)
        .order_by(Vehicle.id)
    )
    if other_than is not None:
        query = query.where(Vehicle.id != other_than)
    vehicle = query.objects().first()
    if vehicle is None:
        return None
    return VinHolder(
        vehicle.id,
        vehicle_title(vehicle.year, vehicle.make, vehicle.model, vehicle.nickname, vin),
        vehicle.owner,
    )
