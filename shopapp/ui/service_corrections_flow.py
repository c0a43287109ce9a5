"""Edit service… and Delete service from the car's service history: the service dialog in its editing mode,
and a delete that the status bar's "Undo delete" takes back for the rest of the session."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton

from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.service_corrections import (
    DeletedService,
    delete_service,
    edit_service,
    recorded_service,
    restore_service,
)
from shopapp.services.shop_session import DatabaseWorker, ShopSession
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.service_dialog import ServiceDialog
from shopapp.ui.display import day_text
from shopapp.ui.window_flow import WindowFlow

Write = Callable[..., Awaitable[Any]]


class ServiceCorrectionFlow(WindowFlow):
    """Corrects and deletes the shop's own service records for `window`, writing through its `write` (the
    database writer thread). Every deletion of the session can be undone, the latest first.

    Signals: service_changed(int): a car's services changed (its vehicle id), after the write.
    Attributes: undo_button (in the window's status bar while there is a deletion to undo), service_dialog
    (the last editing dialog opened), deleted (what can be put back, the latest last).
    """

    service_changed = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        session: ShopSession,
        tasks: BackgroundTasks,
        reader: DatabaseWorker,
        write: Write,
    ) -> None:
        super().__init__(window, session, tasks, reader)
        self._main_window = window
        self._write = write
        self.deleted: list[tuple[DeletedService, str]] = []  # with the car's title, for the words
        self.service_dialog: ServiceDialog | None = None
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        window.statusBar().addPermanentWidget(self.undo_button)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

    def _say(self, words: str, timeout: int = 15_000) -> None:
        self._main_window.statusBar().showMessage(words, timeout)

    # -- edit -----------------------------------------------------------------------------------------

    def edit(self, record_id: int, vehicle_title: str) -> None:
        self._tasks.start(self._open_editor(record_id, vehicle_title), name="edit-service")

    async def _open_editor(self, record_id: int, vehicle_title: str) -> None:
        plan = self._session.plan()
        unit = self._session.unit()
        try:
            service = await self._reader.run(recorded_service, record_id, plan)
        except UserFacingError as exc:  # gone, or not the shop's: say why, show what is there now
            self._say(exc.words())
            self.service_changed.emit(0)
            return

        def record(values):  # the one edit use case, on the writer thread
            return self._write(partial(edit_service, record_id, **values, plan=plan, unit=unit))

        dialog = ServiceDialog(
            plan,
            unit,
            vehicle_title=vehicle_title,
            currency=self._session.currency(),
            editing=service,
            record=record,
            tasks=self._tasks,
            parent=self._main_window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(partial(self._on_service_dialog_recorded, title=vehicle_title))
        self.service_dialog = dialog
        dialog.open()

    def _on_service_dialog_recorded(self, vehicle_id: int, *, title: str) -> None:
        self._say(fill(self.tr("Service corrected for %1; its due items follow it."), title))
        self.service_changed.emit(vehicle_id)

    # -- delete and undo ------------------------------------------------------------------------------

    def delete(self, record_id: int, vehicle_title: str) -> None:
        self._tasks.start(self._delete(record_id, vehicle_title), name="delete-service")

    async def _delete(self, record_id: int, vehicle_title: str) -> None:
        try:
            deleted = await self._write(delete_service, record_id)
        except UserFacingError as exc:
            self._say(exc.words())
            self.service_changed.emit(0)
            return
        self.deleted.append((deleted, vehicle_title))
        self._show_undo()
        self._say(
            fill(
                self.tr("Service of %1 deleted for %2; its due items no longer count it. Undo puts it back."),
                day_text(deleted.performed_on),
                vehicle_title,
            ),
            30_000,
        )
        self.service_changed.emit(deleted.vehicle_id)

    def _show_undo(self) -> None:
        if not self.deleted:
            self.undo_button.hide()
            return
        deleted, title = self.deleted[-1]
        self.undo_button.setToolTip(
            fill(self.tr("Put back the service of %1 for %2"), day_text(deleted.performed_on), title)
        )
        self.undo_button.show()

    def _on_undo_button_clicked(self) -> None:
        if self.deleted:
            self.undo_button.setEnabled(False)  # one undo at a time
            self._tasks.start(self._undo(), name="undo-delete-service")

    async def _undo(self) -> None:
        deleted, title = self.deleted[-1]
        try:
            await self._write(restore_service, deleted)
        except UserFacingError as exc:
            self.undo_button.setEnabled(True)
            if not isinstance(exc, LookupError):  # busy: the desk may try again
                self._say(exc.words())
                return
            self.deleted.pop()  # the car is gone: nothing to put back
            self._show_undo()
            self._say(exc.words())
            return
        self.deleted.pop()
        self.undo_button.setEnabled(True)
        self._show_undo()
        self._say(fill(self.tr("The service of %1 for %2 is back."), day_text(deleted.performed_on), title))
        self.service_changed.emit(deleted.vehicle_id)
