"""Importing Smartcar's history (and a shop service after it) resets the right tasks, once."""

from datetime import UTC, date, datetime

import pytest
from builders import customer, vehicle
from builders import service_event as event

from shopapp.domain.due import evaluate_vehicle
from shopapp.domain.plan import default_plan
from shopapp.resources import trouble_code_catalogue
from shopapp.services.front_desk import record_service
from shopapp.services.service_history import import_service_history
from shopapp.store.models import ServiceRecord, TaskService
from shopapp.store.queries import due_inputs

PLAN = default_plan()
TODAY = date(2026, 11, 22)


@pytest.fixture
def car(store):
    return vehicle(customer("Ana"), odometer_km=50_000, odometer_at=datetime(2026, 11, 21, tzinfo=UTC))


def test_history_maps_tasks_and_keeps_unknown_ones_as_history(car):
    result = import_service_history(
        car.id,
        [
            event(date(2026, 3, 1), 40_000, "Oil and filter change", "Wiper blades", None),
            event(date(2025, 9, 1), 35_000, "Cabin air filter replacement", "Engine air filter replacement"),
            event(None, 30_000, "Tire rotation"),
        ],
        PLAN,
    )
    assert (result.added, result.already_known, result.skipped_undated) == (2, 0, 1)
    mapped = {(t.task_key, t.performed_on) for t in TaskService.select()}
    assert mapped == {
        ("oil_change", date(2026, 3, 1)),
        ("cabin_air_filter", date(2025, 9, 1)),
        ("engine_air_filter", date(2025, 9, 1)),
    }
    record = ServiceRecord.get(ServiceRecord.performed_on == date(2026, 3, 1))
    assert sorted((t.task_key or "", t.description) for t in record.tasks) == [
        ("", "Wiper blades"),
        ("oil_change", "Oil and filter change"),
    ]
    assert (record.cost_cents, record.currency, record.source) == (8950, "USD", "smartcar")


def test_importing_the_same_window_twice_adds_nothing(car):
    events = [
        event(date(2026, 3, 1), 40_000, "Oil change"),
        event(date(2026, 5, 1), 42_000, "Tire rotation", service_id="S-9"),
    ]
    import_service_history(car.id, events, PLAN)
    again = import_service_history(car.id, events, PLAN)
    assert (again.added, again.already_known) == (0, 2)
    assert ServiceRecord.select().count() == 2


def test_a_shop_service_resets_the_task_and_the_due_list_follows(car):
    import_service_history(car.id, [event(date(2025, 1, 10), 30_000, "Brake inspection")], PLAN)
    before = next(
        i
        for i in evaluate_vehicle(due_inputs(trouble_code_catalogue())[0][1], PLAN, TODAY)
        if i.key == "brake_inspection"
    )
    assert before.status.value == "overdue"
    record_service(car.id, date(2026, 11, 20), ["brake_inspection"], [], 50_000, None, "", PLAN, today=TODAY)
    after = next(
        i
        for i in evaluate_vehicle(due_inputs(trouble_code_catalogue())[0][1], PLAN, TODAY)
        if i.key == "brake_inspection"
    )
    assert after.status.value == "ok"
    assert after.last_service_on == date(2026, 11, 20)
