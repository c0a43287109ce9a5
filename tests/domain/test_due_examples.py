"""Worked examples of the due rules, each a situation a shop would recognise."""

from datetime import date, timedelta

from due_support import NOW, PLAN, TODAY, car_facts, days, months
from words import words

from shopapp.domain.due import (
    ActiveTroubleCode,
    LastService,
    Status,
    Suppression,
    SystemAlert,
    Trigger,
    VehicleFacts,
    add_months,
    evaluate_vehicle,
)
from shopapp.domain.due_reasons import Baseline, DistanceReason, OilLifeReason, SystemAlertReason
from shopapp.domain.forecast import Reading, distance_per_day, flag_odometer_outliers
from shopapp.domain.plan import OilCapability, miles
from shopapp.domain.units import DistanceUnit
from shopapp.local_format import short_date
from shopapp.reports.due_words import hidden_text, item_name, reason_text
from shopapp.resources import trouble_code_catalogue


def item(items, key):
    return next(i for i in items if i.key == key)


def reason(due, unit=DistanceUnit.MI):
    """The reason as the window, `shopapp due` and the CSV say it."""
    return reason_text(due, unit)


facts = car_facts


def test_oil_life_14_percent_means_oil_change_due():
    items = evaluate_vehicle(
        facts(
            oil_capability=OilCapability.REPORTED,
            oil_life=0.14,
            oil_at=NOW,
            last_services={"oil_change": LastService(TODAY - timedelta(days=150), 42_000)},
        ),
        PLAN,
        TODAY,
    )
    oil = item(items, "oil_change")
    assert oil.status is Status.DUE
    assert oil.trigger is Trigger.OIL_LIFE
    assert oil.why == OilLifeReason("Oil change", 0.14, 0.20, TODAY)
    assert reason(oil) == words("DueReasons", "Oil life %1 % (change at %2 %)", 14, 20)
    assert oil.due_odometer_km is None


def test_an_oil_change_recorded_after_the_last_oil_reading_ends_the_oil_life_reminder():
    # 14 % read yesterday; the shop changed the oil today. Until the car reports the new oil, the old
    # reading must not keep the reminder alive (the calendar trigger still counts from today's change).
    items = evaluate_vehicle(
        facts(
            oil_capability=OilCapability.REPORTED,
            oil_life=0.14,
            oil_at=NOW - timedelta(days=1),
            last_services={"oil_change": LastService(TODAY, 50_000)},
        ),
        PLAN,
        TODAY,
    )
    oil = item(items, "oil_change")
    assert oil.status is Status.OK
    assert oil.trigger is Trigger.TIME


def test_oil_life_forecast_gives_the_date_the_floor_is_reached():
    oil = item(
        evaluate_vehicle(
            facts(oil_capability=OilCapability.REPORTED, oil_life=0.40, oil_at=NOW, oil_decline_per_day=0.01),
            PLAN,
            TODAY,
        ),
        "oil_change",
    )
    assert oil.due_date == TODAY + timedelta(days=20)
    assert oil.status is Status.DUE_SOON  # 40 % is above 30 %, but the floor is 20 days away
    assert reason(oil) == words(
        "DueReasons", "Oil life %1 % (change at %2 %, reaches it ≈ %3)", 40, 20, "12 Dec"
    )


def test_9000_km_since_oil_change_without_oil_life_is_overdue_by_distance():
    oil = item(
        evaluate_vehicle(
            facts(
                oil_capability=OilCapability.UNREADABLE,
                odometer_km=59_000,
                last_services={"oil_change": LastService(TODAY - timedelta(days=100), 50_000)},
            ),
            PLAN,
            TODAY,
        ),
        "oil_change",
    )
    assert oil.status is Status.OVERDUE
    assert oil.trigger is Trigger.DISTANCE
    assert oil.why == DistanceReason(
        "Oil change",
        Baseline(TODAY - timedelta(days=100), 50_000, True),
        9_000,
        miles(5_000),
        50_000 + miles(5_000) - 59_000,
        TODAY,
    )
    assert reason(oil, DistanceUnit.KM) == words(
        "DueReasons", "%1 since last %2 (every %3)", "9,000 km", "oil change", "8,047 km"
    )
    assert oil.due_odometer_km == 50_000 + miles(5_000)


def test_electric_cars_get_no_oil_change():
    items = evaluate_vehicle(facts(oil_capability=OilCapability.NO_ENGINE_OIL), PLAN, TODAY)
    assert "oil_change" not in {i.key for i in items}
    assert "tire_rotation" in {i.key for i in items}


