"""Refreshing vehicles: per car one v3 signals call, or one v2 batch request for odometer, oil, trouble
codes and system status (and its attributes when they are missing); service history once a day; at most
`concurrency` cars at a time, each car's results written in one transaction, within the shop's Smartcar plan
limits. A shop may hold both kinds of connection: each car is read through the API of its connection.

Cancelling the refresh task at any point leaves the database consistent: a car's writes are one
transaction on the writer thread, which finishes the write under way before it closes; a token refresh
that may have reached Smartcar is shielded, so its new pair is always saved.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from shopapp.credentials import CredentialsError
from shopapp.domain.plan import ServicePlan
from shopapp.domain.schedule import Cadence, NextRefresh, fleet_cadence, next_refresh
from shopapp.domain.snapshot import VehicleSnapshot
from shopapp.services.service_history import import_service_history
from shopapp.services.smartcar_source import SNAPSHOT_PATHS, snapshot_from_batch
from shopapp.services.smartcar_v3_source import V3Reading, read_signals
from shopapp.services.tokens import RENEW_REFRESH_TOKEN_BELOW, LeaseTimeout, ReconnectNeeded, TokenKeeper
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.errors import (
    AuthenticationError,
    CompatibilityError,
    PermissionDeniedError,
    ResourceNotFoundError,
    SmartcarError,
)
from shopapp.smartcar.results import BatchItem, BatchResult
from shopapp.smartcar.v3_client import SmartcarV3Client
from shopapp.smartcar.v3_results import V3Connection
from shopapp.store import connections
from shopapp.store.call_budget import spend_vehicle_calls
from shopapp.store.models import Connection, Customer, RefreshRun, ServiceRecord, Vehicle, db
from shopapp.store.readings import RecordOutcome, record_snapshot
from shopapp.store.vehicles import mark_history_synced, save_vehicle_details
from shopapp.store.worker import DatabaseWorker

log = logging.getLogger(__name__)
T = TypeVar("T")

HISTORY_EVERY = timedelta(days=1)
FIRST_HISTORY_YEARS = 3
HISTORY_OVERLAP = timedelta(days=30)
ATTRIBUTES = "/"
V3_CALLS_PER_REFRESH = 1  # one signals call: one request against the bucket and the car's month
# Answers to a signals call that may mean the owner withdrew access; `GET /v3/connections` (not billed)
# says whether they did before anyone is told to reconnect.
_MAYBE_REVOKED = (AuthenticationError, PermissionDeniedError, ResourceNotFoundError)


@dataclass(frozen=True, slots=True)
class RefreshLimits:
    """The plan limits a refresh keeps to (DESIGN.md "Smartcar plan limits")."""

    monthly_budget: int = 500
    preferred_interval: timedelta = timedelta(hours=6)
    api_burst: int = 0
    api_refill_per_minute: float = 2.0

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> RefreshLimits:
        return cls(
            monthly_budget=values["vehicle_monthly_call_budget"],
            preferred_interval=timedelta(hours=values["refresh_interval_hours"]),
            api_burst=values["api_burst"],
            api_refill_per_minute=values["api_refill_per_minute"],
        )

    def cadence(self, vehicles: int) -> Cadence:
        return fleet_cadence(vehicles, self.preferred_interval, self.api_burst, self.api_refill_per_minute)


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


class _BudgetSpent(Exception):
    """The car's monthly call budget ran out during this refresh (retries count too)."""


class _NoV3Client(Exception):
    """A v3 connection in a shop whose Smartcar set-up has no v3 API credentials."""


