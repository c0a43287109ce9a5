"""Service plans: tasks with distance, time and oil-life triggers (DESIGN.md "Due rules")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any, TypeVar

from shopapp.domain.powertrain import EVERY_POWERTRAIN, WITH_AN_ENGINE, Powertrain
from shopapp.domain.units import KM_PER_MILE


def miles(value: float) -> float:
    """Plan defaults are written in miles, as US shops think of them; the plan holds km."""
    return value * KM_PER_MILE


class OilCapability(StrEnum):
    """What Smartcar said about the car's engine oil.

    REPORTED: it answers /engine/oil. UNREADABLE: it has engine oil but Smartcar cannot read it (501
    SMARTCAR_NOT_CAPABLE, or 403 permission not granted). NO_ENGINE_OIL: 501 VEHICLE_NOT_CAPABLE (an electric
    car). UNKNOWN: not asked yet; treated like UNREADABLE so a new car still gets a distance/time reminder.
    """

    REPORTED = "reported"
    UNREADABLE = "unreadable"
    NO_ENGINE_OIL = "no_engine_oil"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Triggers:
    """Any of three triggers; whichever comes first sets the task's status.

    distance_km: interval since the last service; months: interval in calendar months; oil_life_floor:
    fraction (0.20 = change at 20 %).
    """

    distance_km: float | None = None
    months: int | None = None
    oil_life_floor: float | None = None

    @property
    def empty(self) -> bool:
        return self.distance_km is None and self.months is None and self.oil_life_floor is None


@dataclass(frozen=True, slots=True)
class WarningWindows:
    """When a trigger turns `due_soon` and `overdue` (DESIGN.md status ladder)."""

    distance_km: float = miles(500)
    days_of_driving: int = 30  # the distance window widens to what the car covers in this many days
    overdue_distance_share: float = 0.10  # overdue beyond the due odometer by 10 % of the interval
    days_before: int = 30
    days_overdue: int = 30
    oil_due_soon: float = 0.30
    oil_overdue: float = 0.05
    oil_forecast_days: int = 30


@dataclass(frozen=True, slots=True)
class ServiceTask:
    """One recurring job. `key` is stable (stored with service records); `name` is what people read.

    keywords / exclusions map Smartcar service-history task descriptions to this task (case-insensitive
    substrings). An oil-change task (`oil_change=True`) uses `triggers` for cars that report oil life,
    `triggers_without_oil_life` for cars whose oil life cannot be read, and does not apply to cars without
    engine oil. `powertrains`: the kinds of car the task applies to (a car whose powertrain is not known gets
    every task).
    """

    key: str
    name: str
    triggers: Triggers
    keywords: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    oil_change: bool = False
    triggers_without_oil_life: Triggers | None = None
    windows: WarningWindows = field(default_factory=WarningWindows)
    powertrains: frozenset[Powertrain] = EVERY_POWERTRAIN

    def applies_to(self, powertrain: Powertrain | None) -> bool:
        return powertrain is None or powertrain in self.powertrains

    def triggers_for(self, oil: OilCapability, powertrain: Powertrain | None = None) -> Triggers | None:
        """The triggers that apply to a car, or None when the task does not apply to it at all."""
        if not self.applies_to(powertrain):
            return None
        if not self.oil_change:
            return self.triggers
        if oil is OilCapability.NO_ENGINE_OIL:
            return None
        if oil is OilCapability.REPORTED:
            return self.triggers
        return self.triggers_without_oil_life or replace(self.triggers, oil_life_floor=None)

    def matches(self, description: str | None) -> bool:
        """Whether a service-history task description names this task."""
        if not description:
            return False
        text = description.casefold()
        return any(k.casefold() in text for k in self.keywords) and not any(
            x.casefold() in text for x in self.exclusions
        )


@dataclass(frozen=True, slots=True)
class ServicePlan:
    tasks: tuple[ServiceTask, ...]

    def task(self, key: str) -> ServiceTask | None:
        return next((task for task in self.tasks if task.key == key), None)

    def task_for_description(self, description: str | None) -> ServiceTask | None:
        """The plan task a history entry stands for; None keeps it as history only."""
        return next((task for task in self.tasks if task.matches(description)), None)


def default_plan() -> ServicePlan:
    return ServicePlan(
        tasks=(
            ServiceTask(
                key="oil_change",
                name="Oil change",
                triggers=Triggers(months=12, oil_life_floor=0.20),
                triggers_without_oil_life=Triggers(distance_km=miles(5_000), months=6),
                keywords=("oil",),
                oil_change=True,
                powertrains=WITH_AN_ENGINE,
            ),
            ServiceTask(
                key="tire_rotation",
                name="Tire rotation",
                triggers=Triggers(distance_km=miles(6_000), months=6),
                keywords=("rotat",),
            ),
            ServiceTask(
                key="engine_air_filter",
                name="Engine air filter",
                triggers=Triggers(distance_km=miles(15_000), months=12),
                keywords=("air filter",),
                exclusions=("cabin",),
                powertrains=WITH_AN_ENGINE,
            ),
            ServiceTask(
                key="cabin_air_filter",
                name="Cabin air filter",
                triggers=Triggers(distance_km=miles(15_000), months=12),
                keywords=("cabin",),
            ),
            ServiceTask(
                key="brake_inspection",
                name="Brake inspection",
                triggers=Triggers(months=12),
                keywords=("brake",),
            ),
        )
    )


# A task in its stored form: decoded JSON, whose values can be of any JSON type (the dataclasses hold them).
TaskData = Mapping[str, Any]
_Part = TypeVar("_Part", Triggers, WarningWindows)


def task_to_dict(task: ServiceTask) -> dict[str, Any]:
    """A plain-data form of a task (for storing an edited plan as JSON)."""
    data = asdict(task)
    data["powertrains"] = sorted(task.powertrains)  # a set is not JSON
    return data


def task_from_dict(data: TaskData) -> ServiceTask:
    """The inverse of task_to_dict; unknown keys are ignored and missing ones take their defaults, so a plan
    saved by an older or newer ShopApp still loads."""

    def build(cls: type[_Part], values: TaskData | None) -> _Part:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (values or {}).items() if k in names})

    values = {k: v for k, v in data.items() if k in {f.name for f in fields(ServiceTask)}}
    values["triggers"] = build(Triggers, data.get("triggers"))
    if data.get("triggers_without_oil_life") is not None:
        values["triggers_without_oil_life"] = build(Triggers, data["triggers_without_oil_life"])
    values["windows"] = build(WarningWindows, data.get("windows"))
    for name in ("keywords", "exclusions"):
        values[name] = tuple(values.get(name) or ())
    values["powertrains"] = _powertrains(data)
    return ServiceTask(**values)


def _powertrains(data: TaskData) -> frozenset[Powertrain]:
    """The stored powertrains, unknown names skipped. A plan saved before tasks had them takes the default
    plan's for the same task (an electric car keeps getting no engine air filter), else every powertrain."""
    stored = data.get("powertrains")
    if stored is None:
        default = default_plan().task(str(data.get("key", "")))
        return default.powertrains if default is not None else EVERY_POWERTRAIN
    names = {member.value for member in Powertrain}
    return frozenset(Powertrain(name) for name in stored if name in names)