def test_weekend_car_and_delivery_van_with_the_same_gap_get_different_due_dates():
    last = {"tire_rotation": LastService(TODAY - timedelta(days=10), 40_000)}
    gap_km = miles(6_000) - 1_500  # 1,500 km left before the rotation is due
    weekend = facts(odometer_km=40_000 + gap_km, km_per_day=10, last_services=last)
    van = facts(odometer_km=40_000 + gap_km, km_per_day=150, last_services=last)
    weekend_item = item(evaluate_vehicle(weekend, PLAN, TODAY), "tire_rotation")
    van_item = item(evaluate_vehicle(van, PLAN, TODAY), "tire_rotation")
    assert van_item.status is Status.DUE_SOON  # 1,500 km is ten days of the van's driving
    assert van_item.due_date == TODAY + timedelta(days=10)
    assert weekend_item.status is Status.OK  # ... and 150 days of the weekend car's
    assert weekend_item.due_date == TODAY + timedelta(days=150)
    assert reason(van_item) == words(
        "DueReasons", "%1 due in ~%2 (≈ %3)", "Tire rotation", days(10), "932 mi"
    )


def test_time_trigger_fires_first_for_a_car_that_hardly_moves():
    rotation = item(
        evaluate_vehicle(
            facts(
                odometer_km=41_000,
                km_per_day=2,
                last_services={"tire_rotation": LastService(date(2026, 5, 10), 40_000)},
            ),
            PLAN,
            TODAY,
        ),
        "tire_rotation",
    )
    assert rotation.trigger is Trigger.TIME
    assert rotation.status is Status.DUE  # due 10 Nov, overdue from 10 Dec
    assert rotation.due_date == date(2026, 11, 10)
    assert reason(rotation) == words(
        "DueReasons", "%1 since last %2 (every %3)", months(6), "tire rotation", months(6)
    )


def test_no_service_on_record_counts_from_when_the_shop_first_saw_the_car():
    brake = item(
        evaluate_vehicle(facts(first_seen_on=date(2025, 10, 1), first_seen_odometer_km=20_000), PLAN, TODAY),
        "brake_inspection",
    )
    assert brake.status is Status.OVERDUE
    since = "%1 since %2 with no %3 on record (every %4)"
    day = short_date(date(2025, 10, 1), TODAY)  # "1 Oct 2025": the day the shop first saw the car
    assert reason(brake) == words("DueReasons", since, months(13), day, "brake inspection", months(12))


def test_backwards_odometer_is_flagged_and_ignored_by_the_forecast():
    readings = [Reading(NOW - timedelta(days=d), 10_000 + (30 - d) * 50) for d in range(30, 0, -1)]
    glitch = Reading(NOW - timedelta(hours=12), 1_200)  # a back-end glitch, far below
    readings.append(glitch)
    readings.append(Reading(NOW, 10_000 + 30 * 50))
    flags = flag_odometer_outliers(readings)
    assert flags[-2] is True
    assert flags.count(True) == 1
    good = [r for r, suspect in zip(readings, flags, strict=True) if not suspect]
    assert distance_per_day(good, NOW) == 50


def test_alerts_name_the_code_and_the_system():
    catalogue = trouble_code_catalogue()
    codes = tuple(ActiveTroubleCode(code, catalogue.describe(code).title) for code in ("P0420", "P302D"))
    items = evaluate_vehicle(
        facts(
            trouble_codes=codes,
            system_alerts=(SystemAlert("SYSTEM_TPMS", "Left rear tire sensor battery low"),),
            needs_reconnect=True,
        ),
        PLAN,
        TODAY,
    )
    assert item(items, "system:SYSTEM_TPMS").why == SystemAlertReason(
        "SYSTEM_TPMS", "Left rear tire sensor battery low"
    )
    reasons = {item_name(i): (i.status, reason(i)) for i in items if i.status is Status.ALERT}
    tpms = words("SystemNames", "Tire pressure sensor")
    assert reasons == {
        words("DueReasons", "Trouble code %1", "P0420"): (
            Status.ALERT,
            "P0420 Catalyst System Efficiency Below Threshold (Bank 1)",
        ),
        words("DueReasons", "Trouble code %1", "P302D"): (
            Status.ALERT,
            "P302D Manufacturer-specific powertrain code",  # facts() names no maker
        ),
        words("DueReasons", "%1 warning", tpms): (
            Status.ALERT,
            words("DueReasons", "%1 warning: %2", tpms, "Left rear tire sensor battery low"),
        ),
        words("DueReasons", "Reconnect Smartcar"): (
            Status.ALERT,
            words("DueReasons", "The car's Smartcar access has ended; the owner must connect it again"),
        ),
    }
    assert not any("SYSTEM_" in name or "DTC" in name for name in reasons)