class Refresher:
    """Refreshes cars through `client` with tokens from `tokens`; `on_progress(RefreshProgress)` is told as
    each car starts and finishes and while requests wait for Smartcar's allowance."""

    def __init__(
        self,
        client: SmartcarClient,
        tokens: TokenKeeper,
        plan: ServicePlan,
        *,
        concurrency: int = 8,
        limits: RefreshLimits | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_progress: Callable[[RefreshProgress], None] | None = None,
        sleep: Callable[[float], object] = asyncio.sleep,
        v3: SmartcarV3Client | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._client = client
        self._v3 = v3
        # One look at an owner's connections per run, shared by all their cars (see _confirm_revocation).
        self._owner_checks: dict[str, asyncio.Future[tuple[V3Connection, ...] | None]] = {}
        self._tokens = tokens
        self._plan = plan
        self._concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)
        self._limits = limits or RefreshLimits()
        self._now = now
        self._on_progress = on_progress
        self._sleep = sleep
        self._progress = RefreshProgress(0, 0)

    async def refresh(
        self, vehicle_ids: Sequence[int] | None = None, *, trigger: str = "manual", due_only: bool = False
    ) -> RefreshSummary:
        """Refreshes the named cars (default: every connected car); `due_only` keeps to the cars the
        schedule says are due. A car whose monthly call budget is spent is skipped, and says so."""
        summary = RefreshSummary()
        clock = time.perf_counter()
        async with DatabaseWorker() as writer:
            # Choosing among a thousand cars and the run record are database work: off the event loop, so
            # a window stays responsive when a refresh starts and ends.
            chosen, skipped = await writer.run(self._choose, vehicle_ids, due_only)
            summary.results.extend(skipped)
            run = await writer.run(
                functools.partial(
                    RefreshRun.create,
                    started_at=self._now(),
                    trigger=trigger,
                    vehicles_total=len(chosen) + len(skipped),
                    outcome="running",
                )
            )
            self._report(RefreshProgress(0, len(chosen)))
            gate = getattr(self._client, "gate", None)
            if gate is not None:
                gate.on_wait = lambda until: self._report(replace(self._progress, waiting_until=until))
            try:
                # A few workers taking cars in turn, not a task per car: starting a thousand tasks at once
                # would hold the event loop for tens of milliseconds before the first request went out.
                queue = iter(chosen)

                async def work() -> None:
                    for vehicle in queue:
                        await self._one(vehicle, writer, summary)

                await asyncio.gather(*(work() for _ in range(min(self._concurrency, len(chosen)))))
                await self._renew_idle_connections({vehicle.connection_id for vehicle in chosen})
            except asyncio.CancelledError:
                summary.cancelled = True
                raise
            finally:
                if gate is not None:
                    gate.on_wait = None
                summary.seconds = time.perf_counter() - clock
                # Shielded: a cancelled refresh still records how it ended before the worker closes.
                await asyncio.shield(writer.run(_finish_run, run, summary, self._now()))
        return summary

    def _choose(
        self, vehicle_ids: Sequence[int] | None, due_only: bool
    ) -> tuple[list[Vehicle], list[VehicleResult]]:
        now = self._now()
        chosen, skipped = [], []
        for vehicle, planned in planned_refreshes(self._limits, now, vehicle_ids):
            if planned.budget_spent:
                skipped.append(_result(vehicle, ok=False, skipped=True, message=planned.reason))
            elif not due_only or planned.at <= now:
                chosen.append(vehicle)
        return chosen, skipped

    async def _one(self, vehicle: Vehicle, writer: DatabaseWorker, summary: RefreshSummary) -> None:
        async with self._slots:
            self._report(replace(self._progress, current=_label(vehicle)))
            result = await self._refresh_vehicle(vehicle, writer)
        summary.results.append(result)
        progress = self._progress
        self._report(
            replace(
                progress,
                done=progress.done + 1,
                current=_label(vehicle),
                errors=progress.errors + (0 if result.ok else 1),
            )
        )

    def _report(self, progress: RefreshProgress) -> None:
        self._progress = progress
        if self._on_progress:
            self._on_progress(progress)

    async def _refresh_vehicle(self, vehicle: Vehicle, writer: DatabaseWorker) -> VehicleResult:
        if vehicle.connection.api == "v3":
            return await self._refresh_vehicle_v3(vehicle, writer)
        result = _result(vehicle, ok=False)
        try:
            paths = list(SNAPSHOT_PATHS)
            if not vehicle.make or vehicle.year is None:
                paths.append(ATTRIBUTES)
            batch = await self._batch_with_retries(vehicle, paths, writer)
            now = self._now()
            snapshot: VehicleSnapshot = snapshot_from_batch(batch, now)
            result.outcome = await writer.run(record_snapshot, vehicle.id, snapshot, now)
            attributes = batch.get(ATTRIBUTES)
            if attributes is not None and attributes.error is None:
                await writer.run(_save_attributes, vehicle.id, attributes.result())
            if self._history_due(vehicle, now):
                await self._import_history(vehicle, now, writer)
        except ReconnectNeeded as exc:
            result.message, result.needs_reconnect = str(exc), True
        except (SmartcarError, LeaseTimeout, CredentialsError, _BudgetSpent) as exc:
            result.message = str(exc)
            await writer.run(_save_error, vehicle.id, str(exc))
        else:
            failed = result.outcome.failed_signals
            result.ok = not failed
            result.message = "could not read " + result.outcome.describe_failures() if failed else "ok"
        return result

    async def _refresh_vehicle_v3(self, vehicle: Vehicle, writer: DatabaseWorker) -> VehicleResult:
        """One signals call with the owner's user id; every signal's own outcome is recorded."""
        result = _result(vehicle, ok=False)
        connection = vehicle.connection
        try:
            if self._v3 is None:
                raise _NoV3Client(
                    "this car is linked through Smartcar API v3, but the shop's Smartcar set-up has no v3 "
                    "API credentials (settings smartcar_api and smartcar_client_id)"
                )
            if connection.state == connections.NEEDS_RECONNECT:
                raise ReconnectNeeded(connection.state_reason or "The owner must connect the car again.")
            await self._spend(vehicle, V3_CALLS_PER_REFRESH, writer)
            try:
                found = await self._v3.signals(vehicle.smartcar_id, connection.smartcar_user_id)
            except _MAYBE_REVOKED as exc:
                await self._confirm_revocation(vehicle, writer)
                raise exc from None
            now = self._now()
            reading = read_signals(found, now, vehicle.powertrain)
            history = reading.service_events if self._history_due(vehicle, now) else None
            migrated = connection.id if connection.sealed_tokens else None
            result.outcome = await writer.run(
                _record_v3_reading, vehicle.id, migrated, reading, history, self._plan, now
            )
        except ReconnectNeeded as exc:
            result.message, result.needs_reconnect = str(exc), True
            await writer.run(_save_error, vehicle.id, str(exc))
        except (SmartcarError, _BudgetSpent, _NoV3Client) as exc:
            result.message = str(exc)
            await writer.run(_save_error, vehicle.id, str(exc))
        else:
            failed = result.outcome.failed_signals
            result.ok = not failed
            result.message = "could not read " + result.outcome.describe_failures() if failed else "ok"
        return result

    async def _confirm_revocation(self, vehicle: Vehicle, writer: DatabaseWorker) -> None:
        """After a refused signals call: asks Smartcar (once per owner per run, not billed) whether the owner
        still shares this car. Raises ReconnectNeeded when they do not; returns when they do (the refusal
        was something else) or when Smartcar cannot say."""
        connection = vehicle.connection
        user_id = connection.smartcar_user_id
        check = self._owner_checks.get(user_id)
        if check is None:
            check = asyncio.ensure_future(self._owner_connections(user_id))
            self._owner_checks[user_id] = check
        shared = await asyncio.shield(check)
        if shared is None or any(item.vehicle_id == vehicle.smartcar_id for item in shared):
            return
        if not shared:
            reason = "The owner withdrew the shop's access in Smartcar; connect their cars again."
            await writer.run(connections.mark_needs_reconnect, connection.id, reason)
            raise ReconnectNeeded(reason)
        raise ReconnectNeeded("The owner no longer shares this car with the shop; connect it again.")

    async def _owner_connections(self, user_id: str) -> tuple[V3Connection, ...] | None:
        assert self._v3 is not None
        try:
            return await self._v3.connections(user_id=user_id)
        except SmartcarError as exc:
            log.warning("Could not check an owner's Smartcar connections (%s)", exc.type)
            return None

    async def _spend(self, vehicle: Vehicle, calls: int, writer: DatabaseWorker) -> None:
        allowed = await writer.run(
            spend_vehicle_calls, vehicle.id, calls, self._now(), self._limits.monthly_budget
        )
        if not allowed:
            raise _BudgetSpent(
                f"stopped: this month's {self._limits.monthly_budget} Smartcar calls for this car are spent"
            )

    async def _authorised(self, vehicle: Vehicle, call: Callable[[str], Awaitable[T]]) -> T:
        """`call(access_token)` with the connection's current token, taken just before the call. A token
        refused with 401 is renewed once (it may have expired while requests waited for the allowance);
        only a refusal of the renewed token means the owner withdrew access."""
        token = await self._tokens.access_token(vehicle.connection_id)
        try:
            return await call(token)
        except AuthenticationError:
            renewed = await self._tokens.access_token(vehicle.connection_id, refused=token)
        try:
            return await call(renewed)
        except AuthenticationError:
            reason = "Smartcar no longer accepts this connection."
            connections.mark_needs_reconnect(vehicle.connection_id, reason)
            raise ReconnectNeeded(reason) from None

    async def _batch_with_retries(
        self, vehicle: Vehicle, paths: list[str], writer: DatabaseWorker
    ) -> BatchResult:
        """Re-asks only the paths that failed with a transient error (a sleeping car, a 429, a 5xx)."""
        policy = self._client.retry
        started = time.monotonic()
        merged: dict[str, BatchItem] = {}
        attempt, meta = 0, None
        while paths:
            attempt += 1
            await self._spend(vehicle, len(paths), writer)
            batch = await self._authorised(vehicle, partial(_batch_raising_401, self._client, vehicle, paths))
            meta = batch.meta
            merged.update(batch.by_path)
            delays = {
                path: policy.next_delay(item.error, attempt, time.monotonic() - started)
                for path, item in batch.by_path.items()
                if item.error is not None
            }
            paths = [path for path, delay in delays.items() if delay is not None]
            if paths:
                await self._sleep(max(delays[path] for path in paths))
        return BatchResult(by_path=merged, meta=meta)

    def _history_due(self, vehicle: Vehicle, now: datetime) -> bool:
        return vehicle.history_synced_at is None or now - vehicle.history_synced_at >= HISTORY_EVERY

    async def _import_history(self, vehicle: Vehicle, now: datetime, writer: DatabaseWorker) -> None:
        start = _history_start(vehicle.id, now.date())
        try:
            await self._spend(vehicle, 1, writer)
        except _BudgetSpent:
            return  # the signals were read; history waits for next month
        try:
            history = await self._authorised(
                vehicle,
                lambda token: self._client.service_history(token, vehicle.smartcar_id, start, now.date()),
            )
        except (CompatibilityError, PermissionDeniedError):
            history = None  # this make (or this owner) does not share service history: normal
        if history is not None:
            await writer.run(import_service_history, vehicle.id, history.events, self._plan)
        await writer.run(_mark_history_synced, vehicle.id, now)

    async def _renew_idle_connections(self, refreshed: set[int]) -> None:
        """A refresh token dies after 60 days unused: renew those of connections no car refreshed today."""
        soon = self._now() + RENEW_REFRESH_TOKEN_BELOW
        idle = Connection.select(Connection.id).where(
            (Connection.api == "v2")
            & (Connection.state == "ok")
            & Connection.sealed_tokens.is_null(False)
            & (Connection.refresh_expires_at < soon)
            & Connection.id.not_in(list(refreshed) or [0])
        )
        for connection in idle:
            try:
                await self._tokens.access_token(connection.id)
            except (ReconnectNeeded, SmartcarError, LeaseTimeout, CredentialsError) as exc:
                log.warning("Connection %d: could not renew idle tokens (%s)", connection.id, exc)


