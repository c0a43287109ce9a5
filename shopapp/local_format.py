"""Dates, times and numbers as the shop's locale writes them (QLocale; QtCore only, so services, reports and
the command line use it too): "12 Dec" or "12 déc.", "6,412" or "6 412". The locale is Qt's default one,
set once at start from the system's (i18n.install_translators); a system without a language ("C", "POSIX":
a bare server, a test) writes like US English rather than dropping thousands separators."""

from __future__ import annotations

import functools
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from shopapp.domain.units import DistanceUnit, km_to


def shop_locale() -> QLocale:
    """The shop's locale, a copy of its own: a caller may change its number options without changing
    everyone's."""
    return QLocale(_chosen_locale())


@functools.cache
def _chosen_locale() -> QLocale:
    """Asked for every date and number of a 10,000-car export: chosen once (set_shop_locale() changes it)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def set_shop_locale(locale: QLocale) -> None:
    """The locale every date and number is written in from now on (start-up, a test)."""
    QLocale.setDefault(locale)
    _chosen_locale.cache_clear()


def short_date(day: date, today: date) -> str:
    """ "12 Dec", or "12 Dec 2027" outside the current year (day before month: it reads the same in every
    language the shop may use, and never as 12/1 vs 1/12)."""
    pattern = "d MMM" if day.year == today.year else "d MMM yyyy"
    return _chosen_locale().toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: date, *, month_first: bool) -> str:
    """ "December 12, 2026" (month first, as the US writes it) or "12 December 2026": a letter's date."""
    pattern = "MMMM d, yyyy" if month_first else "d MMMM yyyy"
    return _chosen_locale().toString(QDate(day.year, day.month, day.day), pattern)


def abbreviated_date(day: date, *, month_first: bool) -> str:
    """ "Dec 12, 2026" or "12 Dec 2026": a date inside a letter's sentence, always with its year."""
    pattern = "MMM d, yyyy" if month_first else "d MMM yyyy"
    return _chosen_locale().toString(QDate(day.year, day.month, day.day), pattern)


def weekday_date(day: date, today: date) -> str:
    """ "Mon 12 Dec" """
    weekday = _chosen_locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {short_date(day, today)}"


def clock_time(moment: datetime) -> str:
    """ "14:05" in the PC's time zone (24-hour, as the rest of ShopApp's times)."""
    local = moment.astimezone()
    return _chosen_locale().toString(QTime(local.hour, local.minute), "HH:mm")


def whole_number(value: float) -> str:
    """ "6,412" (en), "6 412" (fr): rounded, with the locale's thousands separator."""
    return _chosen_locale().toString(round(value))


def format_distance(km: float, unit: DistanceUnit) -> str:
    """For sentences a person reads: whole units with thousands separators, e.g. "6,412 mi"."""
    return f"{whole_number(km_to(unit, km))} {unit.value}"
