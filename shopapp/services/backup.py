"""Backing up the shop's database while ShopApp runs: a consistent copy of the SQLite file through SQLite's
online backup API. A PostgreSQL database is backed up on its server (pg_dump), not from a front-desk PC."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

import peewee

from shopapp.errors import UserFacingError
from shopapp.store.database import backup_sqlite
from shopapp.store.models import db

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"


class BackupError(UserFacingError):
    """A backup that cannot be made; the message says why and what to do instead."""


def default_backup_name(today: date | None = None) -> str:
    return f"shopapp-backup-{(today or date.today()).isoformat()}{BACKUP_SUFFIX}"


def back_up_database(target: Path) -> Path:
    """Copies the open shop database to `target` (replacing it) and returns the path written.

    Safe while the window or a refresh writes: SQLite's backup API copies one consistent snapshot. The copy
    is written beside the target first and renamed over it at the end, so a failed backup never leaves a
    half-written file, and it is switched out of WAL mode so the one file is the whole backup. Blocking:
    run it in a worker thread (asyncio.to_thread)."""
    database = db.obj
    if database is None:
        raise BackupError("No shop database is open.")
    if isinstance(database, peewee.PostgresqlDatabase):
        raise BackupError(
            "This shop's database is on a PostgreSQL server: back it up there with pg_dump "
            "(e.g. pg_dump --format=custom --file=shopapp.dump DBNAME), not from ShopApp."
        )
    if not isinstance(database, peewee.SqliteDatabase) or database.database in ("", ":memory:"):
        raise BackupError(f"ShopApp cannot back up a {type(database).__name__} database.")
    source = Path(database.database).resolve()
    target = Path(target).expanduser().resolve()
    if target == source or target.name in (f"{source.name}-wal", f"{source.name}-shm"):
        raise BackupError("Choose another file: this is the shop's database itself.")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; choose a file name.")
    handle, temporary_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        backup_sqlite(database, temporary)
        _make_self_contained(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    log.info("Backed up the database to %s", target)
    return target


def _make_self_contained(path: Path) -> None:
    """The copy keeps the source's WAL mode; a rollback-journal file needs no -wal/-shm files beside it and
    opens from read-only media. ShopApp switches a restored file back to WAL when it opens it."""
    copy = sqlite3.connect(str(path))
    try:
        copy.execute("PRAGMA journal_mode=DELETE")
        (result,) = copy.execute("PRAGMA quick_check").fetchone()
        if result != "ok":
            raise BackupError(f"The copy did not pass SQLite's check ({result}); the backup was not kept.")
    finally:
        copy.close()