def planned_refreshes(
    limits: RefreshLimits, now: datetime, vehicle_ids: Sequence[int] | None = None
) -> list[tuple[Vehicle, NextRefresh]]:
    """Every connected car (or those named) with its next planned refresh and the reason for the rhythm."""
    query = (
        Vehicle.select(Vehicle, Customer, Connection)
        .join(Customer)
        .switch(Vehicle)
        .join(Connection)
        .where(Vehicle.connection.is_null(False))
    )
    cadence = limits.cadence(query.count())
    if vehicle_ids is not None:
        query = query.where(Vehicle.id.in_(list(vehicle_ids)))
    return [
        (
            vehicle,
            next_refresh(
                now,
                vehicle.last_refresh_at,
                vehicle.calls_month,
                vehicle.calls_used,
                limits.monthly_budget,
                cadence,
                V3_CALLS_PER_REFRESH if vehicle.connection.api == "v3" else len(SNAPSHOT_PATHS),
            ),
        )
        for vehicle in query.order_by(Vehicle.id)
    ]


async def _batch_raising_401(
    client: SmartcarClient, vehicle: Vehicle, paths: list[str], token: str
) -> BatchResult:
    """A batch whose items were refused for the token is a refused request, like a 401 of the batch."""
    batch = await client.batch(token, vehicle.smartcar_id, paths)
    for item in batch:
        if isinstance(item.error, AuthenticationError):
            raise item.error
    return batch


