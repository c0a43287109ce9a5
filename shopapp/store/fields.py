"""Column types shared by the models and the frozen migration schemas."""

from __future__ import annotations

from datetime import UTC, datetime

import peewee


class UtcDateTimeField(peewee.DateTimeField):
    """Stores instants as naive UTC (portable across SQLite and PostgreSQL); reads them back aware (UTC)."""

    def db_value(self, value):
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value
