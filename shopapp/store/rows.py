"""Query results as plain rows, typed as what they are at run time; a raw date or timestamp column's value
read back the same from SQLite (text) and PostgreSQL (naive datetimes, dates)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any, cast, overload

import peewee


def tuple_rows(query: peewee.ModelSelect[Any]) -> Iterator[tuple[Any, ...]]:
    """`query.tuples()`, iterated. peewee's stubs give `.tuples()` the query's own type, whose rows are model
    instances; at run time they are tuples of the selected columns (of any column type, hence Any)."""
    return cast(Iterator[tuple[Any, ...]], iter(query.tuples()))


def dict_rows(query: peewee.ModelSelect[Any]) -> Iterator[dict[str, Any]]:
    """`query.dicts()`, iterated: one dict per row, as for tuple_rows."""
    return cast(Iterator[dict[str, Any]], iter(query.dicts()))


@overload
def as_utc(value: None) -> None: ...
@overload
def as_utc(value: datetime | str) -> datetime: ...
@overload
def as_utc(value: object) -> datetime | None: ...
def as_utc(value: object) -> datetime | None:
    """A timestamp column read raw (SQLite gives text, PostgreSQL a naive datetime; both are UTC), or a
    datetime peewee gave back naive: an aware UTC datetime."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@overload
def as_date(value: None) -> None: ...
@overload
def as_date(value: date | str) -> date: ...
@overload
def as_date(value: object) -> date | None: ...
def as_date(value: object) -> date | None:
    """A date column read raw (SQLite gives text, also for an aggregate; PostgreSQL a date)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])
