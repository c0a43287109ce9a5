"""Trouble codes read in plain words: the catalogue's title, or the code's structure for maker codes."""

import csv

import pytest

from shopapp.domain.dtc import (
    CostBand,
    CostLevel,
    TroubleCodeCatalogue,
    describe_by_structure,
    info_from_row,
    is_manufacturer_specific,
)
from shopapp.resources import DTC_CATALOGUE, resource_path, trouble_code_catalogue


def test_p0420_shows_the_catalogue_title_flags_and_cost_band():
    info = trouble_code_catalogue().describe("p0420")
    assert info.title == "Catalyst System Efficiency Below Threshold (Bank 1)"
    assert info.in_catalogue
    assert info.generic
    assert info.check_engine_lamp
    assert info.emissions_relevant
    assert info.cost_band == CostBand(600, 2500, "EUR")  # data: the window or a letter words it
    assert "catalytic converter" in info.description


@pytest.mark.parametrize(
    ("code", "band", "level"),
    [
        ("C0035", (80, 400), CostLevel.LOW),  # midpoint 240
        ("P0171", (50, 600), CostLevel.LOW),  # 325, just under 350
        ("P0300", (50, 1500), CostLevel.MODERATE),  # 775
        ("B0001", (200, 1500), CostLevel.HIGH),  # 850: the high third starts there
        ("P0420", (600, 2500), CostLevel.HIGH),
    ],
)
def test_a_cost_band_has_a_level_among_the_catalogues_codes(code, band, level):
    cost = trouble_code_catalogue().describe(code).cost_band
    assert cost is not None
    assert (cost.low, cost.high) == band
    assert cost.level is level


def test_the_levels_split_the_catalogue_in_about_even_thirds():
    with resource_path(DTC_CATALOGUE).open(encoding="utf-8", newline="") as rows:
        bands = [info_from_row(row).cost_band for row in csv.DictReader(rows)]
    counts = {level: sum(1 for band in bands if band and band.level is level) for level in CostLevel}
    assert all(0.28 < count / len(bands) < 0.38 for count in counts.values()), counts


def test_a_code_without_a_cost_has_no_band_and_a_band_in_another_currency_has_no_level():
    assert describe_by_structure("P302D").cost_band is None
    row = {"code": "P0420", "title_en": "Catalyst", "cost_eur_min": "", "cost_eur_max": "2500"}
    assert info_from_row(row).cost_band is None
    assert CostBand(40, 800, "USD").level is None  # the bounds are the EUR catalogue's


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
