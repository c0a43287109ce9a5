"""The v3 REST surface (`/v3/...`): routing, and the vehicle and its signals, authorised by an application
token and scoped to an owner with `sc-user-id` (reference/smartcar-v3.md sections 1 and 3). Connections and
users are in api_v3_connections.

Vehicle requests (`/vehicles/{id}`, `/signals`, `/signals/{code}`) meet the same plan limits and faults as
v2 reads: one app-bucket token, one call against the car's monthly quota and its per-car throttle. The
connections calls are free, as Smartcar does not bill them. With `v3_accept_vehicle_tokens` a v2
per-vehicle access token without sc-user-id is accepted too, as the official SDK (6.19.1) sends it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from shopapp.simulator import errors, telemetry
from shopapp.simulator.api import NOT_JSON_PAGE, wants_imperial
from shopapp.simulator.api_v3_connections import (
    POWERTRAIN_TYPES,
    ConnectionsEndpoints,
    bearer_token,
)
from shopapp.simulator.clock import iso_z
from shopapp.simulator.errors import ApiError
from shopapp.simulator.faults import FaultKind, Malformation
from shopapp.simulator.fleet import Vehicle
from shopapp.simulator.signals import SIGNALS, Signal, SignalContext, signals_of
from shopapp.simulator.simulator import Simulator
from shopapp.simulator.surface import ApiSurface
from shopapp.simulator.tokens import Grant
from shopapp.simulator.v3_responses import json_bytes, paging_meta, signal_time, v3_error_response

# The signal errors that live inside a 200 answer (section 4: "Per-signal failures do not fail the call").
_NOT_CAPABLE = {
    "type": "COMPATIBILITY",
    "code": "VEHICLE_NOT_CAPABLE",
    "description": "The vehicle is not capable of providing this signal.",
    "resolution": {"type": None},
}
_NOT_GRANTED = {
    "type": "PERMISSION",
    "code": None,
    "description": "The owner did not grant the permission this signal needs. Ask them to connect again.",
    "resolution": {"type": "REAUTHENTICATE"},
}


@dataclass(frozen=True, slots=True)
class _Read:
    """What a vehicle request found allowed: the car, the permissions that apply, and any malformation a
    fault asks for."""

    vehicle: Vehicle
    permissions: frozenset[str]
    malformation: Malformation | None


class V3Api(ApiSurface):
    """Everything under `/v3/`."""

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self.connections = ConnectionsEndpoints(sim)

    def _error_response(self, error: ApiError, request_id: str) -> Response:
        return v3_error_response(error, request_id, self.sim.config.v3_error_shape)

    async def _handle(self, request: Request, request_id: str) -> Response:
        if self.sim.config.served_apis == "v2":  # an application, or a simulator, without v3
            raise errors.version_not_found()
        parts = request.url.path.removeprefix("/v3").strip("/").split("/")
        method = request.method
        base = f"{str(request.base_url).rstrip('/')}/v3"
        if parts == ["connections"] and method == "GET":
            return self.connections.list(request, request_id, base)
        if len(parts) == 2 and parts[0] == "connections" and method in ("GET", "DELETE"):
            return self.connections.one(request, request_id, base, parts[1])
        if len(parts) == 2 and parts[0] == "users" and method == "DELETE":
            return self.connections.delete_user(request, request_id, parts[1])
        if 2 <= len(parts) <= 4 and parts[0] == "vehicles" and method == "GET":
            if len(parts) == 2:
                return await self._vehicle_request(request, request_id, base, parts[1], "vehicle")
            if parts[2] == "signals":
                code = parts[3] if len(parts) == 4 else None
                kind = "signals" if code is None else "signal"
                return await self._vehicle_request(request, request_id, base, parts[1], kind, code)
        raise errors.path_not_found()

    # --- authorisation ---------------------------------------------------------------------------------

    def _authenticate_vehicle_request(self, request: Request, now: float) -> Grant | None:
        """None for an application token; the v2 grant for a per-vehicle token (SDK mode only)."""
        token = bearer_token(request)
        if token is not None and self.sim.tokens.app_token_valid(token, now):
            return None
        if token is not None and self.sim.config.v3_accept_vehicle_tokens:
            grant = self.sim.tokens.grant_for_access_token(token, now)
            if grant is not None:
                return grant
        raise errors.app_authentication()

    def _access(
        self, grant: Grant | None, user_id: str | None, vehicle_id: str
    ) -> tuple[Vehicle, frozenset[str]]:
        """The car and the permissions that govern this request, or 403 PERMISSION."""
        vehicle = self.sim.fleet.vehicles.get(vehicle_id)
        if grant is not None:  # SDK mode: v2 rules, the owner being the token's user
            if vehicle is None or vehicle_id not in grant.vehicle_ids or user_id not in (None, grant.user_id):
                raise errors.user_not_connected()
            return vehicle, frozenset(grant.scopes - vehicle.withheld_scopes)
        if user_id is None:
            # GET /vehicles/{id}: the spec has no sc-user-id there, so any live connection to the car
            # will do (a header that is sent anyway is ignored).
            connection = self.sim.connections.of_vehicle(vehicle_id)
            if connection is None:
                raise errors.user_not_connected("This vehicle is not connected to the application.")
        else:
            connection = self.sim.connections.between(user_id, vehicle_id)
            if connection is None:
                raise errors.user_not_connected()
        assert vehicle is not None  # connections only cover cars of the fleet
        return vehicle, frozenset(connection.permissions)

    # --- vehicle requests ------------------------------------------------------------------------------

    async def _vehicle_request(
        self,
        request: Request,
        request_id: str,
        base: str,
        vehicle_id: str,
        kind: str,
        code: str | None = None,
    ) -> Response:
        """kind: "vehicle", "signals" or "signal" (then `code` names it)."""
        sim = self.sim
        sim.count_v3_vehicle_request(kind)
        if code is not None and code not in SIGNALS:  # one path per signal code: an unknown one is no path
            raise errors.resource_not_found(f"There is no signal '{code}'. Signal codes are group-prefixed.")
        now = sim.clock.timestamp()
        grant = self._authenticate_vehicle_request(request, now)
        imperial = wants_imperial(request)
        user_id = request.headers.get("sc-user-id", "").strip() or None
        if kind != "vehicle" and grant is None and user_id is None:
            sim.count_v3_missing_user_id()
            raise errors.missing_user_id()
        if not sim.limits.take_app_token(now):
            raise errors.app_rate_limit()
        read = await self._allowed_read(
            grant, user_id if kind != "vehicle" else None, vehicle_id, kind, code, now
        )
        vehicle = read.vehicle
        at = telemetry.recorded_at(vehicle, now)
        ctx = SignalContext(vehicle, at, now, imperial, sim.config.v3_unit_spelling == "long")
        if kind == "vehicle":
            body: dict[str, Any] = {"data": self._vehicle_json(vehicle, base)}
        elif code is None:
            items = [self._signal_json(signal, ctx, read.permissions, base) for signal in signals_of(vehicle)]
            link = f"{base}/vehicles/{vehicle.id}/signals"
            body = {
                "data": items,
                "meta": paging_meta(1, len(items), len(items), sim.config.v3_paging_meta),
                "links": {"self": link, "first": link, "prev": None, "next": None, "last": link},
                "included": {"vehicle": self._vehicle_json(vehicle, base)},
            }
        else:
            body = self._signal_json(SIGNALS[code], ctx, read.permissions, base)
        return self._success(body, request_id, at, now, imperial, read.malformation)

    async def _allowed_read(
        self,
        grant: Grant | None,
        user_id: str | None,
        vehicle_id: str,
        kind: str,
        code: str | None,
        now: float,
    ) -> _Read:
        """The checks in Smartcar's order: connection, per-car throttle, monthly quota, then whatever goes
        wrong between Smartcar and the car maker."""
        sim = self.sim
        vehicle, permissions = self._access(grant, user_id, vehicle_id)
        retry_after = sim.limits.vehicle_retry_after(vehicle.id, now)
        if retry_after is not None:
            raise errors.vehicle_rate_limit(retry_after)
        if not sim.limits.take_monthly_call(vehicle.id, now):
            raise errors.vehicle_request_limit()
        fault = sim.faults.decide(vehicle.id, fault_path(kind, code))
        if fault is None:
            return _Read(vehicle, permissions, None)
        if fault.kind is FaultKind.TIMEOUT:
            await asyncio.sleep(sim.config.hang_s)
            raise errors.upstream_no_response()
        if fault.kind is FaultKind.MALFORMED:
            return _Read(vehicle, permissions, fault.malformation)
        if fault.kind is FaultKind.RATE_LIMIT:
            raise errors.vehicle_rate_limit(fault.retry_after)
        raise {
            FaultKind.SERVER_ERROR: errors.server_internal,
            FaultKind.UPSTREAM: errors.upstream_no_response,
            FaultKind.ASLEEP: errors.vehicle_asleep,
        }[fault.kind]()

    @staticmethod
    def _vehicle_json(vehicle: Vehicle, base: str) -> dict[str, Any]:
        return {
            "id": vehicle.id,
            "type": "vehicle",
            "attributes": {
                "make": vehicle.make,
                "model": vehicle.model,
                "year": vehicle.year,
                "powertrainType": POWERTRAIN_TYPES[vehicle.powertrain],
                "mode": "live",
            },
            "links": {"self": f"{base}/vehicles/{vehicle.id}"},
        }

    def _signal_json(
        self, signal: Signal, ctx: SignalContext, permissions: frozenset[str], base: str
    ) -> dict[str, Any]:
        style = self.sim.config.v3_timestamps
        attributes: dict[str, Any] = {"code": signal.code, "name": signal.name, "group": signal.group}
        meta: dict[str, Any] = {"retrievedAt": signal_time(ctx.now, style)}
        attributes["status"], body = signal_status_and_body(signal, ctx, permissions)
        if body is not None:
            attributes["body"] = body
            meta["oemUpdatedAt"] = signal_time(ctx.at, style)
            if style == "iso":  # the 2026 spec (per 3P-HA) adds when Smartcar stored the value
                meta["ingestedAt"] = signal_time(ctx.now, style)
        vehicle_link = f"{base}/vehicles/{ctx.vehicle.id}"
        return {
            "id": signal.code,
            "type": "signal",
            "attributes": attributes,
            "meta": meta,
            "links": {"self": f"{vehicle_link}/signals/{signal.code}", "vehicle": vehicle_link},
        }

    def _success(
        self,
        body: Any,
        request_id: str,
        at: float,
        now: float,
        imperial: bool,
        malformation: Malformation | None,
    ) -> Response:
        headers = {
            "SC-Request-Id": request_id,
            "SC-Data-Age": iso_z(at),
            "SC-Fetched-At": iso_z(now),
            "SC-Unit-System": "imperial" if imperial else "metric",
        }
        if malformation is Malformation.NOT_JSON:  # a gateway's own error page, as real proxies send
            return Response(NOT_JSON_PAGE, 502, headers, media_type="text/html")
        text = json_bytes({"result": body} if malformation is Malformation.WRONG_SHAPE else body)
        if malformation is Malformation.TRUNCATED:
            text = text[: max(1, len(text) // 2)]
        return Response(text, 200, headers, media_type="application/json")


def signal_status_and_body(
    signal: Signal, ctx: SignalContext, permissions: frozenset[str]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """A signal's `status` and its body (None when it failed): what `/signals` and webhook deliveries
    both carry for it."""
    if signal.scope not in permissions:
        return {"value": "ERROR", "error": dict(_NOT_GRANTED)}, None
    if not signal.capable(ctx.vehicle):
        return {"value": "ERROR", "error": dict(_NOT_CAPABLE)}, None
    return {"value": "SUCCESS"}, signal.read(ctx)


def fault_path(kind: str, code: str | None) -> str:
    """The path a v3 vehicle request is known by to `sim.faults.force(path=...)`: "/v3" (the vehicle),
    "/v3/signals", "/v3/signals/<code>"."""
    return {"vehicle": "/v3", "signals": "/v3/signals"}.get(kind, f"/v3/signals/{code}")
