"""Injected failures: named profiles of per-request probabilities, and faults forced on a car or path.

Every random decision is a hash of (seed, vehicle, path, how many times that pair was asked before), so a
test sees the same faults on every run however requests for other cars interleave.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from shopapp.simulator.telemetry import unit_draw


class FaultKind(StrEnum):
    SERVER_ERROR = "server_error"  # 500 SERVER/INTERNAL
    UPSTREAM = "upstream"  # 502 UPSTREAM/NO_RESPONSE
    TIMEOUT = "timeout"  # the request hangs (SimulatorConfig.hang_s), then 502 UPSTREAM/NO_RESPONSE
    MALFORMED = "malformed"  # HTTP 200 with a truncated, non-JSON or wrongly shaped body
    ASLEEP = "asleep"  # 409 VEHICLE_STATE/ASLEEP
    RATE_LIMIT = "rate_limit"  # 429 RATE_LIMIT/VEHICLE with Retry-After (forced only)


class Malformation(StrEnum):
    TRUNCATED = "truncated"  # valid JSON cut short
    NOT_JSON = "not_json"  # an HTML error page sent as 200
    WRONG_SHAPE = "wrong_shape"  # valid JSON, not the documented shape


# The order probabilities are stacked in when one draw picks the fault.
_REQUEST_KINDS = (
    FaultKind.SERVER_ERROR,
    FaultKind.UPSTREAM,
    FaultKind.TIMEOUT,
    FaultKind.MALFORMED,
    FaultKind.ASLEEP,
)


@dataclass(frozen=True, slots=True)
class FaultProfile:
    """Probabilities (0..1) per vehicle request, plus `revoked_refresh` per token refresh (the owner
    revoked access at their car maker, so the refresh fails and the whole grant dies)."""

    name: str = "none"
    server_error: float = 0.0
    upstream: float = 0.0
    timeout: float = 0.0
    malformed: float = 0.0
    asleep: float = 0.0
    revoked_refresh: float = 0.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "name" and not 0.0 <= value <= 1.0:
                raise ValueError(f"Fault probability {f.name}={value} is not between 0 and 1.")
        if self.request_total > 1.0:
            raise ValueError("The request fault probabilities add up to more than 1.")

    def probability(self, kind: FaultKind) -> float:
        return getattr(self, kind.value, 0.0)

    @property
    def request_total(self) -> float:
        """The chance that a vehicle request meets any fault."""
        return sum(self.probability(kind) for kind in _REQUEST_KINDS)


PROFILES: dict[str, FaultProfile] = {
    "none": FaultProfile("none"),
    # A normal day with a real fleet: the odd sleeping car and gateway hiccup.
    "flaky": FaultProfile(
        "flaky", server_error=0.01, upstream=0.02, timeout=0.002, malformed=0.003, asleep=0.04
    ),
    # Everything that can go wrong, often: for reliability tests, not for demos.
    "chaos": FaultProfile(
        "chaos",
        server_error=0.06,
        upstream=0.08,
        timeout=0.02,
        malformed=0.04,
        asleep=0.12,
        revoked_refresh=0.05,
    ),
}


def parse_fault_profile(spec: str) -> FaultProfile:
    """`none`, `flaky`, `chaos`, optionally followed or replaced by overrides: `chaos,timeout=0` or
    `asleep=0.2,server_error=0.05`. Raises ValueError naming what is wrong."""
    parts = [part.strip() for part in spec.split(",") if part.strip()]
    profile = PROFILES["none"]
    if parts and "=" not in parts[0]:
        name = parts.pop(0).lower()
        if name not in PROFILES:
            raise ValueError(f"Unknown fault profile {name!r}; choose one of {', '.join(PROFILES)}.")
        profile = PROFILES[name]
    names = {f.name for f in fields(FaultProfile)} - {"name"}
    overrides: dict[str, float] = {}
    for part in parts:
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key not in names:
            raise ValueError(f"Unknown fault {key!r}; choose among {', '.join(sorted(names))}.")
        try:
            overrides[key] = float(value)
        except ValueError:
            raise ValueError(f"Fault {key} needs a probability between 0 and 1, not {value!r}.") from None
    if overrides:
        profile = replace(profile, name=spec.strip(), **overrides)
    return profile


@dataclass(frozen=True, slots=True)
class Fault:
    kind: FaultKind
    malformation: Malformation = Malformation.TRUNCATED
    retry_after: int = 60


@dataclass(slots=True)
class ForcedFault:
    """A fault that wins over the profile for matching requests. vehicle_id/path None match any;
    remaining None means until cleared."""

    kind: FaultKind
    vehicle_id: str | None
    path: str | None
    remaining: int | None
    malformation: Malformation
    retry_after: int


class FaultInjector:
    """Decides, per vehicle request and per token refresh, whether something goes wrong."""

    def __init__(self, seed: int, profile: Callable[[], FaultProfile]) -> None:
        self.seed = seed
        self._profile = profile  # read at each decision: the knob can change while the server runs
        self._forced: list[ForcedFault] = []
        self._asked: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()

    def force(
        self,
        kind: FaultKind | str,
        *,
        vehicle_id: str | None = None,
        path: str | None = None,
        times: int | None = 1,
        malformation: Malformation | str = Malformation.TRUNCATED,
        retry_after: int = 60,
    ) -> ForcedFault:
        """Makes the next `times` matching requests fail with `kind` (times=None: until `clear()`).
        `path` is as in a batch request: "/odometer", "/engine/oil", "/" for attributes; v3 requests are
        "/v3" (the vehicle), "/v3/signals" and "/v3/signals/<code>"."""
        if path is not None and not path.startswith("/"):
            path = "/" + path
        forced = ForcedFault(
            FaultKind(kind), vehicle_id, path, times, Malformation(malformation), retry_after
        )
        with self._lock:
            self._forced.append(forced)
        return forced

    def clear(self) -> None:
        with self._lock:
            self._forced.clear()

    def standing(self, vehicle_id: str) -> FaultKind | None:
        """The fault forced on this car for every path (`force(kind, vehicle_id=...)`, path None), without
        using one up: how webhooks tell that the car is asleep or unreachable now."""
        with self._lock:
            for forced in self._forced:
                if forced.vehicle_id == vehicle_id and forced.path is None:
                    return forced.kind
        return None

    def decide(self, vehicle_id: str, path: str) -> Fault | None:
        with self._lock:
            for forced in self._forced:
                if forced.vehicle_id not in (None, vehicle_id) or forced.path not in (None, path):
                    continue
                if forced.remaining is not None:
                    forced.remaining -= 1
                    if forced.remaining <= 0:
                        self._forced.remove(forced)
                return Fault(forced.kind, forced.malformation, forced.retry_after)
            key = (vehicle_id, path)
            asked = self._asked.get(key, 0)
            self._asked[key] = asked + 1
        profile = self._profile()
        if profile.request_total <= 0.0:  # the usual case: no hashing on the hot path
            return None
        draw = unit_draw(self.seed, "fault", vehicle_id, path, asked)
        threshold = 0.0
        for kind in _REQUEST_KINDS:
            threshold += profile.probability(kind)
            if draw < threshold:
                shapes = tuple(Malformation)
                shape = shapes[
                    int(unit_draw(self.seed, "malformation", vehicle_id, path, asked) * len(shapes))
                ]
                return Fault(kind, shape)
        return None

    def revokes_on_refresh(self, user_id: str) -> bool:
        probability = self._profile().revoked_refresh
        if probability <= 0:
            return False
        key = (user_id, "refresh")
        with self._lock:
            asked = self._asked.get(key, 0)
            self._asked[key] = asked + 1
        return unit_draw(self.seed, "revoke", user_id, asked) < probability
