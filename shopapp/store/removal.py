"""Removing a car or a customer with everything that hangs on it, and putting all of it back (undo for the
session). What goes along is read from the models' own foreign keys (ON DELETE CASCADE: removed too; ON
DELETE SET NULL: unlinked), so a table added later is taken along and restored without a change here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import peewee
from PySide6.QtCore import QCoreApplication

from shopapp.store.bulk import chunked, insert_rows
from shopapp.store.customers import customer_gone
from shopapp.store.database import StoreError
from shopapp.store.models import (
    ALL_MODELS,
    Connection,
    Customer,
    OdometerReading,
    OilReading,
    ReminderLog,
    ServiceRecord,
    Vehicle,
)
from shopapp.store.rows import dict_rows, tuple_rows
from shopapp.store.suppressions import UnknownVehicle
from shopapp.store.writes import one_transaction

_MODELS = frozenset(ALL_MODELS)


def _id_field(model: type[peewee.Model]) -> peewee.Field:
    """The table's primary key (every model of ALL_MODELS but Setting has an `id`; Setting hangs on none)."""
    key = model._meta.primary_key
    if not isinstance(key, peewee.Field):
        raise TypeError(f"{model.__name__} has no primary key")
    return key


@dataclass(frozen=True, slots=True)
class RemovalImpact:
    """What a removal takes along, said to the front desk before it asks."""

    cars: int
    connected_cars: int  # of those, linked through Smartcar (the link is dropped from this shop)
    services: int
    letters: int
    readings: int  # odometer and oil-life readings


@dataclass(frozen=True, slots=True)
class Unlinked:
    """Rows that stay but lose their link to a removed row (ON DELETE SET NULL): (row id, linked id)."""

    model: type[peewee.Model]
    field: str
    links: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class RemovedRows:
    """Every row a removal deleted, table by table in the order they go back (a table before those that
    point at it), and the links it cut. restore() puts them back with their ids."""

    tables: tuple[tuple[type[peewee.Model], tuple[dict[str, Any], ...]], ...]
    unlinked: tuple[Unlinked, ...]
    impact: RemovalImpact

    def count(self, model: type[peewee.Model]) -> int:
        return sum(len(rows) for table, rows in self.tables if table is model)


# -- what it takes along -------------------------------------------------------------------------------


def car_removal_impact(vehicle_id: int) -> RemovalImpact:
    """UnknownVehicle when the car is gone."""
    car = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if car is None:
        raise UnknownVehicle.gone(vehicle_id)
    return _impact([vehicle_id], connected=int(bool(car.smartcar_id)), letters=0)


def customer_removal_impact(customer_id: int) -> RemovalImpact:
    """UnknownCustomer when the customer is gone."""
    if not Customer.select().where(Customer.id == customer_id).exists():
        raise customer_gone()
    cars = list(
        tuple_rows(Vehicle.select(Vehicle.id, Vehicle.smartcar_id).where(Vehicle.customer == customer_id))
    )
    letters = (
        ReminderLog.select(ReminderLog.sent_at, ReminderLog.channel)
        .where(ReminderLog.customer == customer_id)
        .distinct()
        .count()
    )
    return _impact(
        [car_id for car_id, _ in cars], connected=sum(1 for _, linked in cars if linked), letters=letters
    )


def _impact(vehicle_ids: Sequence[int], *, connected: int, letters: int) -> RemovalImpact:
    services = readings = 0
    for chunk in chunked(list(vehicle_ids)):
        ids = list(chunk)
        services += ServiceRecord.select().where(ServiceRecord.vehicle.in_(ids)).count()
        readings += OdometerReading.select().where(OdometerReading.vehicle.in_(ids)).count()
        readings += OilReading.select().where(OilReading.vehicle.in_(ids)).count()
    return RemovalImpact(len(vehicle_ids), connected, services, letters, readings)


# -- removing ------------------------------------------------------------------------------------------


def remove_car(vehicle_id: int) -> RemovedRows:
    """Deletes the car and all that hangs on it in one transaction; returns what restore() needs."""
    with one_transaction():
        impact = car_removal_impact(vehicle_id)
        return _remove(Vehicle, vehicle_id, impact)


def remove_customer(customer_id: int) -> RemovedRows:
    """Deletes the customer, their cars and all that hangs on them in one transaction (their Smartcar
    connections stay, without an owner, as when a customer is deleted any other way)."""
    with one_transaction():
        impact = customer_removal_impact(customer_id)
        return _remove(Customer, customer_id, impact)


def _remove(model: type[peewee.Model], row_id: int, impact: RemovalImpact) -> RemovedRows:
    taken: dict[type[peewee.Model], dict[int, dict[str, Any]]] = defaultdict(dict)
    links: dict[tuple[type[peewee.Model], str], dict[int, int]] = defaultdict(dict)
    _collect(model, [row_id], taken, links)
    _collect(Connection, _connections_left_without_a_car(taken), taken, links)
    order = [table for table in ALL_MODELS if table in taken]  # declared parents first
    unlinked = tuple(
        Unlinked(child, field, tuple(sorted(kept.items())))
        for (child, field), found in links.items()
        if (kept := {row: linked for row, linked in found.items() if row not in taken.get(child, {})})
    )
    for removed in reversed(order):  # rows that point at others first
        for chunk in chunked(sorted(taken[removed])):
            removed.delete().where(_id_field(removed).in_(list(chunk))).execute()
    for cut in unlinked:
        child_field = cut.model._meta.fields[cut.field]
        for chunk in chunked([row for row, _ in cut.links]):
            cut.model.update({child_field: None}).where(_id_field(cut.model).in_(list(chunk))).execute()
    tables = tuple((table, tuple(taken[table].values())) for table in order)
    return RemovedRows(tables, unlinked, impact)


