"""A window that follows live: it notices what another process wrote (the webhook receiver, a scheduled
refresh, another front-desk PC) within seconds, and says in the status bar when the last live update came.

On PostgreSQL a listener thread (services.live_feed.ChangeListener) wakes the window at each NOTIFY, with a
slow poll behind it in case the listening connection is down; on SQLite the window polls the change counter
every couple of seconds (one indexed MAX). Every read runs on the window's database worker: never on the GUI
thread."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.services.live_feed import (
    SYSTEM_ALERT,
    ChangeListener,
    ClaimedAlert,
    can_listen,
    last_live_update,
    latest_change_id,
    news_after,
    window_claimant,
)
from shopapp.services.vehicle_list import VehicleRow
from shopapp.tasks import BackgroundTasks
from shopapp.ui.notifications import system_alert_finding, trouble_code_finding

log = logging.getLogger(__name__)

Run = Callable[..., Awaitable[Any]]  # the window's DatabaseWorker.run

POLL_MS = 2_000  # SQLite: the change counter is looked at this often
FALLBACK_POLL_MS = 30_000  # PostgreSQL: in case the listening connection is down
LABEL_UPDATE_MS = 30_000
OFF_AFTER = timedelta(days=7)  # a last live update older than this: the receiver is not running


class LiveUpdates(QObject):
    """Signals: news_arrived(LiveNews) when another process changed something (or this window claimed an
    announcement): the window reloads the cars named, or everything.

    `await begin()` before the window's first read of the list (the feed's position is taken first, so
    nothing written meanwhile is missed); `stop()` on close, then `await wind_down()`."""

    news_arrived = Signal(object)
    _woken = Signal()  # emitted by the listener's thread: Qt queues it to this object's (the GUI) thread

    def __init__(self, run: Run, tasks: BackgroundTasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._tasks = tasks
        self.claimant = window_claimant()
        self._since = datetime.now(UTC)  # announcements made before the window opened are not its news
        self._last_seen: int | None = None
        self._listener: ChangeListener | None = None
        self._again = False  # a wake-up came while a look was under way: look once more after it
        self._stopped = False
        self._began = False
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.look)
        self._woken.connect(self.look, Qt.ConnectionType.QueuedConnection)

    @property
    def started(self) -> bool:
        return self._began

    async def begin(self) -> None:
        self._began = True
        self._last_seen = await self._run(latest_change_id)
        listens = await self._run(can_listen)
        if self._stopped:
            return
        if listens:
            self._listener = ChangeListener(self._woken.emit)
            self._listener.start()
        self.poll_timer.start(FALLBACK_POLL_MS if listens else POLL_MS)

    @property
    def listener(self) -> ChangeListener | None:
        return self._listener

    def look(self) -> None:
        """Reads what changed since the last look (on the worker) and announces it."""
        if self._stopped or self._last_seen is None:
            return
        if self._tasks.running("live"):
            self._again = True
            return
        self._tasks.start(self._look(), name="live")

    async def _look(self) -> None:
        while True:
            self._again = False
            last_seen = self._last_seen
            assert last_seen is not None
            if self._listener is None and await self._run(latest_change_id) == last_seen:
                news = None  # SQLite's cheap poll: nothing new
            else:
                news = await self._run(news_after, last_seen, self.claimant, self._since)
            if self._stopped:
                return
            if news is not None:
                self._last_seen = news.latest
                if news.needs_reload or news.alerts or news.live:
                    self.news_arrived.emit(news)
            if not self._again:
                return

    def stop(self) -> None:
        """Stops polling and tells the listener to end (its thread ends within a second)."""
        self._stopped = True
        self.poll_timer.stop()
        if self._listener is not None:
            self._listener.stop(wait=False)

    async def wind_down(self) -> None:
        self.stop()
        if self._listener is not None:
            await asyncio.to_thread(self._listener.stop)


def alert_findings(
    alerts: tuple[ClaimedAlert, ...], rows: list[VehicleRow], catalogue: TroubleCodeCatalogue
) -> list[str]:
    """The claimed announcements in the refresh's words, naming each car as the list does (a car no longer
    listed is left out: it was removed meanwhile)."""
    by_id = {row.vehicle_id: row for row in rows}
    lines = []
    for alert in alerts:
        row = by_id.get(alert.vehicle_id)
        if row is None:
            continue
        customer, vehicle = row.listing.customer_name, row.listing.title
        if alert.kind == SYSTEM_ALERT:
            lines.append(system_alert_finding(customer, vehicle, alert.code))
        else:
            lines.append(trouble_code_finding(customer, vehicle, alert.code, catalogue))
    return lines


class LiveStatusLabel(QLabel):
    """ "Live updates: last 2 min ago" in the status bar, or "Live updates: off" when no webhook delivery
    ever came (or none for a week). Looks again every 30 s, and at once after a live update."""

    def __init__(self, run: Run, tasks: BackgroundTasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._tasks = tasks
        self.last: datetime | None = None
        self.setToolTip(
            self.tr(
                "Live updates come from the shop's webhook receiver (README, “Live updates”): while it runs, the list follows every car within seconds."  # noqa: E501 (one literal for lupdate)
            )
        )
        self.show_last(None)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.look)
        self.timer.start(LABEL_UPDATE_MS)

    def look(self) -> None:
        if not self._tasks.running("live-label"):
            self._tasks.start(self._look(), name="live-label")

    async def _look(self) -> None:
        self.show_last(await self._run(last_live_update))

    def show_last(self, last: datetime | None, now: datetime | None = None) -> None:
        self.last = last
        self.setText(self.words(last, now or datetime.now(UTC)))

    def words(self, last: datetime | None, now: datetime) -> str:
        if last is None or now - last > OFF_AFTER:
            return self.tr("Live updates: off")
        minutes = max(0, int((now - last).total_seconds() // 60))
        if minutes < 1:
            return self.tr("Live updates: just now")
        if minutes < 60:
            return self.tr("Live updates: last %n min ago", "", minutes)
        hours = minutes // 60
        if hours < 24:
            return self.tr("Live updates: last %n hour(s) ago", "", hours)
        return self.tr("Live updates: last %n day(s) ago", "", hours // 24)

    def stop(self) -> None:
        self.timer.stop()
