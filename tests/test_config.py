"""The settings registry refuses a bad value with the catalogue's words, the values it names filled in
(bounds written as a value is typed)."""

import pytest
from PySide6.QtCore import QLocale
from words import words

from shopapp.config import SETTINGS, SettingError, Settings, check_combination, spec_for
from shopapp.local_format import set_shop_locale


def refusal(key, text):
    with pytest.raises(SettingError) as refused:
        spec_for(key).parse(text)
    return str(refused.value)


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("refresh_concurrency", "eight", ("expected a whole number from %1 to %2, not %3", 1, 64, "'eight'")),
        (
            "vehicle_monthly_call_budget",
            "0",
            ("expected a whole number from %1 to %2, not %3", 1, 1000000, "0"),
        ),
        ("api_refill_per_minute", "lots", ("expected a number from %1 to %2, not %3", 0, 100000, "'lots'")),
        ("api_refill_per_minute", "-1.5", ("expected a number from %1 to %2, not %3", 0, 100000, "-1.5")),
        ("shop_phone", "5" * 51, ("at most %1 characters", 50)),
        ("distance_unit", "leagues", ("distance unit must be 'mi' or 'km', not %1", "'leagues'")),
        ("smartcar_api", "v4", ("expected one of %1, not %2", "v3, v2", "'v4'")),
        (
            "currency",
            "XYZ",
            ("expected a currency code (ISO 4217) such as USD, EUR or CAD, not %1", "'XYZ'"),
        ),
        ("currency", "$", ("expected a currency code (ISO 4217) such as USD, EUR or CAD, not %1", "'$'")),
        (
            "redirect_uri",
            "http://localhost:99999/cb",
            (
                "expected http://localhost:PORT/path with a port from 1 to 65535 (the address registered "
                "with Smartcar)",
            ),
        ),
    ],
)
def test_a_bad_value_is_refused_in_the_catalogues_words(key, text, expected):
    source, *values = expected
    assert refusal(key, text) == words("SettingProblems", source, *values)


def test_a_long_bad_value_is_cut_short_in_the_message():
    assert refusal("refresh_concurrency", "x" * 100) == words(
        "SettingProblems", "expected a whole number from %1 to %2, not %3", 1, 64, repr("x" * 27 + "...")
    )


def test_an_unknown_setting_names_the_known_ones():
    with pytest.raises(SettingError) as refused:
        spec_for("colour")
    assert str(refused.value) == words(
        "SettingProblems", "unknown setting %1; known: %2", "'colour'", ", ".join(sorted(SETTINGS))
    )


def test_a_bucket_that_never_refills_is_refused_and_nothing_is_saved():
    saved = {}
    settings = Settings(lambda: {}, saved.__setitem__)
    with pytest.raises(SettingError) as refused:
        settings.set_many({"api_burst": "10", "api_refill_per_minute": "0"})
    assert str(refused.value) == words(
        "SettingProblems",
        "a request bucket that never refills would stop all refreshes; set a refill above 0",
    )
    assert saved == {}
    check_combination({"api_burst": 0, "api_refill_per_minute": 0.0})  # no bucket: nothing to refill


def test_the_currency_defaults_to_the_shop_locales_and_is_stored_as_its_code():
    saved: dict[str, str] = {}
    settings = Settings(lambda: dict(saved), saved.__setitem__)
    assert settings.get("currency") == "USD"  # US English, the suite's locale
    set_shop_locale(QLocale("fr_FR"))
    try:
        assert settings.get("currency") == "EUR"
        assert settings.set("currency", " cad ") == "CAD"
    finally:
        set_shop_locale(QLocale("en_US"))
    assert saved == {"currency": "CAD"}
    assert settings.get("currency") == "CAD"  # once set, the locale no longer decides
