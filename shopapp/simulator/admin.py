"""`/_simulator/...`: look at and steer a simulator served on loopback (customers, clock, a car's truth).

Steering (every POST) takes the simulator's per-run control token in the `X-Simulator-Control` header:
`shopapp simulate` prints it, `control_token(sim)` (also `sim.control_token`) gives it in-process, so a web
page open in the same browser cannot move the clock; requests a browser sends for another site's page (an
Origin header that is not the simulator's own) are refused, the read-only views included. Nothing here
reveals an API token or the client secret.

Webhooks (steering, so the control token is needed): `POST /_simulator/webhooks` with JSON `{"url",
"autoEnroll" (default true), "name", "retryScale" (default 1), "timeoutS" (default 15), "faults" (a
webhook fault profile, default "none"), "seed"}` registers a webhook and its deliverer (201, the webhook);
`POST /_simulator/webhooks/{id}/verify` sends VERIFY (`{"verified": bool}`);
`POST /_simulator/webhooks/{id}/deliver` runs one delivery pass now and answers with its attempts;
`GET /_simulator/webhooks/{id}/attempts` lists every attempt so far.
"""

from __future__ import annotations

import hmac
import json
import math
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from shopapp.simulator.simulator import Simulator
from shopapp.simulator.webhook_delivery import DELIVERY_TIMEOUT_S, WebhookDeliverer
from shopapp.simulator.webhook_faults import parse_webhook_faults

CONTROL_HEADER = "X-Simulator-Control"
MAX_ADVANCE_SECONDS = 10 * 366 * 86400  # ten years in one step
# Beyond this the simulated world's dates stop being dates a client can parse (and Python's datetime ends
# at year 9999): the clock is never moved past it.
LATEST_SIMULATED_TIME = datetime(2200, 1, 1, tzinfo=UTC)


def control_token(sim: Simulator) -> str:
    """The token that lets a caller steer `sim` over HTTP, made once per simulator (per run)."""
    return sim.control_token


def _refusal(request: Request, sim: Simulator, *, steering: bool) -> JSONResponse | None:
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        return JSONResponse({"error": "The simulator's controls are not for other sites' pages."}, 403)
    if steering and not hmac.compare_digest(
        request.headers.get(CONTROL_HEADER, "").encode(), control_token(sim).encode()
    ):
        return JSONResponse(
            {"error": f"Send the control token `shopapp simulate` printed, in the {CONTROL_HEADER} header."},
            403,
        )
    return None


def _guarded(
    sim: Simulator, endpoint: Callable[[Request], Awaitable[Response]], *, steering: bool
) -> Callable[[Request], Awaitable[Response]]:
    async def guarded(request: Request) -> Response:
        return _refusal(request, sim, steering=steering) or await endpoint(request)

    return guarded


def _seconds(raw: object) -> float | None:
    """A finite number of seconds from a query string or a JSON field (never a bool), else None."""
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        return None
    try:
        seconds = float(raw)
    except (ValueError, OverflowError):
        return None
    return seconds if math.isfinite(seconds) else None


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def customers_json(sim: Simulator) -> list[dict[str, Any]]:
    """Every simulated customer with their cars: what demo mode turns into shop customers."""
    return [
        {
            "id": customer.id,
            "name": customer.name,
            "phone": customer.phone,
            "email": customer.email,
            "business": customer.business,
            "address": asdict(customer.address),
            "vehicles": [
                {
                    "id": v.id,
                    "vin": v.vin,
                    "make": v.make,
                    "model": v.model,
                    "year": v.year,
                    "powertrain": v.powertrain.value,
                }
                for v in sim.fleet.vehicles_of(customer)
            ],
        }
        for customer in sim.customers
    ]


def _webhook_json(deliverer: WebhookDeliverer) -> dict[str, Any]:
    webhook = deliverer.webhook
    return {
        "id": webhook.id,
        "name": webhook.name,
        "callbackUri": webhook.callback_uri,
        "autoEnroll": webhook.auto_enroll,
        "verified": webhook.verified,
        "faults": deliverer.faults.name,
    }


