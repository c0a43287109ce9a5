"""“Move connections to v3”: the shop's v2 Smartcar connections switched to API v3 in the background, one
line per connection as it goes, then what moved and what stayed on v2 with why. A preview changes nothing."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.credentials import CredentialsError
from shopapp.services.refresh import RefreshSummary
from shopapp.services.shop_session import ShopSession
from shopapp.services.smartcar_app import SetupError
from shopapp.services.smartcar_link import move_shop_to_v3
from shopapp.services.smartcar_migration import (
    MOVED,
    PENDING_READ,
    WOULD_MOVE,
    ConnectionCounts,
    MigrationLine,
    MigrationReport,
    connection_counts,
)
from shopapp.smartcar.errors import SmartcarError
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.smartcar_fields import (
    CREDENTIALS_REFUSED,
    credentials_message,
    credentials_refused,
    missing_smartcar_values,
    setup_message,
)

log = logging.getLogger(__name__)
TASK_NAME = "move-to-v3"
PROMISE = "Each owner's cars stay linked; nothing for them to do. ShopApp reads every moved car once."


def counts_words(counts: ConnectionCounts) -> str:
    if counts.on_v2:
        return f"{_connections(counts.on_v2)} still {'uses' if counts.on_v2 == 1 else 'use'} Smartcar API v2."
    if counts.awaiting_read:
        return f"{_connections(counts.awaiting_read)} moved earlier still await their first read through v3."
    return "Every connection uses Smartcar API v3: nothing to move."


def _connections(count: int) -> str:
    return f"{count} connection" if count == 1 else f"{count} connections"


def _cars(count: int) -> str:
    return f"{count} car" if count == 1 else f"{count} cars"


def result_words(report: MigrationReport, summary: RefreshSummary | None, *, dry_run: bool) -> str:
    """What happened, in a few lines: how many moved, the cars read, and each connection that stayed."""
    if not report.lines:
        return "No connection uses Smartcar API v2: nothing to move."
    stayed = report.stayed
    if dry_run:
        would = sum(line.outcome in (WOULD_MOVE, PENDING_READ) for line in report.lines)
        lines = [f"Preview only, nothing was changed: {_connections(would)} would move to v3."]
        if stayed:
            lines.append(f"{_connections(len(stayed))} would stay on v2:")
    else:
        moved = sum(line.outcome in (MOVED, PENDING_READ) for line in report.lines)
        lines = [f"Moved {_connections(moved)} to Smartcar API v3."]
        if summary is not None:
            asked = len(summary.results) - len(summary.skipped)
            read = f"ShopApp read {len(summary.refreshed)} of their {_cars(asked)} through v3."
            if summary.failed:
                read += (
                    f" {_cars(len(summary.failed))} could not be read now: they keep their v2 tokens and are "
                    "read again at the next refresh."
                )
            lines.append(read)
        if stayed:
            lines.append(f"{_connections(len(stayed))} stayed on v2:")
        else:
            lines.append("New connections use v3 too.")
    lines += [f"• {line.customer}: {line.reason}" for line in stayed]
    return "\n".join(lines)


class MoveToV3Dialog(QDialog):
    """Runs shopapp.services.smartcar_link.move_shop_to_v3 on the window's event loop (never blocking it).
    Nothing happens until Preview or Move connections is pressed; closing while it runs stops it
    (connections already moved stay moved, and running it again finishes the rest).

    `counts` tells how many connections are still to move (the bound database by default).

    Signals: state_changed(str) with "ready", "running", "finished", "failed" or "stopped";
    connections_moved(MigrationReport) after a real run (not a preview).
    Attributes: counts_label, lines_view, progress_bar, status_label, preview_button, move_button,
    close_button, report, summary.
    """

    state_changed = Signal(str)
    connections_moved = Signal(object)

    def __init__(
        self,
        session: ShopSession,
        tasks: BackgroundTasks,
        counts: Callable[[], ConnectionCounts] = connection_counts,
        *,
        environ: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._count_connections = counts
        self._environ = os.environ if environ is None else environ
        self._closing = False
        self._lines_done = 0
        self.state = "ready"
        self.report: MigrationReport | None = None
        self.summary: RefreshSummary | None = None
        self.setWindowTitle("Move connections to Smartcar API v3")
        self._setup_ui(counts())
        self._connect_signals()

    def _setup_ui(self, counts: ConnectionCounts) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Smartcar is retiring API v2. This switches each connection still on v2 to v3, asking Smartcar "
            "who owns its cars."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        promise = QLabel(PROMISE)  # what the front desk agrees to by pressing Move
        promise.setWordWrap(True)
        promise.setStyleSheet("font-weight: 600;")
        layout.addWidget(promise)
        self.counts_label = QLabel(counts_words(counts))
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        self.lines_view = QPlainTextEdit()
        self.lines_view.setReadOnly(True)
        self.lines_view.setPlaceholderText("One line per connection appears here as it is moved.")
        self.lines_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.lines_view, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: Smartcar is asked one connection at a time
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel("Preview shows what would happen without changing anything.")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # customer names are shown as typed
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton("Preview")
        self.move_button = QPushButton("Move connections")
        self.close_button = QPushButton("Close")
        # Enter previews (harmless); moving always takes a click on its own button.
        self.preview_button.setDefault(True)
        self.move_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(660, 460)

    def _connect_signals(self) -> None:
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)

    # -- running ---------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._tasks.running(TASK_NAME)

    def start(self, *, dry_run: bool) -> None:
        if self.running:
            return
        self.lines_view.clear()
        self._lines_done = 0
        self.report = self.summary = None
        self._set_state("running", "Asking Smartcar about each connection…")
        task = self._tasks.start(self._run(dry_run), name=TASK_NAME)
        task.add_done_callback(self._on_task_done)

    def _on_task_done(self, task: asyncio.Task) -> None:
        # Also when Stop came before the task's first step, so its own handlers never ran.
        if task.cancelled() and not self._closing:
            self._set_state(
                "stopped", "Stopped. Connections already moved stay moved; Move again finishes the rest."
            )

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.status_label.setText(message)
        running = state == "running"
        self.preview_button.setEnabled(not running)
        self.move_button.setEnabled(not running)
        self.move_button.setText("Move again" if state in ("failed", "stopped") else "Move connections")
        self.close_button.setText("Stop" if running else "Close")
        self.progress_bar.setVisible(running)
        self.state_changed.emit(state)

    def _on_line(self, line: MigrationLine) -> None:
        self._lines_done += 1
        self.lines_view.appendPlainText(line.describe())
        self.status_label.setText(f"Asking Smartcar about each connection… ({self._lines_done} done)")

    async def _run(self, dry_run: bool) -> None:
        session = self._session
        try:
            report, summary = await move_shop_to_v3(
                session.link,
                session.credentials,
                session.settings,
                session.plan(),
                dry_run=dry_run,
                on_line=self._on_line,
            )
        except SetupError as exc:
            missing = missing_smartcar_values(
                "v3", session.settings.values(), session.credentials, self._environ
            )
            self._set_state("failed", setup_message(exc, missing, "on the Smartcar tab, save, and try again"))
            return
        except CredentialsError as exc:
            self._set_state("failed", credentials_message(exc))
            return
        except SmartcarError as exc:
            self._set_state(
                "failed",
                CREDENTIALS_REFUSED if credentials_refused(exc) else f"Smartcar could not be asked: {exc}",
            )
            return
        except Exception:  # a bug: logged with its traceback, said here rather than left "running"
            log.exception("Moving the connections to v3 failed")
            self._set_state(
                "failed",
                "The move stopped on a problem ShopApp did not expect; the details are in its log file. "
                "Connections already moved stay moved.",
            )
            return
        self.report, self.summary = report, summary
        self._set_state("finished", result_words(report, summary, dry_run=dry_run))
        if not dry_run:  # the shop is on v3 now, even when nothing was left to move
            self.counts_label.setText(counts_words(self._count_connections()))
            self.connections_moved.emit(report)

    # -- slots -----------------------------------------------------------------------------------------

    def _on_preview_button_clicked(self) -> None:
        self.start(dry_run=True)

    def _on_move_button_clicked(self) -> None:
        self.start(dry_run=False)

    def _on_close_button_clicked(self) -> None:
        if self.running:
            self._tasks.cancel(TASK_NAME)
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button
        if self.running:
            self._closing = True
            self._tasks.cancel(TASK_NAME)
        super().reject()
