"""A damaged or empty shop database, met by every command in its own process and by the window at start:
one line naming the damage and the newest backup beside it, exit 2, and not one byte written to the file
(issue 18, item 4)."""

import hashlib
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from words import words

from shopapp.store.database import DATABASE_FILE_NAME, open_store
from shopapp.store.models import Customer, db
from shopapp.store.sqlite_file import CORRUPT, NOT_A_DATABASE, TRUNCATED


def shopapp(*args):
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args], capture_output=True, text=True, timeout=120
    )


def restore_hint(backup: Path | None) -> str:
    if backup is None:
        return words(
            "DatabaseDamage",
            "restore the last backup (none found next to it) — see README 'Backup and restore'",
        )
    return words("DatabaseDamage", "restore the last backup (%1) — see README 'Backup and restore'", backup)


def damaged(path: Path, reason: str, backup: Path | None) -> str:
    """The one line of a damaged database; `reason` one of sqlite_file's reasons (TRUNCATED...)."""
    return words(
        "DatabaseDamage",
        "The shop's database %1 is damaged (%2): %3",
        path,
        words("DatabaseDamage", reason),
        restore_hint(backup),
    )


def empty(path: Path, backup: Path | None) -> str:
    return words(
        "DatabaseDamage",
        "The shop's database %1 is empty (0 bytes), so it holds no shop: %2; or, to start a new shop there, delete the file",  # noqa: E501
        path,
        restore_hint(backup),
    )


def fingerprint(home: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(home.iterdir())
        if path.is_file()
    }


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _random(data: bytes) -> bytes:
    return os.urandom(len(data))


def _text(data: bytes) -> bytes:
    return b"customer,phone\nAna,555-0100\n"


def _header_only(data: bytes) -> bytes:
    return data[:60]


def _pages_scrambled(data: bytes) -> bytes:
    return data[:4096] + b"\xa5" * (len(data) - 4096)


DAMAGE = {
    "truncated": (_truncated, TRUNCATED),
    "random bytes": (_random, NOT_A_DATABASE),
    "a text file": (_text, NOT_A_DATABASE),
    "cut inside the header": (_header_only, TRUNCATED),
    "scrambled pages": (_pages_scrambled, CORRUPT),
}

COMMANDS = [
    ["due"],
    ["due", "--csv", "-"],
    ["config", "list"],
    ["config", "get", "shop_name"],
    ["config", "set", "shop_name", "Garage Sud"],
    ["key", "export"],
    ["refresh"],
    ["connect", "--no-browser"],
    ["reminders", "--pdf", "letters.pdf"],
    ["smartcar", "migrate", "--dry-run"],
]


@pytest.fixture
def good_shop(shopapp_home):
    """The bytes of a real shop database with a few customers (big enough to span several pages)."""
    database = open_store(shopapp_home, "")
    for number in range(200):
        Customer.create(name=f"Customer {number:03d} " + "x" * 100, created_at=datetime.now(UTC))
    database.close()
    db.initialize(None)
    path = shopapp_home / DATABASE_FILE_NAME
    assert not (shopapp_home / f"{DATABASE_FILE_NAME}-wal").exists()
    return path.read_bytes()


@pytest.fixture
def backups(shopapp_home, good_shop):
    """Two backups beside the database, the File → Back up one newer than the pre-migration copy, and a
    damaged "backup" newer still (which must never be offered)."""
    older = shopapp_home / f"{DATABASE_FILE_NAME}.v2-20260101-120000.bak"
    newer = shopapp_home / "shopapp-backup-2026-03-01.sqlite3"
    broken = shopapp_home / "shopapp-backup-2026-04-01.sqlite3"
    older.write_bytes(good_shop)
    newer.write_bytes(good_shop)
    broken.write_bytes(good_shop[:1000])
    now = time.time()
    os.utime(older, (now - 3000, now - 3000))
    os.utime(newer, (now - 2000, now - 2000))
    os.utime(broken, (now - 1000, now - 1000))
    return newer


@pytest.mark.child_process_output
@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_names_the_damage_and_the_newest_backup(
    shopapp_home, good_shop, backups, damage, command
):
    spoil, reason = DAMAGE[damage]
    path = shopapp_home / DATABASE_FILE_NAME
    path.write_bytes(spoil(good_shop))
    before = fingerprint(shopapp_home)
    result = shopapp(*command)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr == f"shopapp: {damaged(path, reason, backups)}\n"
    assert result.stdout == ""
    assert fingerprint(shopapp_home) == before  # no migration, no -wal or -shm beside it


@pytest.mark.child_process_output
def test_without_a_backup_the_line_says_none_was_found(shopapp_home, good_shop):
    path = shopapp_home / DATABASE_FILE_NAME
    path.write_bytes(_truncated(good_shop))
    result = shopapp("due")
    assert result.returncode == 2
    assert result.stderr == f"shopapp: {damaged(path, TRUNCATED, None)}\n"


@pytest.mark.child_process_output
def test_an_empty_file_is_not_a_new_shop_until_it_is_deleted(shopapp_home, good_shop, backups):
    path = shopapp_home / DATABASE_FILE_NAME
    path.write_bytes(b"")
    for command in (["config", "list"], ["due"], ["config", "set", "shop_name", "New"]):
        result = shopapp(*command)
        assert result.returncode == 2, result.stderr
        assert result.stderr == f"shopapp: {empty(path, backups)}\n"
        assert path.stat().st_size == 0
        assert not path.with_name(f"{DATABASE_FILE_NAME}-wal").exists()

    path.unlink()  # the deliberate way to start again
    assert shopapp("config", "set", "shop_name", "New").returncode == 0
    assert shopapp("config", "get", "shop_name").stdout == "New\n"


def test_restoring_the_named_backup_brings_the_shop_back(shopapp_home, good_shop, backups):
    path = shopapp_home / DATABASE_FILE_NAME
    path.write_bytes(_random(good_shop))
    assert shopapp("due").returncode == 2
    shutil.copy(backups, path)  # what README 'Backup and restore' says to do
    assert shopapp("due").returncode == 0


def test_the_window_shows_the_same_words_and_exits_2(shopapp_home, good_shop, backups, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from shopapp.ui import app as window_app

    path = shopapp_home / DATABASE_FILE_NAME
    path.write_bytes(_truncated(good_shop))
    before = fingerprint(shopapp_home)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_window installs its own
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    assert window_app.run_window(shopapp_home) == 2
    assert shown == [("ShopApp", damaged(path, TRUNCATED, backups))]
    assert fingerprint(shopapp_home) == before


@pytest.mark.child_process_output
@pytest.mark.parametrize("command", [["due"], ["due", "--csv", "-"], ["reminders", "--pdf", "letters.pdf"]])
def test_damage_met_while_a_command_reads_is_named_too(shopapp_home, good_shop, backups, command):
    """The schema opens; the customer and vehicle tables do not: found mid-command, said the same way."""
    import sqlite3

    path = shopapp_home / DATABASE_FILE_NAME
    with sqlite3.connect(path) as probe:
        query = "SELECT rootpage FROM sqlite_master WHERE name IN ('customer', 'vehicle')"
        roots = [root for (root,) in probe.execute(query)]
        (page_size,) = probe.execute("PRAGMA page_size").fetchone()
    probe.close()
    with path.open("r+b") as handle:
        for root in roots:
            handle.seek((root - 1) * page_size)
            handle.write(b"\xa5" * page_size)
    before = fingerprint(shopapp_home)
    result = shopapp(*command)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"shopapp: {damaged(path, CORRUPT, backups)}\n"
    assert fingerprint(shopapp_home) == before
