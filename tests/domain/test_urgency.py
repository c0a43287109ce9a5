"""What comes first (DESIGN.md "Due rules", CSV order): safety before maintenance, the more serious before
the earlier, and one order for every surface."""

from datetime import timedelta

import pytest
from due_support import NOW, PLAN, TODAY, car_facts

from shopapp.domain.due import (
    LastService,
    Status,
    SystemAlert,
    add_months,
    evaluate_vehicle,
)
from shopapp.domain.due_reasons import Baseline, DistanceReason, OilLifeReason, SystemAlertReason, TimeReason
from shopapp.domain.plan import OilCapability, miles
from shopapp.domain.safety import is_safety_critical
from shopapp.domain.urgency import Tier, severity, tier, urgency_key

EVERY_TASK = ("oil_change", "tire_rotation", "engine_air_filter", "cabin_air_filter", "brake_inspection")


def facts(**overrides):
    """A car that reports oil life, every task done a month ago: nothing due until a test says so."""
    values = {
        "oil_capability": OilCapability.REPORTED,
        "oil_life": 0.80,
        "oil_at": NOW,
        "last_services": {key: LastService(TODAY - timedelta(days=30), 49_000.0) for key in EVERY_TASK},
    }
    values.update(overrides)
    return car_facts(**values)


def services(**changed):
    """The fresh services of facts(), with some tasks' last service moved."""
    every = dict(facts().last_services)
    every.update(changed)
    return every


def action_with_an_overdue_rotation(alert: SystemAlert):
    """The items needing action of a car whose rotation is 20,000 km overdue and that shows `alert`."""
    long_ago = LastService(TODAY - timedelta(days=400), 30_000.0)
    items = evaluate_vehicle(
        facts(last_services=services(tire_rotation=long_ago), system_alerts=(alert,)), PLAN, TODAY
    )
    return [item for item in items if item.needs_action]


def test_an_airbag_alert_outranks_an_overdue_tire_rotation():
    action = action_with_an_overdue_rotation(
        SystemAlert("SYSTEM_AIRBAG", "Airbag system fault - service required")
    )
    assert [item.key for item in action[:2]] == ["system:SYSTEM_AIRBAG", "tire_rotation"]
    assert action[1].status is Status.OVERDUE
    assert tier(action[0].status, action[0].why) is Tier.SAFETY_ALERT


def test_a_washer_fluid_alert_stays_behind_overdue_and_due_items():
    action = [
        item.key
        for item in action_with_an_overdue_rotation(SystemAlert("SYSTEM_WASHER_FLUID", "Washer fluid low"))
    ]
    assert action.index("tire_rotation") < action.index("system:SYSTEM_WASHER_FLUID")


def test_oil_life_at_zero_outranks_a_tire_rotation_due_today():
    rotation_due_today = LastService(add_months(TODAY, -6), 49_000.0)
    items = evaluate_vehicle(
        facts(oil_life=0.0, last_services=services(tire_rotation=rotation_due_today)),
        PLAN,
        TODAY,
    )
    action = [item for item in items if item.needs_action]
    assert [item.key for item in action[:2]] == ["oil_change", "tire_rotation"]
    assert isinstance(action[0].why, OilLifeReason)
    assert isinstance(action[1].why, TimeReason)
    assert action[1].due_date == TODAY


def test_oil_life_at_zero_outranks_a_rotation_that_fell_overdue_earlier():
    # Both overdue; the rotation's due date (six months and 40 days ago) is far earlier than the oil's.
    rotation_overdue = LastService(add_months(TODAY, -6) - timedelta(days=40), 49_000.0)
    items = evaluate_vehicle(
        facts(oil_life=0.0, oil_decline_per_day=0.01, last_services=services(tire_rotation=rotation_overdue)),
        PLAN,
        TODAY,
    )
    action = [item for item in items if item.needs_action]
    assert [(item.key, item.status) for item in action[:2]] == [
        ("oil_change", Status.OVERDUE),
        ("tire_rotation", Status.OVERDUE),
    ]


def test_within_one_status_the_further_past_due_comes_first_whatever_the_dates():
    # Both overdue: the rotation is 50 % of its interval past due, the air filter 12 % past, and the
    # air filter's due date is the earlier one. Seriousness decides, not the calendar.
    today = TODAY
    since = Baseline(None, None, False)
    rotation = DistanceReason("Tire rotation", since, miles(9_000), miles(6_000), -miles(3_000), today)
    air_filter = DistanceReason(
        "Engine air filter", since, miles(16_800), miles(15_000), -miles(1_800), today
    )
    assert severity(rotation) == pytest.approx(0.5)
    assert severity(air_filter) == pytest.approx(0.12)
    rotation_key = urgency_key(Status.OVERDUE, rotation, today - timedelta(days=5))
    air_filter_key = urgency_key(Status.OVERDUE, air_filter, today - timedelta(days=90))
    assert rotation_key < air_filter_key


@pytest.mark.parametrize(
    ("system_id", "critical"),
    [
        ("SYSTEM_AIRBAG", True),
        ("SYSTEM_ABS", True),
        ("SYSTEM_BRAKE_FLUID", True),
        ("SYSTEM_OIL_PRESSURE", True),
        ("SYSTEM_ACTIVE_SAFETY", True),
        ("SYSTEM_DRIVER_ASSISTANCE", True),
        ("SYSTEM_TPMS", True),
        ("SYSTEM_TIRE_PRESSURE", True),
        ("SYSTEM_EV_HV_BATTERY", True),
        ("SYSTEM_WASHER_FLUID", False),
        ("SYSTEM_TELEMATICS", False),
        ("SYSTEM_MIL", False),
    ],
)
def test_the_safety_list_names_the_systems_design_lists(system_id, critical):
    assert is_safety_critical(system_id) is critical
    why = SystemAlertReason(system_id, None)
    assert (tier(Status.ALERT, why) is Tier.SAFETY_ALERT) is critical
