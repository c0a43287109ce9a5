"""The front desk's snoozes and dismissals of due items (DESIGN.md "Due rules"): they hide an item from the
due list and the letters without moving its due date. One row per vehicle and item key; a new choice
replaces the old one. A car's plan exceptions (tasks that do not apply to it) are kept the same way."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime

import peewee
from PySide6.QtCore import QCoreApplication

from shopapp.domain.due import DISMISSED, NOT_FOR_THIS_CAR, SNOOZED
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.store.models import Suppression, TaskService, Vehicle, db
from shopapp.store.rows import as_date, tuple_rows


class UnknownVehicle(UserFacingError, LookupError):
    """The vehicle is gone (deleted meanwhile, e.g. on another front-desk PC)."""

    @classmethod
    def gone(cls, vehicle_id: int) -> UnknownVehicle:
        return cls(
            fill(
                QCoreApplication.translate("VehicleLookup", "No vehicle %1: it was deleted meanwhile."),
                vehicle_id,
            )
        )


def snooze_item(vehicle_id: int, item_key: str, until: date) -> None:
    """Hides the item until `until` (it shows again on that day)."""
    _save(vehicle_id, item_key, SNOOZED, until=until, service_on=None)


def dismiss_item(vehicle_id: int, item_key: str, last_service_on: date | None) -> date | None:
    """Hides the item until a service newer than the one on record now; returns the service date the
    dismissal counts from.

    `last_service_on` is the item's last service as the window showed it. The due rules end a dismissal at
    the first service after the latest one they know of for the item, which for an alert or a task with no
    service on record is the car's latest service of any task, so that date is looked up here: otherwise
    dismissing a trouble code on a car with any service on record would not hide it at all.
    """
    recorded = _latest_service_for(vehicle_id, item_key)
    service_on = max((day for day in (last_service_on, recorded) if day is not None), default=None)
    _save(vehicle_id, item_key, DISMISSED, until=None, service_on=service_on)
    return service_on


def clear_suppression(vehicle_id: int, item_key: str) -> bool:
    """Shows the item again; False if it was not hidden."""
    deleted = (
        Suppression.delete()
        .where((Suppression.vehicle == vehicle_id) & (Suppression.item_key == item_key))
        .execute()
    )
    return deleted > 0


def _latest_service_for(vehicle_id: int, item_key: str) -> date | None:
    """As shopapp.domain.due reads it: the task's own latest service, else the car's latest of any task."""
    own = (
        TaskService.select(TaskService.performed_on)
        .where((TaskService.vehicle == vehicle_id) & (TaskService.task_key == item_key))
        .scalar()
    )
    if own is not None:
        return as_date(own)
    latest = (
        TaskService.select(peewee.fn.MAX(TaskService.performed_on))
        .where(TaskService.vehicle == vehicle_id)
        .scalar()
    )
    return as_date(latest)


def _save(vehicle_id: int, item_key: str, kind: str, *, until: date | None, service_on: date | None) -> None:
    if not item_key:
        raise ValueError("an item key is needed")
    with db.atomic():
        if not Vehicle.select().where(Vehicle.id == vehicle_id).exists():
            raise UnknownVehicle.gone(vehicle_id)
        Suppression.insert(
            vehicle=vehicle_id,
            item_key=item_key,
            kind=kind,
            until=until,
            service_on=service_on,
            created_at=datetime.now(UTC),
        ).on_conflict(
            conflict_target=[Suppression.vehicle, Suppression.item_key],
            update={
                Suppression.kind: kind,
                Suppression.until: until,
                Suppression.service_on: service_on,
                Suppression.created_at: datetime.now(UTC),
            },
        ).execute()


def plan_exceptions(vehicle_id: int) -> frozenset[str]:
    """The plan tasks the desk said do not apply to this car."""
    query = Suppression.select(Suppression.item_key).where(
        (Suppression.vehicle == vehicle_id) & (Suppression.kind == NOT_FOR_THIS_CAR)
    )
    return frozenset(str(row[0]) for row in tuple_rows(query))


def save_plan_exceptions(vehicle_id: int, task_keys: Collection[str]) -> None:
    """These plan tasks (and no others) do not apply to this car; a snooze or dismissal of one of them
    gives way (the task is gone for the car)."""
    with db.atomic():
        if not Vehicle.select().where(Vehicle.id == vehicle_id).exists():
            raise UnknownVehicle.gone(vehicle_id)
        Suppression.delete().where(
            (Suppression.vehicle == vehicle_id)
            & ((Suppression.kind == NOT_FOR_THIS_CAR) | Suppression.item_key.in_(list(task_keys)))
        ).execute()
        now = datetime.now(UTC)
        for key in sorted(set(task_keys)):
            Suppression.create(vehicle=vehicle_id, item_key=key, kind=NOT_FOR_THIS_CAR, created_at=now)
