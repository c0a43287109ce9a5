"""The shop's edited service plan is kept in the database and used by the due list."""

from dataclasses import replace

from shopapp.domain.plan import Triggers, default_plan, miles
from shopapp.services.plan_store import load_plan, save_plan
from shopapp.store.models import PlanTask


def test_an_empty_plan_table_means_the_default_plan(store):
    assert load_plan() == default_plan()


def test_an_edited_plan_round_trips(store):
    plan = default_plan()
    rotation = replace(plan.task("tire_rotation"), triggers=Triggers(distance_km=miles(7_500), months=6))
    edited = replace(plan, tasks=(plan.tasks[0], rotation, *plan.tasks[2:]))
    save_plan(edited)
    assert load_plan() == edited
    assert load_plan().task("tire_rotation").triggers.distance_km == miles(7_500)


def test_a_damaged_task_row_leaves_the_rest_of_the_plan(store):
    save_plan(default_plan())
    PlanTask.update(definition="{not json").where(PlanTask.key == "brake_inspection").execute()
    assert [task.key for task in load_plan().tasks] == [
        "oil_change",
        "tire_rotation",
        "engine_air_filter",
        "cabin_air_filter",
    ]
