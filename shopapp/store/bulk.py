"""Writing many rows at once: one statement for a whole group of cars instead of one per car, because
building and running a peewee query costs about 0.2 ms of Python each, which a refresh of a thousand cars
otherwise pays some twenty times per car."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import peewee

from shopapp.store.models import db

# SQLite before 3.32 allows 999 bound values per statement; chunks stay well under it on every engine.
MAX_VALUES_PER_STATEMENT = 900


def update_rows(
    model: type[peewee.Model], fields: Sequence[peewee.Field], rows: Iterable[Sequence[Any]]
) -> None:
    """`UPDATE model SET field = value, ... WHERE id = row_id` for each (value, ..., row_id) in `rows`, as one
    executemany; values go through each field's own conversion, as peewee's queries do."""
    converted = [
        (*(field.db_value(value) for field, value in zip(fields, row[:-1], strict=True)), row[-1])
        for row in rows
    ]
    if not converted:
        return
    table = model._meta.table_name
    primary_key = model._meta.primary_key
    if primary_key is False:
        raise ValueError(f"{model.__name__} has no primary key to update rows by")
    assignments = ", ".join(f'"{field.column_name}" = {db.param}' for field in fields)
    sql = f'UPDATE "{table}" SET {assignments} WHERE "{primary_key.column_name}" = {db.param}'
    cursor = db.cursor()
    try:
        cursor.executemany(sql, converted)
    finally:
        cursor.close()


def insert_rows(model: type[peewee.Model], rows: Sequence[dict[Any, Any]]) -> None:
    """insert_many in chunks that keep every statement under the engine's limit of bound values."""
    if not rows:
        return
    per_statement = max(1, MAX_VALUES_PER_STATEMENT // max(1, len(rows[0])))
    for start in range(0, len(rows), per_statement):
        model.insert_many(rows[start : start + per_statement]).execute()


def chunked(values: Sequence[Any], size: int = MAX_VALUES_PER_STATEMENT) -> Iterable[Sequence[Any]]:
    """`values` in slices short enough for an IN (...) list."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
