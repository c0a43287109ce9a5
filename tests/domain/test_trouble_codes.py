"""Trouble codes read in plain words: the catalogue's title, or the code's structure for maker codes."""

import pytest

from shopapp.domain.dtc import TroubleCodeCatalogue, describe_by_structure, is_manufacturer_specific
from shopapp.resources import trouble_code_catalogue


def test_p0420_shows_the_catalogue_title_flags_and_cost_band():
    info = trouble_code_catalogue().describe("p0420")
    assert info.title == "Catalyst System Efficiency Below Threshold (Bank 1)"
    assert info.in_catalogue
    assert info.generic
    assert info.check_engine_lamp
    assert info.emissions_relevant
    assert info.cost_band == "€600–2,500"
    assert "catalytic converter" in info.description


def test_p302d_is_described_as_manufacturer_specific():
    info = trouble_code_catalogue().describe("P302D")
    assert info.title == "Manufacturer-specific powertrain code"
    assert not info.generic
    assert not info.in_catalogue
    assert "car maker" in info.description


def test_the_shipped_catalogue_holds_every_generic_code():
    assert len(trouble_code_catalogue()) == 9533


@pytest.mark.parametrize(
    ("code", "maker"),
    [
        ("P0420", False),
        ("P1101", True),
        ("P2135", False),
        ("P302D", True),
        ("P3400", False),
        ("B1000", True),
        ("B0001", False),
        ("C1234", True),
        ("U0100", False),
        ("U2100", True),
    ],
)
def test_manufacturer_ranges(code, maker):
    assert is_manufacturer_specific(code) is maker


@pytest.mark.parametrize("code", ["", "X1234", "P12", "P0420X", "None"])
def test_codes_outside_the_format_are_named_not_crashed(code):
    info = describe_by_structure(code)
    assert info.title.startswith("Unrecognised trouble code")


def test_catalogue_is_read_on_first_use_only():
    calls = []

    def rows():
        calls.append(1)
        return [{"code": "P0128", "category": "powertrain", "title_en": "Coolant Thermostat", "mil": "1"}]

    catalogue = TroubleCodeCatalogue(rows)
    assert not catalogue.loaded
    assert catalogue.describe("P0128").title == "Coolant Thermostat"
    assert catalogue.describe("P0300").title == "Generic powertrain code"
    assert calls == [1]
