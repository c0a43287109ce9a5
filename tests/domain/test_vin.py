"""What a typed VIN must be, and what it says of the car by itself."""

import random

from shopapp.domain.vin import (
    VinRule,
    build_vin,
    maker,
    model_year,
    normalised_vin,
    vin_problem,
)


def test_a_real_vin_passes_and_spaces_or_dashes_typed_to_group_it_are_dropped():
    assert vin_problem("1M8GDM9AXKP042788") is None
    assert vin_problem("1m8 gdm9ax-kp042788") is None
    assert normalised_vin(" 1m8 gdm9ax-kp042788") == "1M8GDM9AXKP042788"


def test_an_impossible_check_digit_names_the_digit_found_and_the_one_expected():
    problem = vin_problem("1M8GDM9A1KP042788")
    assert problem is not None
    assert problem.rule is VinRule.CHECK_DIGIT
    assert (problem.found, problem.expected) == ("1", "X")


def test_letters_no_vin_has_and_a_wrong_length_are_named():
    problem = vin_problem("1M8GDM9AXKPO42788")
    assert problem is not None
    assert (problem.rule, problem.characters) == (VinRule.CHARACTERS, "O")
    short = vin_problem("1M8GDM9AXKP0427")
    assert short is not None
    assert (short.rule, short.length) == (VinRule.LENGTH, 15)


def test_a_european_vin_is_not_held_to_the_north_american_check_digit():
    assert vin_problem("WVWZZZ1KZ8W123456") is None


def test_model_year_and_maker_come_from_the_vin_itself():
    rng = random.Random(4)
    for year in (2012, 2019, 2026):
        vin = build_vin("1FT", "EW1E*", year, rng)
        assert model_year(vin, this_year=2026) == year
        assert maker(vin) == "Ford"
    # Position 7 a digit: the first cycle (1980-2009).
    assert model_year("1M8GDM9AXKP042788", this_year=2026) == 1989
    assert maker("ZZZ00000000000000") is None
