"""The settings registry: every shop setting declared once (key, label, default, parser), values in the
database. Window geometry and other per-PC UI state live in QSettings, not here.

A refusal (SettingError) is a phrase in the shop's language ("expected a whole number from 1 to 64, not
'abc'"), context SettingProblems: the command line prints it after the key, the window makes a sentence of
it (shopapp.ui.dialogs.editor.sentence). A bound is written as a value is typed (digits, no thousands
separator), since the parser reads it that way."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.money_format import is_currency_code, locale_currency


class SettingError(UserFacingError, ValueError):
    """An unknown key or a bad value; the message says what is accepted."""


def _shown(text: str) -> str:
    """A value quoted in an error line: cut short, escaped when it holds control characters."""
    cut = text if len(text) <= 30 else text[:27] + "..."
    return repr(cut) if cut.isprintable() else ascii(cut)


def _not_a_whole_number(low: int, high: int, shown: str) -> str:
    return fill(
        QCoreApplication.translate("SettingProblems", "expected a whole number from %1 to %2, not %3"),
        low,
        high,
        shown,
    )


def _not_a_number(low: float, high: float, shown: str) -> str:
    return fill(
        QCoreApplication.translate("SettingProblems", "expected a number from %1 to %2, not %3"),
        f"{low:g}",
        f"{high:g}",
        shown,
    )


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise SettingError(_not_a_whole_number(low, high, _shown(text))) from None
        if not low <= value <= high:
            digits = str(value) if len(str(value)) <= 30 else f"{str(value)[:27]}..."
            raise SettingError(_not_a_whole_number(low, high, digits))
        return value

    return parse


def _number_between(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise SettingError(_not_a_number(low, high, _shown(text))) from None
        if not low <= value <= high:
            raise SettingError(_not_a_number(low, high, f"{value:g}"))
        return value

    return parse


def _text(max_length: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if len(text) > max_length:
            too_long = QCoreApplication.translate("SettingProblems", "at most %1 characters")
            raise SettingError(fill(too_long, max_length))
        return text.strip()

    return parse


def _distance_unit(text: str) -> str:
    try:
        return DistanceUnit.parse(text).value
    except ValueError:
        not_a_unit = QCoreApplication.translate(
            "SettingProblems", "distance unit must be 'mi' or 'km', not %1"
        )
        raise SettingError(fill(not_a_unit, repr(text))) from None


def _currency(text: str) -> str:
    code = text.strip().upper()
    if not is_currency_code(code):
        not_a_currency = QCoreApplication.translate(
            "SettingProblems", "expected a currency code (ISO 4217) such as USD, EUR or CAD, not %1"
        )
        raise SettingError(fill(not_a_currency, _shown(text)))
    return code


def _one_of(*choices: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        value = text.strip().lower()
        if value not in choices:
            not_one_of = QCoreApplication.translate("SettingProblems", "expected one of %1, not %2")
            raise SettingError(fill(not_one_of, ", ".join(choices), repr(text)))
        return value

    return parse


def _loopback_redirect(text: str) -> str:
    try:
        parts = urlsplit(text.strip())
        scheme, host, port = parts.scheme, parts.hostname, parts.port
    except ValueError:  # a port that is no number or above 65535
        scheme, host, port = "", None, None
    if scheme != "http" or host not in ("localhost", "127.0.0.1") or not port:
        raise SettingError(
            QCoreApplication.translate(
                "SettingProblems",
                "expected http://localhost:PORT/path with a port from 1 to 65535 (the address registered "
                "with Smartcar)",
            )
        )
    return text.strip()


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """key: the name in the database and on the command line; label: what the setting is, in English
    (a catalogue source text: show it with QCoreApplication.translate("SettingLabels", spec.label));
    default: the value of a shop that never set it, or a function that gives it (asked each time: the shop
    locale's currency)."""

    key: str
    label: str
    default: Any
    parse: Callable[[str], Any]

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default

    def format(self, value: Any) -> str:
        return f"{value:g}" if isinstance(value, float) else str(value)


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "distance_unit",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Distance unit (mi or km)")),
            "mi",
            _distance_unit,
        ),
        # The shop's locale's currency until set (USD for US English); repair costs are shown in it only.
        SettingSpec(
            "currency",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Currency (ISO 4217 code, e.g. USD)")),
            locale_currency,
            _currency,
        ),
        SettingSpec("shop_name", str(QT_TRANSLATE_NOOP("SettingLabels", "Shop name")), "", _text(200)),
        SettingSpec(
            "shop_address",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Shop address (one line per line of the letterhead)")),
            "",
            _text(500),
        ),
        SettingSpec("shop_phone", str(QT_TRANSLATE_NOOP("SettingLabels", "Shop phone")), "", _text(50)),
        SettingSpec("shop_email", str(QT_TRANSLATE_NOOP("SettingLabels", "Shop email")), "", _text(200)),
        SettingSpec(
            "shop_logo", str(QT_TRANSLATE_NOOP("SettingLabels", "Shop logo (image file)")), "", _text(1000)
        ),
        SettingSpec(
            "refresh_concurrency",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Vehicles refreshed at once")),
            8,
            _int_between(1, 64),
        ),
        SettingSpec(
            "refresh_interval_hours",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Hours between automatic refreshes")),
            6,
            _int_between(1, 168),
        ),
        SettingSpec(
            "api_burst",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar request bucket size (0 = no bucket)")),
            120,
            _int_between(0, 100_000),
        ),
        SettingSpec(
            "api_refill_per_minute",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar bucket refill per minute")),
            2.0,
            _number_between(0, 100_000),
        ),
        SettingSpec(
            "vehicle_monthly_call_budget",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar calls per vehicle per month")),
            500,
            _int_between(1, 1_000_000),
        ),
        SettingSpec(
            "reminder_min_days",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Days between two reminders to a customer")),
            7,
            _int_between(0, 365),
        ),
        # v3 for a new shop (schema step 3 keeps v2 for a shop that was already connecting cars).
        SettingSpec(
            "smartcar_api",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar API for new connections (v3 or v2)")),
            "v3",
            _one_of("v3", "v2"),
        ),
        SettingSpec(
            "smartcar_application_id",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar Application ID (what Connect opens with)")),
            "",
            _text(200),
        ),
        SettingSpec(
            "smartcar_client_id",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar API client id (v3: begins with client_)")),
            "",
            _text(200),
        ),
        SettingSpec(
            "redirect_uri",
            str(QT_TRANSLATE_NOOP("SettingLabels", "Smartcar redirect URI")),
            "http://localhost:8765/callback",
            _loopback_redirect,
        ),
    )
}


