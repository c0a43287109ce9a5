"""Runs refreshes for the window in the background: on demand, at start-up and on a timer, one at a time,
cancellable, reporting progress through Qt signals."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from shopapp.credentials import CredentialsError
from shopapp.services.refresh import RefreshProgress, RefreshSummary
from shopapp.services.shop_session import ShopSession
from shopapp.services.smartcar_app import SetupError
from shopapp.services.smartcar_link import refresh_cars
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.smartcar_fields import setup_problem_words

log = logging.getLogger(__name__)

# The schedule (DESIGN.md "Smartcar plan limits") decides which cars are due; looking every quarter of an
# hour lets each car come round at the shop's interval without the window spending calls the plan forbids.
AUTOMATIC_CHECK_MINUTES = 15
TASK_NAME = "refresh"


class RefreshController(QObject):
    """Signals: refresh_started(str) with a description; progress_changed(RefreshProgress);
    refresh_finished(RefreshSummary) — also after a cancellation (summary.cancelled), with what was
    done; refresh_failed(str) with a message for the front desk (Smartcar not set up, data key missing);
    nothing_to_refresh() when no car is connected yet."""

    refresh_started = Signal(str)
    progress_changed = Signal(object)
    refresh_finished = Signal(object)
    refresh_failed = Signal(str)
    nothing_to_refresh = Signal()

    def __init__(self, session: ShopSession, tasks: BackgroundTasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._last_progress: RefreshProgress | None = None
        self.automatic_timer = QTimer(self)
        self.automatic_timer.setInterval(AUTOMATIC_CHECK_MINUTES * 60_000)
        self.automatic_timer.timeout.connect(self._on_automatic_timer_timeout)

    @property
    def running(self) -> bool:
        return self._tasks.running(TASK_NAME)

    def start(
        self, vehicle_ids: Sequence[int] | None = None, *, trigger: str = "manual", due_only: bool = False
    ) -> bool:
        """Starts a refresh unless one is running (then False: two would only compete for the same calls)."""
        if self.running:
            return False
        if due_only:
            description = self.tr("Refreshing the due cars…")
        elif vehicle_ids is None:
            description = self.tr("Refreshing all cars…")
        else:
            description = self.tr("Refreshing %n car(s)…", "", len(vehicle_ids))
        self.refresh_started.emit(description)
        self._tasks.start(self._run(vehicle_ids, trigger, due_only), name=TASK_NAME)
        return True

    def start_automatic(self) -> None:
        """The start-up refresh, then one look every AUTOMATIC_CHECK_MINUTES."""
        self.automatic_timer.start()
        self.start(trigger="startup", due_only=True)

    def cancel(self) -> None:
        self._tasks.cancel(TASK_NAME)

    def _on_automatic_timer_timeout(self) -> None:
        self.start(trigger="automatic", due_only=True)

    def _on_progress(self, progress: RefreshProgress) -> None:
        self._last_progress = progress
        self.progress_changed.emit(progress)

    async def _run(self, vehicle_ids: Sequence[int] | None, trigger: str, due_only: bool) -> None:
        session = self._session
        try:
            summary = await refresh_cars(
                session.link,
                session.credentials,
                session.settings.values(),
                session.plan(),
                vehicle_ids=vehicle_ids,
                trigger=trigger,
                due_only=due_only,
                on_progress=self._on_progress,
            )
        except (SetupError, CredentialsError) as exc:
            # The window's words: the missing pieces by the names Settings gives them, in order (the
            # command line's sentence names `shopapp config set …` instead).
            where = self.tr("in File → Settings → Smartcar")
            self.refresh_failed.emit(setup_problem_words(exc, session, os.environ, where) or str(exc))
            return
        except asyncio.CancelledError:
            done = self._last_progress.done if self._last_progress else 0
            log.info("Refresh cancelled after %d cars; what they gave is saved", done)
            self.refresh_finished.emit(RefreshSummary(cancelled=True))
            raise
        if summary is None:
            self.nothing_to_refresh.emit()
        else:
            self.refresh_finished.emit(summary)
