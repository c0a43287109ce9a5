"""Correcting a service the shop recorded: editing it (the same rules as recording it) and deleting it, with
an undo for the session. The due items follow, because they are read from the records that stay. Only the
shop's own records can be changed; the maker's history (through Smartcar) and imports are what they are.
Blocking: run on the database worker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.services.front_desk import (
    ServiceEntryError,
    check_odometer_history,
    check_service,
    require_vehicle,
)
from shopapp.store.desk_readings import DeskReading, desk_moment, record_desk_odometers
from shopapp.store.models import SHOP_SERVICE
from shopapp.store.service_changes import (
    StoredService,
    delete_service_record,
    forget_odometer,
    other_visit_odometer,
    remove_desk_reading,
    replace_service,
    restore_service_record,
    set_reading_suspect,
    stored_service,
)
from shopapp.store.writes import one_transaction

__all__ = [
    "DeletedService",
    "NotAShopRecord",
    "RecordedService",
    "UnknownService",
    "delete_service",
    "edit_service",
    "recorded_service",
    "restore_service",
]


class UnknownService(UserFacingError, LookupError):
    """The record is gone (deleted on another PC, or never was)."""


class NotAShopRecord(ServiceEntryError):
    """A record the shop did not enter itself: the maker's history, or an import."""


@dataclass(frozen=True, slots=True)
class DeletedService:
    """What delete_service removed, for restore_service to put back: the record, its tasks and the desk
    reading of its visit. `vehicle_id` and `performed_on` for the words that say what was deleted."""

    stored: StoredService

    @property
    def vehicle_id(self) -> int:
        return self.stored.vehicle_id

    @property
    def performed_on(self) -> date:
        return self.stored.performed_on


@dataclass(frozen=True, slots=True)
class RecordedService:
    """A shop record as the service dialog and the command line show it: ticked plan tasks (`task_keys`),
    the other work in the words typed (`extra_tasks`), and the rest as stored."""

    record_id: int
    vehicle_id: int
    performed_on: date
    task_keys: tuple[str, ...]
    extra_tasks: tuple[str, ...]
    odometer_km: float | None
    cost_cents: int | None
    notes: str


def _service_gone() -> UnknownService:
    return UnknownService(
        QCoreApplication.translate(
            "ServiceEntry", "This service is no longer on record (deleted on another PC?)."
        ),
        what_to_do=QCoreApplication.translate("ServiceEntry", "Look at the car's services again."),
    )


def _shop_record(record_id: int) -> StoredService:
    """The record, if the shop entered it; UnknownService or NotAShopRecord (saying why not) otherwise."""
    stored = stored_service(record_id)
    if stored is None:
        raise _service_gone()
    if stored.source != SHOP_SERVICE:
        if stored.source == "smartcar":
            why = QCoreApplication.translate(
                "ServiceEntry",
                "This service comes from the car maker's history through Smartcar; only services the shop recorded can be changed.",  # noqa: E501 (one literal for lupdate)
            )
        else:
            why = QCoreApplication.translate(
                "ServiceEntry",
                "This service was brought in from another system; only services the shop recorded can be changed.",  # noqa: E501 (one literal for lupdate)
            )
        raise NotAShopRecord(
            why,
            what_to_do=QCoreApplication.translate(
                "ServiceEntry", "Record a new service instead if the work was done again."
            ),
        )
    return stored


def recorded_service(record_id: int, plan: ServicePlan) -> RecordedService:
    """A shop record's values to edit: a task that counts for a plan task under that task's own name is a
    ticked box, everything else is other work in its own words."""
    stored = _shop_record(record_id)
    ticked: list[str] = []
    other: list[str] = []
    for key, description in stored.tasks:
        task = plan.task(key) if key else None
        if task is not None and description == task.name and key not in ticked:
            ticked.append(task.key)
        else:
            other.append(description)
    return RecordedService(
        record_id=stored.record_id,
        vehicle_id=stored.vehicle_id,
        performed_on=stored.performed_on,
        task_keys=tuple(ticked),
        extra_tasks=tuple(other),
        odometer_km=stored.odometer_km,
        cost_cents=stored.cost_cents,
        notes=stored.notes,
    )


def edit_service(
    record_id: int,
    performed_on: date,
    task_keys: Sequence[str],
    extra_tasks: Sequence[str],
    odometer_km: float | None,
    cost_cents: int | None,
    notes: str,
    plan: ServicePlan,
    *,
    today: date | None = None,
    unit: DistanceUnit = DistanceUnit.KM,
    currency: str = "",
    allow_below: bool = False,
) -> int:
    """Corrects a service the shop recorded, under the rules of record_service (no date ahead of `today`,
    work named, a plausible odometer not below the car's history before that day unless `allow_below`, no
    negative cost); the record's tasks are replaced, the due items follow its new date and tasks, and the
    visit's desk reading moves with it. Returns the car's id. Raises ServiceEntryError (NotAShopRecord
    included), UnknownService."""
    today = today or date.today()
    tasks = check_service(
        performed_on, task_keys, extra_tasks, odometer_km, cost_cents, plan, today=today, unit=unit
    )
    with one_transaction():  # a refused odometer rolls back the record's own odometer taken out below
        stored = _shop_record(record_id)
        _take_out_visit_reading(stored)
        forget_odometer(record_id)  # the record itself is no earlier reading of its own
        if odometer_km is not None:
            check_odometer_history(
                stored.vehicle_id, performed_on, odometer_km, today, unit, allow_below=allow_below
            )
        replace_service(
            record_id,
            performed_on,
            tasks,
            odometer_km=odometer_km,
            cost_cents=cost_cents,
            currency=currency or stored.currency,
            notes=notes.strip(),
        )
        if odometer_km is not None:
            record_desk_odometers(
                [DeskReading(stored.vehicle_id, desk_moment(performed_on), odometer_km, allow_below)]
            )
    return stored.vehicle_id


def delete_service(record_id: int) -> DeletedService:
    """Deletes a service the shop recorded, with its tasks and its visit's desk reading; what it counted
    for is due again from the service before it. Returns what restore_service puts back. Raises
    NotAShopRecord, UnknownService."""
    with one_transaction():
        stored = _shop_record(record_id)
        _take_out_visit_reading(stored)
        delete_service_record(record_id)
    return DeletedService(stored)


def restore_service(deleted: DeletedService) -> None:
    """Puts a deleted service back as it was (the undo of delete_service). UnknownVehicle when the car was
    removed meanwhile."""
    stored = deleted.stored
    with one_transaction():
        require_vehicle(stored.vehicle_id)
        restore_service_record(stored)
        reading = stored.desk_reading
        if reading is not None:
            record_desk_odometers([DeskReading(stored.vehicle_id, reading.recorded_at, reading.km)])
            if reading.suspect:
                set_reading_suspect(stored.vehicle_id, reading.recorded_at, True)


def _take_out_visit_reading(stored: StoredService) -> None:
    """The desk reading the visit left goes with the record, unless another service that day shares it
    (then it keeps that service's odometer)."""
    reading = stored.desk_reading
    if reading is None:
        return
    shared = other_visit_odometer(stored.vehicle_id, stored.performed_on, stored.record_id)
    if shared is None:
        remove_desk_reading(stored.vehicle_id, reading.recorded_at)
    else:
        record_desk_odometers([DeskReading(stored.vehicle_id, reading.recorded_at, shared)])
