"""Correcting a service the shop recorded (services.service_corrections): an edit follows the rules of
recording one, the due items move with it, a delete can be undone, and the maker's history or a missing
record is refused with a sentence and nothing changed."""

import time
from datetime import date, timedelta

import pytest
from builders import customer, service
from peewee import SqliteDatabase
from words import words

from shopapp.domain.car import CarDraft
from shopapp.domain.due import Status
from shopapp.domain.plan import default_plan
from shopapp.resources import trouble_code_catalogue
from shopapp.services.cars import add_car
from shopapp.services.due_list import due_list
from shopapp.services.front_desk import (
    NoWorkNamed,
    OdometerBelowEarlier,
    ServiceDateInFuture,
    record_service,
)
from shopapp.services.service_corrections import (
    NotAShopRecord,
    UnknownService,
    delete_service,
    edit_service,
    recorded_service,
    restore_service,
)
from shopapp.store.models import OdometerReading, ServiceRecord, ServiceRecordTask, TaskService, Vehicle

TODAY = date(2026, 11, 22)
PLAN = default_plan()


@pytest.fixture
def car_id(store):
    """A car kept at the desk, first seen a year ago at 40,000 km."""
    return add_car(
        customer("Ana Ruiz").id,
        CarDraft(make="Kia", model="Soul"),
        odometer_km=40_000,
        odometer_on=TODAY - timedelta(days=365),
        today=TODAY,
    )


def due_items(vehicle_id):
    rows = due_list(today=TODAY, plan=PLAN, catalogue=trouble_code_catalogue(), include_all=True)
    return {row.item.key: row.item for row in rows if row.vehicle.vehicle_id == vehicle_id}


def record(vehicle_id, on, tasks=("oil_change",), extra=(), odometer_km=None):
    return record_service(
        vehicle_id, on, list(tasks), list(extra), odometer_km, None, "", PLAN, today=TODAY
    ).id


def edit(record_id, on, tasks=("oil_change",), extra=(), odometer_km=None, cost_cents=None, **options):
    return edit_service(
        record_id, on, list(tasks), list(extra), odometer_km, cost_cents, "", PLAN, today=TODAY, **options
    )


def desk_readings(vehicle_id):
    query = OdometerReading.select().where(
        (OdometerReading.vehicle == vehicle_id) & (OdometerReading.source == "desk")
    )
    return sorted((reading.recorded_at.date(), reading.value_km) for reading in query)


def without_ids(model):
    """The rows as their content: a row written again gets a new id on PostgreSQL (SQLite hands the
    highest freed id out again), and nothing refers to these rows by id."""
    return sorted(
        tuple(value for name, value in row.items() if name != "id") for row in model.select().dicts()
    )


def everything_stored():
    return (
        sorted(ServiceRecord.select().tuples()),  # the record itself comes back under its own id
        without_ids(ServiceRecordTask),
        without_ids(TaskService),
        without_ids(OdometerReading),
        sorted(Vehicle.select(Vehicle.odometer_km, Vehicle.odometer_at).tuples()),
    )


def test_deleting_the_oil_change_makes_it_due_again_and_undo_brings_it_back(car_id):
    record_id = record(car_id, TODAY - timedelta(days=10), odometer_km=52_000)
    assert due_items(car_id)["oil_change"].status is Status.OK
    before = everything_stored()

    deleted = delete_service(record_id)

    oil = due_items(car_id)["oil_change"]
    assert oil.status is not Status.OK
    assert oil.last_service_on is None
    assert ServiceRecord.select().count() == 0
    assert desk_readings(car_id) == [(TODAY - timedelta(days=365), 40_000)]  # the visit's reading went too
    assert Vehicle.get_by_id(car_id).odometer_km == 40_000

    restore_service(deleted)

    assert everything_stored() == before
    assert due_items(car_id)["oil_change"].last_service_on == TODAY - timedelta(days=10)


def test_moving_a_service_to_another_date_moves_the_due_date(car_id):
    record_id = record(car_id, TODAY - timedelta(days=10), odometer_km=52_000)
    assert due_items(car_id)["oil_change"].due_date == date(2027, 5, 12)  # 6 months after 12 Nov

    edit(record_id, TODAY - timedelta(days=40), odometer_km=51_000)

    oil = due_items(car_id)["oil_change"]
    assert oil.last_service_on == date(2026, 10, 13)
    assert oil.due_date == date(2027, 4, 13)
    assert desk_readings(car_id) == [
        (TODAY - timedelta(days=365), 40_000),
        (TODAY - timedelta(days=40), 51_000),
    ]


def test_an_edit_replaces_the_tasks_and_what_they_count_for(car_id):
    record_id = record(car_id, TODAY - timedelta(days=10))

    edit(record_id, TODAY - timedelta(days=10), tasks=("tire_rotation",), extra=("Replaced wiper blades",))

    assert "oil_change" not in {row.task_key for row in TaskService.select()}
    assert due_items(car_id)["tire_rotation"].last_service_on == TODAY - timedelta(days=10)
    values = recorded_service(record_id, PLAN)
    assert (values.task_keys, values.extra_tasks) == (("tire_rotation",), ("Replaced wiper blades",))


