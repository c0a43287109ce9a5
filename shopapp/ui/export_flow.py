"""Export due list… from the window: the dialog, then the contract CSV written on a worker thread with a
cancellable progress dialog (an interrupted export leaves no file: the writer renames a finished temp
file)."""

from __future__ import annotations

import asyncio
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.reports.due_export import (
    DueExportChoice,
    DueExportOutcome,
    ExportCancelled,
    rows_for_cars,
    write_due_export,
)
from shopapp.reports.export_target import OutputError
from shopapp.services.due_list import DueRow, due_list
from shopapp.services.shop_session import DatabaseWorker, ShopSession
from shopapp.tasks import BackgroundTasks
from shopapp.ui.export_dialog import ExportDialog
from shopapp.ui.window_flow import WindowFlow


class ExportOutcomeText(QObject):
    """How an export ended, for the status bar. A QObject only for self.tr(): lupdate marks a message as
    plural (%n) only there."""

    def words(self, outcome: DueExportOutcome) -> str:
        if outcome.cancelled:
            return self.tr("Export cancelled; no file was written.")
        if outcome.error:
            return fill(self.tr("The due list could not be saved to %1: %2"), outcome.path, outcome.error)
        return fill(self.tr("Due list exported: %Ln row(s) to %1.", "", outcome.rows), outcome.path)


def export_words(outcome: DueExportOutcome) -> str:
    return ExportOutcomeText().words(outcome)


class DueExportFlow(WindowFlow):
    """One export at a time for `window`. Attributes: dialog (the open ExportDialog), progress (the progress
    dialog while writing). Signals: started(), finished(DueExportOutcome) — written, cancelled or failed."""

    started = Signal()
    finished = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        session: ShopSession,
        tasks: BackgroundTasks,
        reader: DatabaseWorker,
        ui_state: QSettings,
    ) -> None:
        super().__init__(window, session, tasks, reader)
        self._ui_state = ui_state
        self.dialog: ExportDialog | None = None
        self.progress: QProgressDialog | None = None

    def open_dialog(self, shown: frozenset[int], total: int) -> None:
        """`shown`: the cars the list shows now (after search and filter) of `total`."""
        path = self._folder() / f"due-list-{date.today().isoformat()}.csv"
        dialog = ExportDialog(
            path,
            shown,
            total,
            filtered=len(shown) != total,
            bom=self._ui_state.value("export/bom") in (True, "true"),
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.export_requested.connect(self._on_dialog_export_requested)
        self.dialog = dialog
        dialog.open()

    def _folder(self) -> Path:
        remembered = self._ui_state.value("export/folder")
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        folder = self._session.home / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _on_dialog_export_requested(self, choice: DueExportChoice) -> None:
        self._ui_state.setValue("export/folder", str(choice.path.parent))
        self._ui_state.setValue("export/bom", choice.bom)
        self.started.emit()
        self._tasks.start(self._export(choice), name="export")

    def due_rows(self, include_all: bool) -> list[DueRow]:
        """Blocking: runs on the reader's thread."""
        session = self._session
        return due_list(
            today=date.today(),
            plan=session.plan(),
            unit=session.unit(),
            catalogue=session.catalogue,
            include_all=include_all,
        )

    async def _export(self, choice: DueExportChoice) -> DueExportOutcome:
        cancel = threading.Event()
        progress = QProgressDialog(self.tr("Reading the due list…"), self.tr("Cancel"), 0, 0, self._window)
        progress.setWindowTitle(self.tr("Export due list"))
        progress.setMinimumDuration(400)  # a small export finishes before the dialog would flash up
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        self.progress = progress
        loop = asyncio.get_running_loop()
        ended = False

        def show_count(count: int) -> None:  # on the event loop
            if not ended:
                progress.setValue(count)
                words = self.tr("Writing the due list… %1 of %Ln row(s)", "", progress.maximum())
                progress.setLabelText(fill(words, whole_number(count)))

        def report(count: int) -> None:  # on the writer's thread
            loop.call_soon_threadsafe(show_count, count)

        unit = self._session.unit()
        try:
            every_row = await self._reader.run(self.due_rows, choice.include_all)
            rows = rows_for_cars(every_row, choice.vehicle_ids)
            progress.setRange(0, max(len(rows), 1))
            progress.setValue(0)
            written = await asyncio.to_thread(
                write_due_export, rows, choice.path, unit, bom=choice.bom, progress=report, cancel=cancel
            )
            outcome = DueExportOutcome(choice.path, written)
        except ExportCancelled:
            outcome = DueExportOutcome(choice.path, cancelled=True)
        except OutputError as exc:
            outcome = DueExportOutcome(choice.path, error=exc.reason)
        except asyncio.CancelledError:
            cancel.set()  # the window is closing: the writer stops at its next row and removes its file
            raise
        finally:
            ended = True
            progress.hide()
            progress.deleteLater()
            self.progress = None
        self.finished.emit(outcome)
        return outcome
