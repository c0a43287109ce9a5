"""Typed results of Smartcar calls, each carrying the response meta (data age, unit system, request id)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from shopapp.smartcar.errors import SmartcarError

ACCESS_TOKEN_SECONDS = 7200
REFRESH_TOKEN_DAYS = 60  # not sent by Smartcar; its SDKs assume 60 days from issue too


@dataclass(frozen=True, slots=True)
class TokenPair:
    """One Connect login's tokens with absolute expiry times (UTC). The tokens never appear in repr."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    access_expires_at: datetime
    refresh_expires_at: datetime
    token_type: str = "Bearer"


@dataclass(frozen=True, slots=True)
class ResponseMeta:
    """What Smartcar's headers say about an answer.

    data_age: when the car recorded the value (SC-Data-Age); fetched_at: when Smartcar fetched it from the
    car maker (SC-Fetched-At); unit_system: `metric` or `imperial`; request_id: quote it to support.
    """

    data_age: datetime | None = None
    fetched_at: datetime | None = None
    unit_system: str | None = None
    request_id: str | None = None


@dataclass(frozen=True, slots=True)
class VehicleIds:
    vehicle_ids: tuple[str, ...]
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class UserInfo:
    user_id: str
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class Attributes:
    vehicle_id: str
    make: str
    model: str
    year: int | None
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class Vin:
    vin: str
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class Odometer:
    """distance is in km when meta.unit_system is `metric`, in miles when `imperial`."""

    distance: float
    meta: ResponseMeta

    @property
    def distance_km(self) -> float:
        return self.distance * 1.609344 if self.meta.unit_system == "imperial" else self.distance


@dataclass(frozen=True, slots=True)
class EngineOil:
    """life_remaining is a fraction 0..1 (1 = just changed)."""

    life_remaining: float
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class TroubleCode:
    code: str
    timestamp: datetime | None


@dataclass(frozen=True, slots=True)
class TroubleCodes:
    active_codes: tuple[TroubleCode, ...]
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class SystemState:
    system_id: str
    status: str  # "OK" or "ALERT"
    description: str | None


@dataclass(frozen=True, slots=True)
class SystemStatus:
    systems: tuple[SystemState, ...]
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class ServiceTask:
    task_id: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class ServiceDetail:
    type: str | None
    value: str | None


@dataclass(frozen=True, slots=True)
class ServiceEvent:
    """One record of the car maker's service history; odometer_km is always km (documented)."""

    service_id: str | None
    service_date: datetime | None
    odometer_km: float | None
    tasks: tuple[ServiceTask, ...]
    details: tuple[ServiceDetail, ...]
    total_cost: float | None
    currency: str | None


@dataclass(frozen=True, slots=True)
class ServiceHistory:
    events: tuple[ServiceEvent, ...]
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class Permissions:
    permissions: tuple[str, ...]
    meta: ResponseMeta


@dataclass(frozen=True, slots=True)
class DisconnectStatus:
    status: str
    meta: ResponseMeta


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BatchItem(Generic[T]):
    """One path of a batch: either `value` (success) or `error` (a typed SmartcarError)."""

    path: str
    value: T | None = None
    error: SmartcarError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def result(self) -> T:
        """The value, or raises the path's error."""
        if self.error is not None:
            raise self.error
        assert self.value is not None
        return self.value


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Per-path outcomes of one batch request, keyed by the requested path (e.g. `/odometer`)."""

    by_path: Mapping[str, BatchItem[Any]]
    meta: ResponseMeta

    def __getitem__(self, path: str) -> BatchItem[Any]:
        return self.by_path[path]

    def __contains__(self, path: object) -> bool:
        return path in self.by_path

    def get(self, path: str) -> BatchItem[Any] | None:
        return self.by_path.get(path)

    def __iter__(self) -> Iterator[BatchItem[Any]]:
        return iter(self.by_path.values())

    def __len__(self) -> int:
        return len(self.by_path)
