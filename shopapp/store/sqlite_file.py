"""The shop's SQLite file before SQLite opens it: refusing a damaged or empty file (naming the newest backup
beside it), and creating a new shop's file whole, so an empty file is never one of ours."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import peewee
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.atomic_file import new_file_beside, sync_folder
from shopapp.errors import UserFacingError
from shopapp.i18n import fill

_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
# Why a file is no database: English words returned by file_problem and damage_reason, translated where a
# message shows them (damaged_message).
CORRUPT = str(QT_TRANSLATE_NOOP("DatabaseDamage", "corrupt pages inside"))
NOT_A_DATABASE = str(QT_TRANSLATE_NOOP("DatabaseDamage", "not a SQLite database"))
TRUNCATED = str(QT_TRANSLATE_NOOP("DatabaseDamage", "file is truncated"))
A_FOLDER = "a folder, not a file"  # untranslated: a reason code; damaged_message has its own sentence for it
EMPTY = "empty"
# SQLite result codes of a file that is not (or no longer) a database; sqlite3 reports them as
# DatabaseError with sqlite_errorcode set.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT: CORRUPT, sqlite3.SQLITE_NOTADB: NOT_A_DATABASE}
# untranslated: SQLite's own error texts, matched
_DAMAGE_TEXTS = {"database disk image is malformed": CORRUPT, "file is not a database": ""}


class DatabaseFileError(UserFacingError):
    """The file at the database path cannot be the shop's database; the message says why and how to
    restore it. Raised before SQLite touches the file."""


def file_problem(path: Path) -> str | None:
    """Why the SQLite file at `path` is no database ("not a SQLite database", "file is truncated"), "empty"
    for a 0-byte file, or None when it looks whole (or does not exist). Reads the 100-byte header only."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            return A_FOLDER
        if status.st_size == 0:
            return None if _wal_size(path) else EMPTY
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except FileNotFoundError:
        return None
    if len(header) < len(_MAGIC):
        return TRUNCATED if _MAGIC.startswith(header) else NOT_A_DATABASE
    if not header.startswith(_MAGIC):
        return NOT_A_DATABASE
    if len(header) < _HEADER_BYTES:
        return TRUNCATED
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return NOT_A_DATABASE
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid only when this matches (SQLite docs)
    # With a write-ahead log beside it the file may legitimately lag its header (a checkpoint cut short):
    # SQLite replays the log, and damage inside is reported by SQLite itself.
    if counted and status.st_size < pages * page_size and not _wal_size(path):
        return TRUNCATED
    return None


def _wal_size(path: Path) -> int:
    try:
        return path.with_name(path.name + "-wal").stat().st_size
    except OSError:
        return 0


def newest_backup(path: Path) -> Path | None:
    """The newest whole backup next to the database: a copy taken before a migration
    (`shopapp.sqlite3.v2-20260101-120000.bak`) or one saved from File → Back up database
    (`shopapp-backup-2026-01-01.sqlite3`)."""
    folder = path.parent
    try:
        candidates = [
            *folder.glob(f"{_glob_escape(path.name)}.v*.bak"),
            *folder.glob("shopapp-backup-*.sqlite3"),
        ]
        dated = [(candidate.stat().st_mtime, candidate) for candidate in candidates if candidate.is_file()]
    except OSError:
        return None
    for _, candidate in sorted(dated, reverse=True):
        if candidate.stat().st_size and file_problem(candidate) is None:
            return candidate
    return None


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def restore_hint(path: Path) -> str:
    backup = newest_backup(path)
    if backup is None:
        return QCoreApplication.translate(
            "DatabaseDamage",
            "restore the last backup (none found next to it) — see README 'Backup and restore'",
        )
    return fill(
        QCoreApplication.translate(
            "DatabaseDamage", "restore the last backup (%1) — see README 'Backup and restore'"
        ),
        backup,
    )


def damaged_message(path: Path, reason: str) -> str:
    if reason == EMPTY:
        return fill(
            QCoreApplication.translate(
                "DatabaseDamage",
                "The shop's database %1 is empty (0 bytes), so it holds no shop: %2; or, to start a new shop there, delete the file",  # noqa: E501 (one literal for lupdate)
            ),
            path,
            restore_hint(path),
        )
    if reason == A_FOLDER:
        return fill(
            QCoreApplication.translate(
                "DatabaseDamage", "The shop's database %1 is a folder, not a database file: move it away"
            ),
            path,
        )
    return fill(
        QCoreApplication.translate("DatabaseDamage", "The shop's database %1 is damaged (%2): %3"),
        path,
        QCoreApplication.translate("DatabaseDamage", reason),
        restore_hint(path),
    )


def check_file(path: Path) -> None:
    """DatabaseFileError (one line, with the newest backup) for a damaged or empty database file."""
    try:
        problem = file_problem(path)
    except OSError as exc:
        raise DatabaseFileError(
            fill(
                QCoreApplication.translate("DatabaseDamage", "Cannot read the shop's database %1: %2"),
                path,
                exc.strerror or exc,
            )
        ) from exc
    if problem:
        raise DatabaseFileError(damaged_message(path, problem))


def damage_reason(error: BaseException) -> str | None:
    """The reason words when `error` (peewee's or sqlite3's) says the file is not, or no longer, a
    database; None for any other error."""
    for candidate in (error, *error.args[:1], error.__cause__, error.__context__):
        if not isinstance(candidate, sqlite3.DatabaseError):
            continue
        code = getattr(candidate, "sqlite_errorcode", None)
        if code in _DAMAGE_CODES:
            return _DAMAGE_CODES[code]
        text = str(candidate)
        if text in _DAMAGE_TEXTS:
            return _DAMAGE_TEXTS[text] or NOT_A_DATABASE
    return None


def create_whole(path: Path, build: Callable[[peewee.SqliteDatabase], object]) -> None:
    """Creates the database at `path` through `build` (the migration ladder) under a temporary name and
    links it into place, so no other process ever sees a half-made (0-byte) file. When another process
    created the shop meanwhile, its file wins and this one is dropped."""
    # Made empty first (SQLite takes a 0-byte file as a new database), with the mode SQLite would give it.
    temporary = new_file_beside(path, suffix=".new", mode=0o644)
    database = peewee.SqliteDatabase(str(temporary), pragmas={"foreign_keys": 1})  # one file, no WAL yet
    try:
        try:
            database.connect()
            build(database)
        finally:
            database.close()
        try:
            os.link(temporary, path)  # never replaces an existing file
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links (FAT, some shares)
            if not path.exists():
                os.replace(temporary, path)
        sync_folder(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
        temporary.with_name(temporary.name + "-journal").unlink(missing_ok=True)
