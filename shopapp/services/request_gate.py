"""Every Smartcar API request passes the gate first (DESIGN.md "Smartcar plan limits"): it takes a token
from the shop's shared request bucket, waiting (and saying until when) while the bucket is empty, and after
Smartcar throttled the whole application (429 RATE_LIMIT/SMARTCAR_API) it holds every request back,
exponentially longer each time, from 30 s up to 10 min, with jitter."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from shopapp.smartcar.errors import RateLimitError, SmartcarError
from shopapp.store.api_bucket import pause_after_throttle, take_request_token, throttle_strikes
from shopapp.store.worker import DatabaseWorker

log = logging.getLogger(__name__)

THROTTLE_FIRST_DELAY = 30.0
THROTTLE_MAX_DELAY = 600.0
THROTTLE_JITTER = 0.25
# A long wait is taken in naps, so a bucket refilled by a settings change or a cancel is noticed.
LONGEST_NAP = 60.0


def is_app_throttle(error: SmartcarError) -> bool:
    return isinstance(error, RateLimitError) and error.code == "SMARTCAR_API"


class RequestGate:
    """`await gate.before_request()` before each API request; `await gate.after_response(error)` after it.

    `on_wait(until)` is told when requests start waiting (until when) and `on_wait(None)` when they flow
    again, for the progress bar. A burst of 0 means the plan has no bucket: only throttles hold requests.
    """

    def __init__(
        self,
        burst: int,
        refill_per_minute: float,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if burst > 0 and refill_per_minute <= 0:
            raise ValueError("a request bucket that never refills would stop all requests")
        self._burst = burst
        self._refill = refill_per_minute
        self._now = now
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._worker = DatabaseWorker()
        self._paused_until: datetime | None = None  # this process's own throttle, when there is no bucket
        self._strikes = 0
        self._waiting_until: datetime | None = None
        self.on_wait: Callable[[datetime | None], None] | None = None

    @property
    def waiting_until(self) -> datetime | None:
        return self._waiting_until

    async def before_request(self) -> None:
        while True:
            wait = await self._seconds_to_wait()
            if wait <= 0:
                self._report(None)
                return
            self._report(self._now() + timedelta(seconds=wait))
            await self._sleep(min(wait, LONGEST_NAP))

    async def after_response(self, error: SmartcarError | None) -> None:
        if error is not None and is_app_throttle(error):
            until = await self._pause()
            log.warning("Smartcar throttled the application; requests wait until %s", until.isoformat())

    async def close(self) -> None:
        await self._worker.close()

    async def _seconds_to_wait(self) -> float:
        if self._burst > 0:
            return await self._worker.run(take_request_token, self._now(), self._burst, self._refill)
        if self._paused_until is None:
            return 0.0
        return max(0.0, (self._paused_until - self._now()).total_seconds())

    def _delay_after(self, strikes: int) -> float:
        delay = min(THROTTLE_MAX_DELAY, THROTTLE_FIRST_DELAY * 2**strikes)
        return delay * (1.0 - THROTTLE_JITTER * self._rng.random())

    async def _pause(self) -> datetime:
        now = self._now()
        if self._burst > 0:
            return await self._worker.run(pause_after_throttle, now, self._delay_after, THROTTLE_MAX_DELAY)
        if self._paused_until is None or self._paused_until <= now:
            strikes = throttle_strikes(self._paused_until, self._strikes, now, THROTTLE_MAX_DELAY)
            self._paused_until = now + timedelta(seconds=self._delay_after(strikes))
            self._strikes = strikes + 1
        return self._paused_until

    def _report(self, until: datetime | None) -> None:
        if until is None and self._waiting_until is None:
            return  # the usual case: requests flowing, nothing to tell
        self._waiting_until = until
        if self.on_wait:
            self.on_wait(until)
