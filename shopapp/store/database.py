"""Opening the shop's database (SQLite by default, any peewee db_url) and bringing its schema up to date."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee
from playhouse.db_url import connect as connect_url
from PySide6.QtCore import QCoreApplication

from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.store.migrations import LATEST_VERSION, STEPS, dialect_of
from shopapp.store.models import db
from shopapp.store.sqlite_file import (
    DatabaseFileError,
    check_file,
    create_whole,
    damage_reason,
    damaged_message,
)

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


class StoreError(UserFacingError):
    """A database problem the user can act on; the message says what to do."""


class NewerSchemaError(StoreError):
    pass


# The two kinds of URL ShopApp opens (a sentence names both).
SQLITE_URL_EXAMPLE = "sqlite:////absolute/path/shopapp.sqlite3"
POSTGRESQL_URL_EXAMPLE = "postgresql://user:password@host/dbname"
_URL_SCHEMES = ("sqlite", "postgresql", "postgres")


def database_for(url: str | None, home: Path) -> peewee.Database:
    """The database named by `url` (a peewee db_url, e.g. from SHOPAPP_DATABASE_URL), else the SQLite file in
    the data folder. A URL of another kind, or a SQLite URL that names no file (`sqlite://`, `:memory:`) or a
    relative path (which would depend on the folder ShopApp starts in), is a StoreError."""
    if not url:
        home.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(
            str(home / DATABASE_FILE_NAME), pragmas=SQLITE_PRAGMAS, lock_type=SQLITE_LOCK
        )
    scheme = url.partition("://")[0].strip().lower() if "://" in url else ""
    if scheme not in _URL_SCHEMES:
        # Only the scheme is repeated: the rest of a URL may hold a password.
        if scheme.isascii() and scheme.isidentifier():
            problem = fill(
                QCoreApplication.translate(
                    "ShopDatabase",
                    "SHOPAPP_DATABASE_URL names a %1:// database, which ShopApp does not support: use %2 or %3",  # noqa: E501 (one literal for lupdate)
                ),
                scheme,
                SQLITE_URL_EXAMPLE,
                POSTGRESQL_URL_EXAMPLE,
            )
        else:
            problem = fill(
                QCoreApplication.translate(
                    "ShopDatabase", "SHOPAPP_DATABASE_URL is not a database URL: use %1 or %2"
                ),
                SQLITE_URL_EXAMPLE,
                POSTGRESQL_URL_EXAMPLE,
            )
        raise StoreError(problem)
    try:
        if scheme == "sqlite":
            database = connect_url(url, pragmas=SQLITE_PRAGMAS, lock_type=SQLITE_LOCK)
        else:
            database = connect_url(url)
    except (ValueError, RuntimeError, peewee.ImproperlyConfigured) as exc:
        raise StoreError(
            fill(
                QCoreApplication.translate(
                    "ShopDatabase", "SHOPAPP_DATABASE_URL is not a database URL ShopApp can use: %1"
                ),
                exc,
            )
        ) from exc
    if scheme == "sqlite":
        name = str(database.database)
        if name in ("", ":memory:") or name.startswith("file:"):
            raise StoreError(
                fill(
                    QCoreApplication.translate(
                        "ShopDatabase",
                        "SHOPAPP_DATABASE_URL names no database file (a shop's database must be a file that outlives ShopApp): use %1",  # noqa: E501 (one literal for lupdate)
                    ),
                    SQLITE_URL_EXAMPLE,
                )
            )
        if not Path(name).is_absolute():
            raise StoreError(
                fill(
                    QCoreApplication.translate(
                        "ShopDatabase",
                        "SHOPAPP_DATABASE_URL names a relative path (%1), which would change with the folder ShopApp starts in: use an absolute one, e.g. %2 (four slashes)",  # noqa: E501 (one literal for lupdate)
                    ),
                    name,
                    SQLITE_URL_EXAMPLE,
                )
            )
    return database


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


@dataclass(frozen=True, slots=True)
class OpenDatabase:
    """The database the store is bound to: engine "sqlite", "postgresql", "other", or "" when none is open;
    class_name: its peewee class; file: a SQLite database's file (None in memory)."""

    engine: str
    class_name: str = ""
    file: Path | None = None


def open_database() -> OpenDatabase:
    database = db.obj
    if database is None:
        return OpenDatabase("")
    name = type(database).__name__
    if isinstance(database, peewee.PostgresqlDatabase):
        return OpenDatabase("postgresql", name)
    if isinstance(database, peewee.SqliteDatabase):
        memory = database.database in ("", ":memory:")
        return OpenDatabase("sqlite", name, None if memory else Path(database.database))
    return OpenDatabase("other", name)


