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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.credentials import DATA_KEY_ENV, Credentials, CredentialsError, DataKeyError, decode_data_key
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.smartcar.app_token import AppTokenSource
from shopapp.smartcar.auth import SmartcarAuth, build_connect_url
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.smartcar.v3_client import SmartcarV3Client

API_CLIENT_PREFIX = "client_"  # observed on every v3 API client id (reference section 1.1)
APIS = ("v3", "v2")


class SetupError(UserFacingError):
    """Smartcar is not set up on this PC; the message says what to set, never a secret. `setup`: the set-up
    found incomplete, when the error comes from that check (None for a client Smartcar turned down)."""

    def __init__(self, message: str, setup: SmartcarSetup | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.setup = setup


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


# The pieces of a Smartcar set-up, in the order they are asked for and told (issue 14): the client id, its
# secret, the Application ID (v3), then the data key that v2 token pairs are sealed with.
CLIENT_ID = "client_id"
CLIENT_SECRET = "client_secret"
APPLICATION_ID = "application_id"
DATA_KEY = "data_key"
# Why a piece is missing.
UNSET = "unset"  # nowhere: not in the environment, the settings or the keyring
NO_KEYRING = "no_keyring"  # no keyring on this computer to keep it, and no variable gives it
KEYRING_REFUSED = "keyring_refused"  # the keyring is there but locked or refusing
NOT_HERE = "not_here"  # the data key of sealed pairs made on another PC
NOT_A_KEY = "not_a_key"  # SHOPAPP_DATA_KEY holds something that is not a data key


@dataclass(frozen=True, slots=True)
class SetupGap:
    """One piece the shop's Smartcar set-up lacks on this computer: `piece` (CLIENT_ID, CLIENT_SECRET,
    APPLICATION_ID, DATA_KEY) and `why` (UNSET, NO_KEYRING, KEYRING_REFUSED, NOT_HERE, NOT_A_KEY)."""

    piece: str
    why: str = UNSET


@dataclass(frozen=True, slots=True)
class SmartcarSetup:
    """What this computer has of the shop's Smartcar set-up. `gaps`: what is missing, in the order to fix it
    (the one answer the window and the command line both give); `started`: True once anything of it was
    entered (an id, a secret) or a car was connected, so a shop that never began is told apart from one
    whose set-up cannot work."""

    api: str
    gaps: tuple[SetupGap, ...]
    started: bool

    @property
    def complete(self) -> bool:
        return not self.gaps


def smartcar_setup(
    settings: Mapping[str, Any],
    secrets: Credentials,
    environ: Mapping[str, str] | None = None,
    *,
    api: str | None = None,
    sealed_pairs: bool = False,
    connected: bool = False,
) -> SmartcarSetup:
    """THE decision of what is missing, environment first, then settings and keyring (as smartcar_app reads
    them). `api`: the API the values are needed for (default: the settings'). `sealed_pairs`: v2 token pairs
    are stored, so the data key must be here (a v2 shop needs it anyway: Connect seals its pair).
    `connected`: cars are linked already (the set-up counts as started)."""
    env = os.environ if environ is None else environ

    def from_env(name: str) -> str:
        return (env.get(name) or "").strip()

    api = api or str(settings.get("smartcar_api", "v3")).strip() or "v3"
    client_id = from_env("SMARTCAR_CLIENT_ID") or str(settings.get("smartcar_client_id", "")).strip()
    application_id = (
        from_env("SMARTCAR_APPLICATION_ID") or str(settings.get("smartcar_application_id", "")).strip()
    )
    if not application_id and client_id and not is_api_client_id(client_id):
        application_id = client_id  # a v2 client id is the Application ID
    gaps: list[SetupGap] = []
    if not client_id:
        gaps.append(SetupGap(CLIENT_ID))
    secret_gap = _secret_gap(from_env("SMARTCAR_CLIENT_SECRET"), secrets)
    if secret_gap is not None:
        gaps.append(secret_gap)
    if api == "v3" and not application_id:
        gaps.append(SetupGap(APPLICATION_ID))
    if api == "v2" or sealed_pairs:
        key_gap = _data_key_gap(from_env(DATA_KEY_ENV), secrets, sealed_pairs)
        if key_gap is not None:
            gaps.append(key_gap)
    entered = bool(client_id or application_id) or (secret_gap is None)
    return SmartcarSetup(api, tuple(gaps), entered or sealed_pairs or connected)


def _secret_gap(from_env: str, secrets: Credentials) -> SetupGap | None:
    if from_env:
        return None
    if not secrets.keychain.usable:
        return SetupGap(CLIENT_SECRET, NO_KEYRING)
    try:
        stored = secrets.client_secret()
    except CredentialsError:
        return SetupGap(CLIENT_SECRET, KEYRING_REFUSED)
    return None if stored else SetupGap(CLIENT_SECRET)


def _data_key_gap(from_env: str, secrets: Credentials, sealed_pairs: bool) -> SetupGap | None:
    if from_env:
        try:
            decode_data_key(from_env)
        except DataKeyError:
            return SetupGap(DATA_KEY, NOT_A_KEY)
        return None
    if not secrets.keychain.usable:
        return SetupGap(DATA_KEY, NO_KEYRING)
    try:
        stored = secrets.data_key()
    except CredentialsError:
        return SetupGap(DATA_KEY, KEYRING_REFUSED)
    if not stored and sealed_pairs:  # made at the first Connect otherwise
        return SetupGap(DATA_KEY, NOT_HERE)
    return None


# What to say about a missing piece, by (piece, why, api): the most specific entry wins (None: any). Each
# sentence is whole, so a translation can reorder it; %1, where there is one, is the value beside it.
GapWords = Mapping[tuple[str, str | None, str | None], tuple[str, str]]


def gap_sentence(gap: SetupGap, api: str, sentences: GapWords, context: str) -> str:
    """The sentence `sentences` holds for `gap`, translated in `context` (the window and the command line
    each keep their own table of the same pieces)."""
    for key in (
        (gap.piece, gap.why, api),
        (gap.piece, gap.why, None),
        (gap.piece, None, api),
        (gap.piece, None, None),
    ):
        found = sentences.get(key)
        if found is not None:
            text, value = found
            return fill(QCoreApplication.translate(context, text), value)
    raise KeyError(f"no words for {gap} ({context})")


_COMMAND_LINE_GAP_WORDS: GapWords = {
    (CLIENT_ID, None, "v3"): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the API client id: copy it from the Smartcar dashboard (your application → API Credentials; it begins with client_) into `shopapp config set smartcar_client_id ...` or SMARTCAR_CLIENT_ID",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (CLIENT_ID, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the client id: copy it from the Smartcar dashboard (your application → Configuration) into `shopapp config set smartcar_client_id ...` or SMARTCAR_CLIENT_ID",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (CLIENT_SECRET, NO_KEYRING, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the client secret: this computer has no usable keyring to keep it in, so set SMARTCAR_CLIENT_SECRET (or unlock or install a keyring and enter it in File → Settings → Smartcar)",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (CLIENT_SECRET, KEYRING_REFUSED, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the client secret: the keyring would not give it; unlock the keyring, or set SMARTCAR_CLIENT_SECRET",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (CLIENT_SECRET, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the client secret: enter it in File → Settings → Smartcar (it is kept in the keyring), or set SMARTCAR_CLIENT_SECRET",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (APPLICATION_ID, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the Application ID: copy it from the Smartcar dashboard (your application → Configuration) into `shopapp config set smartcar_application_id ...` or SMARTCAR_APPLICATION_ID",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (DATA_KEY, NO_KEYRING, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the shop's data key (Smartcar tokens are sealed with it): this computer has no usable keyring to keep it in, so set %1 (or unlock or install a keyring)",  # noqa: E501 (one literal for lupdate)
            )
        ),
        DATA_KEY_ENV,
    ),
    (DATA_KEY, KEYRING_REFUSED, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the shop's data key: the keyring would not give it; unlock the keyring, or set %1",
            )
        ),
        DATA_KEY_ENV,
    ),
    (DATA_KEY, NOT_A_KEY, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the shop's data key: %1 is set but is not a ShopApp data key (44 characters of URL-safe base64)",  # noqa: E501 (one literal for lupdate)
            )
        ),
        DATA_KEY_ENV,
    ),
    (DATA_KEY, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarSetup",
                "the shop's data key (the Smartcar tokens in the database were sealed with it on another PC): `shopapp key export` on the first front-desk PC, `shopapp key import` here, or set %1",  # noqa: E501 (one literal for lupdate)
            )
        ),
        DATA_KEY_ENV,
    ),
}


