"""Opening the shop's database (SQLite by default, any peewee db_url) and bringing its schema up to date."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee
from playhouse.db_url import connect as connect_url

from shopapp.store.migrations import LATEST_VERSION, STEPS, dialect_of
from shopapp.store.models import db

log = logging.getLogger(__name__)

DATABASE_FILE_NAME = "shopapp.sqlite3"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers (the window) never wait for a writer (a refresh)
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 10_000,
    "cache_size": -16_000,
}
# Write transactions take the write lock at BEGIN: two deferred transactions that both read and then write
# deadlock, and SQLite then fails at once ("database is locked") instead of waiting busy_timeout.
SQLITE_LOCK = "IMMEDIATE"
_MIGRATION_LOCK_ID = 0x5305A  # PostgreSQL advisory lock: two PCs starting at once migrate one at a time


class StoreError(Exception):
    """A database problem the user can act on; the message says what to do."""


class NewerSchemaError(StoreError):
    pass


def database_for(url: str | None, home: Path) -> peewee.Database:
    """The database named by `url` (a peewee db_url, e.g. from SHOPAPP_DATABASE_URL), else the SQLite file in
    the data folder."""
    if not url:
        home.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(
            str(home / DATABASE_FILE_NAME), pragmas=SQLITE_PRAGMAS, lock_type=SQLITE_LOCK
        )
    try:
        if url.startswith("sqlite"):
            return connect_url(url, pragmas=SQLITE_PRAGMAS, lock_type=SQLITE_LOCK)
        return connect_url(url)
    except (ValueError, RuntimeError, peewee.ImproperlyConfigured) as exc:
        raise StoreError(f"SHOPAPP_DATABASE_URL is not a database URL ShopApp can use: {exc}") from exc


def schema_version(database: peewee.Database) -> int:
    if not database.table_exists("schema_version"):
        return 0
    row = database.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()
    return int(row[0] or 0)


def backup_sqlite(database: peewee.SqliteDatabase, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while other connections write)."""
    source = sqlite3.connect(database.database)
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def migrate(database: peewee.Database) -> int:
    """Brings the schema to LATEST_VERSION, taking a backup copy first (SQLite); returns the old version."""
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise NewerSchemaError(
            f"This database was written by a newer ShopApp (schema {current}; this version knows up to "
            f"{LATEST_VERSION}). Install the newer ShopApp, or point SHOPAPP_DATABASE_URL elsewhere."
        )
    if current == LATEST_VERSION:
        return current
    if current > 0 and isinstance(database, peewee.SqliteDatabase) and database.database != ":memory:":
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(database, Path(f"{database.database}.v{current}-{stamp}.bak"))
        log.info("Copied the database to %s before migrating from schema %d", backup, current)
    for version in range(current + 1, LATEST_VERSION + 1):
        with database.atomic():
            if dialect_of(database) == "postgresql":
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_ID,))
                if schema_version(database) >= version:  # another PC migrated while we waited
                    continue
            STEPS[version - 1](database)
            database.execute_sql('DELETE FROM "schema_version"')
            insert = f'INSERT INTO "schema_version" ("version") VALUES ({database.param})'
            database.execute_sql(insert, (version,))
        log.info("Database schema migrated to version %d", version)
    return current


def open_store(home: Path, url: str | None = None) -> peewee.Database:
    """Opens, migrates and binds the shop's database (`url` defaults to SHOPAPP_DATABASE_URL)."""
    url = url if url is not None else os.environ.get("SHOPAPP_DATABASE_URL", "").strip() or None
    database = database_for(url, home)
    try:
        database.connect(reuse_if_open=True)
        migrate(database)
    except peewee.OperationalError as exc:
        database.close()
        raise StoreError(f"Cannot open the shop's database: {exc}") from exc
    except StoreError:
        database.close()
        raise
    db.initialize(database)
    return database