def admin_routes(sim: Simulator) -> list[Route]:
    async def customers(request: Request) -> JSONResponse:
        return JSONResponse(customers_json(sim))

    async def clock(request: Request) -> JSONResponse:
        return JSONResponse({"now": _iso(sim.clock.now())})

    async def advance(request: Request) -> JSONResponse:
        raw: object = request.query_params.get("seconds")
        if raw is None:
            try:
                body = json.loads(await request.body() or b"{}")
            except ValueError:
                body = None
            raw = body.get("seconds") if isinstance(body, dict) else None
        seconds = _seconds(raw)
        if seconds is None or not 0 <= seconds <= MAX_ADVANCE_SECONDS:
            return JSONResponse(
                {
                    "error": f"Give 'seconds', a number from 0 to {MAX_ADVANCE_SECONDS} (ten years), as a "
                    "query or JSON field; the simulated clock only moves forward."
                },
                400,
            )
        if sim.clock.timestamp() + seconds > LATEST_SIMULATED_TIME.timestamp():
            return JSONResponse(
                {"error": f"The simulated clock stops at {_iso(LATEST_SIMULATED_TIME)}; it was not moved."},
                400,
            )
        return JSONResponse({"now": _iso(sim.clock.advance(seconds))})

    async def vehicle(request: Request) -> JSONResponse:
        try:
            reading = sim.reading(request.path_params["id_or_vin"])
        except KeyError:
            return JSONResponse({"error": "No such simulated vehicle."}, 404)
        return JSONResponse(
            {
                "vehicleId": reading.vehicle_id,
                "recordedAt": _iso(reading.recorded_at),
                "odometerKm": reading.odometer_km,
                "odometerMiles": reading.odometer_miles,
                "oilLife": reading.oil_life,
                "troubleCodes": [
                    {"code": code, "since": _iso(since)} for code, since in reading.trouble_codes
                ],
                "systems": [
                    {"systemId": system, "status": status, "description": text}
                    for system, status, text in reading.systems
                ],
            }
        )

    async def register_webhook(request: Request) -> JSONResponse:
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return JSONResponse({"error": "Send a JSON object."}, 400)
        url = body.get("url")
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
            return JSONResponse({"error": "Give 'url', the receiver's http(s) callback URL."}, 400)
        retry_scale = _seconds(body.get("retryScale", 1.0))
        timeout_s = _seconds(body.get("timeoutS", DELIVERY_TIMEOUT_S))
        seed = body.get("seed", 0)
        if retry_scale is None or retry_scale < 0 or timeout_s is None or timeout_s <= 0:
            return JSONResponse({"error": "retryScale must be 0 or more and timeoutS more than 0."}, 400)
        if isinstance(seed, bool) or not isinstance(seed, int):
            return JSONResponse({"error": "seed must be a whole number."}, 400)
        try:
            faults = parse_webhook_faults(str(body.get("faults", "none")))
        except ValueError as exc:
            return JSONResponse({"error": str(exc)}, 400)
        deliverer = WebhookDeliverer(
            sim,
            url,
            name=str(body.get("name") or "ShopApp simulator webhook"),
            auto_enroll=bool(body.get("autoEnroll", True)),
            retry_scale=retry_scale,
            timeout_s=timeout_s,
            faults=faults,
            seed=seed,
        )
        return JSONResponse(_webhook_json(deliverer), 201)

    def _deliverer(request: Request) -> WebhookDeliverer | None:
        return sim.webhook_deliverers.get(request.path_params["webhook_id"])

    async def verify_webhook(request: Request) -> JSONResponse:
        deliverer = _deliverer(request)
        if deliverer is None:
            return JSONResponse({"error": "No such webhook."}, 404)
        return JSONResponse({"verified": await deliverer.verify()})

    async def deliver_webhook(request: Request) -> JSONResponse:
        deliverer = _deliverer(request)
        if deliverer is None:
            return JSONResponse({"error": "No such webhook."}, 404)
        attempts = await deliverer.deliver_changes()
        return JSONResponse({"attempts": [attempt.as_json() for attempt in attempts]})

    async def webhook_attempts(request: Request) -> JSONResponse:
        deliverer = _deliverer(request)
        if deliverer is None:
            return JSONResponse({"error": "No such webhook."}, 404)
        return JSONResponse({"attempts": [attempt.as_json() for attempt in list(deliverer.attempts)]})

    control_token(sim)  # made before the first request, so the banner and every thread see one token
    return [
        Route("/_simulator/customers", _guarded(sim, customers, steering=False), methods=["GET"]),
        Route("/_simulator/clock", _guarded(sim, clock, steering=False), methods=["GET"]),
        Route("/_simulator/clock/advance", _guarded(sim, advance, steering=True), methods=["POST"]),
        Route("/_simulator/vehicles/{id_or_vin}", _guarded(sim, vehicle, steering=False), methods=["GET"]),
        Route("/_simulator/webhooks", _guarded(sim, register_webhook, steering=True), methods=["POST"]),
        Route(
            "/_simulator/webhooks/{webhook_id}/verify",
            _guarded(sim, verify_webhook, steering=True),
            methods=["POST"],
        ),
        Route(
            "/_simulator/webhooks/{webhook_id}/deliver",
            _guarded(sim, deliver_webhook, steering=True),
            methods=["POST"],
        ),
        Route(
            "/_simulator/webhooks/{webhook_id}/attempts",
            _guarded(sim, webhook_attempts, steering=False),
            methods=["GET"],
        ),
    ]
