"""When and how long to wait before repeating a failed Smartcar call.

One policy object answers both questions for the client's own calls (`run`) and for callers that handle
per-item batch errors themselves (`next_delay`). It is bounded in attempts and in total time, so a car that
stays asleep or a server that stays down ends in a clear error instead of an endless loop.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from shopapp.smartcar.errors import (
    CompatibilityError,
    MalformedResponseError,
    NetworkError,
    RateLimitError,
    ServerError,
    SmartcarError,
    UpstreamError,
    VehicleStateError,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

# Vehicle states that need the owner to act; waiting a few seconds changes nothing.
_LASTING_VEHICLE_STATES = frozenset({"REMOTE_ACCESS_DISABLED", "VEHICLE_OFFLINE_FOR_SERVICE"})

_TRANSIENT_ERRORS = (RateLimitError, ServerError, UpstreamError, NetworkError, MalformedResponseError)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries 429 (after Retry-After), 5xx, 409 VEHICLE_STATE, network errors and malformed answers.

    Never retries 4xx authentication, permission, validation or billing errors, nor 501 COMPATIBILITY:
    repeating them cannot succeed and would only spend the car's monthly call budget.

    Attributes: max_attempts (first try included), max_total_seconds (no retry starts after it),
    base_delay / max_delay (exponential backoff bounds, seconds), rate_limit_delay (first back-off after a
    429 without Retry-After, i.e. the app-level bucket), jitter (0..1, the share of each delay that is
    randomised so many cars do not retry in lock-step).
    """

    max_attempts: int = 4
    max_total_seconds: float = 120.0
    base_delay: float = 1.0
    max_delay: float = 30.0
    rate_limit_delay: float = 30.0
    jitter: float = 0.5
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def is_retryable(self, error: SmartcarError) -> bool:
        if isinstance(error, CompatibilityError):  # 501 is a 5xx, but a permanent answer
            return False
        if isinstance(error, VehicleStateError):
            return error.code not in _LASTING_VEHICLE_STATES
        if isinstance(error, _TRANSIENT_ERRORS):
            return True
        return error.status is not None and error.status >= 500 and error.status != 501

    def backoff(self, attempt: int, base: float | None = None) -> float:
        """Delay before retry number `attempt` (1 = first retry): exponential, capped, jittered."""
        start = self.base_delay if base is None else base
        ceiling = max(self.max_delay, start)
        delay = min(ceiling, start * (2.0 ** max(0, attempt - 1)))
        return delay * (1 - self.jitter) + delay * self.jitter * self.rng.random()

    def next_delay(self, error: SmartcarError, attempt: int, elapsed: float = 0.0) -> float | None:
        """Seconds to wait before retry number `attempt`, or None when the error should be raised now.

        `elapsed` is the time already spent on this operation; a wait that would end past
        max_total_seconds is not started (a Retry-After of ten minutes is the caller's to schedule).
        """
        if attempt >= self.max_attempts or not self.is_retryable(error):
            return None
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            # Smartcar's number is a floor; a little jitter keeps a fleet from returning all at once.
            delay = error.retry_after + self.rng.uniform(0, min(1.0, 0.1 * error.retry_after))
        elif isinstance(error, RateLimitError):
            delay = self.backoff(attempt, self.rate_limit_delay)
        else:
            delay = self.backoff(attempt)
        if elapsed + delay > self.max_total_seconds:
            return None
        return delay

    async def run(
        self,
        operation: Callable[[], Awaitable[T]],
        *,
        retry_if: Callable[[SmartcarError], bool] | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> T:
        """Awaits `operation()` until it succeeds or the policy says stop; raises the last error.

        `retry_if` narrows the policy for one call (e.g. a token refresh must not repeat a request that may
        already have rotated the refresh token).
        """
        started = clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                return await operation()
            except SmartcarError as error:
                if retry_if is not None and not retry_if(error):
                    raise
                delay = self.next_delay(error, attempt, clock() - started)
                if delay is None:
                    raise
                log.info("Smartcar call failed (%s); retry %d in %.1f s", error, attempt, delay)
                await sleep(delay)
