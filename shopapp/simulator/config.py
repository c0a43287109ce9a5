"""The simulator's knobs, in one mutable dataclass that tests and the CLI set and every request reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shopapp.simulator.faults import PROFILES, FaultProfile

# The knobs that take one of a few words; setting anything else raises ValueError at once rather than
# surfacing later as a simulator bug in the middle of a request.
CHOICES: dict[str, tuple[str, ...]] = {
    "served_apis": ("both", "v2", "v3"),
    "application_api": ("v3", "v2"),
    "v3_error_shape": ("flat", "jsonapi"),
    "v3_timestamps": ("ms", "seconds", "iso"),
    "v3_unit_spelling": ("short", "long"),
    "v3_paging_meta": ("pageNumber", "page"),
    "subscription_paths": ("spec", "blog"),
}


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

    Smartcar v3 (reference/smartcar-v3.md; where the sources give two readings, both can be served):
        served_apis: "both" (default), "v2" (v3 paths answer 404, Connect acts as a v2 application) or
            "v3" (v2 paths answer 404 VERSION, as once Smartcar switches v2 off; Connect and the legacy
            code exchange keep working).
        application_api: "v3" (Connect redirects with user_id, accepts response_type=none) or "v2" (an
            application not yet upgraded: code and state only).
        app_token_ttl_s: lifetime of a client-credentials app token (real API: 1 h).
        v3_connections_page_size: `/v3/connections` page size when page[size] is not given (10, as the
            real API; at most 100 may be asked for).
        v3_error_shape: "flat" (type/code/description/statusCode/requestId/resolution/docURL/
            suggestedUserMessage, which the official SDK parses) or "jsonapi" (`{"errors": [...]}`).
        v3_timestamps: signal meta retrievedAt/oemUpdatedAt as epoch "ms", epoch "seconds" or "iso".
        v3_unit_spelling: "short" (km, mi, percent) or "long" (kilometers, miles, percentage).
        v3_paging_meta: collection meta `pageNumber` (current spec) or `page` (the early spec).
        v3_accept_vehicle_tokens: the official SDK's reading (6.19.1): a v2 per-vehicle access token
            without sc-user-id is accepted on v3 vehicle requests, the owner being the token's user. Off
            (default) is GA v3: an app token and sc-user-id only.
        subscription_paths: where the management API's subscriptions live (section 11 item 7): "spec"
            (`/v3/subscriptions[/{id}]`, management.yaml) or "blog" (`/v3/webhooks/{webhookId}/
            subscriptions[/{id}]`); the other reading's paths answer 404.
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
    served_apis: str = "both"
    application_api: str = "v3"
    app_token_ttl_s: float = 3600.0
    v3_connections_page_size: int = 10
    v3_error_shape: str = "flat"
    v3_timestamps: str = "ms"
    v3_unit_spelling: str = "short"
    v3_paging_meta: str = "pageNumber"
    v3_accept_vehicle_tokens: bool = False
    subscription_paths: str = "spec"

    def __setattr__(self, name: str, value: Any) -> None:
        allowed = CHOICES.get(name)
        if allowed is not None and value not in allowed:
            raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}.")
        object.__setattr__(self, name, value)
