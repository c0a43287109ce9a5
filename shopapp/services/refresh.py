"""Refreshing vehicles: per car one v3 signals call, or one v2 batch request for odometer, oil, trouble
codes and system status (and its attributes when they are missing); service history once a day; at most
`concurrency` requests in flight, within the shop's Smartcar plan limits. A shop may hold both kinds of
connection: each car is read through the API of its connection.

A slot is free for the next car as soon as its answer is in: the cars' monthly-budget calls are reserved a
group at a time in one transaction ahead of their requests (call_allowance), and the answers are read and
written a group per transaction on the writer thread (group_writer, refreshed_cars), each car all or
nothing.

Cancelling the refresh task at any point leaves the database consistent: a group's writes are one
transaction on the writer thread, which finishes the write under way before it closes; the answers already
in are written and the calls reserved and not made are given back; a token refresh that may have reached
Smartcar is shielded, so its new pair is always saved.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from shopapp.credentials import CredentialsError
from shopapp.domain.plan import ServicePlan
from shopapp.domain.schedule import Cadence, NextRefresh, fleet_cadence, next_refresh
from shopapp.i18n import fill
from shopapp.services.call_allowance import CallAllowance, ReservedCars
from shopapp.services.group_writer import GroupWriter
from shopapp.services.history_import import SOURCE as HISTORY_SOURCE
from shopapp.services.process_identity import is_gone, this_process_text
from shopapp.services.refresh_results import RefreshProgress, RefreshSummary, VehicleResult
from shopapp.services.refreshed_cars import CarOutcome, CarToRefresh, record_outcomes
from shopapp.services.schedule_words import pace_text
from shopapp.services.smartcar_app import SetupError
from shopapp.services.smartcar_source import ATTRIBUTES, SNAPSHOT_PATHS, VIN
from shopapp.services.tokens import RENEW_REFRESH_TOKEN_BELOW, LeaseTimeout, ReconnectNeeded, TokenKeeper
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.errors import (
    AuthenticationError,
    CompatibilityError,
    OAuthError,
    PermissionDeniedError,
    ResourceNotFoundError,
    SmartcarError,
)
from shopapp.smartcar.results import BatchItem, BatchResult, TokenPair
from shopapp.smartcar.v3_client import SmartcarV3Client
from shopapp.smartcar.v3_results import V3Connection
from shopapp.store import connections, refresh_runs
from shopapp.store.call_budget import (
    CallRequest,
    ReservedCalls,
    reserve_vehicle_calls,
    return_vehicle_calls,
    spend_vehicle_calls,
)
from shopapp.store.service_records import latest_service_dates
from shopapp.store.vehicles import ConnectedCar, connected_car_count, connected_cars
from shopapp.store.worker import DatabaseWorker

__all__ = [
    "RefreshLimits",
    "RefreshProgress",
    "RefreshSummary",
    "Refresher",  # untranslated: a name the module exports
    "VehicleResult",
    "planned_refreshes",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

HISTORY_EVERY = timedelta(days=1)
FIRST_HISTORY_YEARS = 3
HISTORY_OVERLAP = timedelta(days=30)
V3_CALLS_PER_REFRESH = 1  # one signals call: one request against the bucket and the car's month
# Answers to a signals call that may mean the owner withdrew access; `GET /v3/connections` (not billed)
# says whether they did before anyone is told to reconnect.
_MAYBE_REVOKED = (AuthenticationError, PermissionDeniedError, ResourceNotFoundError)
# Writes wait up to this long for company: a transaction of one car costs nearly what one of twenty does.
WRITE_LINGER_SECONDS = 0.1


def _reservation_group(concurrency: int) -> int:
    """Cars whose calls are reserved in one transaction: two rounds of requests, so the next group is
    reserved while half of this one is still waiting for a slot."""
    return min(64, max(16, 2 * concurrency))


def _write_group(concurrency: int) -> int:
    return min(64, max(8, concurrency))


_NOTHING_YET = ReservedCalls(0, "")  # until the reservation is made


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


class _BudgetSpent(Exception):
    """The car's monthly call budget ran out during this refresh (retries count too)."""


