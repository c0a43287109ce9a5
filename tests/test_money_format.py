"""Money as the shop's locale writes it: a band in a currency, never converted; the currencies there are."""

import pytest
from PySide6.QtCore import QLocale

from shopapp.money_format import (
    amount_range_text,
    amount_text,
    currency_codes,
    currency_name,
    is_currency_code,
    locale_currency,
)

US = QLocale("en_US")
FRANCE = QLocale("fr_FR")


@pytest.mark.parametrize(
    ("locale", "code", "expected"),
    [
        (US, "USD", "$40–800"),
        (US, "EUR", "€600–2,500"),  # English writes the euro sign before the amount
        (US, "CAD", "CAD\u00a040–800"),  # Canada's "$" would read as US dollars here
        (FRANCE, "EUR", "600–2\u202f500\u00a0€"),
        (QLocale("en_CA"), "CAD", "$40–800"),
    ],
)
def test_a_band_is_written_as_the_locale_writes_money(locale, code, expected):
    low, high = (40, 800) if "800" in expected else (600, 2500)
    assert amount_range_text(low, high, code, locale) == expected


def test_one_amount_when_both_ends_are_the_same():
    assert amount_range_text(150, 150, "USD", US) == "$150"


def test_the_locales_currency_and_the_known_codes():
    assert locale_currency(US) == "USD"
    assert locale_currency(FRANCE) == "EUR"
    assert locale_currency(QLocale(QLocale.Language.English)) == "USD"  # English alone: the US's
    assert {"USD", "EUR", "CAD", "GBP", "MXN"} <= set(currency_codes())
    assert not is_currency_code("XYZ")
    assert not is_currency_code("usd")  # the registry upper-cases first
    assert currency_name("EUR", US) == "Euro"


def test_an_exact_amount_keeps_its_cents_and_its_currency():
    assert amount_text(12_345, "USD", US) == "$123.45"
    assert amount_text(12_345, "EUR", FRANCE) == "123,45\u00a0€"
    assert amount_text(9_900, "CAD", US) == "CAD\u00a099.00"
