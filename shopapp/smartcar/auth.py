"""Smartcar Connect and OAuth: the authorize URL, code exchange and token refresh (reference section 2)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx

from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.errors import MalformedResponseError, NetworkError, SmartcarError
from shopapp.smartcar.http_session import request_json
from shopapp.smartcar.results import ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_DAYS, TokenPair
from shopapp.smartcar.retry import RetryPolicy

CONNECT_MODES = ("live", "simulated", "test")
APPROVAL_PROMPTS = ("auto", "force")
CONNECT_APIS = ("v2", "v3")


def build_connect_url(
    endpoints: SmartcarEndpoints,
    credentials: AppCredentials,
    *,
    state: str,
    scopes: Iterable[str],
    required_scopes: Iterable[str] = (),
    approval_prompt: str = "auto",
    mode: str = "live",
    make: str | None = None,
    single_select: bool | None = None,
    single_select_vin: str | None = None,
    flags: Mapping[str, str | bool] | None = None,
    user: str | None = None,
    api: str = "v2",
    external_id: str | None = None,
) -> str:
    """The Connect URL to open in the owner's browser.

    `state` is required: the loopback listener checks it to reject redirects it did not ask for. A scope is
    optional unless it is also in `required_scopes` (sent as `required:<scope>`, which makes Connect refuse
    cars that cannot give it). With `api="v3"` the Application ID goes as both `client_id` and
    `application_id` (reference 1.8 and 11.9: both names are in use), and no `scope` is sent when none is
    asked for (the dashboard's Vehicle Access then decides). `external_id` is the shop's own id for the
    owner; the v3 redirect and `/v3/connections` carry it back.
    """
    if api not in CONNECT_APIS:
        raise ValueError(f"api must be one of {', '.join(CONNECT_APIS)}")
    if not state:
        raise ValueError("Connect needs a non-empty state to recognise its own redirect.")
    if mode not in CONNECT_MODES:
        raise ValueError(f"mode must be one of {', '.join(CONNECT_MODES)}")
    if approval_prompt not in APPROVAL_PROMPTS:
        raise ValueError(f"approval_prompt must be one of {', '.join(APPROVAL_PROMPTS)}")
    required = set(required_scopes)
    ordered = list(dict.fromkeys([*scopes, *required_scopes]))
    params: dict[str, str] = {
        "response_type": "code",
        "client_id": credentials.connect_id,
        "approval_prompt": approval_prompt,
        "mode": mode,
        "redirect_uri": credentials.redirect_uri,
        "scope": " ".join(f"required:{scope}" if scope in required else scope for scope in ordered),
        "state": state,
    }
    if api == "v3":
        params["application_id"] = credentials.connect_id
        if not ordered:
            del params["scope"]
    if external_id:
        params["external_id"] = external_id
    if make:
        params["make"] = make.upper()
    if single_select_vin:
        params["single_select_vin"] = single_select_vin
        single_select = True  # Smartcar ignores the VIN without it
    if single_select is not None:
        params["single_select"] = "true" if single_select else "false"
    if flags:
        params["flags"] = " ".join(f"{key}:{_flag_value(value)}" for key, value in flags.items())
    if user:
        params["user"] = user
    return f"{endpoints.authorize_url}?{urlencode(params)}"


def _flag_value(value: str | bool) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _only_if_not_delivered(error: SmartcarError) -> bool:
    """Codes and refresh tokens are single use: repeat a grant only when the first one surely never arrived
    (connection refused) or the server failed before acting on it (5xx)."""
    if isinstance(error, NetworkError):
        return not error.request_was_sent
    return error.status is not None and error.status >= 500


class SmartcarAuth:
    """Exchanges Connect codes and refresh tokens for token pairs (HTTP Basic client auth, form body)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        endpoints: SmartcarEndpoints,
        credentials: AppCredentials,
        *,
        retry: RetryPolicy | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._http = http
        self._endpoints = endpoints
        self._credentials = credentials
        self._retry = retry or RetryPolicy(max_attempts=3, max_total_seconds=30.0)
        self._now = now

    def connect_url(self, *, state: str, scopes: Iterable[str], **options: Any) -> str:
        return build_connect_url(self._endpoints, self._credentials, state=state, scopes=scopes, **options)

    async def exchange_code(self, code: str) -> TokenPair:
        """Trades the one-time code from Connect's redirect for a token pair."""
        return await self._grant(
            {"grant_type": "authorization_code", "code": code, "redirect_uri": self._credentials.redirect_uri}
        )

    async def refresh_tokens(self, refresh_token: str) -> TokenPair:
        """A new pair; the refresh token given is used up (Smartcar rotates it), so save the result first."""
        return await self._grant({"grant_type": "refresh_token", "refresh_token": refresh_token})

    async def _grant(self, form: dict[str, str]) -> TokenPair:
        async def post() -> Any:
            body, _ = await request_json(
                self._http,
                "POST",
                self._endpoints.auth_url,
                data=form,
                auth=(self._credentials.client_id, self._credentials.client_secret),
                headers={"Accept": "application/json"},
            )
            return body

        issued_at = self._now()
        return token_pair_from_body(await self._retry.run(post, retry_if=_only_if_not_delivered), issued_at)


def token_pair_from_body(body: Any, issued_at: datetime) -> TokenPair:
    """Reads a token response; expiry times are absolute, counted from when the request was sent."""
    if not isinstance(body, dict):
        raise MalformedResponseError("The token answer was not a JSON object.")
    access, refresh = body.get("access_token"), body.get("refresh_token")
    if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
        raise MalformedResponseError("The token answer lacked an access or refresh token.")
    expires_in = body.get("expires_in", ACCESS_TOKEN_SECONDS)
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or expires_in <= 0:
        raise MalformedResponseError("The token answer had no usable expires_in.")
    token_type = body.get("token_type")
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        access_expires_at=issued_at + timedelta(seconds=float(expires_in)),
        refresh_expires_at=issued_at + timedelta(days=REFRESH_TOKEN_DAYS),
        token_type=token_type if isinstance(token_type, str) and token_type else "Bearer",
    )
