"""Smartcar's plan limits on simulated time: per-car throttle, the application's bucket, monthly quotas."""

from __future__ import annotations

import math
import threading
from collections import deque
from datetime import UTC, datetime

from shopapp.simulator.config import SimulatorConfig


class PlanLimits:
    """All three limits, each off while its knob is 0. Methods answer at simulated time `now` (POSIX s)
    and count the request only when it is allowed."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._recent: dict[str, deque[float]] = {}
        self._bucket_level: float | None = None
        self._bucket_ts = 0.0
        self._bucket_burst = 0
        self._monthly: dict[tuple[str, int, int], int] = {}

    def vehicle_retry_after(self, vehicle_id: str, now: float) -> int | None:
        """None if this car may be asked now (and counts it), else the seconds to wait."""
        limit = self.config.vehicle_rate_limit
        if limit <= 0:
            return None
        window = self.config.vehicle_rate_window_s
        with self._lock:
            recent = self._recent.setdefault(vehicle_id, deque())
            while recent and recent[0] <= now - window:
                recent.popleft()
            if len(recent) >= limit:
                return max(1, math.ceil(recent[0] + window - now))
            recent.append(now)
        return None

    def take_app_token(self, now: float) -> bool:
        burst = self.config.app_burst
        if burst <= 0:
            return True
        with self._lock:
            if self._bucket_level is None or burst != self._bucket_burst:
                self._bucket_level, self._bucket_ts, self._bucket_burst = float(burst), now, burst
            refill = max(0.0, now - self._bucket_ts) * self.config.app_refill_per_minute / 60.0
            self._bucket_level = min(float(burst), self._bucket_level + refill)
            self._bucket_ts = now
            if self._bucket_level < 1.0:
                return False
            self._bucket_level -= 1.0
        return True

    def take_monthly_call(self, vehicle_id: str, now: float) -> bool:
        quota = self.config.vehicle_monthly_quota
        if quota <= 0:
            return True
        moment = datetime.fromtimestamp(now, UTC)
        key = (vehicle_id, moment.year, moment.month)
        with self._lock:
            used = self._monthly.get(key, 0)
            if used >= quota:
                return False
            self._monthly[key] = used + 1
        return True

    def monthly_calls(self, vehicle_id: str, now: float) -> int:
        moment = datetime.fromtimestamp(now, UTC)
        return self._monthly.get((vehicle_id, moment.year, moment.month), 0)
