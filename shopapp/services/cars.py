"""Cars the front desk keeps by hand: adding a car that is not linked to Smartcar (its VIN checked and read
for the maker and model year), editing a car's own fields, and odometer readings taken at the counter. One
use case each, for the window, the command line and the import alike. Blocking: run on the database
worker."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from shopapp.domain.car import CarDraft
from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.car_words import car_problem_words
from shopapp.services.front_desk import (
    ServiceDateInFuture,
    check_odometer_history,
    odometer_problem,
    plan_exceptions,
    set_plan_exceptions,
)
from shopapp.store.customers import UnknownCustomer, customer_gone
from shopapp.store.desk_cars import (
    add_desk_car,
    car_fields,
    customer_exists,
    save_car_fields,
    vin_holder,
)
from shopapp.store.desk_readings import DeskReading, desk_moment, record_desk_odometers
from shopapp.store.writes import one_transaction

__all__ = [
    "CarEntryError",
    "PlanExceptions",
    "UnknownCustomer",
    "add_car",
    "car_draft",
    "edit_car",
    "plan_exceptions",
    "record_odometer",
]


class CarEntryError(UserFacingError, ValueError):
    """A car the front desk entered that cannot be saved; str() is the sentence to show, `field` the entry it
    is about ("vin", "make", "model", "year", "plate", "nickname")."""

    def __init__(self, message: str, field: str, what_to_do: str | None = None) -> None:
        super().__init__(message, what_to_do=what_to_do)
        self.field = field


@dataclass(frozen=True, slots=True)
class PlanExceptions:
    """The plan tasks that do not apply to a car (services.front_desk.set_plan_exceptions), and the plan
    they are tasks of."""

    task_keys: frozenset[str]
    plan: ServicePlan


def _checked(draft: CarDraft, today: date, vehicle_id: int | None) -> CarDraft:
    """The draft as it will be saved (VIN read for what the desk left empty), or the first problem."""
    problems = car_problem_words(draft, today)
    if problems:
        field, words = next(iter(problems.items()))
        raise CarEntryError(words, field)
    decoded = draft.decoded(today.year)
    if decoded.vin:
        holder = vin_holder(decoded.vin, other_than=vehicle_id)
        if holder is not None:
            raise CarEntryError(
                fill(
                    QCoreApplication.translate("CarEntry", "The shop already has this VIN: %1 of %2."),
                    holder.title,
                    holder.customer_name,
                ),
                "vin",
                what_to_do=QCoreApplication.translate(
                    "CarEntry", "Open that car instead, or move it to this customer."
                ),
            )
    return decoded


def add_car(
    customer_id: int,
    draft: CarDraft,
    *,
    odometer_km: float | None = None,
    odometer_on: date | None = None,
    today: date | None = None,
    unit: DistanceUnit = DistanceUnit.KM,
    plan_exceptions: PlanExceptions | None = None,
) -> int:
    """Adds a car the shop keeps by hand (not linked to Smartcar) to a customer; returns its id. The VIN
    fills in the make and model year the desk left empty; the odometer (read on `odometer_on`, default
    today) starts the car's readings, so its due items count from that day. Raises CarEntryError,
    ServiceEntryError for the odometer or its date, UnknownCustomer."""
    today = today or date.today()
    on = odometer_on or today
    if odometer_km is not None:
        _check_reading(odometer_km, on, today, unit)
    with one_transaction():
        if not customer_exists(customer_id):
            raise customer_gone()
        decoded = _checked(draft, today, None)
        vehicle_id = add_desk_car(customer_id, asdict(decoded), datetime.now(UTC))
        if odometer_km is not None:
            record_desk_odometers([DeskReading(vehicle_id, desk_moment(on), odometer_km)])
        if plan_exceptions is not None:
            set_plan_exceptions(vehicle_id, plan_exceptions.task_keys, plan_exceptions.plan)
    return vehicle_id


def car_draft(vehicle_id: int) -> CarDraft:
    """The car's own fields as the car dialog edits them; UnknownVehicle when it is gone."""
    values = car_fields(vehicle_id).values
    return CarDraft(
        vin=str(values["vin"] or ""),
        make=str(values["make"] or ""),
        model=str(values["model"] or ""),
        year=int(str(values["year"])) if values["year"] is not None else None,
        plate=str(values["plate"] or ""),
        nickname=str(values["nickname"] or ""),
        powertrain=str(values["powertrain"] or ""),
    )


def edit_car(
    vehicle_id: int,
    draft: CarDraft,
    *,
    today: date | None = None,
    plan_exceptions: PlanExceptions | None = None,
) -> None:
    """Saves the car's own fields (and, when given, its plan exceptions, in the same transaction). A linked
    car's VIN is the one its maker reports and cannot be typed over. Raises CarEntryError, UnknownVehicle,
    UnknownPlanTask."""
    today = today or date.today()
    with one_transaction():
        stored = car_fields(vehicle_id)
        decoded = _checked(draft, today, vehicle_id)
        if stored.connected and stored.values["vin"] and decoded.vin != stored.values["vin"]:
            raise CarEntryError(
                QCoreApplication.translate(
                    "CarEntry", "This car's VIN comes from its maker through Smartcar and cannot be changed."
                ),
                "vin",
            )
        save_car_fields(vehicle_id, asdict(decoded))
        if plan_exceptions is not None:
            set_plan_exceptions(vehicle_id, plan_exceptions.task_keys, plan_exceptions.plan)


def _check_reading(odometer_km: float, on: date, today: date, unit: DistanceUnit) -> None:
    if on > today:
        raise ServiceDateInFuture(
            QCoreApplication.translate("CarEntry", "An odometer reading cannot be dated in the future.")
        )
    problem = odometer_problem(odometer_km, unit)
    if problem is not None:
        raise problem


def record_odometer(
    vehicle_id: int,
    odometer_km: float,
    on: date,
    *,
    allow_below: bool = False,
    today: date | None = None,
    unit: DistanceUnit = DistanceUnit.KM,
) -> None:
    """An odometer read at the counter on `on`. Below what the car's history shows before that day only
    when the desk confirmed it (`allow_below`: the earlier, higher readings are then taken as mistakes).
    Raises ServiceEntryError (OdometerBelowEarlier, ImplausibleOdometer, ServiceDateInFuture),
    UnknownVehicle."""
    today = today or date.today()
    _check_reading(odometer_km, on, today, unit)
    with one_transaction():
        car_fields(vehicle_id)  # UnknownVehicle when the car was removed meanwhile
        check_odometer_history(vehicle_id, on, odometer_km, today, unit, allow_below=allow_below)
        record_desk_odometers([DeskReading(vehicle_id, desk_moment(on), odometer_km, allow_below)])
