"""Backing up the shop's database while ShopApp runs: a consistent copy of the SQLite file through SQLite's
online backup API. A PostgreSQL database is backed up on its server (pg_dump), not from a front-desk PC."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopapp.atomic_file import atomic_write
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.store.database import copy_open_sqlite, open_database

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"


class BackupError(UserFacingError):
    """A backup that cannot be made; the message says why and what to do instead."""


def default_backup_name(today: date | None = None) -> str:
    return f"shopapp-backup-{(today or date.today()).isoformat()}{BACKUP_SUFFIX}"


def back_up_database(target: Path) -> Path:
    """Copies the open shop database to `target` (replacing it) and returns the path written.

    Safe while the window or a refresh writes: SQLite's backup API copies one consistent snapshot. The copy
    is written beside the target first and renamed over it at the end (shopapp.atomic_file), so a failed
    backup never leaves a half-written file nor replaces anything but a regular file, and it is switched
    out of WAL mode so the one file is the whole backup. Blocking: run it in a worker thread
    (asyncio.to_thread)."""
    database = open_database()
    if not database.engine:
        raise BackupError(QCoreApplication.translate("Backup", "No shop database is open."))
    if database.engine == "postgresql":
        raise BackupError(
            QCoreApplication.translate(
                "Backup",
                "This shop's database is on a PostgreSQL server: back it up there with pg_dump (e.g. pg_dump --format=custom --file=shopapp.dump DBNAME), not from ShopApp.",  # noqa: E501 (one literal for lupdate)
            )
        )
    if database.file is None:
        raise BackupError(
            fill(
                QCoreApplication.translate("Backup", "ShopApp cannot back up a %1 database."),
                database.class_name,
            )
        )
    source = database.file.resolve()
    target = Path(target).expanduser().resolve()
    if target == source or target.name in (f"{source.name}-wal", f"{source.name}-shm"):
        raise BackupError(
            QCoreApplication.translate("Backup", "Choose another file: this is the shop's database itself.")
        )
    if target.is_dir():
        raise BackupError(
            fill(QCoreApplication.translate("Backup", "%1 is a folder; choose a file name."), target)
        )
    # Every customer's details: a new backup file is for this user's eyes only.
    with atomic_write(target, mode=0o600) as temporary:
        verdict = copy_open_sqlite(temporary)
        if verdict != "ok":
            raise BackupError(
                fill(
                    QCoreApplication.translate(
                        "Backup", "The copy did not pass SQLite's check (%1); the backup was not kept."
                    ),
                    verdict,
                )
            )
    log.info("Backed up the database to %s", target)
    return target
