"""Dates and numbers follow the shop's locale; a system without a language writes like US English."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from shopapp.domain.units import DistanceUnit
from shopapp.local_format import (
    abbreviated_date,
    format_distance,
    long_date,
    set_shop_locale,
    shop_locale,
    short_date,
    weekday_date,
)


@pytest.fixture
def locale_named():
    before = QLocale()

    def use(name: str) -> None:
        set_shop_locale(QLocale(name))

    yield use
    set_shop_locale(before)


@pytest.mark.parametrize("name", ["C", "en_US"])
def test_english_or_no_language(locale_named, name):
    locale_named(name)
    assert format_distance(10_319.2, DistanceUnit.MI) == "6,412 mi"
    assert format_distance(9_000, DistanceUnit.KM) == "9,000 km"
    assert short_date(date(2026, 12, 21), date(2026, 12, 7)) == "21 Dec"
    assert short_date(date(2025, 10, 13), date(2026, 12, 7)) == "13 Oct 2025"
    assert weekday_date(date(2026, 12, 21), date(2026, 12, 7)) == "Mon 21 Dec"
    assert long_date(date(2026, 9, 5), month_first=True) == "September 5, 2026"
    assert long_date(date(2026, 9, 5), month_first=False) == "5 September 2026"
    assert abbreviated_date(date(2026, 9, 5), month_first=True) == "Sep 5, 2026"
    assert abbreviated_date(date(2026, 9, 5), month_first=False) == "5 Sep 2026"


def test_french_writes_its_own_months_and_separators(locale_named):
    locale_named("fr_FR")
    assert format_distance(9_000, DistanceUnit.KM) == "9\u202f000 km"
    assert short_date(date(2026, 12, 21), date(2026, 12, 7)) == "21 déc."
    assert long_date(date(2026, 12, 21), month_first=False) == "21 décembre 2026"
    assert abbreviated_date(date(2026, 12, 21), month_first=False) == "21 déc. 2026"


def test_a_caller_changing_its_copy_of_the_locale_changes_nobody_elses():
    mine = shop_locale()
    mine.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    assert mine.toString(9000) == "9000"
    assert format_distance(9_000, DistanceUnit.KM) == "9,000 km"