def test_a_makers_own_code_names_the_maker_and_who_can_read_it():
    code = ActiveTroubleCode("P1E00", trouble_code_catalogue().describe("P1E00").title)
    items = evaluate_vehicle(facts(trouble_codes=(code,), make="CADILLAC"), PLAN, TODAY)
    own = "%1 is %2's own code: %2 dealers and scan tools with %2 software read what it means"
    assert reason(item(items, "dtc:P1E00")) == words("DueReasons", own, "P1E00", "Cadillac")
    generic = ActiveTroubleCode("P0420", "Catalyst System Efficiency Below Threshold (Bank 1)")
    items = evaluate_vehicle(facts(trouble_codes=(generic,), make="CADILLAC"), PLAN, TODAY)
    assert reason(item(items, "dtc:P0420")) == "P0420 Catalyst System Efficiency Below Threshold (Bank 1)"


def test_a_description_that_repeats_the_system_is_not_said_twice():
    items = evaluate_vehicle(
        facts(system_alerts=(SystemAlert("SYSTEM_MIL", "Check engine light on"),)), PLAN, TODAY
    )
    assert reason(item(items, "system:SYSTEM_MIL")) == "Check engine light on"
    assert item_name(item(items, "system:SYSTEM_MIL")) == words(
        "DueReasons", "%1 warning", words("SystemNames", "Check-engine light")
    )


def test_the_oil_change_light_is_the_oil_changes_reason_not_an_alert_of_its_own():
    fresh_oil = {"oil_change": LastService(TODAY - timedelta(days=30), 49_000.0)}
    lamp = (SystemAlert("SYSTEM_OIL_LIFE", "Oil life low"),)
    items = evaluate_vehicle(facts(last_services=fresh_oil, system_alerts=lamp), PLAN, TODAY)
    assert "system:SYSTEM_OIL_LIFE" not in {i.key for i in items}
    oil = item(items, "oil_change")
    assert (oil.status, oil.due_date) == (Status.DUE, TODAY)
    assert reason(oil) == words("DueReasons", "The car's oil-change light is on")
    just_changed = {"oil_change": LastService(TODAY, 50_000.0)}  # recorded after the car last reported
    after_service = evaluate_vehicle(facts(last_services=just_changed, system_alerts=lamp), PLAN, TODAY)
    assert item(after_service, "oil_change").status is Status.OK
    assert "system:SYSTEM_OIL_LIFE" not in {i.key for i in after_service}
    electric = evaluate_vehicle(
        facts(system_alerts=lamp, oil_capability=OilCapability.NO_ENGINE_OIL), PLAN, TODAY
    )
    assert "system:SYSTEM_OIL_LIFE" in {i.key for i in electric}  # no oil change to fold it into


def test_a_car_with_no_data_awaits_its_first_refresh():
    items = evaluate_vehicle(VehicleFacts(), PLAN, TODAY)
    assert [(i.item, i.status) for i in items] == [("Awaiting first refresh", Status.OK)]


def test_snooze_and_dismiss_hide_without_moving_the_due_date():
    last = {"brake_inspection": LastService(date(2025, 10, 1))}
    plain = item(evaluate_vehicle(facts(last_services=last), PLAN, TODAY), "brake_inspection")
    snoozed = item(
        evaluate_vehicle(
            facts(
                last_services=last,
                suppressions={"brake_inspection": Suppression("snoozed", until=TODAY + timedelta(days=3))},
            ),
            PLAN,
            TODAY,
        ),
        "brake_inspection",
    )
    assert snoozed.suppressed == Suppression("snoozed", until=date(2026, 11, 25))
    assert hidden_text(snoozed.suppressed) == words("DueReasons", "snoozed until %1", "2026-11-25")
    assert (snoozed.status, snoozed.due_date) == (plain.status, plain.due_date)
    assert not snoozed.needs_action
    dismissal = {"brake_inspection": Suppression("dismissed", service_on=date(2025, 10, 1))}
    dismissed = item(
        evaluate_vehicle(facts(last_services=last, suppressions=dismissal), PLAN, TODAY), "brake_inspection"
    )
    assert dismissed.suppressed == dismissal["brake_inspection"]
    assert hidden_text(dismissed.suppressed) == words("DueReasons", "dismissed until the next service")
    newer = {"brake_inspection": LastService(date(2025, 11, 1))}
    after_service = item(
        evaluate_vehicle(facts(last_services=newer, suppressions=dismissal), PLAN, TODAY), "brake_inspection"
    )
    assert after_service.suppressed is None


def test_months_are_calendar_months():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2026, 11, 22), 12) == date(2027, 11, 22)


def test_history_task_descriptions_map_to_plan_tasks():
    assert PLAN.task_for_description("Oil and filter change").key == "oil_change"
    assert PLAN.task_for_description("TIRE ROTATION").key == "tire_rotation"
    assert PLAN.task_for_description("Cabin air filter replacement").key == "cabin_air_filter"
    assert PLAN.task_for_description("Engine air filter replacement").key == "engine_air_filter"
    assert PLAN.task_for_description("Brake inspection").key == "brake_inspection"
    assert PLAN.task_for_description("Wiper blades") is None
    assert PLAN.task_for_description(None) is None
