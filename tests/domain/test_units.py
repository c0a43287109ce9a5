"""Distances are kept in km and shown in the shop's unit."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopapp.domain.units import DistanceUnit, km_to, plain_distance, to_km


@given(st.floats(min_value=0, max_value=2_000_000, allow_nan=False), st.sampled_from(list(DistanceUnit)))
def test_conversion_round_trips(km, unit):
    assert to_km(unit, km_to(unit, km)) == pytest.approx(km, rel=1e-12, abs=1e-9)


def test_sentences_and_cells():
    assert plain_distance(8046.72, DistanceUnit.MI) == "5000"
    assert plain_distance(100.06, DistanceUnit.KM) == "100.1"
    assert plain_distance(None, DistanceUnit.MI) == ""


@pytest.mark.parametrize("text", ["miles", "", "KM2"])
def test_unknown_unit_is_a_clear_error(text):
    with pytest.raises(ValueError, match="'mi' or 'km'"):
        DistanceUnit.parse(text)