class _NoV3Client(Exception):
    """A v3 connection in a shop whose Smartcar set-up has no v3 API credentials."""


class Refresher:
    """Refreshes cars through `client` with tokens from `tokens`; `on_progress(RefreshProgress)` is told as
    each car starts and once it is written, and while requests wait for Smartcar's allowance."""

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
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
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
            # First what a killed process left behind: a renewal Smartcar may still accept for a minute.
            await self._finish_unfinished_renewals(summary, writer)
            # Choosing among a thousand cars and the run record are database work: off the event loop, so
            # a window stays responsive when a refresh starts and ends.
            chosen, skipped = await writer.run(self._choose, vehicle_ids, due_only)
            summary.results.extend(skipped)
            run_id = await writer.run(self._open_run, trigger, len(chosen) + len(skipped))
            heartbeat = asyncio.ensure_future(self._beat(run_id, writer))
            self._report(RefreshProgress(0, len(chosen)))
            gate = getattr(self._client, "gate", None)
            if gate is not None:
                gate.on_wait = lambda until: self._report(replace(self._progress, waiting_until=until))
            cars: ReservedCars[ConnectedCar, CarToRefresh] = ReservedCars(
                chosen, partial(self._reserve, writer), _reservation_group(self._concurrency)
            )
            written: GroupWriter[CarOutcome] = GroupWriter(
                writer,
                partial(record_outcomes, plan=self._plan),
                partial(self._written, summary),
                group_size=_write_group(self._concurrency),
                linger=WRITE_LINGER_SECONDS,
            )
            try:
                # A few workers taking cars in turn, not a task per car: starting a thousand tasks at once
                # would hold the event loop for tens of milliseconds before the first request went out.
                workers = min(self._concurrency, len(chosen))
                await _together([self._work(cars, written, writer) for _ in range(workers)])
                await written.close()
                await self._renew_idle_connections({vehicle.connection_id for vehicle in chosen})
            except asyncio.CancelledError:
                summary.cancelled = True
                raise
            finally:
                heartbeat.cancel()
                if gate is not None:
                    gate.on_wait = None
                # Shielded: a cancelled refresh still writes the answers it has, gives back the calls it
                # did not make and records how it ended before the worker closes.
                await asyncio.shield(self._wind_up(writer, cars, written, run_id, summary, clock))
        return summary

    async def _finish_unfinished_renewals(self, summary: RefreshSummary, writer: DatabaseWorker) -> None:
        found = await writer.run(connections.unfinished_renewals)
        if not found:
            return
        unfinished = await self._tokens.finish_unfinished(found)
        summary.renewals_finished = len(unfinished.finished)
        if unfinished.lost:
            summary.lost_to_crash = await writer.run(connections.customer_names, unfinished.lost)

    def _open_run(self, trigger: str, vehicles_total: int) -> int:
        """Closes the records of runs whose process died, then opens this one's; returns its id."""
        now = self._now()
        refresh_runs.close_abandoned_runs(now, is_gone)
        return refresh_runs.open_run(now, trigger, vehicles_total, this_process_text()).id

    async def _beat(self, run_id: int, writer: DatabaseWorker) -> None:
        """The run's heartbeat: another PC can tell a long refresh from one whose process died. Real time,
        whatever `sleep` the refresher was given (tests make that one instant)."""
        while True:
            await asyncio.sleep(refresh_runs.HEARTBEAT_SECONDS)
            try:
                await writer.run(refresh_runs.beat, run_id, self._now())
            except Exception as exc:  # a missed beat only risks the record; the refresh goes on
                log.warning("Could not record the refresh's heartbeat (%s)", exc)

    def _choose(
        self, vehicle_ids: Sequence[int] | None, due_only: bool
    ) -> tuple[list[ConnectedCar], list[VehicleResult]]:
        now = self._now()
        chosen, skipped = [], []
        for vehicle, planned in planned_refreshes(self._limits, now, vehicle_ids):
            if planned.budget_spent:
                skipped.append(_result(vehicle, ok=False, skipped=True, message=pace_text(planned.reason)))
            elif not due_only or planned.at <= now:
                chosen.append(vehicle)
        return chosen, skipped

    async def _reserve(self, writer: DatabaseWorker, vehicles: list[ConnectedCar]) -> list[CarToRefresh]:
        """A group of cars ready to go: their calls reserved and their connections' token pairs read, both
        on the writer thread while the cars before them are in flight."""
        v2 = [vehicle.connection_id for vehicle in vehicles if vehicle.api != "v3"]
        cars, pairs = await writer.run(self._reserve_calls, vehicles, self._tokens.unknown(v2))
        self._tokens.remember(pairs)
        return cars

    def _reserve_calls(
        self, vehicles: list[ConnectedCar], unknown_connections: list[int]
    ) -> tuple[list[CarToRefresh], dict[int, TokenPair]]:
        """On the writer thread: each car's calls for this refresh (v2: its batch, and its history call
        when due; v3: its signals call), counted in one transaction before any of them is made; and the
        token pairs of the v2 connections the keeper does not know yet."""
        now = self._now()
        cars, requests = [], []
        for vehicle in vehicles:
            history_due = self._history_due(vehicle, now)
            if vehicle.api == "v3":
                car = CarToRefresh(vehicle, CallAllowance(vehicle.id, _NOTHING_YET), history_due=history_due)
                requests.append(CallRequest(vehicle.id, V3_CALLS_PER_REFRESH, V3_CALLS_PER_REFRESH))
            else:
                paths = _v2_paths(vehicle, history_due)
                car = CarToRefresh(vehicle, CallAllowance(vehicle.id, _NOTHING_YET), paths, history_due)
                requests.append(CallRequest(vehicle.id, len(paths) + int(history_due), len(paths)))
            cars.append(car)
        with_history = [car for car in cars if car.history_due and car.paths]
        latest = latest_service_dates([car.vehicle.id for car in with_history], HISTORY_SOURCE)
        for car in with_history:
            car.history_start = _history_start(latest.get(car.vehicle.id), now.date())
        granted = reserve_vehicle_calls(requests, now, self._limits.monthly_budget)
        for car in cars:
            car.allowance = CallAllowance(car.vehicle.id, granted[car.vehicle.id])
        return cars, self._tokens.read_pairs(unknown_connections)

    async def _work(
        self,
        cars: ReservedCars[ConnectedCar, CarToRefresh],
        written: GroupWriter[CarOutcome],
        writer: DatabaseWorker,
    ) -> None:
        while (car := await cars.next()) is not None:
            self._report(replace(self._progress, current=_label(car.vehicle)))
            if car.vehicle.api == "v3":
                outcome = await self._read_v3(car, writer)
            else:
                outcome = await self._read_v2(car, writer)
            written.add(outcome)

    def _written(self, summary: RefreshSummary, outcome: CarOutcome) -> None:
        summary.results.append(outcome.result)
        if summary.cancelled:
            return  # answers written while a cancelled refresh winds up: nobody is following any more
        progress = self._progress
        self._report(
            replace(
                progress,
                done=progress.done + 1,
                current=_label(outcome.car.vehicle),
                errors=progress.errors + (0 if outcome.result.ok else 1),
            )
        )

    async def _wind_up(
        self,
        writer: DatabaseWorker,
        cars: ReservedCars[ConnectedCar, CarToRefresh],
        written: GroupWriter[CarOutcome],
        run_id: int,
        summary: RefreshSummary,
        clock: float,
    ) -> None:
        # A failed write was raised by the refresh already; a cancelled refresh writes what it has.
        with contextlib.suppress(Exception):
            await written.close()
        await cars.settle_reservation_under_way()
        unsettled = cars.unsettled()
        if unsettled:
            await writer.run(
                return_vehicle_calls, [(car.vehicle.id, car.allowance.unused) for car in unsettled]
            )
            for car in unsettled:
                car.allowance.settled = True
        summary.seconds = time.perf_counter() - clock
        await writer.run(_finish_run, run_id, summary, self._now())

    def _report(self, progress: RefreshProgress) -> None:
        self._progress = progress
        if self._on_progress:
            self._on_progress(progress)

    async def _read_v2(self, car: CarToRefresh, writer: DatabaseWorker) -> CarOutcome:
        outcome = CarOutcome(car, _result(car.vehicle, ok=False))
        try:
            outcome.batch = await self._batch_with_retries(car, list(car.paths), writer)
            outcome.fetched_at = now = self._now()
            if car.history_due:
                await self._read_history(car, outcome, now, writer)
        except ReconnectNeeded as exc:
            outcome.fail(str(exc), show_on_row=False, needs_reconnect=True)
        except (SmartcarError, LeaseTimeout, CredentialsError, _BudgetSpent) as exc:
            outcome.fail(str(exc))
        return outcome

    async def _read_v3(self, car: CarToRefresh, writer: DatabaseWorker) -> CarOutcome:
        """One signals call with the owner's user id; every signal's own outcome is recorded."""
        vehicle = car.vehicle
        outcome = CarOutcome(car, _result(vehicle, ok=False))
        try:
            if self._v3 is None:
                raise _NoV3Client(
                    QCoreApplication.translate(
                        "RefreshWords",
                        "this car is linked through Smartcar API v3, but the shop's Smartcar set-up has no v3 API credentials (settings smartcar_api and smartcar_client_id)",  # noqa: E501 (one literal for lupdate)
                    )
                )
            if vehicle.connection_state == connections.NEEDS_RECONNECT:
                raise ReconnectNeeded(
                    vehicle.connection_state_reason
                    or QCoreApplication.translate("RefreshWords", "The owner must connect the car again.")
                )
            user_id = vehicle.smartcar_user_id
            if user_id is None:  # every way to v3 stores the owner's user id; only Connect can give it back
                raise ReconnectNeeded(
                    QCoreApplication.translate(
                        "RefreshWords",
                        "The owner must connect the car again (no Smartcar user id on record).",
                    )
                )
            await self._spend(car, V3_CALLS_PER_REFRESH, writer)
            try:
                found = await self._v3.signals(vehicle.smartcar_id, user_id)
            except _MAYBE_REVOKED as exc:
                await self._confirm_revocation(vehicle, writer)
                raise exc from None
            outcome.fetched_at = self._now()
            outcome.signals = found
            outcome.migrated_connection_id = vehicle.connection_id if vehicle.holds_v2_pair else None
        except ReconnectNeeded as exc:
            outcome.fail(str(exc), needs_reconnect=True)
        except OAuthError as exc:
            if exc.is_invalid_client:
                # The shop's set-up, not this car: the run stops with one line for the front desk.
                raise SetupError(exc.description) from None
            outcome.fail(str(exc))
        except (SmartcarError, _BudgetSpent, _NoV3Client) as exc:
            outcome.fail(str(exc))
        return outcome

    async def _confirm_revocation(self, vehicle: ConnectedCar, writer: DatabaseWorker) -> None:
        """After a refused signals call: asks Smartcar (once per owner per run, not billed) whether the owner
        still shares this car. Raises ReconnectNeeded when they do not; returns when they do (the refusal
        was something else) or when Smartcar cannot say."""
        user_id = vehicle.smartcar_user_id
        if user_id is None:  # (_read_v3 never gets here without one) there is no owner to ask about
            return
        check = self._owner_checks.get(user_id)
        if check is None:
            check = asyncio.ensure_future(self._owner_connections(user_id))
            self._owner_checks[user_id] = check
        shared = await asyncio.shield(check)
        if shared is None or any(item.vehicle_id == vehicle.smartcar_id for item in shared):
            return
        if not shared:
            reason = QCoreApplication.translate(
                "RefreshWords", "The owner withdrew the shop's access in Smartcar; connect their cars again."
            )
            await writer.run(connections.mark_needs_reconnect, vehicle.connection_id, reason)
            raise ReconnectNeeded(reason)
        raise ReconnectNeeded(
            QCoreApplication.translate(
                "RefreshWords", "The owner no longer shares this car with the shop; connect it again."
            )
        )

    async def _owner_connections(self, user_id: str) -> tuple[V3Connection, ...] | None:
        assert self._v3 is not None
        try:
            return await self._v3.connections(user_id=user_id)
        except SmartcarError as exc:
            log.warning("Could not check an owner's Smartcar connections (%s)", exc.type)
            return None

    async def _take_calls(self, car: CarToRefresh, calls: int, writer: DatabaseWorker) -> bool:
        """From the car's reservation, else counted now (a retry, a history call the month had no room
        for when the reservation was made)."""
        if car.allowance.take(calls):
            return True
        return await writer.run(
            spend_vehicle_calls, car.vehicle.id, calls, self._now(), self._limits.monthly_budget
        )

    async def _spend(self, car: CarToRefresh, calls: int, writer: DatabaseWorker) -> None:
        if not await self._take_calls(car, calls, writer):
            raise _BudgetSpent(
                fill(
                    QCoreApplication.translate(
                        "RefreshWords", "stopped: this month's %1 Smartcar calls for this car are spent"
                    ),
                    self._limits.monthly_budget,
                )
            )

    async def _authorised(self, vehicle: ConnectedCar, call: Callable[[str], Awaitable[T]]) -> T:
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
            reason = QCoreApplication.translate("RefreshWords", "Smartcar no longer accepts this connection.")
            connections.mark_needs_reconnect(vehicle.connection_id, reason)
            raise ReconnectNeeded(reason) from None

    async def _batch_with_retries(
        self, car: CarToRefresh, paths: list[str], writer: DatabaseWorker
    ) -> BatchResult:
        """Re-asks only the paths that failed with a transient error (a sleeping car, a 429, a 5xx)."""
        vehicle = car.vehicle
        policy = self._client.retry
        started = time.monotonic()
        merged: dict[str, BatchItem] = {}
        attempt, meta = 0, None
        while paths:
            attempt += 1
            await self._spend(car, len(paths), writer)
            batch = await self._authorised(vehicle, partial(_batch_raising_401, self._client, vehicle, paths))
            meta = batch.meta
            merged.update(batch.by_path)
            delays = {
                path: delay
                for path, item in batch.by_path.items()
                if item.error is not None
                and (delay := policy.next_delay(item.error, attempt, time.monotonic() - started)) is not None
            }
            paths = list(delays)
            if paths:
                await self._sleep(max(delays.values()))
        if meta is None:  # no path was asked for: a v2 read always asks for the snapshot's paths
            raise ValueError("a batch needs at least one path")
        return BatchResult(by_path=merged, meta=meta)

    def _history_due(self, vehicle: ConnectedCar, now: datetime) -> bool:
        return vehicle.history_synced_at is None or now - vehicle.history_synced_at >= HISTORY_EVERY

    async def _read_history(
        self, car: CarToRefresh, outcome: CarOutcome, now: datetime, writer: DatabaseWorker
    ) -> None:
        if not await self._take_calls(car, 1, writer):
            return  # the signals were read; history waits for next month
        vehicle = car.vehicle
        start = car.history_start or _history_start(None, now.date())
        try:
            history = await self._authorised(
                vehicle,
                lambda token: self._client.service_history(token, vehicle.smartcar_id, start, now.date()),
            )
        except (CompatibilityError, PermissionDeniedError):
            history = None  # this make (or this owner) does not share service history: normal
        outcome.history = history.events if history is not None else None
        outcome.history_synced = True

    async def _renew_idle_connections(self, refreshed: set[int]) -> None:
        """A refresh token dies after 60 days unused: renew those of connections no car refreshed today."""
        soon = self._now() + RENEW_REFRESH_TOKEN_BELOW
        for connection_id in connections.idle_v2_connection_ids(soon, refreshed):
            try:
                await self._tokens.access_token(connection_id)
            except (ReconnectNeeded, SmartcarError, LeaseTimeout, CredentialsError) as exc:
                log.warning("Connection %d: could not renew idle tokens (%s)", connection_id, exc)


