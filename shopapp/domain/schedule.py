"""When each car is next refreshed, within Smartcar's plan limits (DESIGN.md "Smartcar plan limits").

The default rhythm (a full refresh every few hours, service history daily) is stretched when the shop's
app-level request allowance cannot carry the whole fleet that often, and per car when its monthly call
budget would run out before the month does. Every stretch carries a reason the front desk can read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

# Every car's service history is read once a day; its calls are set aside before refreshes are planned.
HISTORY_CALLS_PER_DAY = 1


@dataclass(frozen=True, slots=True)
class Cadence:
    """How often the whole fleet can be refreshed, and why if that is less often than the shop asked."""

    interval: timedelta
    reason: str = ""


@dataclass(frozen=True, slots=True)
class NextRefresh:
    at: datetime
    reason: str
    budget_spent: bool = False


def month_key(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def start_of_next_month(moment: datetime) -> datetime:
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return moment.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)


def describe_interval(interval: timedelta) -> str:
    hours = interval.total_seconds() / 3600
    if hours >= 48:
        return f"{hours / 24:.1f} days".replace(".0 ", " ")
    return f"{hours:.1f} h".replace(".0 ", " ")


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
            f"Smartcar's request allowance ({api_refill_per_minute:g} a minute) is too small for "
            f"{vehicles} cars; ask Smartcar to raise it",
        )
    needed = timedelta(days=vehicles / per_day)
    if needed <= preferred:
        return Cadence(preferred)
    return Cadence(
        needed,
        f"every {describe_interval(needed)}: Smartcar's request allowance ({api_refill_per_minute:g} a "
        f"minute) covers {vehicles} cars no more often",
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
            f"this month's {monthly_budget} Smartcar calls for this car are spent; "
            f"refreshes resume on {month_end:%d %b}",
            budget_spent=True,
        )
    time_left = month_end - now
    days_left = math.ceil(time_left / timedelta(days=1))
    spare = monthly_budget - used - days_left * HISTORY_CALLS_PER_DAY
    affordable = spare // calls_per_refresh
    if affordable < 1:
        return NextRefresh(
            month_end,
            f"this car's last Smartcar calls this month ({used} of {monthly_budget} used) are kept for its "
            f"daily service history; refreshes resume on {month_end:%d %b}",
        )
    interval, reason = cadence.interval, cadence.reason
    if affordable < time_left / interval:
        interval = time_left / affordable
        reason = (
            f"every {describe_interval(interval)} to stay within this car's {monthly_budget} Smartcar "
            f"calls a month ({used} used)"
        )
    at = now if last_refresh_at is None else min(last_refresh_at + interval, month_end)
    return NextRefresh(at, reason or f"every {describe_interval(interval)}")


def calls_after_spending(now: datetime, calls_month: str, calls_used: int, spent: int) -> tuple[str, int]:
    """The car's (month, calls used) after `spent` more calls now; a new month starts from zero."""
    key = month_key(now)
    return key, (calls_used if calls_month == key else 0) + spent
