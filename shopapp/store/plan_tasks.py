"""The shop's service plan as stored: one row per task, its definition as JSON text, in plan order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from shopapp.store.models import PlanTask, db
from shopapp.store.rows import tuple_rows


class PlanTaskRow(NamedTuple):
    key: str
    definition: str  # JSON


def plan_task_rows() -> list[PlanTaskRow]:
    """The stored tasks in plan order; none when the shop uses the default plan."""
    rows = tuple_rows(PlanTask.select(PlanTask.key, PlanTask.definition).order_by(PlanTask.position))
    return [PlanTaskRow(*row) for row in rows]


def replace_plan_tasks(rows: Sequence[PlanTaskRow]) -> None:
    """The plan becomes these tasks, in this order, in one transaction."""
    with db.atomic():
        PlanTask.delete().execute()
        for position, row in enumerate(rows):
            PlanTask.create(key=row.key, position=position, definition=row.definition)