def planned_refreshes(
    limits: RefreshLimits, now: datetime, vehicle_ids: Sequence[int] | None = None
) -> list[tuple[ConnectedCar, NextRefresh]]:
    """Every connected car (or those named) with its next planned refresh and the reason for the rhythm.
    A car a webhook delivery updated counts as refreshed then: the periodic refresh leaves it alone."""
    cadence = limits.cadence(connected_car_count())
    return [
        (
            vehicle,
            next_refresh(
                now,
                _last_fresh(vehicle),
                vehicle.calls_month,
                vehicle.calls_used,
                limits.monthly_budget,
                cadence,
                V3_CALLS_PER_REFRESH if vehicle.api == "v3" else len(SNAPSHOT_PATHS),
            ),
        )
        for vehicle in connected_cars(vehicle_ids)
    ]


def _last_fresh(vehicle: ConnectedCar) -> datetime | None:
    """When the car's data was last brought up to date, by a refresh or a live update."""
    moments = [moment for moment in (vehicle.last_refresh_at, vehicle.live_update_at) if moment is not None]
    return max(moments) if moments else None


async def _batch_raising_401(
    client: SmartcarClient, vehicle: ConnectedCar, paths: list[str], token: str
) -> BatchResult:
    """A batch whose items were refused for the token is a refused request, like a 401 of the batch."""
    batch = await client.batch(token, vehicle.smartcar_id, paths)
    for item in batch:
        if isinstance(item.error, AuthenticationError):
            raise item.error
    return batch


