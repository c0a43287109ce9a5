"""Refreshing vehicles: one batch request per car for odometer, oil, trouble codes and system status,
at most `concurrency` cars at a time, each car's results written in one transaction.

Not here yet (next steps of the Connect-and-refresh issue): the app-level request bucket, the monthly
call budget and the refresh schedule (DESIGN.md "Smartcar plan limits").
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from shopapp.domain.plan import ServicePlan
from shopapp.domain.snapshot import VehicleSnapshot
from shopapp.services.service_history import import_service_history
from shopapp.services.smartcar_source import SNAPSHOT_PATHS, snapshot_from_batch
from shopapp.services.tokens import LeaseTimeout, ReconnectNeeded, TokenKeeper
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.errors import (
    AuthenticationError,
    CompatibilityError,
    PermissionDeniedError,
    SmartcarError,
)
from shopapp.smartcar.results import BatchItem, BatchResult
from shopapp.store.connections import mark_needs_reconnect
from shopapp.store.models import Customer, RefreshRun, ServiceRecord, Vehicle
from shopapp.store.readings import RecordOutcome, record_snapshot
from shopapp.store.worker import DatabaseWorker

log = logging.getLogger(__name__)

HISTORY_EVERY = timedelta(days=1)
FIRST_HISTORY_YEARS = 3
HISTORY_OVERLAP = timedelta(days=30)


@dataclass
class VehicleResult:
    vehicle_id: int
    customer: str
    vehicle: str
    ok: bool
    message: str = ""
    needs_reconnect: bool = False
    outcome: RecordOutcome | None = None


@dataclass
class RefreshSummary:
    results: list[VehicleResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[VehicleResult]:
        return [result for result in self.results if not result.ok]

    @property
    def needing_reconnect(self) -> list[VehicleResult]:
        return [result for result in self.results if result.needs_reconnect]


class Refresher:
    """Refreshes cars through `client` with tokens from `tokens`. `on_progress(done, total)` is called as
    each car finishes (the window's progress bar, the terminal's)."""

    def __init__(
        self,
        client: SmartcarClient,
        tokens: TokenKeeper,
        plan: ServicePlan,
        *,
        concurrency: int = 8,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_progress: Callable[[int, int], None] | None = None,
        sleep: Callable[[float], object] = asyncio.sleep,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._client = client
        self._tokens = tokens
        self._plan = plan
        self._slots = asyncio.Semaphore(concurrency)
        self._now = now
        self._on_progress = on_progress
        self._sleep = sleep

    async def refresh(
        self, vehicle_ids: Sequence[int] | None = None, *, trigger: str = "manual"
    ) -> RefreshSummary:
        query = Vehicle.select(Vehicle, Customer).join(Customer).where(Vehicle.connection.is_null(False))
        if vehicle_ids is not None:
            query = query.where(Vehicle.id.in_(list(vehicle_ids)))
        vehicles = list(query.order_by(Vehicle.id))
        started, clock = self._now(), time.perf_counter()
        run = RefreshRun.create(started_at=started, trigger=trigger, vehicles_total=len(vehicles))
        done = 0
        summary = RefreshSummary()

        async def one(vehicle: Vehicle, writer: DatabaseWorker) -> None:
            nonlocal done
            async with self._slots:
                result = await self._refresh_vehicle(vehicle, writer)
            summary.results.append(result)
            done += 1
            if self._on_progress:
                self._on_progress(done, len(vehicles))

        async with DatabaseWorker() as writer:
            await asyncio.gather(*(one(vehicle, writer) for vehicle in vehicles))
        summary.seconds = time.perf_counter() - clock
        run.finished_at = self._now()
        run.vehicles_ok = len(summary.results) - len(summary.failed)
        run.vehicles_failed = len(summary.failed)
        run.summary = "; ".join(f"{r.customer} {r.vehicle}: {r.message}" for r in summary.failed)[:4000]
        run.save()
        return summary

    async def _refresh_vehicle(self, vehicle: Vehicle, writer: DatabaseWorker) -> VehicleResult:
        result = VehicleResult(vehicle.id, vehicle.customer.name, vehicle.title, ok=False)
        try:
            token = await self._tokens.access_token(vehicle.connection_id)
            try:
                batch = await self._batch_with_retries(token, vehicle.smartcar_id)
            except AuthenticationError:
                # Smartcar no longer accepts a token we believed valid: access was withdrawn.
                mark_needs_reconnect(vehicle.connection_id, "Smartcar no longer accepts this connection.")
                raise ReconnectNeeded("Smartcar no longer accepts this connection.") from None
            now = self._now()
            snapshot: VehicleSnapshot = snapshot_from_batch(batch, now)
            result.outcome = await writer.run(record_snapshot, vehicle.id, snapshot, now)
            if self._history_due(vehicle, now):
                await self._import_history(token, vehicle, now, writer)
        except ReconnectNeeded as exc:
            result.message, result.needs_reconnect = str(exc), True
        except (SmartcarError, LeaseTimeout) as exc:
            result.message = str(exc)
            await writer.run(_save_error, vehicle.id, str(exc))
        else:
            failed = result.outcome.failed_signals
            result.ok = not failed
            result.message = "could not read " + ", ".join(failed) if failed else "ok"
        return result

    async def _batch_with_retries(self, token: str, smartcar_id: str) -> BatchResult:
        """Re-asks only the paths that failed with a transient error (a sleeping car, a 429, a 5xx)."""
        policy = self._client.retry
        started = time.monotonic()
        merged: dict[str, BatchItem] = {}
        paths, attempt, meta = list(SNAPSHOT_PATHS), 0, None
        while paths:
            attempt += 1
            batch = await self._client.batch(token, smartcar_id, paths)
            meta = batch.meta
            merged.update(batch.by_path)
            delays = {
                path: policy.next_delay(item.error, attempt, time.monotonic() - started)
                for path, item in batch.by_path.items()
                if item.error is not None
            }
            for item in batch:
                if isinstance(item.error, AuthenticationError):
                    raise item.error
            paths = [path for path, delay in delays.items() if delay is not None]
            if paths:
                await self._sleep(max(delays[path] for path in paths))
        return BatchResult(by_path=merged, meta=meta)

    def _history_due(self, vehicle: Vehicle, now: datetime) -> bool:
        return vehicle.history_synced_at is None or now - vehicle.history_synced_at >= HISTORY_EVERY

    async def _import_history(
        self, token: str, vehicle: Vehicle, now: datetime, writer: DatabaseWorker
    ) -> None:
        start = _history_start(vehicle.id, now.date())
        try:
            history = await self._client.service_history(token, vehicle.smartcar_id, start, now.date())
        except (CompatibilityError, PermissionDeniedError):
            history = None  # this make (or this owner) does not share service history: normal
        if history is not None:
            await writer.run(import_service_history, vehicle.id, history.events, self._plan)
        await writer.run(_mark_history_synced, vehicle.id, now)


def _history_start(vehicle_id: int, today: date) -> date:
    """The first import asks for three years; later ones from the last record known, less 30 days."""
    last = (
        ServiceRecord.select(ServiceRecord.performed_on)
        .where((ServiceRecord.vehicle == vehicle_id) & (ServiceRecord.source == "smartcar"))
        .order_by(ServiceRecord.performed_on.desc())
        .scalar()
    )
    if last is None:
        return (
            today.replace(year=today.year - FIRST_HISTORY_YEARS)
            if not (today.month == 2 and today.day == 29)
            else today - timedelta(days=365 * FIRST_HISTORY_YEARS)
        )
    return last - HISTORY_OVERLAP


def _mark_history_synced(vehicle_id: int, when: datetime) -> None:
    Vehicle.update(history_synced_at=when).where(Vehicle.id == vehicle_id).execute()


def _save_error(vehicle_id: int, message: str) -> None:
    Vehicle.update(last_error=message[:500]).where(Vehicle.id == vehicle_id).execute()
