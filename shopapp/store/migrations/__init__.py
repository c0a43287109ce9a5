"""The migration ladder: step N takes a database from schema version N-1 to N, in one transaction.

Steps use literal table and column names, never today's model classes, so an old database always
meets the schema its step was written for.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

from shopapp.store.migrations import (
    v001_initial,
    v002_plan_limits,
    v003_smartcar_v3,
    v004_process_holders,
    v005_live_updates,
)

# Column types that differ between the two engines a shop may use.
COLUMN_TYPES = {
    "sqlite": {
        "serial_pk": "INTEGER NOT NULL PRIMARY KEY",
        "timestamp": "DATETIME",
        "double": "REAL",
        "boolean": "INTEGER",
        "bigint": "INTEGER",
    },
    "postgresql": {
        "serial_pk": "SERIAL NOT NULL PRIMARY KEY",
        "timestamp": "TIMESTAMP",
        "double": "DOUBLE PRECISION",
        "boolean": "BOOLEAN",
        "bigint": "BIGINT",
    },
}


def dialect_of(database: peewee.Database) -> str:
    return "postgresql" if isinstance(database, peewee.PostgresqlDatabase) else "sqlite"


def _run_statements(statements: tuple[str, ...]) -> Callable[[peewee.Database], None]:
    def step(database: peewee.Database) -> None:
        types = COLUMN_TYPES[dialect_of(database)]
        for statement in statements:
            database.execute_sql(statement.format(**types))

    return step


STEPS: tuple[Callable[[peewee.Database], None], ...] = (
    _run_statements(v001_initial.STATEMENTS),
    _run_statements(v002_plan_limits.STATEMENTS),
    _run_statements(v003_smartcar_v3.STATEMENTS),
    _run_statements(v004_process_holders.STATEMENTS),
    _run_statements(v005_live_updates.STATEMENTS),
)
LATEST_VERSION = len(STEPS)