def test_an_edit_keeps_its_own_odometer_out_of_the_history_it_is_checked_against(car_id):
    record_id = record(car_id, TODAY - timedelta(days=40), odometer_km=52_000)
    # Moved later with a lower (corrected) number: its own old 52,000 is not an earlier reading.
    edit(record_id, TODAY - timedelta(days=10), odometer_km=51_500)
    assert ServiceRecord.get_by_id(record_id).odometer_km == 51_500
    assert desk_readings(car_id)[-1] == (TODAY - timedelta(days=10), 51_500)


def test_an_edit_below_an_earlier_reading_needs_a_confirmation(car_id):
    record(car_id, TODAY - timedelta(days=60), odometer_km=50_000)
    record_id = record(car_id, TODAY - timedelta(days=10), odometer_km=52_000)
    before = everything_stored()

    with pytest.raises(OdometerBelowEarlier) as caught:
        edit(record_id, TODAY - timedelta(days=10), odometer_km=45_000)
    assert caught.value.earlier.km == 50_000
    assert everything_stored() == before  # nothing half done: the record keeps its odometer and reading

    edit(record_id, TODAY - timedelta(days=10), odometer_km=45_000, allow_below=True)
    assert ServiceRecord.get_by_id(record_id).odometer_km == 45_000


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        ({"on": TODAY + timedelta(days=1)}, ServiceDateInFuture),
        ({"on": TODAY, "tasks": ()}, NoWorkNamed),
    ],
)
def test_an_edit_breaking_a_rule_of_recording_changes_nothing(car_id, entry, error):
    record_id = record(car_id, TODAY - timedelta(days=10), odometer_km=52_000)
    before = everything_stored()
    with pytest.raises(error):
        edit(record_id, **entry)
    assert everything_stored() == before


def test_the_makers_history_cannot_be_edited_or_deleted(car_id):
    car = Vehicle.get_by_id(car_id)
    history = service(car, TODAY - timedelta(days=100), 45_000, [("oil_change", "Oil change")], "smartcar")
    before = everything_stored()

    with pytest.raises(NotAShopRecord) as caught:
        delete_service(history.id)
    with pytest.raises(NotAShopRecord):
        edit(history.id, TODAY)

    assert str(caught.value) == words(
        "ServiceEntry",
        "This service comes from the car maker's history through Smartcar; only services the shop recorded can be changed.",  # noqa: E501
    )
    assert everything_stored() == before


def test_a_service_deleted_elsewhere_is_said_to_be_gone(car_id):
    record_id = record(car_id, TODAY - timedelta(days=10))
    delete_service(record_id)
    with pytest.raises(UnknownService):
        delete_service(record_id)
    with pytest.raises(UnknownService):
        edit(record_id, TODAY)


def test_two_services_on_one_visit_share_its_reading(car_id):
    day = TODAY - timedelta(days=10)
    first = record(car_id, day, odometer_km=52_000)
    record(car_id, day, tasks=("tire_rotation",), odometer_km=52_000)

    delete_service(first)

    assert desk_readings(car_id)[-1] == (day, 52_000)  # the other service of that visit still has it


def test_undo_after_another_service_took_the_freed_id_brings_both(car_id, store):
    deleted = delete_service(record(car_id, TODAY - timedelta(days=10)))
    newer = record(car_id, TODAY - timedelta(days=2), tasks=("tire_rotation",))
    # SQLite hands the freed highest id out again (PostgreSQL's sequence never does)
    assert newer == deleted.stored.record_id or not isinstance(store, SqliteDatabase)
    restore_service(deleted)
    assert ServiceRecord.select().count() == 2
    assert ServiceRecord.get_by_id(newer).performed_on == TODAY - timedelta(days=2)
    assert due_items(car_id)["oil_change"].last_service_on == TODAY - timedelta(days=10)


@pytest.mark.parametrize("zone", ["Pacific/Auckland", "Pacific/Pago_Pago"])
def test_a_visit_reading_is_found_on_the_shops_own_day_in_any_time_zone(monkeypatch, zone, store):
    """UTC+13 and UTC-11: a day the desk names is a day on its own clock, so the visit's reading is dated
    that day, read back as that day, and goes with its service when the service is deleted."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        today = date.today()
        vehicle_id = add_car(
            customer("Kiri").id,
            CarDraft(make="Kia"),
            odometer_km=10_000,
            odometer_on=today - timedelta(days=30),
            today=today,
        )
        for day, km in ((today - timedelta(days=1), 11_000), (today, 11_050)):
            record_id = record_service(
                vehicle_id, day, ["oil_change"], [], km, None, "", PLAN, today=today
            ).id
            readings = OdometerReading.select().where(
                (OdometerReading.vehicle == vehicle_id) & (OdometerReading.value_km == km)
            )
            assert [r.recorded_at.astimezone().date() for r in readings] == [day]
            delete_service(record_id)
            assert not readings.exists()  # the visit's reading went with it
    finally:
        monkeypatch.undo()
        time.tzset()