def _label(vehicle: Vehicle) -> str:
    return f"{vehicle.customer.name} — {vehicle.title}"


def _result(vehicle: Vehicle, **fields: Any) -> VehicleResult:
    return VehicleResult(vehicle.id, vehicle.customer.name, vehicle.title, **fields)


def _finish_run(run: RefreshRun, summary: RefreshSummary, now: datetime) -> None:
    run.finished_at = now
    run.vehicles_ok = len(summary.refreshed)
    run.vehicles_failed = len(summary.failed)
    run.vehicles_skipped = len(summary.skipped)
    run.outcome = "cancelled" if summary.cancelled else "finished"
    run.summary = "; ".join(f"{r.customer} {r.vehicle}: {r.message}" for r in summary.failed)[:4000]
    run.save()


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
    mark_history_synced(vehicle_id, when)


def _record_v3_reading(
    vehicle_id: int,
    migrated_connection_id: int | None,
    reading: V3Reading,
    history: Sequence[Any] | None,
    plan: ServicePlan,
    now: datetime,
) -> RecordOutcome:
    """Everything one signals call said, in one transaction: readings, the car's details, its service
    history (when due) and, for a connection moved from v2, the end of its v2 token pair."""
    with db.atomic():
        outcome = record_snapshot(vehicle_id, reading.snapshot, now)
        save_vehicle_details(
            vehicle_id,
            make=reading.make,
            model=reading.model,
            year=reading.year,
            vin=reading.vin,
            powertrain=reading.powertrain,
        )
        if history is not None:
            import_service_history(vehicle_id, history, plan)
            mark_history_synced(vehicle_id, now)
        if migrated_connection_id is not None:
            connections.erase_v2_pair(migrated_connection_id)
    return outcome


def _save_attributes(vehicle_id: int, attributes: Any) -> None:
    Vehicle.update(make=attributes.make, model=attributes.model, year=attributes.year).where(
        Vehicle.id == vehicle_id
    ).execute()


def _save_error(vehicle_id: int, message: str) -> None:
    Vehicle.update(last_error=message[:500]).where(Vehicle.id == vehicle_id).execute()
