"""A fresh, migrated database per test: SQLite always, PostgreSQL too when SHOPAPP_TEST_POSTGRES_URL is set
(.ci/run starts a real server and sets it)."""

import os

import peewee
import pytest
from bound_store import bound_store
from playhouse.db_url import connect

POSTGRES_URL = os.environ.get("SHOPAPP_TEST_POSTGRES_URL", "").strip()
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)] if POSTGRES_URL else ["sqlite"]


def reset_postgres(url: str) -> None:
    database = connect(url)
    with database.connection_context():
        database.execute_sql("DROP SCHEMA public CASCADE")
        database.execute_sql("CREATE SCHEMA public")
    database.close()


@pytest.fixture(params=BACKENDS)
def store(request, shopapp_home):
    """The bound database, empty and at the latest schema."""
    if request.param == "postgresql":
        reset_postgres(POSTGRES_URL)
    with bound_store(shopapp_home, POSTGRES_URL if request.param == "postgresql" else "") as database:
        yield database


@pytest.fixture
def sqlite_only(store):
    if not isinstance(store, peewee.SqliteDatabase):
        pytest.skip("SQLite file behaviour")
    return store
