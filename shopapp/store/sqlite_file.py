"""The shop's SQLite file before SQLite opens it: refusing a damaged or empty file (naming the newest backup
beside it), and creating a new shop's file whole, so an empty file is never one of ours."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import peewee

from shopapp.atomic_file import new_file_beside, sync_folder
from shopapp.errors import UserFacingError

README_SECTION = "see README 'Backup and restore'"
_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
# SQLite result codes of a file that is not (or no longer) a database; sqlite3 reports them as
# DatabaseError with sqlite_errorcode set.
_DAMAGE_CODES = {
    sqlite3.SQLITE_CORRUPT: "corrupt pages inside",
    sqlite3.SQLITE_NOTADB: "not a SQLite database",
}
_DAMAGE_TEXTS = {"database disk image is malformed": "corrupt pages inside", "file is not a database": ""}


class DatabaseFileError(UserFacingError):
    """The file at the database path cannot be the shop's database; the message says why and how to
    restore it. Raised before SQLite touches the file."""


def file_problem(path: Path) -> str | None:
    """Why the SQLite file at `path` is no database ("not a SQLite database", "file is truncated"), "empty"
    for a 0-byte file, or None when it looks whole (or does not exist). Reads the 100-byte header only."""
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            return "a folder, not a file"
        if status.st_size == 0:
            return None if _wal_size(path) else "empty"
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except FileNotFoundError:
        return None
    if len(header) < len(_MAGIC):
        return "file is truncated" if _MAGIC.startswith(header) else "not a SQLite database"
    if not header.startswith(_MAGIC):
        return "not a SQLite database"
    if len(header) < _HEADER_BYTES:
        return "file is truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "not a SQLite database"
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]  # the page count is valid only when this matches (SQLite docs)
    # With a write-ahead log beside it the file may legitimately lag its header (a checkpoint cut short):
    # SQLite replays the log, and damage inside is reported by SQLite itself.
    if counted and status.st_size < pages * page_size and not _wal_size(path):
        return "file is truncated"
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
    found = str(backup) if backup else "none found next to it"
    return f"restore the last backup ({found}) — {README_SECTION}"


def damaged_message(path: Path, reason: str) -> str:
    if reason == "empty":
        return (
            f"The shop's database {path} is empty (0 bytes), so it holds no shop: {restore_hint(path)}; "
            "or, to start a new shop there, delete the file"
        )
    if reason == "a folder, not a file":
        return f"The shop's database {path} is a folder, not a database file: move it away"
    return f"The shop's database {path} is damaged ({reason}): {restore_hint(path)}"


def check_file(path: Path) -> None:
    """DatabaseFileError (one line, with the newest backup) for a damaged or empty database file."""
    try:
        problem = file_problem(path)
    except OSError as exc:
        raise DatabaseFileError(f"Cannot read the shop's database {path}: {exc.strerror or exc}") from exc
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
            return _DAMAGE_TEXTS[text] or "not a SQLite database"
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