async def _together(workers: list[Coroutine[Any, Any, None]]) -> None:
    """Runs the workers; one that fails cancels the others, so the refresh ends with its error (a car
    whose answer was not in yet writes nothing)."""
    tasks = [asyncio.ensure_future(worker) for worker in workers]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _v2_paths(vehicle: ConnectedCar, history_due: bool) -> tuple[str, ...]:
    """The snapshot, and what Connect could not read about the car: its make, model and year; its VIN, with
    the daily history call (an owner who did not share it would otherwise cost a call every refresh)."""
    attributes = () if vehicle.make and vehicle.year is not None else (ATTRIBUTES,)
    vin = (VIN,) if history_due and not vehicle.vin else ()
    return (*SNAPSHOT_PATHS, *attributes, *vin)


def _label(vehicle: ConnectedCar) -> str:
    return f"{vehicle.customer_name} — {vehicle.title}"


def _result(vehicle: ConnectedCar, **fields: Any) -> VehicleResult:
    return VehicleResult(vehicle.id, vehicle.customer_name, vehicle.title, **fields)


def _finish_run(run_id: int, summary: RefreshSummary, now: datetime) -> None:
    refresh_runs.finish_run(
        run_id,
        now,
        vehicles_ok=len(summary.refreshed),
        vehicles_failed=len(summary.failed),
        vehicles_skipped=len(summary.skipped),
        outcome="cancelled" if summary.cancelled else "finished",
        summary="; ".join(f"{r.customer} {r.vehicle}: {r.message}" for r in summary.failed)[:4000],
    )


def _history_start(last_imported: date | None, today: date) -> date:
    """The first import asks for three years; later ones from the last record known, less 30 days."""
    if last_imported is None:
        return (
            today.replace(year=today.year - FIRST_HISTORY_YEARS)
            if not (today.month == 2 and today.day == 29)
            else today - timedelta(days=365 * FIRST_HISTORY_YEARS)
        )
    return last_imported - HISTORY_OVERLAP
