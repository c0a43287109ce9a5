"""What a refresh reports: its progress as it goes, each car's result and the summary at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from shopapp.store.readings import RecordOutcome


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """One step of a refresh, for a progress bar: cars done of total, the car just handled, errors so far,
    and, while Smartcar's request allowance is spent, until when requests wait."""

    done: int
    total: int
    current: str = ""
    errors: int = 0
    waiting_until: datetime | None = None


@dataclass
class VehicleResult:
    vehicle_id: int
    customer: str
    vehicle: str
    ok: bool
    message: str = ""
    needs_reconnect: bool = False
    skipped: bool = False  # not asked at all (its monthly call budget is spent): not an error
    outcome: RecordOutcome | None = None


@dataclass
class RefreshSummary:
    results: list[VehicleResult] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False
    # Renewals a killed process left unfinished: finished by this run, or too late (the owners to reconnect).
    renewals_finished: int = 0
    lost_to_crash: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[VehicleResult]:
        return [result for result in self.results if not result.ok and not result.skipped]

    @property
    def skipped(self) -> list[VehicleResult]:
        return [result for result in self.results if result.skipped]

    @property
    def refreshed(self) -> list[VehicleResult]:
        return [result for result in self.results if result.ok]

    @property
    def needing_reconnect(self) -> list[VehicleResult]:
        return [result for result in self.results if result.needs_reconnect]
