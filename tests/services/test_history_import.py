"""Importing the service histories of a group of cars at once stores what importing them car by car does,
once: a record seen before, or twice in the same group, is not added again."""

from datetime import date

from builders import customer, vehicle
from builders import service_event as event

from shopapp.domain.plan import default_plan
from shopapp.services.history_import import import_histories
from shopapp.services.service_history import import_service_history
from shopapp.store.models import ServiceRecord, ServiceRecordTask, TaskService

PLAN = default_plan()


HISTORY = [
    event(date(2026, 3, 1), 40_000, "Oil and filter change", "Wiper blades"),
    event(date(2025, 9, 1), 35_000, "Cabin air filter replacement", "Engine air filter replacement"),
    event(date(2025, 9, 1), 35_000, "Cabin air filter replacement", "Engine air filter replacement"),  # twice
    event(None, 30_000, "Tire rotation"),
    event(date(2026, 5, 1), 42_000, "Tire rotation", service_id="S-9"),
]


def stored(car_id):
    records = (
        ServiceRecord.select().where(ServiceRecord.vehicle == car_id).order_by(ServiceRecord.performed_on)
    )
    return {
        "records": [
            (
                r.performed_on,
                r.odometer_km,
                r.source,
                r.external_key,
                r.cost_cents,
                r.currency,
                sorted((t.task_key or "", t.description) for t in r.tasks),
            )
            for r in records
        ],
        "task_services": sorted(
            (t.task_key, t.performed_on, t.odometer_km)
            for t in TaskService.select().where(TaskService.vehicle == car_id)
        ),
    }


def test_a_group_import_stores_what_car_by_car_imports_do(store):
    owner = customer("Ana")
    together = [vehicle(owner), vehicle(owner)]
    alone = [vehicle(owner), vehicle(owner)]
    added = import_histories([(together[0].id, HISTORY), (together[1].id, HISTORY[:2])], PLAN)
    import_service_history(alone[0].id, HISTORY, PLAN)
    import_service_history(alone[1].id, HISTORY[:2], PLAN)
    assert added == 3 + 2
    assert stored(together[0].id) == stored(alone[0].id)
    assert stored(together[1].id) == stored(alone[1].id)
    assert len(stored(together[0].id)["records"]) == 3


def test_importing_again_adds_nothing(store):
    car = vehicle(customer("Ana"))
    import_histories([(car.id, HISTORY)], PLAN)
    before = (ServiceRecord.select().count(), ServiceRecordTask.select().count())
    assert import_histories([(car.id, HISTORY), (car.id, HISTORY[:1])], PLAN) == 0
    assert (ServiceRecord.select().count(), ServiceRecordTask.select().count()) == before
