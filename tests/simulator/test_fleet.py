"""The generated fleet: deterministic, realistic enough for demo mode, and covering every capability group."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from simulator_support import START

from shopapp.domain.vin import check_digit, is_valid_vin, model_year_code
from shopapp.simulator import Powertrain, generate_fleet
from shopapp.simulator.capabilities import (
    DTC_MAKES,
    FCA_MAKES,
    OIL_UNSUPPORTED_MAKES,
    SERVICE_HISTORY_MAKES,
    SYSTEM_STATUS_MAKES,
)


def test_same_seed_same_fleet_and_different_seed_different_fleet():
    first, again = generate_fleet(30, seed=5, anchor=START), generate_fleet(30, seed=5, anchor=START)
    assert first.customers == again.customers
    assert list(first.vehicles.values()) == list(again.vehicles.values())
    other = generate_fleet(30, seed=6, anchor=START)
    assert {v.vin for v in other.vehicles.values()} != {v.vin for v in first.vehicles.values()}


@pytest.mark.parametrize("count", [10, 13, 17, 25])
@pytest.mark.parametrize("seed", [0, 1, 2, 99])
def test_small_fleets_cover_every_capability_group(count, seed):
    cars = list(generate_fleet(count, seed=seed, anchor=START).vehicles.values())
    assert len(cars) == count
    ice = [v for v in cars if v.powertrain is not Powertrain.EV]
    assert any(v.make in DTC_MAKES for v in ice), "GM (DTCs and system status)"
    assert any(v.make in FCA_MAKES for v in ice), "FCA (system status only)"
    assert any(v.make in SERVICE_HISTORY_MAKES - OIL_UNSUPPORTED_MAKES for v in ice), "service history"
    assert any(v.powertrain is Powertrain.EV for v in cars), "an electric car"
    assert any(v.make in OIL_UNSUPPORTED_MAKES for v in ice), "oil life Smartcar cannot read"
    assert any(v.withheld_scopes for v in cars), "an owner who withheld a permission"
    assert SYSTEM_STATUS_MAKES >= DTC_MAKES


def test_vins_are_valid_unique_and_match_the_model_year():
    fleet = generate_fleet(300, seed=3, anchor=START)
    vins = [v.vin for v in fleet.vehicles.values()]
    assert len(set(vins)) == len(vins)
    for vehicle in fleet.vehicles.values():
        assert is_valid_vin(vehicle.vin), vehicle.vin
        assert vehicle.vin[9] == model_year_code(vehicle.year)
        assert not set("IOQ") & set(vehicle.vin)


def test_check_digit_of_a_published_example():
    # The worked example of 49 CFR 565 (check digit X).
    assert check_digit("1M8GDM9AXKP042788") == "X"
    assert is_valid_vin("1M8GDM9AXKP042788")
    assert not is_valid_vin("1M8GDM9A1KP042788")


def test_customers_own_one_to_three_cars_with_contact_details():
    fleet = generate_fleet(200, seed=8, anchor=START)
    owned = [vid for customer in fleet.customers for vid in customer.vehicle_ids]
    assert sorted(owned) == sorted(fleet.vehicles)
    emails = [c.email for c in fleet.customers]
    assert len(set(emails)) == len(emails)
    phones = [c.phone for c in fleet.customers]
    assert len(set(phones)) == len(phones)
    for customer in fleet.customers:
        assert 1 <= len(customer.vehicle_ids) <= 3
        assert customer.name
        assert customer.phone.startswith("+1 ")
        assert "@" in customer.email
        assert customer.email.isascii()
        assert customer.address.line1
        assert customer.address.city
        assert len(customer.address.postal_code) == 5
        assert all(fleet.vehicles[vid].owner_id == customer.id for vid in customer.vehicle_ids)
        uuid.UUID(customer.id)
    assert any(not c.name.isascii() for c in fleet.customers), "some names need more than ASCII"
    assert any(c.business for c in fleet.customers)


def test_vehicles_look_like_a_real_shop():
    fleet = generate_fleet(400, seed=4, anchor=START)
    cars = list(fleet.vehicles.values())
    for car in cars:
        assert str(uuid.UUID(car.id)) == car.id
        assert isinstance(car.year, int)
        assert START.year - 12 <= car.year <= START.year
        assert car.make == car.make.upper()
        assert 5 <= car.km_per_day <= 150
        assert car.in_service_ts < START.timestamp()
    rates = [car.km_per_day for car in cars]
    assert min(rates) < 15, "weekend cars"
    assert max(rates) > 100, "delivery vans"
    electric = {car.make for car in cars if car.powertrain is Powertrain.EV}
    assert {"TESLA"} <= electric
    assert len(electric) >= 3
    assert {car.powertrain for car in cars} == set(Powertrain)


def test_fleet_lookup_by_id_or_vin():
    fleet = generate_fleet(5, seed=1, anchor=datetime(2025, 3, 1, tzinfo=UTC))
    car = next(iter(fleet.vehicles.values()))
    assert fleet.vehicle(car.id) is car
    assert fleet.vehicle(car.vin.lower()) is car
    assert fleet.vehicle("nope") is None


def test_negative_size_is_refused():
    with pytest.raises(ValueError, match="negative"):
        generate_fleet(-1)
