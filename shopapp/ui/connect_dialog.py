"""Connect a vehicle: the owner approves in the browser while the dialog says what is happening (waiting,
linked, or why not) and never blocks the window."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.i18n import fill
from shopapp.services.connect import (
    ConnectFailed,
    ConnectOutcome,
    StillOnV2,
    connect_setup,
    customers_to_choose,
)
from shopapp.services.loopback import ListenerError
from shopapp.services.shop_session import ShopSession
from shopapp.services.smartcar_link import connect_car
from shopapp.smartcar.errors import SmartcarError
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.smartcar_fields import NOTICE_STYLE, incomplete_setup_words, setup_problem_words

log = logging.getLogger(__name__)
TASK_NAME = "connect"


class ConnectDialog(QDialog):
    """Signals: vehicles_connected(ConnectOutcome) once cars are linked; state_changed(str) with
    "ready", "waiting", "succeeded" or "failed" (tests and the status bar follow it); settings_requested()
    when the front desk asks for Settings → Smartcar to finish the set-up (the dialog closes itself).

    With the shop's Smartcar set-up not complete on this computer, the state is "needs_setup": the dialog
    names every missing piece in order, Start is disabled and "Open Smartcar settings…" is offered."""

    vehicles_connected = Signal(object)
    state_changed = Signal(str)
    settings_requested = Signal()

    def __init__(
        self,
        session: ShopSession,
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._environ = os.environ if environ is None else environ
        self.state = "ready"
        self.setWindowTitle(self.tr("Connect a vehicle"))
        self._setup_ui()
        self._connect_signals()
        self._show_setup()

    def _show_setup(self) -> None:
        """Start only once the set-up is complete (the demo's simulator needs none)."""
        if self._session.demo:
            return
        setup = connect_setup(self._session.settings.values(), self._session.credentials, self._environ)
        if setup.complete:
            return
        self.state = "needs_setup"
        self.status_label.setText(incomplete_setup_words(setup))
        self.status_label.setStyleSheet(NOTICE_STYLE)
        self.start_button.setEnabled(False)
        self.start_button.setToolTip(self.tr("Smartcar is not set up on this computer yet"))
        # Nothing to choose or copy until Connect can run: only what is missing and the way to Settings.
        self._form.setRowVisible(self.customer_choice, False)
        self.url_field.hide()
        self.copy_button.hide()
        self.settings_button.show()
        self.settings_button.setDefault(True)
        self.settings_button.setFocus()
        self._layout.activate()
        self.resize(self.width(), max(self.height(), self._layout.totalHeightForWidth(self.width())))

    def _setup_ui(self) -> None:
        self._layout = layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The owner signs in to their car maker's account in the browser and approves which data the "
                "shop may read. Their cars then appear in the list."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.customer_choice = QComboBox()
        self.customer_choice.addItem(self.tr("A new customer"), None)
        for customer_id, name in customers_to_choose():
            self.customer_choice.addItem(name, customer_id)
        form.addRow(self.tr("Cars belong to:"), self.customer_choice)
        self._form = form
        layout.addLayout(form)
        self.status_label = QLabel(self.tr("Press Start to open Smartcar Connect in the browser."))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        link_row = QHBoxLayout()
        self.url_field = QLineEdit()
        self.url_field.setReadOnly(True)
        self.url_field.setPlaceholderText(self.tr("The Connect address appears here"))
        self.copy_button = QPushButton(self.tr("Copy link"))
        self.copy_button.setToolTip(self.tr("For an owner who signs in on another device"))
        self.copy_button.setEnabled(False)
        link_row.addWidget(self.url_field, 1)
        link_row.addWidget(self.copy_button)
        layout.addLayout(link_row)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.settings_button = self.buttons.addButton(
            self.tr("Open Smartcar settings…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.settings_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.resize(560, 240)

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.status_label.setText(message)
        waiting = state == "waiting"
        self.start_button.setEnabled(not waiting)
        self.start_button.setText(self.tr("Try again") if state == "failed" else self.tr("Start"))
        self.start_button.setVisible(state != "succeeded")
        self.customer_choice.setEnabled(not waiting)
        self.close_button.setText(self.tr("Close") if state == "succeeded" else self.tr("Cancel"))
        self.state_changed.emit(state)

    def _on_start_button_clicked(self) -> None:
        self._set_state("waiting", self.tr("Opening Smartcar Connect…"))
        self._tasks.start(self._connect(self.customer_choice.currentData()), name=TASK_NAME)

    def _on_close_button_clicked(self) -> None:
        self._tasks.cancel(TASK_NAME)  # stops listening: a late approval then lands on a closed port
        self.reject()

    def _on_settings_button_clicked(self) -> None:
        self.settings_requested.emit()
        self.reject()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.url_field.text())

    def _show_url(self, url: str) -> None:
        self.url_field.setText(url)
        self.url_field.setCursorPosition(0)
        self.copy_button.setEnabled(True)
        self._set_state("waiting", self.tr("Waiting for the owner to approve in the browser…"))
        self._tasks.start(self._open_browser(url), name="connect-browser")

    async def _open_browser(self, url: str) -> None:
        try:
            await self._session.link.open_browser(url)
        except Exception:  # the link is on screen to copy; a browser that did not open is no failure
            log.warning("Could not open the browser for Connect", exc_info=True)

    async def _connect(self, customer_id: int | None) -> None:
        try:
            outcome = await connect_car(
                self._session.link, self._session.credentials, customer=customer_id, show_url=self._show_url
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._set_state("failed", self.failure_words(exc))
            return
        self._succeeded(outcome)

    def failure_words(self, error: Exception) -> str:
        """Why Connect stopped, for the front desk: the Smartcar settings to fill in or check by the names
        Settings gives them, never an exception's class name."""
        where = self.tr("in File → Settings → Smartcar")
        setup_words = setup_problem_words(error, self._session, self._environ, where)
        if setup_words is not None:
            return setup_words
        if isinstance(error, StillOnV2):
            # The window's own words: services.connect.STILL_ON_V2 names the command line's way out.
            return self.tr(
                "Smartcar answered the way a v2 application does: the shop's Smartcar application is not on "
                "API v3 yet. Upgrade it to v3 in the Smartcar dashboard (your application → Settings), or "
                "choose API v2 in File → Settings → Smartcar with the application's client ID and client "
                "secret."
            )
        if isinstance(error, ConnectFailed | ListenerError):
            return str(error)
        if isinstance(error, SmartcarError):
            return fill(
                self.tr("Smartcar could not complete Connect (%1). Try again in a few minutes."),
                error.description,
            )
        log.error("Connect stopped on an unexpected error", exc_info=error)
        return self.tr(
            "Connect stopped on a problem ShopApp did not expect; the details are in its log file. Try "
            "again, and if it happens again, send the log to whoever supports ShopApp."
        )

    def _succeeded(self, outcome: ConnectOutcome) -> None:
        self._set_state("succeeded", outcome.describe())
        self.vehicles_connected.emit(outcome)
