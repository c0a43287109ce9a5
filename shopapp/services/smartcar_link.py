"""How the shop reaches Smartcar (the real service, or the demo's in-process simulator), and the two use
cases built on it that both the window and the command line run: refreshing cars and linking a new one."""

from __future__ import annotations

import asyncio
import webbrowser
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, Protocol

from shopapp.credentials import Credentials, DataKeyError, check_data_key
from shopapp.domain.plan import ServicePlan
from shopapp.services.connect import ConnectOutcome, CustomerChoice, run_connect
from shopapp.services.refresh import Refresher, RefreshLimits, RefreshProgress, RefreshSummary
from shopapp.services.request_gate import RequestGate
from shopapp.services.smartcar_app import smartcar_app, smartcar_session
from shopapp.services.tokens import TokenKeeper, sealed_samples
from shopapp.smartcar.auth import SmartcarAuth
from shopapp.smartcar.client import SmartcarClient

Session = tuple[SmartcarAuth, SmartcarClient]


class SmartcarLink(Protocol):
    """Where Smartcar is for this shop. `session` raises SetupError when it is not set up."""

    def redirect_uri(self) -> str: ...

    def session(self, gate: RequestGate | None = None) -> AbstractAsyncContextManager[Session]: ...

    async def open_browser(self, url: str) -> None: ...


class ShopSmartcar:
    """The real Smartcar, with the application from the environment or the shop's settings and keyring."""

    def __init__(self, settings: Callable[[], Mapping[str, Any]], credentials: Credentials) -> None:
        self._settings = settings
        self._credentials = credentials

    def redirect_uri(self) -> str:
        return smartcar_app(self._settings(), self._credentials).credentials.redirect_uri

    @asynccontextmanager
    async def session(self, gate: RequestGate | None = None) -> AsyncIterator[Session]:
        app = smartcar_app(self._settings(), self._credentials)
        async with smartcar_session(app, gate=gate) as pair:
            yield pair

    async def open_browser(self, url: str) -> None:
        # webbrowser may start a process and wait for it; keep that off the event loop.
        await asyncio.to_thread(webbrowser.open, url)


def usable_data_key(credentials: Credentials) -> str | None:
    """The data key, checked against the stored pairs; None when nothing is connected yet. Raises
    CredentialsError (DataKeyError, KeyringUnavailableError) with a message for the user."""
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
    key = usable_data_key(credentials)
    if key is None:
        return None
    gate = RequestGate(settings["api_burst"], settings["api_refill_per_minute"])
    try:
        async with link.session(gate) as (auth, client):
            refresher = Refresher(
                client,
                TokenKeeper(auth, lambda: key),
                plan,
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

    options = {} if give_up_after is None else {"give_up_after": give_up_after}
    async with link.session() as (auth, client):
        return await run_connect(
            auth, client, link.redirect_uri(), data_key, customer=customer, show_url=show_url, **options
        )
