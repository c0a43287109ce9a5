"""The shop's service plan in the database; an empty table means the default plan."""

from __future__ import annotations

import json
import logging

from shopapp.domain.plan import ServicePlan, default_plan, task_from_dict, task_to_dict
from shopapp.store.plan_tasks import PlanTaskRow, plan_task_rows, replace_plan_tasks

log = logging.getLogger(__name__)


def load_plan() -> ServicePlan:
    rows = plan_task_rows()
    if not rows:
        return default_plan()
    tasks = []
    for row in rows:
        try:
            tasks.append(task_from_dict(json.loads(row.definition)))
        except (ValueError, TypeError) as exc:  # one damaged row must not hide the whole plan
            log.warning("Plan task %s could not be read (%s); it is left out", row.key, exc)
    return ServicePlan(tasks=tuple(tasks)) if tasks else default_plan()


def save_plan(plan: ServicePlan) -> None:
    keys = [task.key for task in plan.tasks]
    if len(set(keys)) != len(keys):
        raise ValueError("Two tasks of the plan share a key.")
    replace_plan_tasks([PlanTaskRow(task.key, json.dumps(task_to_dict(task))) for task in plan.tasks])
