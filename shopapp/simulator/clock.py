"""The simulated clock every time-dependent answer of the simulator reads, and its timestamp format."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class SimClock:
    """Simulated UTC time that tests can move forward (or set) at will.

    A frozen clock (the default) only moves when told to, so a test sees the same odometer twice in a row;
    a ticking clock also follows the wall clock, which suits demo mode and `shopapp simulate`.

    Attributes: ticking (bool).
    """

    def __init__(self, start: datetime | None = None, *, ticking: bool = False) -> None:
        start = start or datetime.now(UTC).replace(microsecond=0)
        if start.tzinfo is None:
            raise ValueError("The simulated clock needs an aware datetime (UTC).")
        self._base = start.astimezone(UTC).timestamp()
        self.ticking = ticking
        self._mono0 = time.monotonic()
        self._lock = threading.Lock()  # tests move the clock while the server thread reads it

    def timestamp(self) -> float:
        """Now as POSIX seconds: what the hot paths use, cheaper than a datetime."""
        if self.ticking:
            return self._base + (time.monotonic() - self._mono0)
        return self._base

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.timestamp(), UTC)

    def advance(self, delta: timedelta | float) -> datetime:
        """Moves time forward by a timedelta (or seconds) and returns the new now."""
        seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
        if seconds < 0:
            raise ValueError("The simulated clock only moves forward; use set() to go back.")
        with self._lock:
            self._base += seconds
        return self.now()

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("The simulated clock needs an aware datetime (UTC).")
        with self._lock:
            self._base = when.astimezone(UTC).timestamp()
            self._mono0 = time.monotonic()


def iso_z(ts: float) -> str:
    """POSIX seconds as Smartcar writes times: ISO 8601, UTC, milliseconds, `Z` (2024-09-05T14:48:00.000Z)."""
    moment = datetime.fromtimestamp(ts, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


DAY = 86400.0
