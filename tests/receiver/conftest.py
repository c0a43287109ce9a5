import peewee
import pytest
from store_database import POSTGRES_URL


@pytest.fixture
def receiver_env(store):
    """What a receiver process needs to open the test's database (SHOPAPP_HOME is inherited)."""
    if isinstance(store, peewee.PostgresqlDatabase):
        return {"SHOPAPP_DATABASE_URL": POSTGRES_URL}
    return {}
