"""Recording a whole group of refreshed cars at once stores exactly what recording them one at a time, a
query at a time, did before (readings, glitch flags, code spells, status history, availability, the
summary), and a group is one transaction: all of it or none of it."""

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from builders import customer, vehicle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference_recording import reference_record_snapshot
from words import words

from shopapp.domain.snapshot import Availability, Signal, SystemReport, VehicleSnapshot
from shopapp.store import models
from shopapp.store.readings import RecordOutcome, SnapshotToRecord, record_snapshot, record_snapshots

START = datetime(2026, 1, 5, 9, tzinfo=UTC)
CARS = 3
SUMMARY = (
    "odometer_km",
    "odometer_at",
    "km_per_day",
    "first_seen_at",
    "first_seen_odometer_km",
    "oil_life",
    "oil_at",
    "oil_decline_per_day",
    "oil_capability",
    "last_refresh_at",
    "last_error",
)

# One car's refresh: days since the last one; odometer step (a big negative one is a glitch); when the car
# reported it (just now, the same moment as last time, or months ago); oil; codes; the TPMS status.
refreshes = st.tuples(
    st.integers(min_value=0, max_value=40),
    st.one_of(st.integers(min_value=0, max_value=900), st.just(-5_000), st.just(90_000)),
    st.sampled_from(["fresh", "same", "months_ago", "error"]),
    st.one_of(st.none(), st.floats(min_value=0.05, max_value=1.0), st.just("error")),
    st.sets(st.sampled_from(["P0420", "P302D", "C1234"])),
    st.sampled_from(["OK", "ALERT", "ALERT2", None]),
)


class Car:
    """A simulated car's state, turning generated refreshes into snapshots."""

    def __init__(self) -> None:
        self.at = START
        self.km = 20_000.0
        self.reported = START

    def snapshot(self, refresh) -> VehicleSnapshot:
        days, step, reported, oil, codes, tpms = refresh
        self.at += timedelta(days=days, minutes=7)
        self.km += step
        if reported == "fresh":
            self.reported = self.at - timedelta(minutes=20)
        elif reported == "months_ago":
            self.reported = self.at - timedelta(days=150)
        odometer = (
            Signal(Availability.ERROR, detail="VEHICLE_STATE:ASLEEP")
            if reported == "error"
            else Signal(Availability.OK, self.km, self.reported)
        )
        if oil is None:
            oil_life = Signal(Availability.NOT_CAPABLE, detail="COMPATIBILITY:VEHICLE_NOT_CAPABLE")
        elif oil == "error":
            oil_life = Signal(Availability.ERROR, detail="SERVER:INTERNAL")
        else:
            oil_life = Signal(Availability.OK, oil, self.reported)
        systems = () if tpms is None else (SystemReport("SYSTEM_TPMS", tpms[:5], tpms),)
        return VehicleSnapshot(
            fetched_at=self.at,
            odometer_km=odometer,
            oil_life=oil_life,
            trouble_codes=Signal(Availability.OK, tuple(sorted(codes)), self.at),
            systems=Signal(Availability.OK, systems, self.at),
            engine_oil_absent=oil is None,
        )


def in_any_order(outcome: RecordOutcome) -> RecordOutcome:
    return dataclasses.replace(outcome, cleared_trouble_codes=sorted(outcome.cleared_trouble_codes))


def stored(car_id: int) -> dict:
    """Everything recorded for a car, without row ids."""
    fresh = models.Vehicle.get_by_id(car_id)
    return {
        "summary": {name: getattr(fresh, name) for name in SUMMARY},
        "odometer": sorted(
            (r.recorded_at, r.value_km, r.suspect)
            for r in models.OdometerReading.select().where(models.OdometerReading.vehicle == car_id)
        ),
        "oil": sorted(
            (r.recorded_at, r.life)
            for r in models.OilReading.select().where(models.OilReading.vehicle == car_id)
        ),
        "availability": sorted(
            (r.signal, r.availability, r.detail, r.checked_at)
            for r in models.SignalAvailability.select().where(models.SignalAvailability.vehicle == car_id)
        ),
        "codes": [
            (r.code, r.first_seen_at, r.last_seen_at, r.cleared_at)
            for r in models.TroubleCodeOccurrence.select()
            .where(models.TroubleCodeOccurrence.vehicle == car_id)
            .order_by(models.TroubleCodeOccurrence.id)
        ],
        "systems": [
            (r.system_id, r.status, r.description, r.changed_at, r.ended_at)
            for r in models.SystemStatusChange.select()
            .where(models.SystemStatusChange.vehicle == car_id)
            .order_by(models.SystemStatusChange.id)
        ],
    }


