"""The one record-service use case (front_desk.record_service): every rule a service the front desk enters
must meet, refused with the sentence the window shows, and nothing written when refused."""

from datetime import UTC, date, datetime, timedelta

import pytest
from builders import customer, service, vehicle
from words import words

from shopapp.domain.plan import default_plan
from shopapp.domain.units import KM_PER_MILE, DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.services.front_desk import (
    ImplausibleOdometer,
    NegativeCost,
    NoWorkNamed,
    OdometerBelowEarlier,
    ServiceDateInFuture,
    UnknownPlanTask,
    UnknownVehicle,
    record_service,
)
from shopapp.store.models import OdometerReading, ServiceRecord, Vehicle

TODAY = date(2026, 11, 22)
PLAN = default_plan()


@pytest.fixture
def car(store):
    return vehicle(customer("Ana"))


def reading(car, day, km, suspect=False):
    OdometerReading.create(
        vehicle=car,
        recorded_at=datetime(day.year, day.month, day.day, 15, tzinfo=UTC),
        value_km=km,
        suspect=suspect,
    )


def record(
    car, *, on=TODAY, tasks=("oil_change",), extra=(), odometer_km=None, cost_cents=None, unit=DistanceUnit.KM
):
    return record_service(
        car.id, on, list(tasks), list(extra), odometer_km, cost_cents, "", PLAN, today=TODAY, unit=unit
    )


def entry_words(source, *values):
    """A sentence of the service entry's rules, as the catalogue has it."""
    return words("ServiceEntry", source, *values)


def check_the_dashboard():
    return entry_words("Check the number on the dashboard.")


def refused(error_type, car, **entry):
    with pytest.raises(error_type) as caught:
        record(car, **entry)
    assert isinstance(caught.value, UserFacingError)  # the window shows it as it is
    assert ServiceRecord.select().count() == 0
    return caught.value.words()


def refused_after_one(error_type, car, **entry):
    with pytest.raises(error_type) as caught:
        record(car, **entry)
    assert ServiceRecord.select().count() == 1  # only the earlier service
    return caught.value.words()


def test_a_service_today_or_earlier_is_recorded(car):
    record(car)
    record(car, on=TODAY - timedelta(days=30), tasks=(), extra=("Replaced wiper blades",))
    assert ServiceRecord.select().count() == 2


def test_a_service_dated_after_today_is_refused(car):
    said = refused(ServiceDateInFuture, car, on=TODAY + timedelta(days=1))
    assert said == (
        f"{entry_words('The service date (%1) is in the future.', '23 Nov')} "
        f"{entry_words('Record a service once it is done.')}"
    )


def test_a_task_the_plan_does_not_have_is_refused(car):
    said = refused(UnknownPlanTask, car, tasks=("oil_change", "timing_belt"))
    assert said == (
        f"{entry_words('The service plan has no task %1.', repr('timing_belt'))} "
        f"{entry_words('It may have been removed in Settings on another PC; tick the work again.')}"
    )


def test_a_service_with_no_work_is_refused(car):
    said = refused(NoWorkNamed, car, tasks=(), extra=("  ",))
    assert said == entry_words("A service needs at least one task or a description of the work.")


def test_a_negative_odometer_is_refused(car):
    said = refused(ImplausibleOdometer, car, odometer_km=-3)
    assert said == entry_words("An odometer reading cannot be negative.")


def test_an_odometer_beyond_any_car_is_refused_in_the_shops_unit(car):
    said = refused(ImplausibleOdometer, car, odometer_km=5_000_000 * KM_PER_MILE, unit=DistanceUnit.MI)
    beyond = entry_words("%1 is more than any car drives (at most %2).", "5,000,000 mi", "1,242,742 mi")
    assert said == f"{beyond} {check_the_dashboard()}"


def test_an_odometer_below_what_the_car_reported_before_is_refused(car):
    reading(car, date(2026, 11, 1), 48_000 * KM_PER_MILE)
    said = refused(OdometerBelowEarlier, car, odometer_km=4_800 * KM_PER_MILE, unit=DistanceUnit.MI)
    below = entry_words(
        "The odometer (%1) is below the %2 the car reported on %3.", "4,800 mi", "48,000 mi", "1 Nov"
    )
    assert said == f"{below} {check_the_dashboard()}"
    record(car, odometer_km=48_000 * KM_PER_MILE - 1)  # whole miles typed: rounding is no mistake
    assert ServiceRecord.select().count() == 1


def test_an_odometer_below_an_earlier_service_is_refused(car):
    service(car, date(2025, 6, 1), odometer_km=30_000, tasks=[("oil_change", "Oil change")])
    said = refused_after_one(OdometerBelowEarlier, car, odometer_km=3_000)
    below = entry_words(
        "The odometer (%1) is below the %2 recorded at a service on %3.",
        "3,000 km",
        "30,000 km",
        "1 Jun 2025",
    )
    assert said == f"{below} {check_the_dashboard()}"


def test_only_history_before_the_service_day_and_no_glitch_counts(car):
    reading(car, date(2026, 11, 1), 900_000, suspect=True)  # a glitch the refresher flagged
    reading(car, TODAY, 52_000)  # read later on the day of the service
    reading(car, TODAY + timedelta(days=1), 52_100)
    record(car, odometer_km=51_900)  # a late entry for work done this morning
    record(car, on=TODAY - timedelta(days=300), odometer_km=40_000)  # an old invoice entered now
    assert ServiceRecord.select().count() == 2


def test_a_negative_cost_is_refused(car):
    assert refused(NegativeCost, car, cost_cents=-100) == entry_words("A cost cannot be negative.")


def test_a_car_removed_meanwhile_is_said_in_words(car):
    Vehicle.delete_by_id(car.id)
    said = refused(UnknownVehicle, car)
    assert said == entry_words("This car is no longer in the shop's list (removed on another PC?).")
