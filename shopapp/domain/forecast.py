"""Forecasts from readings: distance per day, oil-life decline per day, and odometer outliers.

Taking "current odometer = the largest reading ever seen" lets one glitched reading shift every reminder
(a lesson from peers' bugs), so readings that go backwards or jump impossibly are flagged and left out.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

FORECAST_WINDOW_DAYS = 90
# A car read only at its visits (not linked to Smartcar) has a reading or two a season: its forecast is
# drawn over up to two years, from its last two readings on at least.
SPARSE_WINDOW_DAYS = 730
BACKWARDS_TOLERANCE_KM = 0.5  # rounding between car-maker back-ends, not a real reversal
MAX_KM_PER_DAY = 2_000.0  # more than a long-haul driver can cover
JUMP_SLACK_KM = 100.0
OIL_CHANGE_RISE = 0.10  # oil life rising by 10 points means the oil was changed


@dataclass(frozen=True, slots=True)
class Reading:
    at: datetime
    value: float


def is_suspect_odometer(previous: Reading | None, reading: Reading) -> bool:
    """Whether `reading` is implausible after the last accepted reading `previous`."""
    if previous is None:
        return reading.value < 0
    if reading.value < previous.value - BACKWARDS_TOLERANCE_KM:
        return True
    days = max(0.0, (reading.at - previous.at).total_seconds() / 86_400)
    return reading.value - previous.value > MAX_KM_PER_DAY * days + JUMP_SLACK_KM


def flag_odometer_outliers(readings: Sequence[Reading]) -> list[bool]:
    """One suspect flag per reading, readings in time order; each is judged against the last good one."""
    flags = []
    last_good: Reading | None = None
    for reading in readings:
        suspect = is_suspect_odometer(last_good, reading)
        flags.append(suspect)
        if not suspect:
            last_good = reading
    return flags


def _daily_points(readings: Sequence[Reading], now: datetime, window_days: int) -> list[tuple[float, float]]:
    """(days since window start, last value of that day): one point a day, so a car polled every hour
    and a car polled once a week weigh the same."""
    start = now - timedelta(days=window_days)
    by_day: dict[date, Reading] = {}
    for reading in readings:
        if start <= reading.at <= now:
            day = reading.at.date()
            if day not in by_day or reading.at >= by_day[day].at:
                by_day[day] = reading
    return sorted(((r.at - start).total_seconds() / 86_400, r.value) for r in by_day.values())


def _theil_sen_slope(points: list[tuple[float, float]]) -> float | None:
    """The median of pairwise slopes: robust to gaps and to outliers the flags missed."""
    slopes = [
        (v2 - v1) / (t2 - t1)
        for i, (t1, v1) in enumerate(points)
        for (t2, v2) in points[i + 1 :]
        if t2 - t1 >= 0.5
    ]
    return statistics.median(slopes) if slopes else None


def distance_per_day(
    readings: Sequence[Reading], now: datetime, window_days: int = FORECAST_WINDOW_DAYS
) -> float | None:
    """km per day over the last `window_days` from good (not suspect) readings; None without a day's span."""
    points = _daily_points(readings, now, window_days)
    if len(points) < 2 or points[-1][0] - points[0][0] < 1:
        return None
    slope = _theil_sen_slope(points)
    return max(0.0, slope) if slope is not None else None


def forecast_window_days(readings: Sequence[Reading], now: datetime) -> int:
    """The usual window when it holds readings of two days at least a week apart; else a window reaching
    back to the reading before the last (at most SPARSE_WINDOW_DAYS), so a car seen twice a year still gets
    a forecast from its visits."""
    recent = sorted(
        {r.at.date() for r in readings if now - timedelta(days=FORECAST_WINDOW_DAYS) <= r.at <= now}
    )
    if len(recent) >= 2 and (recent[-1] - recent[0]).days >= 7:
        return FORECAST_WINDOW_DAYS
    days = sorted({r.at.date() for r in readings if r.at <= now})
    if len(days) < 2:
        return FORECAST_WINDOW_DAYS
    reach = (now.date() - days[-2]).days + 1
    return min(SPARSE_WINDOW_DAYS, max(FORECAST_WINDOW_DAYS, reach))


def oil_decline_per_day(
    readings: Sequence[Reading], now: datetime, window_days: int = FORECAST_WINDOW_DAYS
) -> float | None:
    """Oil-life fraction lost per day since the last oil change (least squares); None when not declining."""
    ordered = sorted(readings, key=lambda r: r.at)
    start = 0
    for index in range(1, len(ordered)):
        if ordered[index].value - ordered[index - 1].value > OIL_CHANGE_RISE:
            start = index
    points = _daily_points(ordered[start:], now, window_days)
    if len(points) < 2 or points[-1][0] - points[0][0] < 1:
        return None
    mean_t = statistics.fmean(t for t, _ in points)
    mean_v = statistics.fmean(v for _, v in points)
    spread = sum((t - mean_t) ** 2 for t, _ in points)
    slope = sum((t - mean_t) * (v - mean_v) for t, v in points) / spread
    return -slope if slope < 0 else None


def day_reaching(value: float, at: datetime, decline_per_day: float | None, target: float) -> date | None:
    """The day a value falling by `decline_per_day` from `value` (read at `at`) reaches `target`: the
    reading's own day when it is already there, None when it is not falling. Whole days from the reading's
    day, rounded down, as the due rules count (shopapp.domain.due: a reminder a day early beats one a day
    late), so the oil tab and the due list name the same day."""
    if value <= target:
        return at.date()
    if not decline_per_day or decline_per_day <= 0:
        return None
    return at.date() + timedelta(days=math.floor((value - target) / decline_per_day))


def projected_value(value: float, at: datetime, per_day: float | None, on: datetime) -> float | None:
    """Where a value growing by `per_day` stands on `on` (an odometer's forecast); None without a rate."""
    if per_day is None:
        return None
    return value + per_day * max(0.0, (on - at).total_seconds() / 86_400)
