"""Plans that fit the car (DESIGN.md "Due rules"): an electric car gets no oil change and no engine air
filter, a hybrid gets both, and a plan saved before tasks named their powertrains keeps that rule."""

import json
from datetime import timedelta

import pytest
from due_support import NOW, PLAN, TODAY

from shopapp.domain.due import VehicleFacts, evaluate_vehicle
from shopapp.domain.plan import OilCapability, task_from_dict, task_to_dict
from shopapp.domain.powertrain import EVERY_POWERTRAIN, Powertrain, powertrain_from_smartcar

EVERY_TASK = {"oil_change", "tire_rotation", "engine_air_filter", "cabin_air_filter", "brake_inspection"}


def task_keys(**facts):
    base = {
        "odometer_km": 50_000.0,
        "odometer_at": NOW,
        "first_seen_on": TODAY - timedelta(days=20),
        "first_seen_odometer_km": 49_200.0,
    }
    base.update(facts)
    return {item.key for item in evaluate_vehicle(VehicleFacts(**base), PLAN, TODAY)}


def test_an_electric_car_gets_no_oil_change_and_no_engine_air_filter():
    keys = task_keys(powertrain=Powertrain.ELECTRIC)
    assert keys == EVERY_TASK - {"oil_change", "engine_air_filter"}


@pytest.mark.parametrize("powertrain", [Powertrain.HYBRID, Powertrain.PLUG_IN_HYBRID, Powertrain.COMBUSTION])
def test_a_car_with_an_engine_gets_both(powertrain):
    assert task_keys(
        powertrain=powertrain, oil_capability=OilCapability.REPORTED, oil_life=0.6, oil_at=NOW
    ) == (EVERY_TASK)


def test_a_v2_car_without_engine_oil_is_treated_as_electric():
    keys = task_keys(oil_capability=OilCapability.NO_ENGINE_OIL)
    assert "engine_air_filter" not in keys
    assert "oil_change" not in keys


def test_a_car_whose_powertrain_is_not_known_gets_every_task():
    assert task_keys() == EVERY_TASK


@pytest.mark.parametrize(
    ("said", "powertrain"),
    [
        ("ICE", Powertrain.COMBUSTION),
        ("hev", Powertrain.HYBRID),
        ("PHEV", Powertrain.PLUG_IN_HYBRID),
        ("BEV", Powertrain.ELECTRIC),
        ("", None),
        (None, None),
        ("STEAM", None),
    ],
)
def test_smartcar_powertrain_types_read_as_the_plan_needs(said, powertrain):
    assert powertrain_from_smartcar(said) is powertrain


def test_a_task_keeps_its_powertrains_through_json():
    air_filter = PLAN.task("engine_air_filter")
    stored = json.loads(json.dumps(task_to_dict(air_filter)))
    assert stored["powertrains"] == ["combustion", "hybrid", "plug_in_hybrid"]
    assert task_from_dict(stored) == air_filter


def test_a_plan_saved_before_powertrains_takes_the_defaults_for_its_tasks():
    old_air_filter = task_to_dict(PLAN.task("engine_air_filter"))
    del old_air_filter["powertrains"]
    assert Powertrain.ELECTRIC not in task_from_dict(old_air_filter).powertrains
    own_task = {**old_air_filter, "key": "wiper_blades", "name": "Wiper blades"}
    assert task_from_dict(own_task).powertrains == EVERY_POWERTRAIN


def test_an_unknown_powertrain_in_a_stored_plan_is_skipped():
    stored = {**task_to_dict(PLAN.task("cabin_air_filter")), "powertrains": ["electric", "hovercraft"]}
    assert task_from_dict(stored).powertrains == frozenset({Powertrain.ELECTRIC})
