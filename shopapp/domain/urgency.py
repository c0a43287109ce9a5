"""How urgent a due item is (DESIGN.md "Due rules" and the CSV contract's order): safety-critical alerts
first, then overdue, due, other alerts, due soon, ok; within one of those the more serious first (oil life
at 0 % before a tire rotation due today), then the earlier due date.

One key serves every surface (the window's rows and their most urgent item, the CSV, the CLI table, the
letters), so they never disagree on what comes first."""

from __future__ import annotations

from datetime import date
from enum import IntEnum, StrEnum

from shopapp.domain.due_reasons import (
    DistanceReason,
    DueReason,
    OilChangedReason,
    OilLifeReason,
    SystemAlertReason,
    TimeReason,
)
from shopapp.domain.safety import is_safety_critical


class Status(StrEnum):
    """The CSV contract's five statuses (the `status` column)."""

    OVERDUE = "overdue"
    DUE = "due"
    ALERT = "alert"
    DUE_SOON = "due_soon"
    OK = "ok"


class Tier(IntEnum):
    """Where an item ranks, most urgent first: a status, with safety-critical alerts set above them all."""

    SAFETY_ALERT = 0
    OVERDUE = 1
    DUE = 2
    ALERT = 3
    DUE_SOON = 4
    OK = 5


_TIER_OF_STATUS = {
    Status.OVERDUE: Tier.OVERDUE,
    Status.DUE: Tier.DUE,
    Status.ALERT: Tier.ALERT,
    Status.DUE_SOON: Tier.DUE_SOON,
    Status.OK: Tier.OK,
}

_AVERAGE_MONTH_DAYS = 30.44
_ALREADY_SERVICED = -1.0  # the oil was changed after the last reading: as far from due as an item gets


def is_safety_alert(status: Status, why: DueReason) -> bool:
    return status is Status.ALERT and isinstance(why, SystemAlertReason) and is_safety_critical(why.system_id)


def tier(status: Status, why: DueReason) -> Tier:
    if status is not Status.ALERT:  # nearly every item: no need to look at the reason
        return _TIER_OF_STATUS[status]
    return Tier.SAFETY_ALERT if is_safety_alert(status, why) else Tier.ALERT


def severity(why: DueReason) -> float:
    """How far past its due point an item is, as a share of its interval: 0 at the due point, 1 a whole
    interval beyond it (oil life 0 % against a 20 % floor), negative before it. Alerts have none (0)."""
    if isinstance(why, TimeReason):  # the most common first: a 10,000-car list asks 50,000 times
        interval_days = why.interval_months * _AVERAGE_MONTH_DAYS
        return (why.today - why.due_on).days / interval_days if interval_days > 0 else 0.0
    if isinstance(why, DistanceReason):
        return -why.remaining_km / why.interval_km if why.interval_km > 0 else 0.0
    if isinstance(why, OilLifeReason):
        return (why.floor - why.oil_life) / why.floor if why.floor > 0 else -why.oil_life
    if isinstance(why, OilChangedReason):
        return _ALREADY_SERVICED
    return 0.0


UrgencyKey = tuple[int, float, date]


def urgency_key(status: Status, why: DueReason, due_date: date | None) -> UrgencyKey:
    """Sorts ascending, most urgent first: tier, then the more serious, then the earlier due date (an item
    with none last)."""
    rank = _TIER_OF_STATUS[status] if status is not Status.ALERT else tier(status, why)
    return (rank, -severity(why), due_date or date.max)