def copy_open_sqlite(target: Path) -> str:
    """A consistent copy of the open SQLite database (backup_sqlite), switched out of WAL mode so the one
    file is the whole copy (a rollback-journal file needs no -wal/-shm files beside it and opens from
    read-only media; ShopApp switches a restored file back to WAL when it opens it). Returns SQLite's
    quick_check verdict on the copy ("ok" when sound)."""
    database = db.obj
    if not isinstance(database, peewee.SqliteDatabase):
        raise StoreError(
            QCoreApplication.translate("ShopDatabase", "The open database is not a SQLite file.")
        )
    backup_sqlite(database, target)
    copy = sqlite3.connect(str(target))
    try:
        copy.execute("PRAGMA journal_mode=DELETE")
        (verdict,) = copy.execute("PRAGMA quick_check").fetchone()
    finally:
        copy.close()
    return verdict


def database_description(database: peewee.Database | None) -> str:
    """Where a database is, as a URL without any password."""
    if database is None:
        return "not open"  # untranslated: the diagnostics report's words (self-check passes an open database)
    if isinstance(database, peewee.SqliteDatabase):
        return f"sqlite:///{database.database}"
    if isinstance(database, peewee.PostgresqlDatabase):
        params = database.connect_params
        user = params.get("user") or ""
        host = params.get("host") or "localhost"
        port = f":{params['port']}" if params.get("port") else ""
        return f"postgresql://{user + '@' if user else ''}{host}{port}/{database.database}"
    return f"{type(database).__name__} {database.database}"


def open_database_description() -> str:
    return database_description(db.obj)


def open_schema_version() -> int | None:
    """The open database's schema version (None when none is open); StoreError naming the database error
    when it cannot be read."""
    if db.obj is None:
        return None
    try:
        return schema_version(db.obj)
    except peewee.PeeweeException as exc:
        raise StoreError(type(exc).__name__) from exc


def close_store() -> None:
    """Closes the open database and unbinds the store from it."""
    if db.obj is not None:
        db.obj.close()
    db.initialize(None)


def migrate(database: peewee.Database) -> int:
    """Brings the schema to LATEST_VERSION, taking a backup copy first (SQLite); returns the old version."""
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise NewerSchemaError(
            fill(
                QCoreApplication.translate(
                    "ShopDatabase",
                    "This database was written by a newer ShopApp (schema %1; this version knows up to %2). Install the newer ShopApp, or point SHOPAPP_DATABASE_URL elsewhere.",  # noqa: E501 (one literal for lupdate)
                ),
                current,
                LATEST_VERSION,
            )
        )
    if current == LATEST_VERSION:
        return current
    if current > 0 and isinstance(database, peewee.SqliteDatabase) and database.database != ":memory:":
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path(f"{database.database}.v{current}-{stamp}.bak")
        try:
            backup = backup_sqlite(database, target)
        except BaseException:
            target.unlink(missing_ok=True)  # a half copy must never pass for the last backup
            raise
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
    """Opens, migrates and binds the shop's database (`url` defaults to SHOPAPP_DATABASE_URL).

    A SQLite file is checked before SQLite opens it: a damaged or empty file is refused (StoreError naming
    the newest backup beside it) and nothing is written to it; a new shop's file is created whole."""
    url = url if url is not None else os.environ.get("SHOPAPP_DATABASE_URL", "").strip() or None
    database = database_for(url, home)
    path = Path(database.database) if isinstance(database, peewee.SqliteDatabase) else None
    try:
        if path is not None:
            check_file(path)
            if not path.exists():
                create_whole(path, migrate)
        database.connect(reuse_if_open=True)
        migrate(database)
    except DatabaseFileError as exc:
        raise StoreError(str(exc)) from exc
    except peewee.DatabaseError as exc:
        database.close()
        if not isinstance(exc, peewee.OperationalError) and damage_reason(exc) is None:
            raise  # a bug, not the file
        raise StoreError(_cannot_open(path, exc)) from exc
    except peewee.ImproperlyConfigured as exc:  # e.g. PostgreSQL without its driver installed
        raise StoreError(
            fill(QCoreApplication.translate("ShopDatabase", "Cannot open the shop's database: %1"), exc)
        ) from exc
    except OSError as exc:
        database.close()
        raise StoreError(
            fill(
                QCoreApplication.translate("ShopDatabase", "Cannot create the shop's database %1: %2"),
                path,
                exc.strerror or exc,
            )
        ) from exc
    except StoreError:
        database.close()
        raise
    db.initialize(database)
    return database


def _cannot_open(path: Path | None, error: Exception) -> str:
    reason = damage_reason(error)
    if path is not None and reason:
        return damaged_message(path, reason)
    said = " ".join(str(error).split())  # a server's message may span lines; ours is one
    if path:
        return fill(
            QCoreApplication.translate("ShopDatabase", "Cannot open the shop's database %1: %2"), path, said
        )
    return fill(QCoreApplication.translate("ShopDatabase", "Cannot open the shop's database: %1"), said)


def damaged_store_message(error: BaseException) -> str | None:
    """The one line for an error that says the bound SQLite database is damaged (found while a command
    reads it), naming the newest backup; None for any other error."""
    reason = damage_reason(error)
    database = db.obj
    if reason is None or not isinstance(database, peewee.SqliteDatabase):
        return None
    return damaged_message(Path(database.database), reason)
