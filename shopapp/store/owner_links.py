"""What Connect saves, in one transaction: the owner's connection (found by Smartcar user id, so connecting
again updates it), the customer it belongs to, and the owner's cars (found by Smartcar id, else a car the
shop kept by hand with the same VIN)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from shopapp.domain.schedule import calls_after_spending
from shopapp.store import connections
from shopapp.store.models import Connection, Customer, Vehicle, db


@dataclass(frozen=True, slots=True)
class CarAtConnect:
    """A car the owner shared, with what Connect learned about it. attributes (make, model, year), vin and
    powertrain: None when not said (what is on record stays); calls_spent: Smartcar calls Connect made for
    it, counted against its month."""

    smartcar_id: str
    attributes: tuple[str, str, int | None] | None = None
    vin: str | None = None
    powertrain: str | None = None
    calls_spent: int = 0


@dataclass(frozen=True, slots=True)
class SealedPair:
    """A v2 token pair sealed for its connection, with when its tokens expire."""

    sealed_tokens: str
    access_expires_at: datetime
    refresh_expires_at: datetime


@dataclass(frozen=True, slots=True)
class SavedCar:
    vehicle_id: int
    title: str


@dataclass(frozen=True, slots=True)
class SavedLink:
    """The connection saved, its customer, and the cars in the order they were given."""

    connection_id: int
    customer_id: int
    customer_name: str
    cars: tuple[SavedCar, ...]


def save_owner_link(
    user_id: str,
    customer: int | str | None,
    cars: Sequence[CarAtConnect],
    *,
    scopes: str,
    stamp: datetime,
    unnamed_customer: str,
    api: str | None = None,
    seal: Callable[[int], SealedPair] | None = None,
) -> SavedLink:
    """Creates (or, for an owner who connects again, updates) the connection and its cars, healthy and
    with no lease. `customer`: an existing customer's id, a name (found ignoring case, or added), or None
    (the connection's customer, else a new one named `unnamed_customer`). `api`: set it (None: a new
    connection gets the default and an existing one keeps its own). `seal`: the v2 pair for the
    connection's id (it is part of what the seal covers)."""
    with db.atomic():
        connection = Connection.get_or_none(Connection.smartcar_user_id == user_id)
        customer_id = _customer_for(customer, connection, stamp, unnamed_customer)
        if connection is None:
            created = {"api": api} if api else {}
            connection = Connection.create(
                customer=customer_id, smartcar_user_id=user_id, created_at=stamp, updated_at=stamp, **created
            )
        connection.customer_id = customer_id
        if api:
            connection.api = api
        connection.scopes = scopes
        if seal is not None:
            pair = seal(connection.id)
            connection.sealed_tokens = pair.sealed_tokens
            connection.access_expires_at = pair.access_expires_at
            connection.refresh_expires_at = pair.refresh_expires_at
        connections.reset_link_state(connection)
        connection.updated_at = stamp
        connection.save()
        saved = tuple(_save_car(car, connection, customer_id, stamp) for car in cars)
        name = Customer.select(Customer.name).where(Customer.id == customer_id).scalar()
    return SavedLink(connection.id, customer_id, name, saved)


def _save_car(car: CarAtConnect, connection: Connection, customer_id: int, stamp: datetime) -> SavedCar:
    vehicle = (
        Vehicle.get_or_none(Vehicle.smartcar_id == car.smartcar_id)
        or _desk_car_with_vin(car.vin)
        or Vehicle(created_at=stamp)
    )
    vehicle.smartcar_id = car.smartcar_id
    vehicle.customer_id, vehicle.connection = customer_id, connection
    if car.attributes is not None:
        vehicle.make, vehicle.model, vehicle.year = car.attributes
    if car.vin:
        vehicle.vin = car.vin
    if car.powertrain:
        vehicle.powertrain = car.powertrain
    if car.calls_spent:
        vehicle.calls_month, vehicle.calls_used = calls_after_spending(
            stamp, vehicle.calls_month, vehicle.calls_used, car.calls_spent
        )
    vehicle.save()
    return SavedCar(vehicle.id, vehicle.title)


def _desk_car_with_vin(vin: str | None) -> Vehicle | None:
    """The car the shop kept by hand with this VIN: Connect links it, and it keeps its readings, services
    and letters."""
    if not vin:
        return None
    return (
        Vehicle.select()
        .where((Vehicle.vin == vin.strip().upper()) & Vehicle.smartcar_id.is_null())
        .order_by(Vehicle.id)
        .first()
    )


def _customer_for(
    choice: int | str | None, connection: Connection | None, stamp: datetime, unnamed: str
) -> int:
    if isinstance(choice, int):
        return choice
    if choice is None and connection is not None and connection.customer_id is not None:
        return connection.customer_id
    name = (choice or "").strip() or unnamed
    existing = (
        Customer.select().where(fn.LOWER(Customer.name) == name.lower()).order_by(Customer.id).first()
        if choice
        else None
    )
    return existing.id if existing else Customer.create(name=name, created_at=stamp).id
