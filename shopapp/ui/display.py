"""How values read on screen: dates, data age, distances, oil life and the status badge (the same words
in the list, the panes and the dialogs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtGui import QColor

from shopapp.domain.due import Status
from shopapp.domain.units import DistanceUnit, km_to
from shopapp.local_format import format_distance, short_date

UNKNOWN = "—"  # shown where a value is not known yet; never "None" or a blank that looks like a bug


@dataclass(frozen=True, slots=True)
class StatusLook:
    """A status as the front desk sees it: a symbol and a word (readable without colour) and a colour."""

    symbol: str
    label: str
    colour: QColor
    text_colour: QColor

    @property
    def badge(self) -> str:
        return f"{self.symbol} {self.label}"


STATUS_LOOKS: dict[Status, StatusLook] = {
    Status.OVERDUE: StatusLook("■", "Overdue", QColor("#c62828"), QColor("#ffffff")),
    Status.DUE: StatusLook("●", "Due", QColor("#ef6c00"), QColor("#ffffff")),
    Status.ALERT: StatusLook("▲", "Alert", QColor("#6a1b9a"), QColor("#ffffff")),
    Status.DUE_SOON: StatusLook("◆", "Due soon", QColor("#f9a825"), QColor("#212121")),
    Status.OK: StatusLook("✓", "OK", QColor("#2e7d32"), QColor("#ffffff")),
}


def day_text(day: date | None, today: date | None = None) -> str:
    """ "12 Dec", with the year outside the current one."""
    if day is None:
        return UNKNOWN
    return short_date(day, today or date.today())


def moment_text(moment: datetime | None, today: date | None = None) -> str:
    """A timestamp in the PC's local time: "12 Dec 14:05"."""
    if moment is None:
        return UNKNOWN
    local = moment.astimezone()
    return f"{short_date(local.date(), today or date.today())} {local:%H:%M}"


def age_text(moment: datetime | None, now: datetime | None = None) -> str:
    """How old a value is: "just now", "25 min ago", "3 h ago", "4 days ago"."""
    if moment is None:
        return "never"
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 90:
        return "just now"
    if seconds < 3600:
        return f"{round(seconds / 60)} min ago"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h ago"
    days = round(seconds / 86_400)
    return f"{days} days ago"


def days_ago_text(moment: datetime | None, today: date | None = None) -> str:
    """Calendar days ago in the PC's time zone: "today", "yesterday", "3 days ago"; "—" for never."""
    if moment is None:
        return UNKNOWN
    days = ((today or date.today()) - moment.astimezone().date()).days
    if days <= 0:  # a clock a little behind another front-desk PC's still reads "today"
        return "today"
    return "yesterday" if days == 1 else f"{days} days ago"


def distance_text(km: float | None, unit: DistanceUnit) -> str:
    return UNKNOWN if km is None else format_distance(km, unit)


def rate_text(km_per_day: float | None, unit: DistanceUnit) -> str:
    """ "38 mi/day" """
    if km_per_day is None:
        return UNKNOWN
    value = km_to(unit, km_per_day)
    return f"{value:,.0f} {unit.value}/day" if value >= 10 else f"{value:,.1f} {unit.value}/day"


def percent_text(fraction: float | None) -> str:
    return UNKNOWN if fraction is None else f"{round(fraction * 100)} %"
