"""Opening and migrating the database: WAL and foreign keys, the schema ladder, refusing newer schemas."""

import sqlite3

import peewee
import pytest
from builders import customer, vehicle

from shopapp.store.database import (
    DATABASE_FILE_NAME,
    NewerSchemaError,
    StoreError,
    backup_sqlite,
    open_store,
    schema_version,
)
from shopapp.store.migrations import LATEST_VERSION
from shopapp.store.models import ALL_MODELS, Customer, Vehicle


def test_an_empty_database_upgrades_to_the_latest_version(store):
    assert schema_version(store) == LATEST_VERSION
    for model in ALL_MODELS:
        assert store.table_exists(model._meta.table_name), model


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_only, shopapp_home):
    assert sqlite_only.pragma("journal_mode") == "wal"
    assert sqlite_only.pragma("foreign_keys") == 1
    assert (shopapp_home / DATABASE_FILE_NAME).exists()


def test_foreign_keys_cascade_from_customer_to_vehicles(store):
    owner = customer("Ana")
    vehicle(owner)
    owner.delete_instance()
    assert Vehicle.select().count() == 0


def test_reopening_keeps_the_data(sqlite_only, shopapp_home):
    customer("Zoë Ñúñez")
    sqlite_only.close()
    open_store(shopapp_home, "")
    assert [c.name for c in Customer.select()] == ["Zoë Ñúñez"]


def test_a_database_from_a_newer_shopapp_is_refused_with_a_clear_message(sqlite_only, shopapp_home):
    sqlite_only.execute_sql('UPDATE "schema_version" SET "version" = ?', (LATEST_VERSION + 3,))
    sqlite_only.close()
    with pytest.raises(NewerSchemaError, match="newer ShopApp"):
        open_store(shopapp_home, "")


def test_database_url_is_honoured(tmp_path, shopapp_home):
    path = tmp_path / "elsewhere.sqlite3"
    database = open_store(shopapp_home, f"sqlite:///{path}")
    assert isinstance(database, peewee.SqliteDatabase)
    assert path.exists()
    assert not (shopapp_home / DATABASE_FILE_NAME).exists()
    database.close()


def test_a_bad_database_url_is_a_store_error(shopapp_home):
    with pytest.raises(StoreError, match="SHOPAPP_DATABASE_URL"):
        open_store(shopapp_home, "nosuchdb://x")


def test_the_online_backup_is_a_consistent_copy(sqlite_only, tmp_path):
    customer("Before backup")
    copy = backup_sqlite(sqlite_only, tmp_path / "copy.sqlite3")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM customer").fetchall() == [("Before backup",)]


def test_the_migrated_schema_has_exactly_the_models_columns(store):
    """The frozen migration SQL and today's models must agree, or a query fails only on a shop's PC."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        migrated = {column.name for column in store.get_columns(table)}
        assert migrated == {field.column_name for field in model._meta.sorted_fields}, table
