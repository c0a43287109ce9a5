"""The v3 application token: one client-credentials token per process, in memory only (reference 1.1-1.2).

v3 has no per-vehicle tokens and no refresh token: every request carries this one token, and when it nears
its end (or Smartcar refuses it) a new one is simply requested. Concurrent callers share one request.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from shopapp.smartcar.endpoints import SmartcarEndpoints
from shopapp.smartcar.errors import MalformedResponseError, OAuthError, SmartcarError
from shopapp.smartcar.http_session import request_json
from shopapp.smartcar.retry import RetryPolicy

log = logging.getLogger(__name__)

APP_TOKEN_SECONDS = 3600  # documented lifetime, used when the answer leaves out expires_in
WHERE_CREDENTIALS_COME_FROM = (
    "They are created in the Smartcar Dashboard, on the application's API Credentials tab "
    "(the client id begins with 'client_'; it is not the Application ID)."
)


@dataclass(frozen=True, slots=True)
class _AppToken:
    value: str = field(repr=False)
    renew_at: datetime
    expires_at: datetime


def _consume_outcome(task: asyncio.Future[str]) -> None:
    """Every caller may have been cancelled; the outcome is still read, so asyncio does not complain."""
    if not task.cancelled():
        task.exception()


def _credentials_refused(error: SmartcarError) -> OAuthError:
    return OAuthError(
        "Smartcar refused the API client id or client secret (SMARTCAR_CLIENT_ID / SMARTCAR_CLIENT_SECRET). "
        + WHERE_CREDENTIALS_COME_FROM,
        type="invalid_client",
        status=error.status,
        request_id=error.request_id,
    )


class AppTokenSource:
    """Hands out the application's bearer token for the v3 APIs.

    Attributes: requests_made (token requests sent over HTTP, retries included), renew_before (how long
    before expiry a token is replaced). The token and the client secret never appear in repr, logs or
    error messages.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        endpoints: SmartcarEndpoints,
        client_id: str,
        client_secret: str,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        renew_before: timedelta = timedelta(minutes=5),
        retry: RetryPolicy | None = None,
    ) -> None:
        self._http = http
        self._endpoints = endpoints
        self._client_id = client_id.strip()
        self._client_secret = client_secret.strip()  # pasted from the dashboard, often with a newline
        self._now = now
        self.renew_before = renew_before
        # A client-credentials grant can be repeated harmlessly (unlike a rotating refresh token), so the
        # whole default policy applies: network errors, 5xx and 429.
        self._retry = retry or RetryPolicy(max_attempts=3, max_total_seconds=30.0)
        self._current: _AppToken | None = None
        self._in_flight: asyncio.Future[str] | None = None
        self.requests_made = 0

    def __repr__(self) -> str:
        expiry = self._current.expires_at.isoformat() if self._current else None
        return f"AppTokenSource(client_id={self._client_id!r}, token_expires_at={expiry!r})"

    async def token(self) -> str:
        """A token to use now: the cached one while it has more than `renew_before` left, else a new one."""
        current = self._current
        if current is not None and self._now() < current.renew_at:
            return current.value
        return await self._shared_request()

    async def renew(self, refused: str) -> str:
        """A token after Smartcar answered 401 to `refused`: the cached one if it is already another (a
        concurrent caller renewed it), else a new one. Fifty cars refused at once cost one request."""
        current = self._current
        if current is not None and current.value != refused and self._now() < current.renew_at:
            return current.value
        if current is not None and current.value == refused:
            self._current = None
        return await self._shared_request()

    async def _shared_request(self) -> str:
        # The request runs as its own task, shielded: a cancelled caller (a closed window) must not abandon
        # it halfway for the callers still waiting.
        task = self._in_flight
        if task is None or task.done():
            task = asyncio.ensure_future(self._request_token())
            task.add_done_callback(_consume_outcome)
            self._in_flight = task
        return await asyncio.shield(task)

    async def _request_token(self) -> str:
        if not self._client_id or not self._client_secret:
            raise OAuthError(
                "No Smartcar API client id and secret are set (SMARTCAR_CLIENT_ID / SMARTCAR_CLIENT_SECRET). "
                + WHERE_CREDENTIALS_COME_FROM,
                type="invalid_client",
            )
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }

        async def post() -> Any:
            self.requests_made += 1
            body, _ = await request_json(
                self._http,
                "POST",
                self._endpoints.iam_token_url,
                data=form,
                headers={"Accept": "application/json"},
            )
            return body

        issued_at = self._now()
        try:
            body = await self._retry.run(post)
        except OAuthError as error:
            if error.is_invalid_client or error.status == 401:
                raise _credentials_refused(error) from None
            raise self._without_secret(error) from None
        except SmartcarError as error:
            if error.status == 401:  # the token endpoint's only 401 is a refused client
                raise _credentials_refused(error) from None
            raise
        token = self._read(body, issued_at)
        self._current = token
        log.info("Smartcar app token obtained; renewed after %s", token.renew_at.isoformat())
        return token.value

    def _without_secret(self, error: OAuthError) -> OAuthError:
        """The server's own description is shown to the shop; it must not quote the secret back."""
        if not self._client_secret or self._client_secret not in error.description:
            return error
        return OAuthError(
            error.description.replace(self._client_secret, "***"),
            type=error.type,
            status=error.status,
            request_id=error.request_id,
        )

    def _read(self, body: Any, issued_at: datetime) -> _AppToken:
        """Expiry is counted from when the request was sent, so a slow answer cannot stretch it."""
        if not isinstance(body, dict):
            raise MalformedResponseError("The app token answer was not a JSON object.")
        value = body.get("access_token")
        if not isinstance(value, str) or not value.strip():
            raise MalformedResponseError("The app token answer had no access_token.")
        expires_in = body.get("expires_in", APP_TOKEN_SECONDS)
        if (
            isinstance(expires_in, bool)
            or not isinstance(expires_in, int | float)
            or not math.isfinite(expires_in)
            or expires_in <= 0
        ):
            raise MalformedResponseError("The app token answer had no usable expires_in.")
        lifetime = timedelta(seconds=float(expires_in))
        # A token shorter-lived than the renewal margin would be renewed on every call: use half its life.
        early = min(self.renew_before, lifetime / 2)
        return _AppToken(value=value, renew_at=issued_at + lifetime - early, expires_at=issued_at + lifetime)


T = TypeVar("T")


class _TokenUnavailable(Exception):
    """Carries a failure of the token source past RetryPolicy.run: the source has already retried what it
    could, and a refused client secret must not be asked again four times per request."""

    def __init__(self, error: SmartcarError) -> None:
        super().__init__(str(error))
        self.error = error


async def with_app_token(
    tokens: AppTokenSource,
    send: Callable[[str], Awaitable[T]],
    retry: RetryPolicy,
    *,
    retry_if: Callable[[SmartcarError], bool] | None = None,
) -> T:
    """`send(app_token)` under `retry`; a 401 means the token expired early or was revoked: one new token
    (shared by every request refused at the same moment) and one more try, a second 401 being the answer."""

    async def token(refused: str | None = None) -> str:
        try:
            return await (tokens.renew(refused) if refused is not None else tokens.token())
        except SmartcarError as error:
            raise _TokenUnavailable(error) from error

    async def once() -> T:
        current = await token()
        try:
            return await send(current)
        except SmartcarError as error:
            if error.status != 401:
                raise
            log.info("Smartcar refused the app token (%s); renewing it once", error.code or error.type)
            return await send(await token(refused=current))

    try:
        return await retry.run(once, retry_if=retry_if)
    except _TokenUnavailable as failure:
        raise failure.error from None
