"""`--vehicle` names a car by Smartcar id or VIN, for `refresh` (connected cars only) and `reminders` (any
car): an unknown or empty name is one usage line and exit 2, never some other car."""

import pytest
from builders import customer, vehicle
from words import words

from shopapp.cli.support import UsageError, cars_named
from shopapp.store.models import Connection


@pytest.fixture
def cars(store):
    ana = customer("Ana")
    link = Connection.create(
        customer=ana, smartcar_user_id="user-1", created_at=ana.created_at, updated_at=ana.created_at
    )
    linked_without_vin = vehicle(ana, smartcar_id="veh-1", vin="", connection=link)
    linked = vehicle(ana, smartcar_id="veh-2", vin="1HGCM82633A004352", connection=link)
    unlinked = vehicle(ana, vin="2T1BURHE0JC000001")
    return linked_without_vin, linked, unlinked


def test_cars_are_found_by_smartcar_id_or_vin_in_any_case_once_each(cars):
    linked_without_vin, linked, unlinked = cars
    names = ["veh-1", " 1hgcm82633a004352 ", "veh-1"]
    assert cars_named(names, connected_only=True) == [linked_without_vin.id, linked.id]
    assert cars_named(["2T1BURHE0JC000001"], connected_only=False) == [unlinked.id]


NO_CONNECTED_CAR = "no connected car has the Smartcar id or VIN %1"
NO_CAR = "no car has the Smartcar id or VIN %1"


@pytest.mark.parametrize("name", ["", "   ", "veh-404"])
def test_an_empty_or_unknown_name_is_a_usage_error_not_a_car_without_a_vin(cars, name):
    for connected_only, refusal in ((True, NO_CONNECTED_CAR), (False, NO_CAR)):
        with pytest.raises(UsageError) as refused:
            cars_named([name], connected_only=connected_only)
        assert str(refused.value) == words("CommandLine", refusal, repr(name.strip()))


def test_refresh_names_only_connected_cars(cars):
    with pytest.raises(UsageError) as refused:
        cars_named(["2T1BURHE0JC000001"], connected_only=True)
    assert str(refused.value) == words("CommandLine", NO_CONNECTED_CAR, "'2T1BURHE0JC000001'")
