"""Opening a test's shop database and letting it go again (fixtures of conftest.py, store_database.py)."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from shopapp.store.database import open_store
from shopapp.store.models import db


@contextmanager
def bound_store(home: Path, url: str = "") -> Iterator[peewee.Database]:
    """The shop database of `home` (or at `url`) opened, migrated and bound for one test, and let go after."""
    database = open_store(home, url)
    try:
        yield database
    finally:
        if not database.is_closed():
            database.close()
        db.initialize(None)
