"""How values read on screen: dates, data age, distances, oil life and the status badge (the same words
in the list, the panes and the dialogs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from shopapp.domain.due import DueItem, Status
from shopapp.domain.units import DistanceUnit, km_to
from shopapp.i18n import fill
from shopapp.local_format import clock_time, format_distance, shop_locale, short_date, whole_number

UNKNOWN = "—"  # shown where a value is not known yet; never "None" or a blank that looks like a bug


@dataclass(frozen=True, slots=True)
class StatusLook:
    """A status as the front desk sees it: a symbol and a word (readable without colour) and a colour."""

    symbol: str
    english_label: object  # QT_TRANSLATE_NOOP("StatusLooks", ...): `label` translates it when shown
    colour: QColor
    text_colour: QColor

    @property
    def label(self) -> str:
        """The status word in the shop's language: "Overdue"."""
        return QCoreApplication.translate("StatusLooks", str(self.english_label))

    @property
    def badge(self) -> str:
        return f"{self.symbol} {self.label}"


STATUS_LOOKS: dict[Status, StatusLook] = {
    Status.OVERDUE: StatusLook(
        "■", QT_TRANSLATE_NOOP("StatusLooks", "Overdue"), QColor("#c62828"), QColor("#ffffff")
    ),
    Status.DUE: StatusLook(
        "●", QT_TRANSLATE_NOOP("StatusLooks", "Due"), QColor("#ef6c00"), QColor("#ffffff")
    ),
    Status.ALERT: StatusLook(
        "▲", QT_TRANSLATE_NOOP("StatusLooks", "Alert"), QColor("#6a1b9a"), QColor("#ffffff")
    ),
    Status.DUE_SOON: StatusLook(
        "◆", QT_TRANSLATE_NOOP("StatusLooks", "Due soon"), QColor("#f9a825"), QColor("#212121")
    ),
    Status.OK: StatusLook("✓", QT_TRANSLATE_NOOP("StatusLooks", "OK"), QColor("#2e7d32"), QColor("#ffffff")),
}
# A safety-critical alert (airbag, brakes, tire pressure…) is an `alert` in the CSV, but the front desk must
# tell it from a washer-fluid light at a glance: its own symbol, word and a hazard look.
SAFETY_LOOK = StatusLook(
    "⚠", QT_TRANSLATE_NOOP("StatusLooks", "Safety"), QColor("#212121"), QColor("#ffd600")
)


def item_look(item: DueItem) -> StatusLook:
    return SAFETY_LOOK if item.safety_critical else STATUS_LOOKS[item.status]


class AgeWords(QObject):
    """How long ago, in words. A QObject only for self.tr(): lupdate marks a message as plural (%n) only
    there."""

    def never(self) -> str:
        return self.tr("never")

    def just_now(self) -> str:
        return self.tr("just now")

    def minutes_ago(self, minutes: int) -> str:
        return self.tr("%n min ago", "", minutes)

    def hours_ago(self, hours: int) -> str:
        return self.tr("%n h ago", "", hours)

    def days_ago(self, days: int) -> str:
        return self.tr("%n day(s) ago", "", days)

    def today(self) -> str:
        return self.tr("today")

    def yesterday(self) -> str:
        return self.tr("yesterday")


_AGE_WORDS = AgeWords()  # one for the module: the vehicle list asks for every visible row


def local_day(now: datetime | None) -> date:
    """The shop's date at `now`, today when None (tests pass a fixed moment)."""
    return now.astimezone().date() if now else date.today()


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
    return f"{short_date(local.date(), today or date.today())} {clock_time(local)}"


def age_text(moment: datetime | None, now: datetime | None = None) -> str:
    """How old a value is: "just now", "25 min ago", "3 h ago", "4 days ago"."""
    if moment is None:
        return _AGE_WORDS.never()
    seconds = ((now or datetime.now(UTC)) - moment).total_seconds()
    if seconds < 90:
        return _AGE_WORDS.just_now()
    if seconds < 3600:
        return _AGE_WORDS.minutes_ago(round(seconds / 60))
    if seconds < 36 * 3600:
        return _AGE_WORDS.hours_ago(round(seconds / 3600))
    return _AGE_WORDS.days_ago(round(seconds / 86_400))


def days_ago_text(moment: datetime | None, today: date | None = None) -> str:
    """Calendar days ago in the PC's time zone: "today", "yesterday", "3 days ago"; "—" for never."""
    if moment is None:
        return UNKNOWN
    days = ((today or date.today()) - moment.astimezone().date()).days
    if days <= 0:  # a clock a little behind another front-desk PC's still reads "today"
        return _AGE_WORDS.today()
    return _AGE_WORDS.yesterday() if days == 1 else _AGE_WORDS.days_ago(days)


def distance_text(km: float | None, unit: DistanceUnit) -> str:
    return UNKNOWN if km is None else format_distance(km, unit)


def rate_text(km_per_day: float | None, unit: DistanceUnit) -> str:
    """ "38 mi/day" """
    if km_per_day is None:
        return UNKNOWN
    value = km_to(unit, km_per_day)
    # round() first: the same halves as Python's formatting had ("2.25" -> "2.2"), in the locale's digits
    number = whole_number(value) if value >= 10 else shop_locale().toString(round(value, 1), "f", 1)
    return fill(QCoreApplication.translate("DisplayWords", "%1 %2/day"), number, unit.value)


def percent_text(fraction: float | None) -> str:
    return UNKNOWN if fraction is None else f"{round(fraction * 100)} %"
