"""Why a due item is on the list, as data: the trigger that fired, its numbers and its dates. No words here:
each surface says it its own way (shopapp.reports.due_words for the window, the CLI and the CSV; the reminder
letter in shopapp.reports.letters.wording), so a word changed or translated changes in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar


class Trigger(StrEnum):
    DISTANCE = "distance"
    TIME = "time"
    OIL_LIFE = "oil_life"
    TROUBLE_CODE = "dtc"
    SYSTEM_ALERT = "system"
    CONNECTION = "connection"
    NO_DATA = "no_data"


@dataclass(frozen=True, slots=True)
class Baseline:
    """What a task counts from: its last service (`on_record`), or else when the shop first saw the car
    (its first reading). `on` / `odometer_km` are None when that is not known."""

    on: date | None
    odometer_km: float | None
    on_record: bool


@dataclass(frozen=True, slots=True)
class DistanceReason:
    """A distance interval: `driven_km` since the baseline against `interval_km`; `remaining_km` to the
    due odometer (0 or less once reached). The forecast date is the item's due_date; `today` the day it
    was evaluated; `estimated`: the distances count from today's estimated odometer (a car read at its
    visits), not from a reading."""

    trigger: ClassVar[Trigger] = Trigger.DISTANCE
    task: str
    since: Baseline
    driven_km: float
    interval_km: float
    remaining_km: float
    today: date
    estimated: bool = False

    @property
    def reached(self) -> bool:
        return self.remaining_km <= 0


@dataclass(frozen=True, slots=True)
class TimeReason:
    """A calendar interval: `months_elapsed` whole months since the baseline against `interval_months`;
    `due_on` the day it falls due (also the item's due_date)."""

    trigger: ClassVar[Trigger] = Trigger.TIME
    task: str
    since: Baseline
    months_elapsed: int
    interval_months: int
    due_on: date
    today: date

    @property
    def reached(self) -> bool:
        return self.today >= self.due_on


@dataclass(frozen=True, slots=True)
class OilLifeReason:
    """The car's oil life against the task's floor, both fractions (0.14 is 14 %); the forecast day the
    floor is reached is the item's due_date."""

    trigger: ClassVar[Trigger] = Trigger.OIL_LIFE
    task: str
    oil_life: float
    floor: float
    today: date

    @property
    def reached(self) -> bool:
        return self.oil_life <= self.floor


@dataclass(frozen=True, slots=True)
class OilChangedReason:
    """The oil was changed on `done_on`, after the car's latest oil-life reading: that reading says nothing
    about the new oil until the next refresh."""

    trigger: ClassVar[Trigger] = Trigger.OIL_LIFE
    task: str
    done_on: date
    today: date


@dataclass(frozen=True, slots=True)
class OilLampReason:
    """The car's own oil-change light is on (Smartcar's SYSTEM_OIL_LIFE in ALERT): the oil change is due
    whatever the intervals say. It is the oil change's reason, not an alert of its own beside it."""

    trigger: ClassVar[Trigger] = Trigger.OIL_LIFE
    task: str
    today: date


@dataclass(frozen=True, slots=True)
class TroubleCodeReason:
    """An active trouble code and its catalogue title; `maker`: the car's maker ("Cadillac") when the code
    is the maker's own (P1xxx, B1xxx…: no generic catalogue explains it), else empty."""

    trigger: ClassVar[Trigger] = Trigger.TROUBLE_CODE
    code: str
    title: str
    maker: str = ""


@dataclass(frozen=True, slots=True)
class SystemAlertReason:
    """A system in ALERT (`SYSTEM_TPMS`), with the car's own description when it gives one."""

    trigger: ClassVar[Trigger] = Trigger.SYSTEM_ALERT
    system_id: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ReconnectReason:
    """The car's Smartcar access has ended; the owner must connect it again."""

    trigger: ClassVar[Trigger] = Trigger.CONNECTION


@dataclass(frozen=True, slots=True)
class NoDataReason:
    """No reading from the car yet; `at_desk`: a car kept at the desk, whose odometer nobody entered."""

    trigger: ClassVar[Trigger] = Trigger.NO_DATA
    at_desk: bool = False


DueReason = (
    DistanceReason
    | TimeReason
    | OilLifeReason
    | OilChangedReason
    | OilLampReason
    | TroubleCodeReason
    | SystemAlertReason
    | ReconnectReason
    | NoDataReason
)