def spec_for(key: str) -> SettingSpec:
    try:
        return SETTINGS[key]
    except KeyError:
        unknown = QCoreApplication.translate("SettingProblems", "unknown setting %1; known: %2")
        raise SettingError(fill(unknown, repr(key), ", ".join(sorted(SETTINGS)))) from None


def check_combination(values: dict[str, Any]) -> None:
    """Rules that involve two settings at once."""
    if values["api_burst"] > 0 and values["api_refill_per_minute"] == 0:
        raise SettingError(
            QCoreApplication.translate(
                "SettingProblems",
                "a request bucket that never refills would stop all refreshes; set a refill above 0",
            )
        )


class Settings:
    """Reads and writes settings through `load` / `save` callables (the store), validating every value."""

    def __init__(self, load: Callable[[], dict[str, str]], save: Callable[[str, str], None]) -> None:
        self._load = load
        self._save = save

    def values(self) -> dict[str, Any]:
        stored = self._load()
        values = {}
        for key, spec in SETTINGS.items():
            try:
                values[key] = spec.parse(stored[key]) if key in stored else spec.default_value()
            except SettingError:
                # a value edited by hand into nonsense falls back, never crashes
                values[key] = spec.default_value()
        return values

    def get(self, key: str) -> Any:
        spec_for(key)
        return self.values()[key]

    def set(self, key: str, text: str) -> Any:
        return self.set_many({key: text})[key]

    def set_many(self, texts: Mapping[str, str]) -> dict[str, Any]:
        """Checks every value and their combination first, then saves them all (nothing when one is wrong:
        SettingError). Run it inside a store transaction for all-or-nothing on disk too."""
        values = {key: spec_for(key).parse(text) for key, text in texts.items()}
        check_combination({**self.values(), **values})
        for key, value in values.items():
            self._save(key, spec_for(key).format(value))
        return values

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for key, value in self.values().items():
            yield key, SETTINGS[key].format(value)