def _gap_words(gap: SetupGap, api: str) -> str:
    """One missing piece and what to do about it, for the command line (settings and variables by name)."""
    return gap_sentence(gap, api, _COMMAND_LINE_GAP_WORDS, "SmartcarSetup")


def setup_words(setup: SmartcarSetup) -> str:
    """Every missing piece, numbered in the order to fix it, with what to do: one line, for the command
    line."""
    steps = "; ".join(
        fill(
            QCoreApplication.translate("SmartcarSetup", "%1) %2"),
            whole_number(number),
            _gap_words(gap, setup.api),
        )
        for number, gap in enumerate(setup.gaps, start=1)
    )
    return fill(
        QCoreApplication.translate(
            "SmartcarSetup", "Smartcar is not set up on this computer. Missing, in this order: %1."
        ),
        steps,
    )


def smartcar_app(
    settings: Mapping[str, Any], secrets: Credentials, environ: Mapping[str, str] | None = None
) -> SmartcarApp:
    """The shop's application; SetupError (with `setup`) naming every missing piece in order when the ids
    or the secret are not all there. The data key is settled where it is needed (Connect, refresh)."""
    env = os.environ if environ is None else environ

    def from_env(name: str) -> str:
        return (env.get(name) or "").strip()

    setup = smartcar_setup(settings, secrets, env)
    if any(gap.piece != DATA_KEY for gap in setup.gaps):
        raise SetupError(setup_words(setup), setup)
    api = setup.api
    client_id = from_env("SMARTCAR_CLIENT_ID") or str(settings.get("smartcar_client_id", "")).strip()
    redirect_uri = from_env("SMARTCAR_REDIRECT_URI") or str(settings.get("redirect_uri", "")).strip()
    application_id = (
        from_env("SMARTCAR_APPLICATION_ID") or str(settings.get("smartcar_application_id", "")).strip()
    )
    if not application_id and client_id and not is_api_client_id(client_id):
        application_id = client_id  # a v2 client id is the Application ID
    secret = from_env("SMARTCAR_CLIENT_SECRET") or secrets.client_secret() or ""
    credentials = AppCredentials(client_id, secret, redirect_uri, application_id=application_id)
    return SmartcarApp(
        api=api,
        endpoints=SmartcarEndpoints.from_environ(env),
        credentials=credentials,
        v2_credentials=_v2_client(credentials, secrets, from_env),
    )


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
