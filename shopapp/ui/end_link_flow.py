"""Vehicles → End Smartcar link…: asked first (what stops and what stays), then Smartcar is told and the car
stays in the list as a car kept at the desk, with its history."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from shopapp.i18n import fill
from shopapp.services.shop_session import ShopSession
from shopapp.services.smartcar_link import end_smartcar_link
from shopapp.services.vehicle_list import VehicleRow
from shopapp.tasks import BackgroundTasks


class EndLinkFlow(QObject):
    """`ended(words)` once Smartcar was told and the car kept; errors go to the tasks' error handler (a
    UserFacingError says what happened and what to do)."""

    ended = Signal(str)

    def __init__(
        self,
        window: QWidget,
        session: ShopSession,
        tasks: BackgroundTasks,
        write: Callable[..., Awaitable[object]],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._tasks = tasks
        self._write = write
        self.question: QMessageBox | None = None

    def start(self, row: VehicleRow) -> None:
        question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("End Smartcar link"),
            fill(
                self.tr(
                    "End the Smartcar link of %1 (%2)?\n\nShopApp stops reading the car and Smartcar is told. The car stays in the list with its readings, services and letters, as a car kept at the desk; the owner can link it again with Connect."  # noqa: E501 (one literal for lupdate)
                ),
                row.listing.title,
                row.listing.customer_name,
            ),
            QMessageBox.StandardButton.Cancel,
            self._window,
        )
        end = question.addButton(self.tr("End link"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        question.buttonClicked.connect(
            lambda button: self._tasks.start(self._end(row)) if button is end else None
        )
        self.question = question
        question.open()

    async def _end(self, row: VehicleRow) -> None:
        ended = await end_smartcar_link(
            self._session.link, self._session.credentials, row.vehicle_id, self._write
        )
        if ended.already_ended:
            words = self.tr("The owner had already ended the link of %1; it is now kept at the desk.")
        else:
            words = self.tr("Smartcar link of %1 ended; the car is now kept at the desk.")
        self.ended.emit(fill(words, ended.title))
