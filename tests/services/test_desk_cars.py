"""Cars the shop keeps by hand (services.cars): added with a checked VIN, read for the maker and model
year, odometer readings at the counter driving the same due rules and forecasts as a connected car, and
bad entries refused with one sentence and nothing written."""

import math
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from builders import customer
from words import words

from shopapp.domain.car import CarDraft
from shopapp.domain.plan import default_plan
from shopapp.domain.units import KM_PER_MILE, DistanceUnit
from shopapp.domain.urgency import Status
from shopapp.domain.vin import check_digit
from shopapp.local_format import format_distance, short_date
from shopapp.reports.due_words import item_name, reason_text
from shopapp.resources import trouble_code_catalogue
from shopapp.services.cars import (
    CarEntryError,
    UnknownCustomer,
    add_car,
    car_draft,
    edit_car,
    record_odometer,
)
from shopapp.services.due_list import due_list
from shopapp.services.front_desk import (
    OdometerBelowEarlier,
    ServiceDateInFuture,
    UnknownPlanTask,
    plan_exceptions,
    record_service,
    set_plan_exceptions,
)
from shopapp.store.models import OdometerReading, ServiceRecord, Vehicle

TODAY = date(2026, 11, 22)
PLAN = default_plan()
VIN = "1FTEW1EG5JFA12345"  # a 2018 Ford (check digit worked out below)


def valid_vin() -> str:
    return VIN[:8] + check_digit(VIN) + VIN[9:]


@pytest.fixture
def owner(store):
    return customer("Ana Ruiz")


def due_items(vehicle_id, today=TODAY):
    rows = due_list(today=today, plan=PLAN, catalogue=trouble_code_catalogue(), include_all=True)
    return {row.item.key: row.item for row in rows if row.vehicle.vehicle_id == vehicle_id}


def test_a_car_typed_at_the_desk_is_read_for_its_maker_and_model_year(owner):
    vehicle_id = add_car(
        owner.id, CarDraft(vin=valid_vin().lower(), model="F-150", plate="7abc 123"), today=TODAY
    )
    car = Vehicle.get_by_id(vehicle_id)
    assert (car.vin, car.make, car.year, car.model, car.plate) == (
        valid_vin(),
        "Ford",
        2018,
        "F-150",
        "7ABC 123",
    )
    assert car.smartcar_id is None
    assert car.connection_id is None


def test_two_readings_three_months_apart_give_a_distance_based_due_date_from_the_forecast(owner):
    first_visit = TODAY - timedelta(days=91)
    vehicle_id = add_car(
        owner.id,
        CarDraft(make="Honda", model="Civic", year=2015),
        odometer_km=80_000,
        odometer_on=first_visit,
        today=TODAY,
    )
    record_odometer(vehicle_id, 87_280, TODAY, today=TODAY)  # 80 km a day
    car = Vehicle.get_by_id(vehicle_id)
    assert car.km_per_day == pytest.approx(80, rel=0.02)
    rotation = due_items(vehicle_id)["tire_rotation"]
    # Due 6,000 mi (9,656 km) after the first reading, by distance before six months are up: 7,280 km
    # driven, the other 2,376 km at 80 km a day.
    assert rotation.due_odometer_km == pytest.approx(80_000 + 6_000 * KM_PER_MILE)
    remaining = 6_000 * KM_PER_MILE - 7_280
    assert rotation.due_date == TODAY + timedelta(days=math.ceil(remaining / car.km_per_day))


def test_a_car_seen_twice_a_year_still_gets_a_forecast_from_its_visits(owner):
    vehicle_id = add_car(
        owner.id,
        CarDraft(make="Honda", model="Fit"),
        odometer_km=40_000,
        odometer_on=TODAY - timedelta(days=182),
        today=TODAY,
    )
    record_service(vehicle_id, TODAY, ["oil_change"], [], 43_640, None, "", PLAN, today=TODAY)
    car = Vehicle.get_by_id(vehicle_id)
    assert car.km_per_day == pytest.approx(20, rel=0.02)
    assert due_items(vehicle_id)["oil_change"].due_date is not None


def test_an_impossible_vin_check_digit_is_refused_with_one_sentence_and_nothing_saved(owner):
    wrong = valid_vin()[:8] + ("1" if valid_vin()[8] != "1" else "2") + valid_vin()[9:]
    with pytest.raises(CarEntryError) as caught:
        add_car(owner.id, CarDraft(vin=wrong), today=TODAY)
    assert caught.value.field == "vin"
    assert str(caught.value) == words(
        "CarProblems",
        "This VIN cannot be right: its 9th character (check digit) is %1 where the others give %2. "
        "Check each character against the car's papers.",
        wrong[8],
        valid_vin()[8],
    )
    assert Vehicle.select().count() == 0


def test_a_vin_the_shop_has_already_is_refused(owner):
    add_car(owner.id, CarDraft(vin=valid_vin()), today=TODAY)
    with pytest.raises(CarEntryError) as caught:
        add_car(customer("Ben").id, CarDraft(vin=valid_vin()), today=TODAY)
    assert "Ana Ruiz" in str(caught.value)
    assert Vehicle.select().count() == 1


