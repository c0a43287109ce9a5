"""How the shop reaches Smartcar (the real service, or the demo's in-process simulator), and the two use
cases built on it that both the window and the command line run: refreshing cars and linking a new one."""

from __future__ import annotations

import asyncio
import webbrowser
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from shopapp.config import Settings
from shopapp.credentials import Credentials, DataKeyError, check_data_key
from shopapp.domain.plan import ServicePlan
from shopapp.services.connect import CONNECT_TIMEOUT_SECONDS, ConnectOutcome, CustomerChoice, run_connect
from shopapp.services.connection_end import EndedLink, end_car_link
from shopapp.services.refresh import Refresher, RefreshLimits, RefreshProgress, RefreshSummary
from shopapp.services.request_gate import RequestGate
from shopapp.services.smartcar_app import SmartcarSession, smartcar_app, smartcar_session
from shopapp.services.smartcar_migration import MigrationLine, MigrationReport, migrate_to_v3
from shopapp.services.tokens import TokenKeeper, sealed_samples
from shopapp.store.vehicles import any_connected_car


class SmartcarLink(Protocol):
    """Where Smartcar is for this shop. `session` raises SetupError when it is not set up."""

    def redirect_uri(self) -> str: ...

    def session(self, gate: RequestGate | None = None) -> AbstractAsyncContextManager[SmartcarSession]: ...

    async def open_browser(self, url: str) -> None: ...


class ShopSmartcar:
    """The real Smartcar, with the application from the environment or the shop's settings and keyring."""

    def __init__(self, settings: Callable[[], Mapping[str, Any]], credentials: Credentials) -> None:
        self._settings = settings
        self._credentials = credentials

    def redirect_uri(self) -> str:
        return smartcar_app(self._settings(), self._credentials).credentials.redirect_uri

    @asynccontextmanager
    async def session(self, gate: RequestGate | None = None) -> AsyncIterator[SmartcarSession]:
        app = smartcar_app(self._settings(), self._credentials)
        async with smartcar_session(app, gate=gate) as session:
            yield session

    async def open_browser(self, url: str) -> None:
        # webbrowser may start a process and wait for it; keep that off the event loop.
        await asyncio.to_thread(webbrowser.open, url)


def usable_data_key(credentials: Credentials) -> str | None:
    """The data key, checked against the stored pairs; None when no pair is stored (nothing connected yet,
    or only v3 connections, which keep no secret). Raises CredentialsError (DataKeyError,
    KeyringUnavailableError) with a message for the user."""
    samples = sealed_samples()
    if not samples:
        return None
    key = credentials.data_key()
    if not key:
        raise DataKeyError(credentials.missing_key_message())
    check_data_key(key, samples)
    return key


async def refresh_cars(
    link: SmartcarLink,
    credentials: Credentials,
    settings: Mapping[str, Any],
    plan: ServicePlan,
    *,
    vehicle_ids: Sequence[int] | None = None,
    concurrency: int | None = None,
    trigger: str = "manual",
    due_only: bool = False,
    on_progress: Callable[[RefreshProgress], None] | None = None,
) -> RefreshSummary | None:
    """One refresh within the shop's plan limits; None when no car is connected yet."""
    if not any_connected_car():
        return None
    key = usable_data_key(credentials)
    gate = RequestGate(settings["api_burst"], settings["api_refill_per_minute"])
    try:
        async with link.session(gate) as session:
            refresher = Refresher(
                session.client,
                TokenKeeper(session.auth, lambda: _required(key)),
                plan,
                v3=session.v3,
                concurrency=concurrency or settings["refresh_concurrency"],
                limits=RefreshLimits.from_settings(settings),
                on_progress=on_progress,
            )
            return await refresher.refresh(vehicle_ids, trigger=trigger, due_only=due_only)
    finally:
        await gate.close()


async def connect_car(
    link: SmartcarLink,
    credentials: Credentials,
    *,
    customer: CustomerChoice = None,
    show_url: Callable[[str], None],
    give_up_after: float | None = None,
) -> ConnectOutcome:
    """Smartcar Connect: the data key is made (or checked) first, then the owner's approval is awaited.
    Raises ConnectFailed, ListenerError, SetupError or CredentialsError, each with a message for the user."""

    def data_key() -> str:
        return credentials.ensure_data_key(sealed_pairs_exist=bool(sealed_samples(1)))

    if give_up_after is None:
        give_up_after = CONNECT_TIMEOUT_SECONDS
    async with link.session() as session:
        return await run_connect(
            session,
            link.redirect_uri(),
            data_key,
            customer=customer,
            show_url=show_url,
            give_up_after=give_up_after,
        )


async def move_shop_to_v3(
    link: SmartcarLink,
    credentials: Credentials,
    settings: Settings,
    plan: ServicePlan,
    *,
    dry_run: bool = False,
    on_line: Callable[[MigrationLine], None] = lambda line: None,
) -> tuple[MigrationReport, RefreshSummary | None]:
    """`shopapp smartcar migrate` and Settings' "Move connections to v3": switches the v2 connections,
    then reads their cars once through v3 (which erases each switched connection's v2 pair), and makes v3
    the API of new connections. Raises SetupError when the shop has no v3 API credentials."""
    async with link.session() as session:
        report = await migrate_to_v3(session.v3_client(), dry_run=dry_run, on_line=on_line)
    if dry_run:
        return report, None
    settings.set("smartcar_api", "v3")
    to_read = report.vehicles_to_read()
    summary = None
    if to_read:
        summary = await refresh_cars(
            link, credentials, settings.values(), plan, vehicle_ids=to_read, trigger="migration"
        )
    return report, summary


async def end_smartcar_link(
    link: SmartcarLink, credentials: Credentials, vehicle_id: int, run: Callable[..., Awaitable[object]]
) -> EndedLink:
    """Vehicles → End Smartcar link: tells Smartcar, then keeps the car as one kept at the desk. `run` runs
    a store call on the caller's database worker. Raises LinkNotEnded, SetupError, CredentialsError."""
    async with link.session() as session:

        def keeper() -> TokenKeeper:  # only a v2 link needs the owner's token (and so the data key)
            key = usable_data_key(credentials)
            return TokenKeeper(session.v2_auth(), lambda: _required(key))

        return await end_car_link(session, keeper, vehicle_id, run)


def _required(key: str | None) -> str:
    if key is None:  # only v3 connections were stored when the refresh started
        raise DataKeyError(
            QCoreApplication.translate(
                "RefreshWords", "No Smartcar token pair was stored when this refresh started."
            )
        )
    return key
