"""What the front desk records by hand: customers, the services the shop performs, reviewed trouble codes,
snoozed and dismissed due items."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from shopapp.domain.contact import CustomerDraft
from shopapp.domain.plan import ServicePlan
from shopapp.domain.powertrain import SMARTCAR_TYPE, Powertrain
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.local_format import format_distance, short_date
from shopapp.store import customers, suppressions
from shopapp.store.customers import customer_draft
from shopapp.store.desk_readings import DeskReading, desk_moment, record_desk_odometers
from shopapp.store.models import ServiceRecord
from shopapp.store.readings import mark_code_reviewed
from shopapp.store.service_records import EarlierOdometer, add_service_record, highest_odometer_before
from shopapp.store.suppressions import UnknownVehicle, plan_exceptions
from shopapp.store.vehicles import choose_powertrain, vehicle_exists
from shopapp.store.writes import one_transaction

__all__ = [
    "ServiceEntryError",
    "UnknownVehicle",
    "clear_suppression",
    "customer_draft",
    "dismiss_item",
    "mark_trouble_code_reviewed",
    "plan_exceptions",
    "record_service",
    "save_customer",
    "snooze_item",
]


# No car gets there; a slipped finger (an extra zero) does. The dialog's odometer field stops here too.
MAX_ODOMETER_KM = 2_000_000.0
# A typed odometer is whole miles or km; an earlier reading a little above it is rounding, not a mistake.
ODOMETER_TOLERANCE_KM = 2.0


class ServiceEntryError(UserFacingError, ValueError):
    """A service the front desk entered that cannot be right; str() is the sentence to show. `field` says
    which entry it is about: "date", "work", "odometer" or "cost" (the dialog shows it there)."""

    field = ""


class ServiceDateInFuture(ServiceEntryError):
    field = "date"


class UnknownPlanTask(ServiceEntryError):
    field = "work"


class NoWorkNamed(ServiceEntryError):
    field = "work"


class ImplausibleOdometer(ServiceEntryError):
    """Negative, or beyond what any car reaches."""

    field = "odometer"


class OdometerBelowEarlier(ServiceEntryError):
    """Below what the car's own history shows before that day (a reading, or an earlier service)."""

    field = "odometer"

    def __init__(self, message: str, earlier: EarlierOdometer) -> None:
        super().__init__(message, what_to_do=_check_the_dashboard())
        self.earlier = earlier


class NegativeCost(ServiceEntryError):
    field = "cost"


def _check_the_dashboard() -> str:
    return QCoreApplication.translate("ServiceEntry", "Check the number on the dashboard.")


def service_tasks(
    plan: ServicePlan, task_keys: Sequence[str], extra_tasks: Sequence[str]
) -> list[tuple[str | None, str]]:
    """(plan task key or None, description) pairs: ticked plan tasks under their name, then each line of
    other work, counted for the plan task it names ("Rotated tires" resets the tire rotation) or none."""
    unknown = [key for key in task_keys if plan.task(key) is None]
    if unknown:
        raise UnknownPlanTask(
            fill(
                QCoreApplication.translate("ServiceEntry", "The service plan has no task %1."),
                ", ".join(repr(key) for key in unknown),
            ),
            what_to_do=QCoreApplication.translate(
                "ServiceEntry", "It may have been removed in Settings on another PC; tick the work again."
            ),
        )
    pairs: list[tuple[str | None, str]] = []
    for key in task_keys:
        task = plan.task(key)
        assert task is not None
        pairs.append((task.key, task.name))
    for description in (text.strip() for text in extra_tasks):
        if description:
            task = plan.task_for_description(description)
            pairs.append((task.key if task else None, description))
    return pairs


def odometer_problem(odometer_km: float, unit: DistanceUnit) -> ImplausibleOdometer | None:
    """What is wrong with a typed odometer on its own (negative, or more than any car drives), or None."""
    if odometer_km < 0:
        return ImplausibleOdometer(
            QCoreApplication.translate("ServiceEntry", "An odometer reading cannot be negative.")
        )
    if odometer_km > MAX_ODOMETER_KM:
        return ImplausibleOdometer(
            fill(
                QCoreApplication.translate("ServiceEntry", "%1 is more than any car drives (at most %2)."),
                format_distance(odometer_km, unit),
                format_distance(MAX_ODOMETER_KM, unit),
            ),
            what_to_do=_check_the_dashboard(),
        )
    return None


def check_service(
    performed_on: date,
    task_keys: Sequence[str],
    extra_tasks: Sequence[str],
    odometer_km: float | None,
    cost_cents: int | None,
    plan: ServicePlan,
    *,
    today: date,
    unit: DistanceUnit = DistanceUnit.KM,
) -> list[tuple[str | None, str]]:
    """The rules a service must meet that need no database; returns its (task key, description) pairs.
    Raises the ServiceEntryError of the first rule broken."""
    if performed_on > today:
        raise ServiceDateInFuture(
            fill(
                QCoreApplication.translate("ServiceEntry", "The service date (%1) is in the future."),
                short_date(performed_on, today),
            ),
            what_to_do=QCoreApplication.translate("ServiceEntry", "Record a service once it is done."),
        )
    tasks = service_tasks(plan, task_keys, extra_tasks)
    if not tasks:
        raise NoWorkNamed(
            QCoreApplication.translate(
                "ServiceEntry", "A service needs at least one task or a description of the work."
            )
        )
    if odometer_km is not None and (problem := odometer_problem(odometer_km, unit)) is not None:
        raise problem
    if cost_cents is not None and cost_cents < 0:
        raise NegativeCost(QCoreApplication.translate("ServiceEntry", "A cost cannot be negative."))
    return tasks