def test_a_future_reading_and_one_below_the_last_are_refused_unless_confirmed(owner):
    vehicle_id = add_car(
        owner.id,
        CarDraft(make="Kia"),
        odometer_km=50_000,
        odometer_on=TODAY - timedelta(days=30),
        today=TODAY,
    )
    with pytest.raises(ServiceDateInFuture):
        record_odometer(vehicle_id, 51_000, TODAY + timedelta(days=1), today=TODAY)
    with pytest.raises(OdometerBelowEarlier) as caught:
        record_odometer(vehicle_id, 5_000, TODAY, today=TODAY, unit=DistanceUnit.KM)
    assert str(caught.value) == words(
        "ServiceEntry",
        "The odometer (%1) is below the %2 entered at the desk on %3.",
        "5,000 km",
        "50,000 km",
        "23 Oct",
    )
    assert OdometerReading.select().count() == 1
    record_odometer(vehicle_id, 5_000, TODAY, allow_below=True, today=TODAY)  # the first one was mistyped
    car = Vehicle.get_by_id(vehicle_id)
    assert car.odometer_km == 5_000
    assert [r.suspect for r in OdometerReading.select().order_by(OdometerReading.recorded_at)] == [
        True,
        False,
    ]


def test_a_service_for_a_customer_removed_meanwhile_is_refused(owner):
    gone = owner.id
    owner.delete_instance()
    with pytest.raises(UnknownCustomer):
        add_car(gone, CarDraft(make="Kia"), today=TODAY)


def test_editing_a_car_keeps_its_readings_and_saves_the_plate(owner):
    vehicle_id = add_car(owner.id, CarDraft(make="Kia", model="Soul"), odometer_km=1_000, today=TODAY)
    draft = replace(car_draft(vehicle_id), year=2020, plate="new-1", nickname="Blue", powertrain="BEV")
    edit_car(vehicle_id, draft, today=TODAY)
    car = Vehicle.get_by_id(vehicle_id)
    assert (car.year, car.plate, car.nickname, car.powertrain) == (2020, "NEW-1", "Blue", "BEV")
    assert car.odometer_km == 1_000
    assert ServiceRecord.select().count() == 0


def test_a_desk_reading_of_today_is_dated_now_and_an_earlier_day_reads_back_as_that_day(owner):
    vehicle_id = add_car(
        owner.id, CarDraft(make="Kia"), odometer_km=1_000, odometer_on=date(2026, 3, 4), today=TODAY
    )
    reading = OdometerReading.get(OdometerReading.vehicle == vehicle_id)
    assert reading.recorded_at == datetime(2026, 3, 4, 12, tzinfo=UTC)
    assert reading.source == "desk"


def test_a_car_read_months_ago_is_judged_by_its_estimated_odometer_and_says_so(owner):
    vehicle_id = add_car(
        owner.id,
        CarDraft(make="Ford", model="Transit"),
        odometer_km=80_000,
        odometer_on=TODAY - timedelta(days=200),
        today=TODAY,
    )
    record_odometer(vehicle_id, 88_000, TODAY - timedelta(days=60), today=TODAY)  # 57 km a day
    rotation = due_items(vehicle_id)["tire_rotation"]
    # At the last visit 1,656 km were left; 60 days on at its pace it is well past the 6,000 mi.
    assert rotation.status is Status.OVERDUE
    assert rotation.why.estimated
    driven = 8_000 + 8_000 / 140 * 60
    assert reason_text(rotation, DistanceUnit.KM) == words(
        "DueReasons",
        "%1 since %2 with no %3 on record (every %4)",
        words("DueReasons", "≈ %1", format_distance(driven, DistanceUnit.KM)),
        short_date(TODAY - timedelta(days=200), TODAY),
        "tire rotation",
        format_distance(6_000 * KM_PER_MILE, DistanceUnit.KM),
    )


def test_a_plan_exception_leaves_the_task_out_for_that_car_only(owner):
    def desk_car(name):
        return add_car(
            owner.id,
            CarDraft(make="Kia", nickname=name),
            odometer_km=50_000,
            odometer_on=TODAY - timedelta(days=300),
            today=TODAY,
        )

    own_tires, other = desk_car("Winter tyres at home"), desk_car("Other")
    set_plan_exceptions(own_tires, {"tire_rotation"}, PLAN)
    assert plan_exceptions(own_tires) == {"tire_rotation"}
    assert "tire_rotation" not in due_items(own_tires)
    assert "tire_rotation" in due_items(other)
    set_plan_exceptions(own_tires, set(), PLAN)
    assert "tire_rotation" in due_items(own_tires)
    with pytest.raises(UnknownPlanTask):
        set_plan_exceptions(own_tires, {"timing_belt"}, PLAN)


def test_a_desk_car_without_an_odometer_waits_for_one_in_words_of_its_own(owner):
    vehicle_id = add_car(owner.id, CarDraft(make="Kia"), today=TODAY)
    (waiting,) = due_items(vehicle_id).values()
    assert item_name(waiting) == words("DueReasons", "Awaiting an odometer reading")
    assert reason_text(waiting, DistanceUnit.KM) == words(
        "DueReasons", "No odometer entered yet: Record service takes it at the next visit"
    )