def _collect(
    model: type[peewee.Model],
    ids: Sequence[int],
    taken: dict[type[peewee.Model], dict[int, dict[str, Any]]],
    links: dict[tuple[type[peewee.Model], str], dict[int, int]],
) -> None:
    fresh = [row_id for row_id in ids if row_id not in taken[model]]
    if not fresh:
        return
    key = _id_field(model)
    for chunk in chunked(fresh):
        for row in dict_rows(model.select().where(key.in_(list(chunk)))):
            taken[model][row[key.name]] = row
    for foreign_key, child in model._meta.backrefs.items():
        if child not in _MODELS:
            continue
        child_key = _id_field(child)
        pointing: list[tuple[int, int]] = []
        for chunk in chunked(fresh):
            pointing.extend(
                tuple_rows(child.select(child_key, foreign_key).where(foreign_key.in_(list(chunk))))
            )
        if foreign_key.on_delete == "CASCADE":
            _collect(child, [row_id for row_id, _ in pointing], taken, links)
        elif foreign_key.on_delete == "SET NULL":
            links[(child, foreign_key.name)].update(pointing)
        elif pointing:
            raise RuntimeError(f"{child.__name__}.{foreign_key.name} would block removing {model.__name__}")


def _connections_left_without_a_car(taken: dict[type[peewee.Model], dict[int, dict[str, Any]]]) -> list[int]:
    """The Smartcar connections of the removed cars and customers that no car outside the removal keeps:
    their (encrypted) token pair would stay with no car to read, so it goes along (and comes back on undo)."""
    cars = taken.get(Vehicle, {})
    candidates = {row["connection"] for row in cars.values() if row.get("connection") is not None}
    customers = list(taken.get(Customer, {}))
    for chunk in chunked(customers):
        candidates.update(
            connection_id
            for (connection_id,) in tuple_rows(
                Connection.select(Connection.id).where(Connection.customer.in_(list(chunk)))
            )
        )
    kept: set[int] = set()
    for chunk in chunked(sorted(candidates)):
        kept.update(
            connection_id
            for connection_id, car_id in tuple_rows(
                Vehicle.select(Vehicle.connection, Vehicle.id).where(Vehicle.connection.in_(list(chunk)))
            )
            if car_id not in cars
        )
    return sorted(candidates - kept)


class RestoreProblem(Enum):
    OWNER_GONE = "owner_gone"  # a row it pointed at (the car's customer) was merged away or removed since
    TAKEN = "taken"  # a row added since holds a removed row's place (the same Smartcar car connected again)


class RestoreConflict(StoreError):
    """An undo that cannot put the rows back. `problem` says why: OWNER_GONE can never work (the flow drops
    that removal), TAKEN may once the row added since is removed."""

    def __init__(self, message: str, *, problem: RestoreProblem, what_to_do: str = "") -> None:
        super().__init__(message, what_to_do=what_to_do)
        self.problem = problem


# -- undo ----------------------------------------------------------------------------------------------


def restore(removed: RemovedRows) -> None:
    """Puts every removed row back with its id, and every cut link, in one transaction. An IntegrityError
    means something took a removed row's place meanwhile (the same Smartcar car connected again); then
    nothing is restored. A row pointing at one gone since (the removed car's customer merged into another)
    raises RestoreConflict with OWNER_GONE and restores nothing."""
    try:
        _put_back(removed)
    except peewee.IntegrityError as exc:
        raise RestoreConflict(
            problem=RestoreProblem.TAKEN,
            message=QCoreApplication.translate(
                "ShopDatabase", "Nothing was put back: a car or customer it held was added again meanwhile."
            ),
            what_to_do=QCoreApplication.translate(
                "ShopDatabase",
                "Remove the one added again first, then undo, or enter what is missing by hand.",
            ),
        ) from exc


def _put_back(removed: RemovedRows) -> None:
    with one_transaction():
        if _points_at_a_row_gone_since(removed):
            raise RestoreConflict(
                problem=RestoreProblem.OWNER_GONE,
                message=QCoreApplication.translate(
                    "ShopDatabase",
                    "Nothing was put back: the customer it belonged to was merged or removed since.",
                ),
                what_to_do=QCoreApplication.translate(
                    "ShopDatabase", "Add the car again to the customer who owns it now."
                ),
            )
        for table, rows in removed.tables:
            insert_rows(table, list(rows))
        for cut in removed.unlinked:
            field = cut.model._meta.fields[cut.field]
            by_target: dict[int, list[int]] = defaultdict(list)
            for row_id, linked in cut.links:
                by_target[linked].append(row_id)
            for linked, row_ids in by_target.items():
                for chunk in chunked(row_ids):
                    cut.model.update({field: linked}).where(_id_field(cut.model).in_(list(chunk))).execute()


def _points_at_a_row_gone_since(removed: RemovedRows) -> bool:
    """Whether a removed row points at a row that neither the removal holds nor the database has any more
    (SQLite checks no foreign key, so this is looked at before anything is inserted)."""
    held = {table: {row[_id_field(table).name] for row in rows} for table, rows in removed.tables}
    for table, rows in removed.tables:
        for field in table._meta.sorted_fields:
            if not isinstance(field, peewee.ForeignKeyField):
                continue
            target = field.rel_model
            wanted = {row[field.name] for row in rows if row.get(field.name) is not None} - held.get(
                target, set()
            )
            for chunk in chunked(sorted(wanted)):
                found = target.select().where(_id_field(target).in_(list(chunk))).count()
                if found < len(chunk):
                    return True
    return False
