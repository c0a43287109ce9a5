"""Opening and migrating the database: WAL and foreign keys, the schema ladder, refusing newer schemas."""

import sqlite3

import peewee
import pytest
from builders import customer, vehicle
from words import words

from shopapp.store.database import (
    DATABASE_FILE_NAME,
    POSTGRESQL_URL_EXAMPLE,
    SQLITE_URL_EXAMPLE,
    NewerSchemaError,
    StoreError,
    backup_sqlite,
    open_store,
    schema_version,
)
from shopapp.store.migrations import LATEST_VERSION
from shopapp.store.models import ALL_MODELS, Customer, Vehicle

NEWER_SCHEMA = (
    "This database was written by a newer ShopApp (schema %1; this version knows up to %2). Install the "
    "newer ShopApp, or point SHOPAPP_DATABASE_URL elsewhere."
)
UNSUPPORTED_URL = "SHOPAPP_DATABASE_URL names a %1:// database, which ShopApp does not support: use %2 or %3"
NOT_A_URL = "SHOPAPP_DATABASE_URL is not a database URL: use %1 or %2"
NO_FILE = (
    "SHOPAPP_DATABASE_URL names no database file (a shop's database must be a file that outlives ShopApp): "
    "use %1"
)
RELATIVE_PATH = (
    "SHOPAPP_DATABASE_URL names a relative path (%1), which would change with the folder ShopApp starts "
    "in: use an absolute one, e.g. %2 (four slashes)"
)
EXAMPLES = (SQLITE_URL_EXAMPLE, POSTGRESQL_URL_EXAMPLE)


def database_words(source, *values):
    return words("ShopDatabase", source, *values)


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
    with pytest.raises(NewerSchemaError) as refused:
        open_store(shopapp_home, "")
    assert str(refused.value) == database_words(NEWER_SCHEMA, LATEST_VERSION + 3, LATEST_VERSION)


def test_database_url_is_honoured(tmp_path, shopapp_home):
    path = tmp_path / "elsewhere.sqlite3"
    database = open_store(shopapp_home, f"sqlite:///{path}")
    assert isinstance(database, peewee.SqliteDatabase)
    assert path.exists()
    assert not (shopapp_home / DATABASE_FILE_NAME).exists()
    database.close()


def test_a_bad_database_url_is_a_store_error(shopapp_home):
    with pytest.raises(StoreError) as refused:
        open_store(shopapp_home, "nosuchdb://x")
    assert str(refused.value) == database_words(UNSUPPORTED_URL, "nosuchdb", *EXAMPLES)


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


@pytest.mark.parametrize(
    ("url", "sentence"),
    [
        ("mysql://owner:pw-123@db.example/shop", (UNSUPPORTED_URL, "mysql", *EXAMPLES)),
        ("foo://", (UNSUPPORTED_URL, "foo", *EXAMPLES)),
        ("/srv/shop.sqlite3", (NOT_A_URL, *EXAMPLES)),
        ("sqlite://", (NO_FILE, SQLITE_URL_EXAMPLE)),
        ("sqlite:///:memory:", (NO_FILE, SQLITE_URL_EXAMPLE)),
        ("sqlite:///shop.sqlite3", (RELATIVE_PATH, "shop.sqlite3", SQLITE_URL_EXAMPLE)),
        ("sqlite:///file:shop.sqlite3?mode=memory", (NO_FILE, SQLITE_URL_EXAMPLE)),
    ],
)
def test_database_urls_that_are_no_shop_file_or_server_are_refused(shopapp_home, url, sentence):
    with pytest.raises(StoreError) as refused:
        open_store(shopapp_home, url)
    message = str(refused.value)
    assert message == database_words(*sentence)
    assert "\n" not in message
    assert "pw-123" not in message
    assert not (shopapp_home / DATABASE_FILE_NAME).exists()


def test_a_new_shop_file_appears_whole(shopapp_home):
    from shopapp.store.sqlite_file import file_problem

    database = open_store(shopapp_home, "")
    database.close()
    path = shopapp_home / DATABASE_FILE_NAME
    assert file_problem(path) is None
    assert path.stat().st_size > 0
    assert sorted(p.name for p in shopapp_home.iterdir() if p.name.endswith(".new")) == []


def test_a_shop_created_meanwhile_by_another_process_wins(shopapp_home):
    from shopapp.store.database import migrate
    from shopapp.store.sqlite_file import create_whole

    path = shopapp_home / DATABASE_FILE_NAME

    def build_while_another_process_creates_the_shop(database):
        migrate(database)
        other = open_store(shopapp_home, "")
        customer("Made by the other process")
        other.close()

    create_whole(path, build_while_another_process_creates_the_shop)
    open_store(shopapp_home, "")
    assert [c.name for c in Customer.select()] == ["Made by the other process"]
    assert [p.name for p in shopapp_home.iterdir() if p.name.startswith(".")] == []


def test_a_write_ahead_log_beside_a_lagging_file_is_left_to_sqlite(sqlite_only, shopapp_home):
    """Mid-checkpoint the file may be shorter than its header says: the log holds the rest."""
    from shopapp.store.sqlite_file import TRUNCATED, file_problem

    path = shopapp_home / DATABASE_FILE_NAME
    for number in range(300):
        customer(f"Customer {number} " + "x" * 200)
    sqlite_only.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert file_problem(path) == TRUNCATED  # a reason code, put in words when shown
    path.with_name(f"{DATABASE_FILE_NAME}-wal").write_bytes(b"\0" * 32)
    assert file_problem(path) is None


def test_damage_found_while_reading_is_named_with_the_file(sqlite_only, shopapp_home):
    from shopapp.store.database import damaged_store_message
    from shopapp.store.sqlite_file import CORRUPT, damage_reason

    for number in range(300):
        customer(f"Customer {number} " + "x" * 200)
    path = shopapp_home / DATABASE_FILE_NAME
    query = "SELECT rootpage FROM sqlite_master WHERE name = 'customer'"
    (root,) = sqlite_only.execute_sql(query).fetchone()
    page_size = sqlite_only.pragma("page_size")
    sqlite_only.close()
    with path.open("r+b") as handle:  # the customer table's root page only: the schema still reads
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    sqlite_only.connect()  # bound as a command would have it, the damage not yet seen
    with pytest.raises(peewee.DatabaseError) as error:
        Customer.select().order_by(Customer.name).count()
    assert damage_reason(error.value) == CORRUPT
    no_backup = "restore the last backup (none found next to it) — see README 'Backup and restore'"
    assert damaged_store_message(error.value) == words(
        "DatabaseDamage",
        "The shop's database %1 is damaged (%2): %3",
        path,
        words("DatabaseDamage", CORRUPT),
        words("DatabaseDamage", no_backup),
    )
    assert damaged_store_message(ValueError("not a database problem")) is None
