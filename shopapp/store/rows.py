"""Query results as plain rows, typed as what they are at run time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import peewee


def tuple_rows(query: peewee.ModelSelect[Any]) -> Iterator[tuple[Any, ...]]:
    """`query.tuples()`, iterated. peewee's stubs give `.tuples()` the query's own type, whose rows are model
    instances; at run time they are tuples of the selected columns (of any column type, hence Any)."""
    return cast(Iterator[tuple[Any, ...]], iter(query.tuples()))


def dict_rows(query: peewee.ModelSelect[Any]) -> Iterator[dict[str, Any]]:
    """`query.dicts()`, iterated: one dict per row, as for tuple_rows."""
    return cast(Iterator[dict[str, Any]], iter(query.dicts()))
