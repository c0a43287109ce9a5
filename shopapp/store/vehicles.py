"""The shop's cars themselves (not their readings): which cars are connected and what a refresh needs to know
about each; finding a car by Smartcar id or VIN; what Smartcar says about a car (make, model, year, VIN,
powertrain); when its service history was last read; the last error a refresh met; plates."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from shopapp.store.bulk import chunked, update_rows
from shopapp.store.car_merge import desk_twins, fold_desk_car_into
from shopapp.store.models import Connection, Customer, Vehicle, db, vehicle_title
from shopapp.store.rows import dict_rows, tuple_rows
from shopapp.store.suppressions import UnknownVehicle

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
        query = Vehicle.select(Vehicle.id, *_DETAIL_FIELDS).where(Vehicle.id.in_(list(ids)))
        for vehicle_id, make, model, year, vin, powertrain in tuple_rows(query):
            current[vehicle_id] = (make, model, year, vin, powertrain)
    changed: dict[int, tuple] = {}
    before = {vehicle_id: values[3] for vehicle_id, values in current.items()}
    for item in details:
        if item.vehicle_id not in current:
            continue
        merged = _merged(current[item.vehicle_id], item)
        if merged != current[item.vehicle_id]:
            current[item.vehicle_id] = changed[item.vehicle_id] = merged
    update_rows(Vehicle, _DETAIL_FIELDS, [(*values, vehicle_id) for vehicle_id, values in changed.items()])
    # A VIN learned just now (v3 reports it as a signal) may be a car the desk kept by hand: one car.
    learned = {
        vehicle_id: values[3]
        for vehicle_id, values in changed.items()
        if values[3] and not before[vehicle_id]
    }
    for desk_car_id, linked_car_id in desk_twins(learned):
        fold_desk_car_into(desk_car_id, linked_car_id)


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


@dataclass(frozen=True, slots=True)
class ConnectedCar:
    """A car linked through Smartcar, with what a refresh needs: its connection (API, state, owner's
    Smartcar user id, whether a v3 connection still holds its v2 pair), its owner's name, what is known of
    the car, its calls this month and when it and its service history were last read."""

    id: int
    smartcar_id: str
    connection_id: int
    api: str
    connection_state: str
    connection_state_reason: str
    smartcar_user_id: str | None
    holds_v2_pair: bool
    customer_name: str
    title: str
    make: str
    year: int | None
    vin: str
    powertrain: str
    calls_month: str
    calls_used: int
    last_refresh_at: datetime | None
    history_synced_at: datetime | None
    live_update_at: datetime | None  # when a webhook delivery last updated it


def _connected(query):
    return query.join(Customer).switch(Vehicle).join(Connection).where(Vehicle.connection.is_null(False))


def connected_car_count() -> int:
    return _connected(Vehicle.select()).count()


def connected_cars(vehicle_ids: Collection[int] | None = None) -> list[ConnectedCar]:
    """Every connected car (or those named that are connected), by id."""
    # Each column is named as ConnectedCar's field (the model and nickname only make the title).
    query = _connected(
        Vehicle.select(
            Vehicle.id,
            Vehicle.smartcar_id,
            Connection.id.alias("connection_id"),
            Connection.api,
            Connection.state.alias("connection_state"),
            Connection.state_reason.alias("connection_state_reason"),
            Connection.smartcar_user_id,
            Connection.sealed_tokens.is_null(False).alias("holds_v2_pair"),
            Customer.name.alias("customer_name"),
            Vehicle.year,
            Vehicle.make,
            Vehicle.model,
            Vehicle.nickname,
            Vehicle.vin,
            Vehicle.powertrain,
            Vehicle.calls_month,
            Vehicle.calls_used,
            Vehicle.last_refresh_at,
            Vehicle.history_synced_at,
            Vehicle.live_update_at,
        )
    )
    if vehicle_ids is not None:
        query = query.where(Vehicle.id.in_(list(vehicle_ids)))
    return [_connected_car(**row) for row in dict_rows(query.order_by(Vehicle.id))]


def _connected_car(*, model: str, nickname: str, holds_v2_pair: object, **car: Any) -> ConnectedCar:
    title = vehicle_title(car["year"], car["make"], model, nickname, car["vin"])
    return ConnectedCar(**car, holds_v2_pair=bool(holds_v2_pair), title=title)


def any_connected_car() -> bool:
    return Vehicle.select().where(Vehicle.connection.is_null(False)).exists()


def vehicle_ids_by_smartcar_id_or_vin(names: Sequence[str], *, connected_only: bool) -> dict[str, int | None]:
    """For each name (already stripped), a car whose Smartcar id is the name or whose VIN is the name in
    capitals, or None; `connected_only`: only cars linked through Smartcar."""
    found: dict[str, int | None] = {}
    for text in names:
        if not text:  # an empty name would match every car whose VIN is not known
            found[text] = None
            continue
        condition = (Vehicle.smartcar_id == text) | (Vehicle.vin == text.upper())
        if connected_only:
            condition &= Vehicle.connection.is_null(False)
        row = Vehicle.select(Vehicle.id).where(condition).order_by(Vehicle.id).tuples().first()
        found[text] = row[0] if row else None
    return found


@dataclass(frozen=True, slots=True)
class VehicleWithOwner:
    vehicle_id: int
    title: str
    plate: str
    customer_id: int
    customer_name: str


def vehicles_with_owners(vehicle_ids: Collection[int]) -> list[VehicleWithOwner]:
    """These cars with their owners, by car id."""
    rows = tuple_rows(
        Vehicle.select(
            Vehicle.id,
            Vehicle.year,
            Vehicle.make,
            Vehicle.model,
            Vehicle.nickname,
            Vehicle.vin,
            Vehicle.plate,
            Customer.id,
            Customer.name,
        )
        .join(Customer)
        .where(Vehicle.id.in_(sorted(vehicle_ids)))
        .order_by(Vehicle.id)
    )
    return [
        VehicleWithOwner(
            vehicle_id, vehicle_title(year, make, model, nickname, vin), plate, customer_id, name
        )
        for vehicle_id, year, make, model, nickname, vin, plate, customer_id, name in rows
    ]


class CarWithoutPlate(NamedTuple):
    vehicle_id: int
    vin: str
    smartcar_id: str | None


def cars_without_plate(customer_id: int) -> list[CarWithoutPlate]:
    rows = tuple_rows(
        Vehicle.select(Vehicle.id, Vehicle.vin, Vehicle.smartcar_id).where(
            (Vehicle.customer == customer_id) & (Vehicle.plate == "")
        )
    )
    return [CarWithoutPlate(*row) for row in rows]


def save_plates(plates: Mapping[int, str]) -> None:
    """(vehicle id -> plate) for each car."""
    for vehicle_id, plate in plates.items():
        Vehicle.update(plate=plate).where(Vehicle.id == vehicle_id).execute()


def vehicle_exists(vehicle_id: int) -> bool:
    return Vehicle.select().where(Vehicle.id == vehicle_id).exists()


def choose_powertrain(vehicle_id: int, smartcar_type: str) -> None:
    """The front desk says what drives the car ("BEV", or "" for not known), as Smartcar would write it; a
    later v3 refresh that reports the car's powertrain has the last word."""
    if not Vehicle.update(powertrain=smartcar_type[:10]).where(Vehicle.id == vehicle_id).execute():
        raise UnknownVehicle.gone(vehicle_id)


def unlink_car(vehicle_id: int) -> None:
    """The car is no longer read through Smartcar: it stays, with its history, as a car kept by hand. An
    owner's connection left with no car goes too (a v2 pair that covers nothing is a secret for nothing)."""
    with db.atomic():
        vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
        if vehicle is None:
            raise UnknownVehicle.gone(vehicle_id)
        connection_id = vehicle.connection_id
        Vehicle.update(smartcar_id=None, connection=None, last_error="").where(
            Vehicle.id == vehicle_id
        ).execute()
        if (
            connection_id is not None
            and not Vehicle.select().where(Vehicle.connection == connection_id).exists()
        ):
            Connection.delete().where(Connection.id == connection_id).execute()
