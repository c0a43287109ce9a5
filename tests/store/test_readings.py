"""Recording refreshes: deduplicated readings, flagged glitches, code spells, status history, the summary."""

from datetime import UTC, datetime, timedelta

import pytest
from builders import customer, vehicle
from words import words

from shopapp.domain.snapshot import Availability, Signal, SystemReport, VehicleSnapshot
from shopapp.store import models
from shopapp.store.readings import record_snapshot

START = datetime(2026, 10, 1, 8, tzinfo=UTC)
NOT_CAPABLE = Signal(Availability.NOT_CAPABLE, detail="COMPATIBILITY:VEHICLE_NOT_CAPABLE")


def snapshot(day, km, *, oil=None, codes=(), systems=(), odometer_at=None):
    at = START + timedelta(days=day)
    return VehicleSnapshot(
        fetched_at=at,
        odometer_km=Signal(Availability.OK, km, odometer_at or at - timedelta(minutes=20)),
        oil_life=Signal(Availability.OK, oil, at) if oil is not None else NOT_CAPABLE,
        trouble_codes=Signal(Availability.OK, tuple(codes), at),
        systems=Signal(Availability.OK, tuple(systems), at),
        engine_oil_absent=oil is None,
    )


@pytest.fixture
def car(store):
    return vehicle(customer("Ana"))


def record(car, snap):
    return record_snapshot(car.id, snap, snap.fetched_at)


def test_readings_build_the_summary_the_due_rules_need(car):
    for day in range(0, 30):
        record(car, snapshot(day, 10_000 + 40 * day, oil=0.9 - 0.005 * day))
    fresh = models.Vehicle.get_by_id(car.id)
    assert fresh.odometer_km == 10_000 + 40 * 29
    assert fresh.km_per_day == pytest.approx(40)
    assert fresh.first_seen_odometer_km == 10_000
    assert fresh.oil_life == pytest.approx(0.9 - 0.005 * 29)
    assert fresh.oil_decline_per_day == pytest.approx(0.005)
    assert fresh.oil_capability == "reported"
    assert fresh.last_error == ""


def test_the_same_data_age_is_stored_once(car):
    same_moment = START + timedelta(hours=3)
    record(car, snapshot(1, 10_000, oil=0.8, odometer_at=same_moment))
    record(car, snapshot(2, 10_000, oil=0.8, odometer_at=same_moment))
    assert models.OdometerReading.select().count() == 1


def test_a_backwards_reading_is_kept_flagged_and_ignored(car):
    for day in range(10):
        record(car, snapshot(day, 20_000 + 50 * day))
    outcome = record(car, snapshot(10, 1_234))
    record(car, snapshot(11, 20_550))
    assert outcome.suspect_odometer
    flagged = models.OdometerReading.get(models.OdometerReading.value_km == 1_234)
    assert flagged.suspect
    fresh = models.Vehicle.get_by_id(car.id)
    assert fresh.odometer_km == 20_550
    assert fresh.km_per_day == pytest.approx(50)


def test_trouble_codes_open_and_clear_spells(car):
    assert record(car, snapshot(0, 1, codes=["P0420"])).new_trouble_codes == ["P0420"]
    assert record(car, snapshot(1, 2, codes=["P0420", "P302D"])).new_trouble_codes == ["P302D"]
    outcome = record(car, snapshot(2, 3, codes=["P302D"]))
    assert outcome.cleared_trouble_codes == ["P0420"]
    assert record(car, snapshot(3, 4, codes=["P0420", "P302D"])).new_trouble_codes == ["P0420"]
    spells = [
        (s.code, s.cleared_at is None)
        for s in models.TroubleCodeOccurrence.select().order_by(models.TroubleCodeOccurrence.id)
    ]
    assert spells == [("P0420", False), ("P302D", True), ("P0420", True)]


def test_system_status_keeps_its_history(car):
    tpms_ok = SystemReport("SYSTEM_TPMS", "OK", None)
    tpms_alert = SystemReport("SYSTEM_TPMS", "ALERT", "Left rear tire sensor battery low")
    record(car, snapshot(0, 1, systems=[tpms_ok]))
    assert record(car, snapshot(1, 2, systems=[tpms_alert])).new_system_alerts == ["SYSTEM_TPMS"]
    assert record(car, snapshot(2, 3, systems=[tpms_alert])).new_system_alerts == []  # announced once
    record(car, snapshot(3, 4, systems=[tpms_ok]))
    history = [
        (r.status, r.ended_at is None)
        for r in models.SystemStatusChange.select().order_by(models.SystemStatusChange.id)
    ]
    assert history == [("OK", False), ("ALERT", False), ("OK", True)]


def test_signals_the_car_cannot_give_are_answers_not_errors(car):
    record(car, snapshot(0, 5_000))
    availability = {row.signal: row.availability for row in models.SignalAvailability.select()}
    assert availability["engine_oil"] == "not_capable"
    fresh = models.Vehicle.get_by_id(car.id)
    assert fresh.oil_capability == "no_engine_oil"
    assert fresh.last_error == ""
    assert models.OilReading.select().count() == 0


def test_a_failed_signal_is_named_and_keeps_what_was_known(car):
    record(car, snapshot(0, 5_000, oil=0.5))
    failing = VehicleSnapshot(
        fetched_at=START + timedelta(days=1),
        odometer_km=Signal(Availability.ERROR, detail="VEHICLE_STATE:ASLEEP"),
        oil_life=Signal(Availability.ERROR, detail="VEHICLE_STATE:ASLEEP"),
        trouble_codes=Signal(Availability.ERROR),
        systems=Signal(Availability.ERROR),
    )
    outcome = record(car, failing)
    fresh = models.Vehicle.get_by_id(car.id)
    assert outcome.failed_signals == ["odometer", "engine_oil", "trouble_codes", "system_status"]
    failures = (
        "odometer (VEHICLE_STATE:ASLEEP), engine oil (VEHICLE_STATE:ASLEEP), trouble codes, system status"
    )
    assert outcome.describe_failures() == failures
    assert fresh.last_error == words("RefreshWords", "Could not read: %1", failures)
    assert (fresh.odometer_km, fresh.oil_life, fresh.oil_capability) == (5_000, 0.5, "reported")
