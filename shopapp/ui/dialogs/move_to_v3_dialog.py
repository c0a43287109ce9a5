"""“Move connections to v3”: the shop's v2 Smartcar connections switched to API v3 in the background, one
line per connection as it goes, then what moved and what stayed on v2 with why. A preview changes nothing."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
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
from shopapp.i18n import fill
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
from shopapp.ui.dialogs.smartcar_fields import setup_problem_words

log = logging.getLogger(__name__)
TASK_NAME = "move-to-v3"
# Said before anything is done (a test looks for it). QT_TRANSLATE_NOOP marks it for lupdate (typed object in
# the stubs: str() types it); the dialog shows it translated.
PROMISE = str(
    QT_TRANSLATE_NOOP(
        "MoveToV3Dialog",
        "Each owner's cars stay linked; nothing for them to do. ShopApp reads every moved car once.",
    )
)


class MoveToV3Words(QObject):
    """The counted sentences of the move. A QObject only for self.tr(): lupdate marks a message as plural (%n)
    only in self.tr()."""

    def counts(self, counts: ConnectionCounts) -> str:
        if counts.on_v2:
            return self.tr("%n connection(s) still use(s) Smartcar API v2.", "", counts.on_v2)
        if counts.awaiting_read:
            return self.tr(
                "%n connection(s) moved earlier still await(s) their first read through v3.",
                "",
                counts.awaiting_read,
            )
        return self.tr("Every connection uses Smartcar API v3: nothing to move.")

    def result(self, report: MigrationReport, summary: RefreshSummary | None, *, dry_run: bool) -> str:
        if not report.lines:
            return self.tr("No connection uses Smartcar API v2: nothing to move.")
        stayed = report.stayed
        if dry_run:
            would = sum(line.outcome in (WOULD_MOVE, PENDING_READ) for line in report.lines)
            lines = [
                self.tr("Preview only, nothing was changed: %n connection(s) would move to v3.", "", would)
            ]
            if stayed:
                lines.append(self.tr("%n connection(s) would stay on v2:", "", len(stayed)))
        else:
            moved = sum(line.outcome in (MOVED, PENDING_READ) for line in report.lines)
            lines = [self.tr("Moved %n connection(s) to Smartcar API v3.", "", moved)]
            if summary is not None:
                lines.append(self._cars_read(summary))
            if stayed:
                lines.append(self.tr("%n connection(s) stayed on v2:", "", len(stayed)))
            else:
                lines.append(self.tr("New connections use v3 too."))
        lines += [f"• {line.customer}: {line.reason}" for line in stayed]
        return "\n".join(lines)

    def _cars_read(self, summary: RefreshSummary) -> str:
        asked = len(summary.results) - len(summary.skipped)
        read = fill(
            self.tr("ShopApp read %1 of their %n car(s) through v3.", "", asked), len(summary.refreshed)
        )
        if not summary.failed:
            return read
        failed = self.tr(
            "%n car(s) could not be read now: they keep their v2 tokens and are read again at the next refresh.",  # noqa: E501 (one literal for lupdate)
            "",
            len(summary.failed),
        )
        return f"{read} {failed}"


def counts_words(counts: ConnectionCounts) -> str:
    return MoveToV3Words().counts(counts)


def result_words(report: MigrationReport, summary: RefreshSummary | None, *, dry_run: bool) -> str:
    """What happened, in a few lines: how many moved, the cars read, and each connection that stayed."""
    return MoveToV3Words().result(report, summary, dry_run=dry_run)


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
        self.setWindowTitle(self.tr("Move connections to Smartcar API v3"))
        self._setup_ui(counts())
        self._connect_signals()

    def _setup_ui(self, counts: ConnectionCounts) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Smartcar is retiring API v2. This switches each connection still on v2 to v3, asking Smartcar who owns its cars."  # noqa: E501 (one literal for lupdate)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        promise = QLabel(
            QCoreApplication.translate("MoveToV3Dialog", PROMISE)
        )  # what the front desk agrees to by pressing Move
        promise.setWordWrap(True)
        promise.setStyleSheet("font-weight: 600;")
        layout.addWidget(promise)
        self.counts_label = QLabel(counts_words(counts))
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        self.lines_view = QPlainTextEdit()
        self.lines_view.setReadOnly(True)
        self.lines_view.setPlaceholderText(self.tr("One line per connection appears here as it is moved."))
        self.lines_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.lines_view, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: Smartcar is asked one connection at a time
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(self.tr("Preview shows what would happen without changing anything."))
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # customer names are shown as typed
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.move_button = QPushButton(self.tr("Move connections"))
        self.close_button = QPushButton(self.tr("Close"))
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
        self._set_state("running", self.tr("Asking Smartcar about each connection…"))
        task = self._tasks.start(self._run(dry_run), name=TASK_NAME)
        task.add_done_callback(self._on_task_done)

    def _on_task_done(self, task: asyncio.Task) -> None:
        # Also when Stop came before the task's first step, so its own handlers never ran.
        if task.cancelled() and not self._closing:
            self._set_state(
                "stopped",
                self.tr("Stopped. Connections already moved stay moved; Move again finishes the rest."),
            )

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.status_label.setText(message)
        running = state == "running"
        self.preview_button.setEnabled(not running)
        self.move_button.setEnabled(not running)
        again = state in ("failed", "stopped")
        self.move_button.setText(self.tr("Move again") if again else self.tr("Move connections"))
        self.close_button.setText(self.tr("Stop") if running else self.tr("Close"))
        self.progress_bar.setVisible(running)
        self.state_changed.emit(state)

    def _on_line(self, line: MigrationLine) -> None:
        self._lines_done += 1
        self.lines_view.appendPlainText(line.describe())
        self.status_label.setText(
            fill(self.tr("Asking Smartcar about each connection… (%1 done)"), self._lines_done)
        )

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
        except (SetupError, CredentialsError, SmartcarError) as exc:
            where = self.tr("on the Smartcar tab, save, and try again")
            message = setup_problem_words(exc, session, self._environ, where, api="v3")
            if message is None:
                message = fill(self.tr("Smartcar could not be asked: %1"), exc)
            self._set_state("failed", message)
            return
        except Exception:  # a bug: logged with its traceback, said here rather than left "running"
            log.exception("Moving the connections to v3 failed")
            self._set_state(
                "failed",
                self.tr(
                    "The move stopped on a problem ShopApp did not expect; the details are in its log file. Connections already moved stay moved."  # noqa: E501 (one literal for lupdate)
                ),
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
