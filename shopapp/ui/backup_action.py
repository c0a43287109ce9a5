"""File → Back up database…: asks where to save the copy, makes it in a worker thread while the window keeps
working, and says in the status bar how it went."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStatusBar, QWidget

from shopapp.i18n import fill
from shopapp.services.backup import BACKUP_SUFFIX, BackupError, back_up_database, default_backup_name
from shopapp.tasks import BackgroundTasks

log = logging.getLogger(__name__)
TASK_NAME = "backup"
_unowned: set[asyncio.Task] = set()  # tasks started for a window without a BackgroundTasks helper


def suggested_backup_path(today: date | None = None) -> Path:
    """shopapp-backup-YYYY-MM-DD.sqlite3 in the user's Documents folder (home if there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / default_backup_name(today)


def choose_backup_file(parent: QWidget, suggested: Path) -> Path | None:
    """The file the person picks, or None when they cancel; tests replace it. Called from a plain slot,
    never inside a coroutine (a modal dialog's own loop would stall the tasks on the event loop)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupAction", "Back up the shop's database"),
        str(suggested),
        fill(
            QCoreApplication.translate("BackupAction", "ShopApp backup (*%1);;All files (*)"), BACKUP_SUFFIX
        ),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(BACKUP_SUFFIX)


async def run_backup(
    status_bar: QStatusBar, target: Path, back_up: Callable[[Path], Path] = back_up_database
) -> Path | None:
    """Backs up in a worker thread and reports in `status_bar`; the path written, or None on failure."""
    status_bar.showMessage(_backing_up_words(target))
    try:
        written = await asyncio.to_thread(back_up, target)
    except BackupError as exc:
        status_bar.showMessage(
            fill(QCoreApplication.translate("BackupAction", "Backup failed: %1"), exc), 60_000
        )
        return None
    except OSError as exc:
        log.warning("Backup to %s failed", target, exc_info=True)
        words = QCoreApplication.translate("BackupAction", "Backup failed: cannot write %1 (%2).")
        status_bar.showMessage(fill(words, target, exc.strerror or exc), 60_000)
        return None
    status_bar.showMessage(
        fill(QCoreApplication.translate("BackupAction", "Database backed up to %1."), written), 60_000
    )
    return written


def _backing_up_words(target: Path) -> str:
    return fill(QCoreApplication.translate("BackupAction", "Backing up the database to %1…"), target)


def back_up_from_window(window: QMainWindow, tasks: BackgroundTasks | None = None) -> asyncio.Task | None:
    """The action's slot: asks for the file, then starts the backup on the window's event loop. Returns the
    task, or None when the person cancelled or a backup is already running."""
    tasks = tasks if tasks is not None else getattr(window, "tasks", None)
    if tasks is not None and tasks.running(TASK_NAME):
        window.statusBar().showMessage(
            QCoreApplication.translate("BackupAction", "A backup is already running."), 10_000
        )
        return None
    target = choose_backup_file(window, suggested_backup_path())
    if target is None:
        return None
    window.statusBar().showMessage(_backing_up_words(target))
    coroutine = run_backup(window.statusBar(), target)
    if tasks is not None:
        return tasks.start(coroutine, name=TASK_NAME)
    task = asyncio.ensure_future(coroutine)
    _unowned.add(task)
    task.add_done_callback(_unowned.discard)
    return task
