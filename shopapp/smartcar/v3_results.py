"""Typed results of Smartcar v3 calls: connections, vehicles and signals (reference sections 3 and 4)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shopapp.smartcar.errors import SmartcarError
from shopapp.smartcar.results import ResponseMeta

SIGNAL_STATUSES = ("SUCCESS", "ERROR", "UNAVAILABLE")


@dataclass(frozen=True, slots=True)
class V3Connection:
    """One owner's grant for one vehicle. The connection id is not the vehicle id; `permissions` are the
    scopes the owner actually granted (they may differ from those asked for); `mode` is lower-case
    (`live`, `simulated`); `external_id` is the shop's own id for the owner, when Connect was given one."""

    connection_id: str
    user_id: str
    vehicle_id: str
    permissions: tuple[str, ...]
    make: str
    model: str
    year: int | None
    mode: str | None
    powertrain_type: str | None
    external_id: str | None
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class V3Vehicle:
    """A vehicle's attributes. No VIN: that is the signal `vehicleidentification-vin`."""

    vehicle_id: str
    make: str
    model: str
    year: int | None
    powertrain_type: str | None
    mode: str | None


@dataclass(frozen=True, slots=True)
class V3Signal:
    """One signal as Smartcar last knew it; values are last-known, not live.

    status: SUCCESS, ERROR or UNAVAILABLE (upper-case); body: the value, as sent (read it with the
    readers in `signals.py`); error: the typed reason a signal failed (CompatibilityError: the car cannot
    give it; PermissionDeniedError: the owner did not share it; VehicleStateError: try later);
    oem_updated_at: when the car or its maker recorded the value, i.e. the "as of" time;
    retrieved_at: when Smartcar fetched it (always looks fresh, so not a measure of staleness).
    """

    code: str
    status: str
    body: Any
    error: SmartcarError | None
    oem_updated_at: datetime | None
    retrieved_at: datetime | None
    name: str = ""
    group: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "SUCCESS" and self.error is None

    @property
    def failure(self) -> SmartcarError | None:
        """None for a good signal; else its typed error, or one that names the status when Smartcar gave
        no reason (an UNAVAILABLE signal usually has none)."""
        if self.ok:
            return None
        if self.error is not None:
            return self.error
        return SmartcarError(
            f"Smartcar has no value for {self.code} (status {self.status}).", type=self.status
        )


@dataclass(frozen=True, slots=True)
class SignalSet:
    """Every signal of one vehicle read, keyed by code; `vehicle` when the answer included it.

    Iterating yields the signals (like BatchResult yields its items); `in` tests a code.
    """

    signals: Mapping[str, V3Signal]
    vehicle: V3Vehicle | None
    meta: ResponseMeta

    def get(self, code: str) -> V3Signal | None:
        return self.signals.get(code)

    def __getitem__(self, code: str) -> V3Signal:
        return self.signals[code]

    def __contains__(self, code: object) -> bool:
        return code in self.signals

    def __iter__(self) -> Iterator[V3Signal]:
        return iter(self.signals.values())

    def __len__(self) -> int:
        return len(self.signals)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.signals)
