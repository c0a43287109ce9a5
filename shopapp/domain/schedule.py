"""When each car is next refreshed, within Smartcar's plan limits (DESIGN.md "Smartcar plan limits").

The default rhythm (a full refresh every few hours, service history daily) is stretched when the shop's
app-level request allowance cannot carry the whole fleet that often, and per car when its monthly call
budget would run out before the month does. Every rhythm carries its reason as data (Pace: the rule and its
numbers); the front desk reads it in the words of shopapp.services.schedule_words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

# Every car's service history is read once a day; its calls are set aside before refreshes are planned.
HISTORY_CALLS_PER_DAY = 1


class PaceRule(Enum):
    """What sets a car's refresh rhythm."""

    SHOP_RHYTHM = "shop_rhythm"  # every `interval`, as the shop asked (or as the fleet's allowance allows)
    ALLOWANCE_TOO_SMALL = "allowance_too_small"  # per_minute, vehicles: not even once a day
    ALLOWANCE_STRETCH = "allowance_stretch"  # interval, per_minute, vehicles
    BUDGET_SPENT = "budget_spent"  # budget, resume_at
    BUDGET_KEPT_FOR_HISTORY = "budget_kept_for_history"  # used, budget, resume_at
    BUDGET_STRETCH = "budget_stretch"  # interval, budget, used


@dataclass(frozen=True, slots=True)
class Pace:
    """Why a refresh rhythm is what it is: the rule, and the numbers its words name (see PaceRule); the
    others stay at their zero value."""

    rule: PaceRule
    interval: timedelta = timedelta(0)
    per_minute: float = 0.0  # the shop's request allowance, requests a minute
    vehicles: int = 0  # connected cars sharing that allowance
    budget: int = 0  # the car's monthly call budget
    used: int = 0  # calls of that budget used this month
    resume_at: datetime | None = None  # when refreshes start again (the next month)


@dataclass(frozen=True, slots=True)
class Cadence:
    """How often the whole fleet can be refreshed, and why if that is less often than the shop asked
    (reason None: the shop's own rhythm)."""

    interval: timedelta
    reason: Pace | None = None


@dataclass(frozen=True, slots=True)
class NextRefresh:
    at: datetime
    reason: Pace
    budget_spent: bool = False


def month_key(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def start_of_next_month(moment: datetime) -> datetime:
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return moment.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)


def fleet_cadence(
    vehicles: int, preferred: timedelta, api_burst: int, api_refill_per_minute: float
) -> Cadence:
    """The fleet's refresh interval under the app-level bucket: each refresh is one request per car, and
    the daily history read one more. A burst of 0 means the plan has no bucket."""
    if api_burst <= 0 or vehicles <= 0:
        return Cadence(preferred)
    per_day = api_refill_per_minute * 24 * 60 - vehicles * HISTORY_CALLS_PER_DAY
    if per_day <= 0:
        return Cadence(
            timedelta(days=1),
            Pace(PaceRule.ALLOWANCE_TOO_SMALL, per_minute=api_refill_per_minute, vehicles=vehicles),
        )
    needed = timedelta(days=vehicles / per_day)
    if needed <= preferred:
        return Cadence(preferred)
    return Cadence(
        needed,
        Pace(PaceRule.ALLOWANCE_STRETCH, needed, per_minute=api_refill_per_minute, vehicles=vehicles),
    )


def next_refresh(
    now: datetime,
    last_refresh_at: datetime | None,
    calls_month: str,
    calls_used: int,
    monthly_budget: int,
    cadence: Cadence,
    calls_per_refresh: int,
) -> NextRefresh:
    """When this car is next due, given what it has spent of its monthly budget."""
    used = calls_used if calls_month == month_key(now) else 0
    month_end = start_of_next_month(now)
    if monthly_budget - used < calls_per_refresh:
        return NextRefresh(
            month_end,
            Pace(PaceRule.BUDGET_SPENT, budget=monthly_budget, used=used, resume_at=month_end),
            budget_spent=True,
        )
    time_left = month_end - now
    days_left = math.ceil(time_left / timedelta(days=1))
    spare = monthly_budget - used - days_left * HISTORY_CALLS_PER_DAY
    affordable = spare // calls_per_refresh
    if affordable < 1:
        return NextRefresh(
            month_end,
            Pace(PaceRule.BUDGET_KEPT_FOR_HISTORY, budget=monthly_budget, used=used, resume_at=month_end),
        )
    interval, reason = cadence.interval, cadence.reason
    if affordable < time_left / interval:
        interval = time_left / affordable
        reason = Pace(PaceRule.BUDGET_STRETCH, interval, budget=monthly_budget, used=used)
    at = now if last_refresh_at is None else min(last_refresh_at + interval, month_end)
    return NextRefresh(at, reason or Pace(PaceRule.SHOP_RHYTHM, interval))


def calls_after_spending(now: datetime, calls_month: str, calls_used: int, spent: int) -> tuple[str, int]:
    """The car's (month, calls used) after `spent` more calls now; a new month starts from zero."""
    key = month_key(now)
    return key, (calls_used if calls_month == key else 0) + spent
