"""The simulator's knobs, in one mutable dataclass that tests and the CLI set and every request reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from shopapp.simulator.faults import PROFILES, FaultProfile


@dataclass(slots=True)
class SimulatorConfig:
    """Knobs. Limits are off at 0; durations are seconds of simulated time except latency_ms and hang_s,
    which are real time (they exist to make clients wait).

    Attributes:
        latency_ms: added to every request (async sleep), token and Connect calls included.
        access_token_ttl_s, refresh_token_ttl_s, code_ttl_s: lifetimes (real API: 2 h, 60 days, 10 min).
        refresh_grace_s: how long a used refresh token keeps working (real API: 1-10 min; default 0).
        vehicle_rate_limit / vehicle_rate_window_s: at most N requests per car per sliding window (each
            batch item counts) -> 429 RATE_LIMIT/VEHICLE with Retry-After.
        app_burst / app_refill_per_minute: application token bucket (a batch is one request; token and
            Connect calls are free) -> 429 RATE_LIMIT/SMARTCAR_API.
        vehicle_monthly_quota: calls per car per calendar month (each batch item counts) -> 430 BILLING.
        faults: the fault profile; hang_s: how long a TIMEOUT fault holds the request.
        fault_seed: seeds fault decisions (default: the fleet's seed).
    """

    latency_ms: float = 0.0
    access_token_ttl_s: float = 7200.0
    refresh_token_ttl_s: float = 60 * 86400.0
    code_ttl_s: float = 600.0
    refresh_grace_s: float = 0.0
    vehicle_rate_limit: int = 0
    vehicle_rate_window_s: float = 60.0
    app_burst: int = 0
    app_refill_per_minute: float = 2.0
    vehicle_monthly_quota: int = 0
    faults: FaultProfile = field(default_factory=lambda: PROFILES["none"])
    hang_s: float = 150.0
    fault_seed: int | None = None
