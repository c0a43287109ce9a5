"""The async client of Smartcar's Management API v3 (reference 7.1): the application's webhooks, and
subscribing a vehicle to one. It authenticates with the v3 application token, as the vehicle API does; the
Application Management Token is not used here (it only signs webhook deliveries). No Qt, no database.

Two readings of the subscription endpoint exist (reference 11 item 7): `POST /v3/subscriptions` (the
management spec, used by third-party code) and `POST /v3/webhooks/{webhookId}/subscriptions` (Smartcar's
blog). The spec's is tried first; when its path does not exist the blog's is, and the one that answered is
kept for the client's lifetime.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from shopapp.smartcar.app_token import AppTokenSource, with_app_token
from shopapp.smartcar.endpoints import SmartcarEndpoints
from shopapp.smartcar.errors import MalformedResponseError, SmartcarError
from shopapp.smartcar.http_session import request_json
from shopapp.smartcar.parsing import parse_meta
from shopapp.smartcar.results import ResponseMeta
from shopapp.smartcar.retry import RetryPolicy
from shopapp.smartcar.v3_parsing import Paging, parse_paging

log = logging.getLogger(__name__)

T = TypeVar("T")

WEBHOOKS_PAGE_SIZE_MAX = 100  # the management spec's maximum page size (its default is 25)
_MAX_PAGES = 1000  # a server that keeps paging forever is broken; stop rather than loop

# Which reading of the subscription endpoint a client uses (reference 11 item 7).
SPEC_PATH = "spec"  # POST /v3/subscriptions
BLOG_PATH = "blog"  # POST /v3/webhooks/{webhookId}/subscriptions


class Subscribed(StrEnum):
    """What subscribing a vehicle to a webhook came to: 202 (Smartcar is creating the subscription) or 409
    (the vehicle was subscribed already)."""

    SUBSCRIBED = "subscribed"
    ALREADY_SUBSCRIBED = "already_subscribed"


@dataclass(frozen=True, slots=True)
class Webhook:
    """One of the application's webhooks, as the Dashboard created it. `callback_uri` is where Smartcar
    delivers (the shop's receiver); `is_enabled` False means Smartcar neither monitors nor queues."""

    webhook_id: str
    name: str
    callback_uri: str
    is_enabled: bool


def _required(value: str, what: str) -> str:
    """An id, stripped; an empty one would address the collection or subscribe nothing."""
    if not value or not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value.strip()


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def parse_webhook(item: Any, meta: ResponseMeta) -> Webhook:
    """One webhook resource `{id, type: "webhook", attributes: {name, callbackUri, isEnabled}}`."""
    webhook_id = _text(item.get("id")) if isinstance(item, dict) else None
    if webhook_id is None:
        raise MalformedResponseError(
            "Smartcar's answer for a webhook did not have the documented shape.", request_id=meta.request_id
        )
    attributes = item.get("attributes")
    fields: Mapping[str, Any] = attributes if isinstance(attributes, dict) else {}
    enabled = fields.get("isEnabled")
    return Webhook(
        webhook_id=webhook_id,
        name=_text(fields.get("name")) or "",
        callback_uri=_text(fields.get("callbackUri")) or "",
        # Every documented webhook carries isEnabled; one without it is taken as the Dashboard's default.
        is_enabled=enabled if isinstance(enabled, bool) else True,
    )


def parse_webhooks_page(body: Any, meta: ResponseMeta) -> tuple[tuple[Webhook, ...], Paging]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        raise MalformedResponseError(
            "Smartcar's answer for the webhook list did not have the documented shape.",
            request_id=meta.request_id,
        )
    return tuple(parse_webhook(item, meta) for item in data), parse_paging(body)


def path_is_missing(error: SmartcarError, *names: str) -> bool:
    """True for a 404 that says nothing of the webhook, owner or vehicle asked for (nor of webhooks, users,
    vehicles or subscriptions at all): the path itself does not exist, so the other reading of the
    endpoint is worth a try. A 404 about the webhook or the vehicle is the answer and is not."""
    if error.status != 404:
        return False
    said = f"{error.code or ''} {error.description}".lower()
    about = ("webhook", "vehicle", "user", "subscription", *(name.lower() for name in names if name))
    return not any(word in said for word in about)


class SmartcarManagement:
    """Management API v3 on the shared httpx client, with the application token.

    Attributes: retry (every call goes through it: 429 waits for Retry-After, 5xx and network errors are
    retried), tokens (the AppTokenSource; a 401 renews it once), subscription_path (SPEC_PATH, BLOG_PATH, or
    None until a subscription call has told which reading of the endpoint this server serves).
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        endpoints: SmartcarEndpoints,
        tokens: AppTokenSource,
        *,
        retry: RetryPolicy | None = None,
    ) -> None:
        self._http = http
        self._base = endpoints.management_v3_base
        self.tokens = tokens
        self.retry = retry or RetryPolicy()
        self.subscription_path: str | None = None

    # -- plumbing -------------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        url: str,
        parse: Callable[[Any, ResponseMeta], T],
        *,
        params: Mapping[str, str | int] | None = None,
        body: Any = None,
    ) -> T:
        async def send(token: str) -> T:
            headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
            extra: dict[str, Any] = {}
            if params:
                extra["params"] = dict(params)
            if body is not None:
                extra["json"] = body
            answer, response = await request_json(self._http, method, url, headers=headers, **extra)
            return parse(answer, parse_meta(response.headers))

        # A 409 on a subscription is "already subscribed", an answer: never repeated as a busy car's is.
        return await with_app_token(self.tokens, send, self.retry, retry_if=lambda error: error.status != 409)

    # -- webhooks -------------------------------------------------------------------------------

    async def list_webhooks(self, *, page_size: int = WEBHOOKS_PAGE_SIZE_MAX) -> tuple[Webhook, ...]:
        """Every webhook of the application, across all pages, each once (in Smartcar's order). Stops at
        `meta.totalCount`, else at the last `links.next`, else at a short page."""
        if not 1 <= page_size <= WEBHOOKS_PAGE_SIZE_MAX:
            raise ValueError(f"page_size must be 1 to {WEBHOOKS_PAGE_SIZE_MAX}")
        url = f"{self._base}/webhooks"
        found: dict[str, Webhook] = {}
        received = 0
        for number in range(1, _MAX_PAGES + 1):
            webhooks, paging = await self._call(
                "GET", url, parse_webhooks_page, params={"page[number]": number, "page[size]": page_size}
            )
            received += len(webhooks)
            new = [webhook for webhook in webhooks if webhook.webhook_id not in found]
            for webhook in new:
                found[webhook.webhook_id] = webhook
            more = paging.more_after(received)
            if more is None:  # the server said nothing about paging: a full page may have a successor
                more = len(webhooks) >= (paging.page_size or page_size)
            if not webhooks or not new or not more:
                return tuple(found.values())
        raise MalformedResponseError(f"Smartcar's webhook list did not end after {_MAX_PAGES} pages.")

    # -- subscriptions --------------------------------------------------------------------------

    async def subscribe(self, webhook_id: str, user_id: str, vehicle_id: str) -> Subscribed:
        """Subscribes the owner's vehicle to the webhook: SUBSCRIBED (202, Smartcar is creating it; the
        first delivery follows) or ALREADY_SUBSCRIBED (409). Any other failure is the typed SmartcarError
        (a 404 naming the webhook or the vehicle included)."""
        ids = (
            _required(webhook_id, "webhook_id"),
            _required(user_id, "user_id"),
            _required(vehicle_id, "vehicle_id"),
        )
        if self.subscription_path == BLOG_PATH:
            return await self._subscribe_blog(*ids)
        try:
            result = await self._call(
                "POST",
                f"{self._base}/subscriptions",
                _accepted,
                body={"data": {"attributes": {"webhookId": ids[0], "userId": ids[1], "vehicleId": ids[2]}}},
            )
        except SmartcarError as error:
            if self.subscription_path == SPEC_PATH or not path_is_missing(error, *ids):
                self._settle(SPEC_PATH, error)
                return _already_or_raise(error)
            log.info("POST /v3/subscriptions does not exist here; trying /v3/webhooks/{id}/subscriptions")
            return await self._subscribe_blog(*ids)
        self.subscription_path = SPEC_PATH
        return result

    async def _subscribe_blog(self, webhook_id: str, user_id: str, vehicle_id: str) -> Subscribed:
        try:
            result = await self._call(
                "POST",
                f"{self._base}/webhooks/{quote(webhook_id, safe='')}/subscriptions",
                _accepted,
                body={"data": {"attributes": {"userId": user_id, "vehicleId": vehicle_id}}},
            )
        except SmartcarError as error:
            if not path_is_missing(error, webhook_id, user_id, vehicle_id):
                self._settle(BLOG_PATH, error)
            return _already_or_raise(error)
        self.subscription_path = BLOG_PATH
        return result

    def _settle(self, path: str, error: SmartcarError) -> None:
        """An answer the endpoint itself gave (409, a 404 about the webhook, a refused body) shows the path
        exists; a network failure, a server error or a refused token shows nothing of the kind."""
        if self.subscription_path is None and error.status in (400, 404, 409, 422):
            self.subscription_path = path
            log.info("Smartcar's subscription endpoint here is the %s reading", path)


def _accepted(body: Any, meta: ResponseMeta) -> Subscribed:
    """Any 2xx (202 documented; 200 or 201 would mean the same) is a subscription made or under way."""
    return Subscribed.SUBSCRIBED


def _already_or_raise(error: SmartcarError) -> Subscribed:
    if error.status == 409:
        return Subscribed.ALREADY_SUBSCRIBED
    raise error
