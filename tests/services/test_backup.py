"""Backing up the shop's database while ShopApp runs: a consistent, self-contained SQLite copy that restores
by copying it back; PostgreSQL is sent to pg_dump; the File menu's helper reports in the status bar."""

import errno
import os
import sqlite3
from datetime import date
from pathlib import Path

import peewee
import pytest
from PySide6.QtWidgets import QMainWindow
from words import words

from shopapp.domain.contact import CustomerDraft
from shopapp.services.backup import BackupError, back_up_database, default_backup_name
from shopapp.store.customers import save_customer
from shopapp.store.database import DATABASE_FILE_NAME, open_store
from shopapp.store.models import Customer, db
from shopapp.tasks import BackgroundTasks
from shopapp.ui import backup_action


def test_the_default_name_carries_the_date():
    assert default_backup_name(date(2026, 11, 30)) == "shopapp-backup-2026-11-30.sqlite3"


def test_a_backup_taken_during_a_write_holds_the_committed_rows_and_restores(
    shop_store, shopapp_home, tmp_path
):
    save_customer(CustomerDraft(name="Zoë Ñúñez", phone="555-0101"))
    # Another connection (a refresh, another process) is in the middle of a write when the backup runs.
    writer = sqlite3.connect(shopapp_home / DATABASE_FILE_NAME, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO setting (key, value) VALUES ('shop_name', 'Not yet committed')")
    backups = tmp_path / "backups"
    backups.mkdir()
    try:
        target = back_up_database(backups / "usb" / ".." / "shop backup.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert target == (backups / "shop backup.sqlite3").resolve()
    assert [path.name for path in backups.iterdir()] == ["shop backup.sqlite3"]  # no -wal, no .part left

    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert copy.execute("SELECT name FROM customer").fetchall() == [("Zoë Ñúñez",)]
    assert copy.execute("SELECT value FROM setting WHERE key = 'shop_name'").fetchall() == []
    copy.close()

    # Restore as README says: ShopApp stopped, the backup copied over shopapp.sqlite3, -wal/-shm deleted.
    restored_home = tmp_path / "restored"
    restored_home.mkdir()
    (restored_home / DATABASE_FILE_NAME).write_bytes(target.read_bytes())
    shop_store.close()
    restored = open_store(restored_home, "")
    assert [customer.name for customer in Customer.select()] == ["Zoë Ñúñez"]
    restored.close()


def test_a_backup_replaces_an_older_file_of_the_same_name(shop_store, tmp_path):
    target = tmp_path / default_backup_name()
    target.write_bytes(b"yesterday's backup")
    save_customer(CustomerDraft(name="Ana"))
    back_up_database(target)
    assert sqlite3.connect(target).execute("SELECT COUNT(*) FROM customer").fetchone() == (1,)


PG_DUMP = (
    "This shop's database is on a PostgreSQL server: back it up there with pg_dump (e.g. pg_dump "
    "--format=custom --file=shopapp.dump DBNAME), not from ShopApp."
)


def refused(target):
    """The BackupError's sentence when backing up to `target` is refused."""
    with pytest.raises(BackupError) as caught:
        back_up_database(target)
    return str(caught.value)


def test_the_database_itself_is_refused_as_the_target(shop_store, shopapp_home):
    assert refused(shopapp_home / DATABASE_FILE_NAME) == words(
        "Backup", "Choose another file: this is the shop's database itself."
    )
    assert refused(shopapp_home) == words(
        "Backup", "%1 is a folder; choose a file name.", shopapp_home.resolve()
    )


def test_a_postgresql_shop_is_sent_to_pg_dump():
    db.initialize(peewee.PostgresqlDatabase("shop", host="db.example", user="shopapp", password="pw"))
    try:
        assert refused(Path("backup.sqlite3")) == words("Backup", PG_DUMP)
    finally:
        db.initialize(None)


def test_nothing_open_is_a_clear_error(tmp_path):
    db.initialize(None)
    assert refused(tmp_path / "backup.sqlite3") == words("Backup", "No shop database is open.")


# -- File → Back up database… ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    main.tasks = BackgroundTasks()
    qtbot.addWidget(main)
    return main


def test_the_menu_action_backs_up_to_the_chosen_file_and_says_so(
    window, qloop, shop_store, tmp_path, monkeypatch
):
    save_customer(CustomerDraft(name="Ana"))
    chosen = tmp_path / "friday.sqlite3"
    offered = []
    monkeypatch.setattr(
        backup_action, "choose_backup_file", lambda parent, suggested: offered.append(suggested) or chosen
    )
    task = backup_action.back_up_from_window(window)
    assert window.statusBar().currentMessage() == words(
        "BackupAction", "Backing up the database to %1…", chosen
    )
    assert qloop.run_until_complete(task) == chosen.resolve()
    assert offered[0].name == default_backup_name()
    assert window.statusBar().currentMessage() == words(
        "BackupAction", "Database backed up to %1.", chosen.resolve()
    )
    assert sqlite3.connect(chosen).execute("SELECT name FROM customer").fetchall() == [("Ana",)]


def test_a_failed_backup_is_reported_in_the_status_bar(window, qloop, shop_store, tmp_path, monkeypatch):
    missing_folder = tmp_path / "no such folder" / "backup.sqlite3"
    monkeypatch.setattr(backup_action, "choose_backup_file", lambda parent, suggested: missing_folder)
    assert qloop.run_until_complete(backup_action.back_up_from_window(window)) is None
    assert window.statusBar().currentMessage() == words(
        "BackupAction", "Backup failed: cannot write %1 (%2).", missing_folder, os.strerror(errno.ENOENT)
    )


def test_cancelling_the_file_dialog_backs_up_nothing(window, shop_store, monkeypatch):
    monkeypatch.setattr(backup_action, "choose_backup_file", lambda parent, suggested: None)
    assert backup_action.back_up_from_window(window) is None
    assert window.statusBar().currentMessage() == ""