def record_service(
    vehicle_id: int,
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
) -> ServiceRecord:
    """Records a service the shop performed: the one use case for it (window and tests alike). Every plan
    task it counts for starts again from this service (the due rules read each task's latest service), so
    its reminder goes away.

    Refuses, with a ServiceEntryError carrying the sentence to show (distances in `unit`): a date after
    `today`, a task the plan does not have, no work at all, a negative or absurd odometer, an odometer below
    the car's own history before that day (its readings, glitches left out, and earlier services) unless
    `allow_below` (the desk confirmed it), a negative cost. UnknownVehicle when the car is gone;
    DatabaseBusy when the database stayed locked. The odometer is kept as a reading of the car too (its
    forecast follows the visits of a car not linked to Smartcar). Blocking: call it on the database
    worker."""
    today = today or date.today()
    tasks = check_service(
        performed_on, task_keys, extra_tasks, odometer_km, cost_cents, plan, today=today, unit=unit
    )
    with one_transaction():  # the history checked is the history the record joins
        require_vehicle(vehicle_id)
        if odometer_km is not None:
            check_odometer_history(
                vehicle_id, performed_on, odometer_km, today, unit, allow_below=allow_below
            )
        record = add_service_record(
            vehicle_id,
            performed_on,
            tasks,
            odometer_km=odometer_km,
            cost_cents=cost_cents,
            currency=currency,
            notes=notes.strip(),
        )
        if odometer_km is not None:
            record_desk_odometers(
                [DeskReading(vehicle_id, desk_moment(performed_on), odometer_km, allow_below)]
            )
    assert record is not None  # only imports with an external key can be skipped as duplicates
    return record


def require_vehicle(vehicle_id: int) -> None:
    """UnknownVehicle, in the front desk's words, when the car was removed meanwhile."""
    if not vehicle_exists(vehicle_id):
        raise UnknownVehicle(
            QCoreApplication.translate(
                "ServiceEntry", "This car is no longer in the shop's list (removed on another PC?)."
            )
        )


def check_odometer_history(
    vehicle_id: int,
    on: date,
    odometer_km: float,
    today: date,
    unit: DistanceUnit,
    *,
    allow_below: bool = False,
) -> None:
    """OdometerBelowEarlier when `odometer_km` is below what the car's history shows before `on` (beyond
    rounding), unless the desk confirmed it (`allow_below`)."""
    earlier = highest_odometer_before(vehicle_id, on)
    if allow_below or earlier is None or odometer_km >= earlier.km - ODOMETER_TOLERANCE_KM:
        return
    below = {
        "reading": QCoreApplication.translate(
            "ServiceEntry", "The odometer (%1) is below the %2 the car reported on %3."
        ),
        "desk": QCoreApplication.translate(
            "ServiceEntry", "The odometer (%1) is below the %2 entered at the desk on %3."
        ),
        "service": QCoreApplication.translate(
            "ServiceEntry", "The odometer (%1) is below the %2 recorded at a service on %3."
        ),
    }[earlier.source]
    raise OdometerBelowEarlier(
        fill(
            below,
            format_distance(odometer_km, unit),
            format_distance(earlier.km, unit),
            short_date(earlier.on, today),
        ),
        earlier,
    )


# Each desk write below is one transaction through store.writes.one_transaction, which notes it in the
# change feed: the other open windows (this PC's and other PCs') reload.


def save_customer(draft: CustomerDraft, customer_id: int | None = None) -> int:
    """Adds (customer_id None) or updates a customer; returns their id."""
    with one_transaction():
        return customers.save_customer(draft, customer_id)


def snooze_item(vehicle_id: int, item_key: str, until: date) -> None:
    """Hides the item until `until` (it shows again on that day)."""
    with one_transaction():
        suppressions.snooze_item(vehicle_id, item_key, until)


def dismiss_item(vehicle_id: int, item_key: str, last_service_on: date | None) -> date | None:
    """Hides the item until the car's next service (store.suppressions.dismiss_item says which)."""
    with one_transaction():
        return suppressions.dismiss_item(vehicle_id, item_key, last_service_on)


def clear_suppression(vehicle_id: int, item_key: str) -> bool:
    """Shows the item again; False if it was not hidden."""
    with one_transaction():
        return suppressions.clear_suppression(vehicle_id, item_key)


def mark_trouble_code_reviewed(occurrence_id: int, when: datetime) -> bool:
    """Notes that the front desk has seen (and dealt with) a trouble code; False if it is gone."""
    with one_transaction():
        return mark_code_reviewed(occurrence_id, when)


def choose_car_powertrain(vehicle_id: int, powertrain: Powertrain | None) -> None:
    """The front desk's word on what drives a car (None: not known); the service plan follows it. Raises
    UnknownVehicle when the car was deleted meanwhile."""
    with one_transaction():
        choose_powertrain(vehicle_id, SMARTCAR_TYPE[powertrain] if powertrain is not None else "")


def set_plan_exceptions(vehicle_id: int, task_keys: Collection[str], plan: ServicePlan) -> None:
    """The plan tasks that do not apply to this car (its owner has them done elsewhere, it has no such part):
    the due list, letters and CSV leave them out for it. UnknownPlanTask for a task the plan lacks;
    UnknownVehicle when the car is gone."""
    service_tasks(plan, list(task_keys), [])  # the same refusal of an unknown task as a service's
    with one_transaction():
        suppressions.save_plan_exceptions(vehicle_id, task_keys)
