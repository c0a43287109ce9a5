"""Who the shop's Smartcar application is and where Smartcar lives, from the environment (the official
SDK's names) or else the shop's settings and keyring (DESIGN.md "Configuration contract")."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from shopapp.credentials import Credentials, CredentialsError
from shopapp.smartcar.auth import SmartcarAuth
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client


class SetupError(Exception):
    """Smartcar is not set up on this PC; the message says what to set, never a secret."""


@dataclass(frozen=True, slots=True)
class SmartcarApp:
    endpoints: SmartcarEndpoints
    credentials: AppCredentials


def smartcar_app(
    settings: Mapping[str, Any], secrets: Credentials, environ: Mapping[str, str] | None = None
) -> SmartcarApp:
    env = os.environ if environ is None else environ

    def from_env(name: str) -> str:
        return (env.get(name) or "").strip()

    client_id = from_env("SMARTCAR_CLIENT_ID") or str(settings.get("smartcar_client_id", "")).strip()
    redirect_uri = from_env("SMARTCAR_REDIRECT_URI") or str(settings.get("redirect_uri", "")).strip()
    secret = from_env("SMARTCAR_CLIENT_SECRET")
    if not secret:
        try:
            secret = secrets.client_secret() or ""
        except CredentialsError as exc:
            raise SetupError(f"{exc} Or set SMARTCAR_CLIENT_SECRET.") from exc
    missing = [
        label
        for label, value in (
            ("client id (setting smartcar_client_id or SMARTCAR_CLIENT_ID)", client_id),
            ("client secret (Settings, kept in the keyring, or SMARTCAR_CLIENT_SECRET)", secret),
        )
        if not value
    ]
    if missing:
        raise SetupError("Smartcar is not set up: missing the " + " and the ".join(missing) + ".")
    return SmartcarApp(
        endpoints=SmartcarEndpoints.from_environ(env),
        credentials=AppCredentials(client_id, secret, redirect_uri),
    )


@asynccontextmanager
async def smartcar_session(
    app: SmartcarApp, **client_options: Any
) -> AsyncIterator[tuple[SmartcarAuth, SmartcarClient]]:
    """Token calls and vehicle calls on one shared HTTP client, closed on exit. The client is built on a
    worker thread: loading the system's certificates takes 40-70 ms, a visible stall in the window."""
    async with await asyncio.to_thread(create_http_client) as http:
        yield (
            SmartcarAuth(http, app.endpoints, app.credentials),
            SmartcarClient(http, app.endpoints, **client_options),
        )