def stored_as_before(car_id: int) -> dict:
    """What the reference (the old code, kept verbatim) recorded for a car, its last error in the words the
    catalogue gives it now: the old code wrote "Could not read: ..." in English."""
    recorded = stored(car_id)
    summary = recorded["summary"]
    old_words = "Could not read: "
    if summary["last_error"].startswith(old_words):
        failures = summary["last_error"].removeprefix(old_words)
        summary["last_error"] = words("RefreshWords", "Could not read: %1", failures)
    return recorded


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=st.lists(st.lists(refreshes, min_size=CARS, max_size=CARS), min_size=1, max_size=8))
def test_a_group_is_recorded_exactly_as_its_cars_were_one_at_a_time(store, history):
    owner = customer("Ana")
    grouped = [vehicle(owner) for _ in range(CARS)]
    alone = [vehicle(owner) for _ in range(CARS)]
    before = [vehicle(owner) for _ in range(CARS)]
    cars = [Car() for _ in range(CARS)]
    for round_of_refreshes in history:
        snapshots = [car.snapshot(refresh) for car, refresh in zip(cars, round_of_refreshes, strict=True)]
        now = max(snapshot.fetched_at for snapshot in snapshots)
        together = record_snapshots(
            [
                SnapshotToRecord(car.id, snapshot, now)
                for car, snapshot in zip(grouped, snapshots, strict=True)
            ]
        )
        one_by_one = [record_snapshot(car.id, s, now) for car, s in zip(alone, snapshots, strict=True)]
        as_before = [
            reference_record_snapshot(car.id, s, now) for car, s in zip(before, snapshots, strict=True)
        ]
        assert together == one_by_one
        # The old way read open spells in no particular order (PostgreSQL's differs from SQLite's).
        assert [in_any_order(outcome) for outcome in together] == [in_any_order(o) for o in as_before]
    for in_group, by_itself, reference in zip(grouped, alone, before, strict=True):
        assert stored(in_group.id) == stored(by_itself.id) == stored_as_before(reference.id)


def test_the_same_car_twice_in_a_group_sees_its_first_refresh(store):
    car = vehicle(customer("Ana"))
    simulated = Car()
    snapshots = [
        simulated.snapshot((0, 0, "fresh", 0.8, {"P0420"}, "OK")),
        simulated.snapshot((1, 60, "fresh", 0.79, set(), "OK")),
    ]
    outcomes = record_snapshots([SnapshotToRecord(car.id, s, s.fetched_at) for s in snapshots])
    assert outcomes[0].new_trouble_codes == ["P0420"]
    assert outcomes[1].cleared_trouble_codes == ["P0420"]
    assert models.OdometerReading.select().where(models.OdometerReading.vehicle == car.id).count() == 2
    assert models.Vehicle.get_by_id(car.id).km_per_day == pytest.approx(60, rel=0.05)


def test_a_group_is_one_transaction(store):
    owner = customer("Ana")
    car = vehicle(owner)
    snapshot = Car().snapshot((0, 0, "fresh", 0.5, {"P0420"}, "ALERT"))
    with pytest.raises(models.Vehicle.DoesNotExist):
        record_snapshots(
            [SnapshotToRecord(car.id, snapshot, START), SnapshotToRecord(999_999, snapshot, START)]
        )
    assert models.OdometerReading.select().count() == 0
    assert models.TroubleCodeOccurrence.select().count() == 0
    assert models.Vehicle.get_by_id(car.id).last_refresh_at is None


def readings_months_old(car, *values_km):
    """Good odometer readings stored without a summary, 200, 199, ... days before START."""
    for day, value in enumerate(values_km):
        models.OdometerReading.create(
            vehicle=car, recorded_at=START - timedelta(days=200 - day), value_km=value, source="smartcar"
        )


@pytest.mark.parametrize("recorder", ["group", "reference"])
def test_readings_older_than_the_window_still_give_the_first_and_the_previous_reading(store, recorder):
    owner = customer("Ana")
    cars = [vehicle(owner) for _ in range(2)]
    for car in cars:
        readings_months_old(car, 50_000, 50_100)
    # and one inside the forecast window: the first reading must still be looked for before it
    models.OdometerReading.create(vehicle=cars[0], recorded_at=START - timedelta(days=10), value_km=52_000)
    usual = Car().snapshot((0, 0, "fresh", 0.7, set(), "OK"))
    fine = dataclasses.replace(usual, odometer_km=Signal(Availability.OK, 53_000.0, START))
    backwards = dataclasses.replace(usual, odometer_km=Signal(Availability.OK, 20_000.0, START))
    if recorder == "group":
        outcomes = record_snapshots(
            [SnapshotToRecord(cars[0].id, fine, START), SnapshotToRecord(cars[1].id, backwards, START)]
        )
    else:
        outcomes = [
            reference_record_snapshot(cars[0].id, fine, START),
            reference_record_snapshot(cars[1].id, backwards, START),
        ]
    assert [outcome.suspect_odometer for outcome in outcomes] == [False, True]
    first, second = (models.Vehicle.get_by_id(car.id) for car in cars)
    assert (first.first_seen_at, first.first_seen_odometer_km) == (START - timedelta(days=200), 50_000)
    assert (first.odometer_km, second.odometer_km) == (53_000, 50_100)
    assert second.first_seen_odometer_km == 50_000
