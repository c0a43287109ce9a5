"""Money as the shop's locale writes it (QLocale; QtCore only, so services, reports and the command line use
it too): the currencies there are, the shop locale's own, and an amount band in a currency: "$40–800" (US
English, dollars), "40–800 €" (French, euros). Never converts between currencies."""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QLocale

from shopapp.local_format import shop_locale

# A locale that names no currency (a bare "English") still needs one to start from: a US shop's.
FALLBACK_CURRENCY = "USD"

_ISO = QLocale.CurrencySymbolFormat.CurrencyIsoCode
_SYMBOL = QLocale.CurrencySymbolFormat.CurrencySymbol


@functools.cache
def _locales_by_currency() -> dict[str, tuple[QLocale, ...]]:
    """ISO 4217 code -> the locales whose currency it is (Qt's CLDR data: about 150 codes in use)."""
    every = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    found: dict[str, list[QLocale]] = {}
    for locale in every:
        code = locale.currencySymbol(_ISO)
        if code:
            found.setdefault(code, []).append(locale)
    return {code: tuple(locales) for code, locales in found.items()}


def currency_codes() -> tuple[str, ...]:
    """The ISO 4217 codes of the currencies some country uses today, sorted."""
    return tuple(sorted(_locales_by_currency()))


def is_currency_code(code: str) -> bool:
    return code in _locales_by_currency()


def locale_currency(locale: QLocale | None = None) -> str:
    """The ISO code of the currency of `locale` (the shop's by default): "USD" for en_US, "EUR" for fr_FR."""
    code = (locale or shop_locale()).currencySymbol(_ISO)
    return code if is_currency_code(code) else FALLBACK_CURRENCY


def currency_symbol(code: str, locale: QLocale | None = None) -> str:
    """How `locale` (the shop's) writes currency `code`: its own symbol for its own currency ("$" in the US),
    the symbol a locale of the same language uses for another ("€" in English), else the code itself; the
    code too when that symbol is the locale's own one for another currency (Canada's "$" in a US locale)."""
    locale = locale or shop_locale()
    if code == locale.currencySymbol(_ISO):
        return locale.currencySymbol(_SYMBOL) or code
    same_language = [
        other for other in _locales_by_currency().get(code, ()) if other.language() == locale.language()
    ]
    symbol = same_language[0].currencySymbol(_SYMBOL) if same_language else ""
    if not symbol or symbol == locale.currencySymbol(_SYMBOL):
        return code
    return symbol


def amount_range_text(low: int, high: int, code: str, locale: QLocale | None = None) -> str:
    """ "$40–800", "40–800 €", "CAD 40–800": whole amounts, the currency written once as the locale places
    it; one amount when both ends are the same."""
    locale = locale or shop_locale()
    symbol = currency_symbol(code, locale)
    whole = locale.toCurrencyString(float(high), symbol, 0)
    if low != high:
        number = locale.toString(high)
        if number in whole:
            whole = whole.replace(number, f"{locale.toString(low)}–{number}", 1)
        else:  # a locale that writes digits of its own in money: both amounts in full
            whole = f"{locale.toCurrencyString(float(low), symbol, 0)}–{whole}"
    return _apart(whole, code) if symbol == code else whole


def currency_name(code: str, locale: QLocale | None = None) -> str:
    """The currency's name in the language of `locale` (the shop's): "US Dollar", "Euro", "Canadian Dollar";
    empty when no locale of that language uses the currency (Qt names a currency only in its own lands)."""
    locale = locale or shop_locale()
    for other in _locales_by_currency().get(code, ()):
        if other.language() == locale.language():
            return other.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyDisplayName)
    return ""


def amount_text(cents: int, code: str, locale: QLocale | None = None) -> str:
    """ "$123.45", "123,45 €", "CAD 99.00": an exact amount with its cents, in the currency it was paid in."""
    locale = locale or shop_locale()
    symbol = currency_symbol(code, locale)
    text = locale.toCurrencyString(cents / 100, symbol, 2)
    return _apart(text, code) if symbol == code else text


def _apart(text: str, code: str) -> str:
    """ "CAD1,800" -> "CAD 1,800": a code never runs into the digits."""
    text = re.sub(rf"{code}(?=\d)", f"{code}\u00a0", text)
    return re.sub(rf"(?<=\d){code}", f"\u00a0{code}", text)
