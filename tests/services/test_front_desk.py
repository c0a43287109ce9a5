"""What the front desk records by hand: customers, services (which reset reminders), reviewed codes."""

from datetime import UTC, date, datetime, timedelta

import pytest
from builders import customer, trouble_code, vehicle
from words import words

from shopapp.domain.contact import CustomerDraft
from shopapp.domain.due import Status
from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.resources import trouble_code_catalogue
from shopapp.services.front_desk import (
    NoWorkNamed,
    UnknownPlanTask,
    customer_draft,
    mark_trouble_code_reviewed,
    record_service,
    save_customer,
)
from shopapp.services.vehicle_list import vehicle_rows
from shopapp.store.database import StoreError
from shopapp.store.models import (
    Customer,
    ServiceRecord,
    ServiceRecordTask,
    TaskService,
    TroubleCodeOccurrence,
)

TODAY = date(2026, 11, 22)
AS_OF = datetime(2026, 11, 21, 18, 30, tzinfo=UTC)


def item_for(vehicle_id, key):
    rows = vehicle_rows(
        today=TODAY, plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue()
    )
    row = next(row for row in rows if row.vehicle_id == vehicle_id)
    return next(item for item in row.items if item.key == key)


def car_without_oil_life(name="Ana López"):
    """A car whose oil life cannot be read, first seen 8 months and 9,000 km ago: its oil change (every
    5,000 mi or 6 months) is overdue."""
    return vehicle(
        customer(name, phone="555-0101"),
        odometer_km=50_000,
        odometer_at=AS_OF,
        km_per_day=40,
        oil_capability="unreadable",
        first_seen_at=AS_OF - timedelta(days=240),
        first_seen_odometer_km=41_000,
    )


# -- customers ---------------------------------------------------------------------------------------------


def test_a_new_customer_is_saved_and_read_back(store):
    draft = CustomerDraft(
        name="  Seán O'Brien ",
        phone="+353 1 555 0101",
        email="sean@example.ie",
        address_line1="12 Quay St",
        city="Galway",
        postal_code="H91 X2Y3",
        country="Ireland",
        notes="Prefers a call before 10.",
    )
    customer_id = save_customer(draft)
    assert customer_draft(customer_id) == draft.cleaned()
    assert Customer.get_by_id(customer_id).created_at is not None


def test_editing_a_customer_changes_that_customer_only(store):
    first = save_customer(CustomerDraft(name="Zoë Ñúñez", email="zoe@example.com"))
    other = save_customer(CustomerDraft(name="Li Wei"))
    edited = CustomerDraft(name="Zoë Ñúñez-García", email="zoe@example.es", city="Sevilla")
    assert save_customer(edited, first) == first
    assert customer_draft(first) == edited
    assert customer_draft(other).name == "Li Wei"
    assert Customer.select().count() == 2


def test_an_emoji_and_a_200_character_name_survive_the_database(store):
    long_name = "🚗" + "é" * 199
    customer_id = save_customer(CustomerDraft(name=long_name))
    assert customer_draft(customer_id).name == long_name


def test_an_invalid_draft_is_refused_and_nothing_is_written(store):
    draft = CustomerDraft(name="Ana", email="ana@")
    assert set(draft.problems()) == {"email"}
    with pytest.raises(ValueError, match=r"^email: "):  # the field the problem is about
        save_customer(draft)
    assert Customer.select().count() == 0


def test_editing_a_customer_deleted_meanwhile_says_so(store):
    customer_id = save_customer(CustomerDraft(name="Ana"))
    Customer.delete_by_id(customer_id)
    gone = words("ShopDatabase", "This customer no longer exists (deleted on another computer?).")
    with pytest.raises(StoreError) as saving:
        save_customer(CustomerDraft(name="Ana B"), customer_id)
    with pytest.raises(StoreError) as opening:
        customer_draft(customer_id)
    assert str(saving.value) == str(opening.value) == gone


