"""Why a car is refreshed as often as it is, in the shop's language: the one wording of
shopapp.domain.schedule's Pace, for the refresh's "not refreshed" lines (window and `shopapp refresh`) and
the command's "next scheduled refresh". Each sentence is whole in the catalogue (context ScheduleWords; the
ones with a count in ScheduleCountWords)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from shopapp.domain.schedule import Pace, PaceRule
from shopapp.i18n import fill
from shopapp.local_format import shop_locale, whole_number


class ScheduleCountWords(QObject):
    """The pace sentences that hold a count (a QObject for self.tr(): lupdate sees plurals only there)."""

    def allowance_too_small(self, vehicles: int) -> str:
        """%1 the requests a minute."""
        return self.tr(
            "Smartcar's request allowance (%1 a minute) is too small for %Ln car(s); "
            "ask Smartcar to raise it",
            "",
            vehicles,
        )

    def allowance_stretch(self, vehicles: int) -> str:
        """%1 the interval, %2 the requests a minute."""
        return self.tr(
            "every %1: Smartcar's request allowance (%2 a minute) covers %Ln car(s) no more often",
            "",
            vehicles,
        )

    def budget_spent(self, budget: int) -> str:
        """%1 the day refreshes resume."""
        return self.tr(
            "this month's %Ln Smartcar call(s) for this car are spent; refreshes resume on %1", "", budget
        )

    def budget_stretch(self, budget: int) -> str:
        """%1 the interval, %2 the calls used."""
        return self.tr(
            "every %1 to stay within this car's %Ln Smartcar call(s) a month (%2 used)", "", budget
        )


_COUNTS = ScheduleCountWords()  # tr() holds no state: one instance serves every thread


def _one_decimal(value: float) -> str:
    """ "6", "10.7" (en), "10,7" (fr): at most one decimal, none when it is .0; no thousands separator."""
    locale = shop_locale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    rounded = round(value, 1)
    return locale.toString(int(rounded)) if rounded.is_integer() else locale.toString(float(rounded), "f", 1)


def interval_text(interval: timedelta) -> str:
    """ "6 h", "10.7 h"; from two days on, "2.5 days"."""
    hours = interval.total_seconds() / 3600
    if hours >= 48:
        return fill(QCoreApplication.translate("ScheduleWords", "%1 days"), _one_decimal(hours / 24))
    return fill(QCoreApplication.translate("ScheduleWords", "%1 h"), _one_decimal(hours))


def _per_minute(pace: Pace) -> str:
    locale = shop_locale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(pace.per_minute), "g", 6)  # "2", "0.5": as short as it goes


def _resume_day(pace: Pace) -> str:
    """ "01 Dec": the first of the next month, the month in the shop's language."""
    if pace.resume_at is None:
        raise ValueError(f"{pace.rule} without the day refreshes resume")
    day = pace.resume_at
    return shop_locale().toString(QDate(day.year, day.month, day.day), "dd MMM")


def pace_text(pace: Pace) -> str:
    """Why the car is refreshed this often (or not until next month), in a phrase."""
    rule = pace.rule
    if rule is PaceRule.SHOP_RHYTHM:
        return fill(QCoreApplication.translate("ScheduleWords", "every %1"), interval_text(pace.interval))
    if rule is PaceRule.ALLOWANCE_TOO_SMALL:
        return fill(_COUNTS.allowance_too_small(pace.vehicles), _per_minute(pace))
    if rule is PaceRule.ALLOWANCE_STRETCH:
        return fill(_COUNTS.allowance_stretch(pace.vehicles), interval_text(pace.interval), _per_minute(pace))
    if rule is PaceRule.BUDGET_SPENT:
        return fill(_COUNTS.budget_spent(pace.budget), _resume_day(pace))
    if rule is PaceRule.BUDGET_KEPT_FOR_HISTORY:
        kept = QCoreApplication.translate(
            "ScheduleWords",
            "this car's last Smartcar calls this month (%1 of %2 used) are kept for its daily service "
            "history; refreshes resume on %3",
        )
        return fill(kept, whole_number(pace.used), whole_number(pace.budget), _resume_day(pace))
    if rule is PaceRule.BUDGET_STRETCH:
        return fill(
            _COUNTS.budget_stretch(pace.budget), interval_text(pace.interval), whole_number(pace.used)
        )
    raise ValueError(f"no words for {rule}")
