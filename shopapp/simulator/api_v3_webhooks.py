"""The management API v3 for webhooks (reference/smartcar-v3.md section 7.1), on the simulator's one
origin, authorised by an application token (401 AUTHENTICATION otherwise), free like `/v3/connections`.

- `GET /v3/webhooks`, `GET /v3/webhooks/{id}`: `attributes.name`, `callbackUri`, `isEnabled`.
- `subscription_paths` "spec" (default, management.yaml): `POST /v3/subscriptions` (body
  `{"data":{"attributes":{webhookId,userId,vehicleId}}}`) -> 202 status PENDING, 409 ALREADY_EXISTS when
  that car is already subscribed to that webhook (auto-enrollment counts); `GET /v3/subscriptions` with
  `filter[userId|webhookId|vehicleId]`, `page[number]`, `page[size]` (default 25, at most 100); `GET` and
  `DELETE /v3/subscriptions/{id}` (204).
- `subscription_paths` "blog" (section 11 item 7): `POST|GET /v3/webhooks/{webhookId}/subscriptions`
  (POST body `{"data":{"attributes":{userId,vehicleId}}}`), `GET|DELETE
  /v3/webhooks/{webhookId}/subscriptions/{id}`.
  The other reading's paths answer 404.

An unknown webhook is 404 RESOURCE_NOT_FOUND. A vehicle that the given user has not connected to the
application is also 404 RESOURCE_NOT_FOUND (our choice: Smartcar documents no code; the subscription's
target does not exist for this application). A stored subscription reads ACTIVE; only the POST's answer
says PENDING, as Smartcar's "creation in progress".
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from shopapp.simulator import errors
from shopapp.simulator.api_v3_connections import authenticate_app, plain_json
from shopapp.simulator.clock import iso_z
from shopapp.simulator.errors import ApiError
from shopapp.simulator.resources import whole_number
from shopapp.simulator.surface import ApiSurface
from shopapp.simulator.v3_responses import json_bytes, paging_meta, v3_error_response
from shopapp.simulator.webhook_registry import AlreadySubscribed, Subscription, Webhook

SUBSCRIPTIONS_PAGE_SIZE = 25
MAX_SUBSCRIPTIONS_PAGE_SIZE = 100
_PAGING = ("page[number]", "page[size]")
_FILTERS = {"filter[userId]": "user_id", "filter[webhookId]": "webhook_id", "filter[vehicleId]": "vehicle_id"}


def already_subscribed() -> ApiError:
    return ApiError(
        409,
        "CONFLICT",
        "ALREADY_EXISTS",
        "This vehicle is already subscribed to this webhook.",
        doc_page="conflict-errors",
    )


def _not_found(what: str) -> ApiError:
    return errors.resource_not_found(f"There is no {what} with this id.", code=None)


class WebhooksApi(ApiSurface):
    """`/v3/webhooks...` and `/v3/subscriptions...` (routed before the rest of `/v3/`)."""

    def _error_response(self, error: ApiError, request_id: str) -> Response:
        return v3_error_response(error, request_id, self.sim.config.v3_error_shape)

    @property
    def _blog(self) -> bool:
        return self.sim.config.subscription_paths == "blog"

    async def _handle(self, request: Request, request_id: str) -> Response:
        sim = self.sim
        if sim.config.served_apis == "v2":
            raise errors.version_not_found()
        parts = request.url.path.removeprefix("/v3").strip("/").split("/")
        method = request.method
        base = f"{str(request.base_url).rstrip('/')}/v3"
        blog = self._blog
        if parts[0] == "webhooks" and len(parts) <= 2:
            authenticate_app(sim, request)
            if method != "GET":
                raise errors.path_not_found()
            if len(parts) == 1:
                return self._webhook_list(request, request_id, base)
            webhook = self._webhook(parts[1])
            return plain_json({"data": _webhook_json(webhook, base)}, request_id)
        if blog and parts[0] == "webhooks" and parts[2] == "subscriptions" and len(parts) <= 4:
            authenticate_app(sim, request)
            webhook = self._webhook(parts[1])
            if len(parts) == 3 and method == "POST":
                return await self._create(request, request_id, base, webhook.id)
            if len(parts) == 3 and method == "GET":
                return self._list(request, request_id, base, webhook.id)
            if len(parts) == 4 and method in ("GET", "DELETE"):
                return self._one(request, request_id, base, parts[3], webhook.id)
        if not blog and parts[0] == "subscriptions" and len(parts) <= 2:
            authenticate_app(sim, request)
            if len(parts) == 1 and method == "POST":
                return await self._create(request, request_id, base, None)
            if len(parts) == 1 and method == "GET":
                return self._list(request, request_id, base, None)
            if len(parts) == 2 and method in ("GET", "DELETE"):
                return self._one(request, request_id, base, parts[1], None)
        raise errors.path_not_found()

    # --- webhooks --------------------------------------------------------------------------------------

    def _webhook(self, webhook_id: str) -> Webhook:
        webhook = self.sim.webhooks.webhook(webhook_id)
        if webhook is None:
            raise _not_found("webhook")
        return webhook

    def _webhook_list(self, request: Request, request_id: str, base: str) -> Response:
        found = self.sim.webhooks.webhooks()
        return self._page(request, request_id, f"{base}/webhooks", [_webhook_json(w, base) for w in found])

    # --- subscriptions ---------------------------------------------------------------------------------

    async def _create(self, request: Request, request_id: str, base: str, webhook_id: str | None) -> Response:
        sim = self.sim
        attributes = _attributes(await request.body())
        fields = ("userId", "vehicleId") if webhook_id is not None else ("webhookId", "userId", "vehicleId")
        missing = [
            name for name in fields if not isinstance(attributes.get(name), str) or not attributes[name]
        ]
        if missing:
            raise errors.validation(
                f"data.attributes needs {', '.join(missing)}.", parameter=f"data.attributes.{missing[0]}"
            )
        webhook_id = webhook_id or attributes["webhookId"]
        self._webhook(webhook_id)
        user_id, vehicle_id = attributes["userId"], attributes["vehicleId"]
        sim.enroll_connected()  # an auto-enrolled car is already subscribed: 409 below
        if sim.connections.between(user_id, vehicle_id) is None:
            raise errors.resource_not_found(
                "This user has not connected this vehicle to the application.", code=None
            )
        try:
            made = sim.webhooks.subscribe(webhook_id, user_id, vehicle_id, sim.clock.timestamp())
        except AlreadySubscribed:
            raise already_subscribed() from None
        body = {"data": _subscription_json(made, base, self._blog, status="PENDING")}
        return Response(json_bytes(body), 202, {"SC-Request-Id": request_id}, media_type="application/json")

    def _list(self, request: Request, request_id: str, base: str, webhook_id: str | None) -> Response:
        sim = self.sim
        sim.enroll_connected()
        query = request.query_params
        wanted: dict[str, str | None] = {field: query.get(name) or None for name, field in _FILTERS.items()}
        if webhook_id is not None:
            wanted["webhook_id"] = webhook_id
        found = sim.webhooks.subscriptions(**wanted)
        path = f"{base}/webhooks/{webhook_id}/subscriptions" if webhook_id else f"{base}/subscriptions"
        return self._page(request, request_id, path, [_subscription_json(s, base, self._blog) for s in found])

    def _one(
        self, request: Request, request_id: str, base: str, subscription_id: str, webhook_id: str | None
    ) -> Response:
        sim = self.sim
        sim.enroll_connected()
        subscription = sim.webhooks.subscription(subscription_id)
        if subscription is None or webhook_id not in (None, subscription.webhook_id):
            raise _not_found("subscription")
        if request.method == "GET":
            return plain_json({"data": _subscription_json(subscription, base, self._blog)}, request_id)
        sim.webhooks.unsubscribe(subscription.id)
        return Response(status_code=204, headers={"SC-Request-Id": request_id})

    def _page(self, request: Request, request_id: str, path: str, items: list[dict[str, Any]]) -> Response:
        """One page of `items` with the collection meta and links `/v3/connections` has."""
        query = request.query_params
        number = whole_number(query, "page[number]", 1, 1, None)
        size = whole_number(query, "page[size]", SUBSCRIPTIONS_PAGE_SIZE, 1, MAX_SUBSCRIPTIONS_PAGE_SIZE)
        last = max(1, math.ceil(len(items) / size))
        kept = [(key, value) for key, value in query.multi_items() if key not in _PAGING]

        def link(page_number: int) -> str:
            return f"{path}?{urlencode([*kept, (_PAGING[0], page_number), (_PAGING[1], size)])}"

        body = {
            "data": items[(number - 1) * size : number * size],
            "meta": paging_meta(number, size, len(items), self.sim.config.v3_paging_meta),
            "links": {
                "self": link(number),
                "first": link(1),
                "prev": link(min(number - 1, last)) if number > 1 else None,
                "next": link(number + 1) if number < last else None,
                "last": link(last),
            },
        }
        return plain_json(body, request_id)


def _attributes(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw or b"null")
    except (ValueError, RecursionError):
        raise errors.validation("The request body is not valid JSON.") from None
    data = body.get("data") if isinstance(body, dict) else None
    attributes = data.get("attributes") if isinstance(data, dict) else None
    if not isinstance(attributes, dict):
        raise errors.validation('The body must be {"data": {"attributes": {...}}}.', parameter="data")
    return attributes


def _webhook_json(webhook: Webhook, base: str) -> dict[str, Any]:
    return {
        "id": webhook.id,
        "type": "webhook",
        "attributes": {
            "name": webhook.name,
            "callbackUri": webhook.callback_uri,
            "isEnabled": webhook.enabled,
        },
        "links": {"self": f"{base}/webhooks/{webhook.id}"},
    }


def _subscription_json(
    subscription: Subscription, base: str, blog: bool, *, status: str = "ACTIVE"
) -> dict[str, Any]:
    collection = (
        f"{base}/webhooks/{subscription.webhook_id}/subscriptions" if blog else f"{base}/subscriptions"
    )
    return {
        "id": subscription.id,
        "type": "subscription",
        "attributes": {
            "webhookId": subscription.webhook_id,
            "userId": subscription.user_id,
            "vehicleId": subscription.vehicle_id,
            "status": status,
        },
        "meta": {"createdAt": iso_z(subscription.created_ts)},
        "links": {"self": f"{collection}/{subscription.id}"},
    }