# -- services ----------------------------------------------------------------------------------------------


def test_recording_an_oil_change_clears_the_overdue_oil_change(store):
    car = car_without_oil_life()
    assert item_for(car.id, "oil_change").status is Status.OVERDUE

    record_service(
        car.id, TODAY, ["oil_change"], [], odometer_km=50_010, cost_cents=8950, notes="", plan=default_plan()
    )

    oil = item_for(car.id, "oil_change")
    assert oil.status is Status.OK
    assert oil.last_service_on == TODAY
    assert item_for(car.id, "tire_rotation").status is not Status.OK  # only what was done is reset


def test_a_service_keeps_its_tasks_cost_odometer_and_notes(store):
    car = car_without_oil_life()
    record = record_service(
        car.id,
        TODAY,
        ["oil_change", "brake_inspection"],
        ["Rotated tires", "Replaced wiper blades", "  "],
        odometer_km=50_010.5,
        cost_cents=24_900,
        notes=" Customer waited. ",
        plan=default_plan(),
    )
    saved = ServiceRecord.get_by_id(record.id)
    assert (saved.performed_on, saved.odometer_km, saved.cost_cents, saved.notes, saved.source) == (
        TODAY,
        50_010.5,
        24_900,
        "Customer waited.",
        "shop",
    )
    tasks = {(task.task_key, task.description) for task in ServiceRecordTask.select()}
    assert tasks == {
        ("oil_change", "Oil change"),
        ("brake_inspection", "Brake inspection"),
        ("tire_rotation", "Rotated tires"),  # free text that names a plan task counts for it
        (None, "Replaced wiper blades"),  # and what names none stays history only
    }
    assert {row.task_key for row in TaskService.select()} == {
        "oil_change",
        "brake_inspection",
        "tire_rotation",
    }


def test_other_work_alone_is_a_service(store):
    car = car_without_oil_life()
    record_service(car.id, TODAY, [], ["Cabin air filter replaced"], None, None, "", default_plan())
    assert item_for(car.id, "cabin_air_filter").last_service_on == TODAY


@pytest.mark.parametrize(
    ("task_keys", "extra", "refusal"),
    [
        ([], [], NoWorkNamed),
        ([], ["  "], NoWorkNamed),
        (["timing_belt"], [], UnknownPlanTask),
    ],
)
def test_an_empty_or_unknown_service_is_refused(store, task_keys, extra, refusal):
    car = car_without_oil_life()
    with pytest.raises(refusal) as caught:
        record_service(car.id, TODAY, task_keys, extra, None, None, "", default_plan())
    assert caught.value.field == "work"  # the dialog shows it beside the work entered
    assert ServiceRecord.select().count() == 0


def test_an_older_service_does_not_move_a_newer_one(store):
    car = car_without_oil_life()
    plan = default_plan()
    record_service(car.id, TODAY, ["oil_change"], [], 50_000, None, "", plan)
    record_service(car.id, TODAY - timedelta(days=400), ["oil_change"], [], 30_000, None, "late entry", plan)
    assert item_for(car.id, "oil_change").last_service_on == TODAY


# -- trouble codes -----------------------------------------------------------------------------------------


def test_a_trouble_code_is_marked_reviewed(store):
    car = car_without_oil_life()
    occurrence = trouble_code(car, "P0420", AS_OF - timedelta(days=2))
    other = trouble_code(car, "P0171", AS_OF - timedelta(days=2))
    assert mark_trouble_code_reviewed(occurrence.id, AS_OF) is True
    assert TroubleCodeOccurrence.get_by_id(occurrence.id).reviewed_at == AS_OF
    assert TroubleCodeOccurrence.get_by_id(other.id).reviewed_at is None


def test_reviewing_a_code_that_is_gone_says_so(store):
    assert mark_trouble_code_reviewed(12345, AS_OF) is False
