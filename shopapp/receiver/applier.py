"""Applies stored webhook events in the background, a batch per transaction, on a database thread of its
own (so storing, which the acknowledgement waits for, never queues behind a batch being applied).

A batch that fails is applied again one event at a time, so one bad event cannot hold back the others; the
event that fails alone is settled FAILED and tried again later (services.live_events.RETRY_WAITS)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from shopapp.domain.plan import ServicePlan
from shopapp.services.live_events import apply_events, failed
from shopapp.services.plan_store import load_plan
from shopapp.services.process_identity import is_gone
from shopapp.store.live_changes import forget_old_changes
from shopapp.store.webhook_inbox import (
    ClaimLost,
    StoredEvent,
    claim_events,
    forget_settled_events,
    release_claims,
    settle_events_alone,
    wake_waiting_events,
)
from shopapp.store.worker import DatabaseWorker

log = logging.getLogger(__name__)

BATCH_SIZE = 50
# Long enough for any batch; a receiver killed while applying leaves its events to the next one after it.
LEASE = timedelta(minutes=2)
GATHER_S = 0.2  # how long a woken applier waits for more events before a pass
IDLE_POLL_S = 5.0  # events stored by another receiver, failed ones due again
WAKE_WAITING_EVERY = timedelta(seconds=30)  # events for a car the shop has linked since
FORGET_EVERY = timedelta(hours=1)
KEEP_SETTLED = timedelta(days=30)

_serial = itertools.count(1)
_CLAIMANT_SEPARATOR = "#"


def _applier_is_gone(claimant: str) -> bool:
    """A claimant is a process identity and the applier's number in it."""
    return is_gone(claimant.rpartition(_CLAIMANT_SEPARATOR)[0])


class Applier:
    """`start()` runs passes until `stop()`; `wake()` asks for a pass now (a new event was stored)."""

    def __init__(
        self,
        origin: str,
        *,
        batch_size: int = BATCH_SIZE,
        idle_poll_s: float = IDLE_POLL_S,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._claimant = f"{origin}{_CLAIMANT_SEPARATOR}{next(_serial)}"
        self._origin = origin
        self._batch_size = batch_size
        self._idle_poll_s = idle_poll_s
        self._now = now
        self._worker: DatabaseWorker | None = None
        self._wanted = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._last_wake_waiting: datetime | None = None
        self._last_forget: datetime | None = None
        self.applied = 0

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        self._worker = DatabaseWorker()
        self._stopping = False
        self._task = asyncio.ensure_future(self._run())

    def wake(self) -> None:
        self._wanted.set()

    async def stop(self) -> None:
        """Finishes the batch in hand, then stops; what is left stays stored for the next start."""
        self._stopping = True
        self._wanted.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._worker is not None:
            await self._worker.close()
            self._worker = None

    async def _run(self) -> None:
        assert self._worker is not None
        while not self._stopping:
            self._wanted.clear()
            try:
                taken = await self._worker.run(self.apply_pass)
            except Exception:  # the database went away: try again after a pause, never stop
                log.exception("Applying webhook events failed; trying again in %.0f s", self._idle_poll_s)
                taken = 0
            if taken >= self._batch_size:
                continue  # more are waiting
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wanted.wait(), self._idle_poll_s)
            if not self._stopping:
                # Let a few more arrive: a pass costs nearly as much for one event as for fifty, and
                # under load its work competes with the acknowledgements for the interpreter.
                await asyncio.sleep(GATHER_S)

    def apply_pass(self) -> int:
        """One pass (on a database thread): housekeeping when due, then one batch claimed and applied.
        Returns how many events it claimed."""
        now = self._now()
        if self._last_wake_waiting is None or now - self._last_wake_waiting >= WAKE_WAITING_EVERY:
            self._last_wake_waiting = now
            released = release_claims(_applier_is_gone, now)
            if released:
                log.info(
                    "%d webhook events held by a receiver that stopped are to be applied again", released
                )
            woken = wake_waiting_events()
            if woken:
                log.info("%d webhook events for cars linked since are due again", woken)
        if self._last_forget is None or now - self._last_forget >= FORGET_EVERY:
            self._last_forget = now
            forget_settled_events(now - KEEP_SETTLED)
            forget_old_changes(now)
        events = claim_events(self._claimant, now, LEASE, self._batch_size)
        if not events:
            return 0
        plan = load_plan()
        try:
            apply_events(events, plan, self._origin, now, self._claimant)
        except ClaimLost:
            log.warning("A batch of webhook events was taken over by another receiver; it applies them")
        except Exception:
            log.warning("A batch of %d webhook events failed; applying them one by one", len(events))
            for event in events:
                self._apply_alone(event, plan)
        self.applied += len(events)
        return len(events)

    def _apply_alone(self, event: StoredEvent, plan: ServicePlan) -> None:
        now = self._now()
        try:
            apply_events([event], plan, self._origin, now, self._claimant)
        except ClaimLost:
            log.warning("Webhook event %s was taken over by another receiver", event.event_id)
        except Exception as exc:
            outcome = failed(event, exc, now)
            log.warning(
                "Applying webhook event %s failed (%s); trying again at %s",
                event.event_id,
                outcome.problem,
                outcome.retry_at,
            )
            try:
                settle_events_alone([outcome], now, self._claimant)
            except ClaimLost:
                log.warning("Webhook event %s was taken over by another receiver", event.event_id)
