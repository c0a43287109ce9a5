"""Who the shop's Smartcar application is and where Smartcar lives, from the environment (the official
SDK's names) or else the shop's settings and keyring (DESIGN.md "Configuration contract", "Smartcar v3").

Two generations of credentials meet here. A v3 application has API credentials (a client id beginning
with `client_` and its secret) for the application token, and an Application ID that Connect opens with.
A v2 application has one OAuth client (its id is the Application ID) and per-owner token pairs. A shop
moving to v3 may still hold v2 connections: they renew with the v2 client while it is known.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.credentials import Credentials, CredentialsError
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.smartcar.app_token import AppTokenSource
from shopapp.smartcar.auth import SmartcarAuth, build_connect_url
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.smartcar.v3_client import SmartcarV3Client

API_CLIENT_PREFIX = "client_"  # observed on every v3 API client id (reference section 1.1)
APIS = ("v3", "v2")


class SetupError(UserFacingError):
    """Smartcar is not set up on this PC; the message says what to set, never a secret."""


@dataclass(frozen=True, slots=True)
class SmartcarApp:
    """api: the API new connections use. credentials: the client the shop entered (v3: API credentials;
    v2: the OAuth client) with the Application ID for Connect. v2_credentials: the OAuth client v2
    connections renew their tokens with, or None when this shop has none (they must be migrated)."""

    api: str
    endpoints: SmartcarEndpoints
    credentials: AppCredentials
    v2_credentials: AppCredentials | None


def is_api_client_id(client_id: str) -> bool:
    return client_id.startswith(API_CLIENT_PREFIX)


def smartcar_app(
    settings: Mapping[str, Any], secrets: Credentials, environ: Mapping[str, str] | None = None
) -> SmartcarApp:
    env = os.environ if environ is None else environ

    def from_env(name: str) -> str:
        return (env.get(name) or "").strip()

    api = str(settings.get("smartcar_api", "v3")).strip() or "v3"
    client_id = from_env("SMARTCAR_CLIENT_ID") or str(settings.get("smartcar_client_id", "")).strip()
    redirect_uri = from_env("SMARTCAR_REDIRECT_URI") or str(settings.get("redirect_uri", "")).strip()
    application_id = (
        from_env("SMARTCAR_APPLICATION_ID") or str(settings.get("smartcar_application_id", "")).strip()
    )
    if not application_id and client_id and not is_api_client_id(client_id):
        application_id = client_id  # a v2 client id is the Application ID
    secret = from_env("SMARTCAR_CLIENT_SECRET")
    if not secret:
        try:
            secret = secrets.client_secret() or ""
        except CredentialsError as exc:
            raise SetupError(
                fill(QCoreApplication.translate("SmartcarSetup", "%1 Or set SMARTCAR_CLIENT_SECRET."), exc)
            ) from exc
    if api == "v3":
        id_label = QCoreApplication.translate(
            "SmartcarSetup",
            "API client id (Smartcar dashboard → your application → API Credentials; it begins with client_; setting smartcar_client_id or SMARTCAR_CLIENT_ID)",  # noqa: E501 (one literal for lupdate)
        )
    else:
        id_label = QCoreApplication.translate(
            "SmartcarSetup", "client id (setting smartcar_client_id or SMARTCAR_CLIENT_ID)"
        )
    required = [
        (id_label, client_id),
        (
            QCoreApplication.translate(
                "SmartcarSetup", "client secret (Settings, kept in the keyring, or SMARTCAR_CLIENT_SECRET)"
            ),
            secret,
        ),
    ]
    if api == "v3":
        required.append(
            (
                QCoreApplication.translate(
                    "SmartcarSetup",
                    "Application ID (Smartcar dashboard → your application → Configuration; setting smartcar_application_id or SMARTCAR_APPLICATION_ID)",  # noqa: E501 (one literal for lupdate)
                ),
                application_id,
            )
        )
    missing = [label for label, value in required if not value]
    if missing:
        raise SetupError(
            fill(
                QCoreApplication.translate("SmartcarSetup", "Smartcar is not set up: missing the %1."),
                _and_the(missing),
            )
        )
    credentials = AppCredentials(client_id, secret, redirect_uri, application_id=application_id)
    return SmartcarApp(
        api=api,
        endpoints=SmartcarEndpoints.from_environ(env),
        credentials=credentials,
        v2_credentials=_v2_client(credentials, secrets, from_env),
    )


def _and_the(labels: list[str]) -> str:
    """ "A and the B and the C": each pair joined by one translated pattern, so a language can reorder it."""
    joined = labels[0]
    for label in labels[1:]:
        joined = fill(QCoreApplication.translate("SmartcarSetup", "%1 and the %2"), joined, label)
    return joined


def _v2_client(credentials: AppCredentials, secrets: Credentials, from_env: Any) -> AppCredentials | None:
    if not is_api_client_id(credentials.client_id):
        return credentials
    secret = from_env("SMARTCAR_V2_CLIENT_SECRET")
    if not secret:
        try:
            secret = secrets.v2_client_secret() or ""
        except CredentialsError:
            secret = ""
    if not secret or not credentials.application_id:
        return None
    return AppCredentials(credentials.application_id, secret, credentials.redirect_uri)


@dataclass(frozen=True, slots=True)
class SmartcarSession:
    """Every way to Smartcar this shop has, on one HTTP client: `client` (v2 vehicle endpoints), `auth` (v2
    OAuth; None when the shop has no v2 client), `v3` (None for a v2 application). `api` is what new
    connections use."""

    api: str
    endpoints: SmartcarEndpoints
    credentials: AppCredentials
    client: SmartcarClient
    auth: SmartcarAuth | None
    v3: SmartcarV3Client | None

    def connect_url(self, *, state: str, scopes: Iterable[str], external_id: str | None = None) -> str:
        """Where the owner approves: v3 opens Connect with the Application ID and comes back with the user
        id; v2 with the OAuth client id and comes back with a code."""
        return build_connect_url(
            self.endpoints,
            self.credentials,
            state=state,
            scopes=scopes,
            api=self.api,
            external_id=external_id if self.api == "v3" else None,
        )

    def v2_auth(self) -> SmartcarAuth:
        if self.auth is None:
            raise SetupError(
                QCoreApplication.translate(
                    "SmartcarSetup",
                    "The shop's v2 Smartcar client is not set on this PC (the client id set is a v3 API client id): set SMARTCAR_V2_CLIENT_SECRET and the Application ID, or use API v3.",  # noqa: E501 (one literal for lupdate)
                )
            )
        return self.auth

    def v3_client(self) -> SmartcarV3Client:
        if self.v3 is None:
            raise SetupError(
                QCoreApplication.translate(
                    "SmartcarSetup",
                    "The shop's Smartcar application is set up for API v2 (setting smartcar_api); v3 calls need the v3 API credentials.",  # noqa: E501 (one literal for lupdate)
                )
            )
        return self.v3


@asynccontextmanager
async def smartcar_session(app: SmartcarApp, **client_options: Any) -> AsyncIterator[SmartcarSession]:
    """Token calls and vehicle calls on one shared HTTP client, closed on exit. The client is built on a
    worker thread: loading the system's certificates takes 40-70 ms, a visible stall in the window."""
    async with await asyncio.to_thread(create_http_client) as http:
        yield session_on(http, app, **client_options)


def session_on(http: Any, app: SmartcarApp, **client_options: Any) -> SmartcarSession:
    """The session's clients on an existing HTTP client (the demo's in-process transport)."""
    v3 = None
    if is_api_client_id(app.credentials.client_id) or app.api == "v3":
        tokens = AppTokenSource(http, app.endpoints, app.credentials.client_id, app.credentials.client_secret)
        v3 = SmartcarV3Client(http, app.endpoints, tokens, **client_options)
    auth = SmartcarAuth(http, app.endpoints, app.v2_credentials) if app.v2_credentials else None
    return SmartcarSession(
        api=app.api,
        endpoints=app.endpoints,
        credentials=app.credentials,
        client=SmartcarClient(http, app.endpoints, **client_options),
        auth=auth,
        v3=v3,
    )
