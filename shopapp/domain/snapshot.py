"""What one refresh learned about a car, independent of the API that said it (Smartcar v2 today, v3 later)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from shopapp.domain.plan import OilCapability

T = TypeVar("T")


class Availability(StrEnum):
    """OK: the value came. NOT_CAPABLE: the car (or Smartcar for it) cannot give it (501).
    NO_PERMISSION: the owner did not share it (403). ERROR: a failure worth retrying later."""

    OK = "ok"
    NOT_CAPABLE = "not_capable"
    NO_PERMISSION = "no_permission"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Signal(Generic[T]):
    """One signal's outcome. detail: the API's code or a short reason (never a secret)."""

    availability: Availability
    value: T | None = None
    recorded_at: datetime | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.availability is Availability.OK and self.value is not None


@dataclass(frozen=True, slots=True)
class SystemReport:
    system_id: str
    status: str  # "OK" or "ALERT"
    description: str | None


@dataclass(frozen=True, slots=True)
class VehicleSnapshot:
    """odometer in km; oil life a fraction; codes active now; systems as reported now."""

    fetched_at: datetime
    odometer_km: Signal[float]
    oil_life: Signal[float]
    trouble_codes: Signal[tuple[str, ...]]
    systems: Signal[tuple[SystemReport, ...]]
    engine_oil_absent: bool = False  # the car has no engine oil at all (an electric car)

    def oil_capability(self, previous: OilCapability) -> OilCapability:
        """What this refresh says about reading the car's oil life; an error keeps what was known."""
        if self.oil_life.availability is Availability.OK:
            return OilCapability.REPORTED
        if self.engine_oil_absent:
            return OilCapability.NO_ENGINE_OIL
        if self.oil_life.availability in (Availability.NOT_CAPABLE, Availability.NO_PERMISSION):
            return OilCapability.UNREADABLE
        return previous
