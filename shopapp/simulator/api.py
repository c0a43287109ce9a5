"""The v2 REST surface: routing, bearer auth, plan limits, faults, single reads, batch and disconnect."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from shopapp.simulator import errors, telemetry
from shopapp.simulator.clock import iso_z
from shopapp.simulator.errors import ApiError
from shopapp.simulator.faults import FaultKind, Malformation
from shopapp.simulator.fleet import Vehicle
from shopapp.simulator.resources import ReadContext, Resource, parse_paging, resource_for
from shopapp.simulator.surface import ApiSurface
from shopapp.simulator.tokens import Grant

VEHICLES_DEFAULT_LIMIT = 10
VEHICLES_MAX_LIMIT = 50

_VERSIONED = re.compile(r"^/v(?P<version>[^/]+)(?P<rest>/.*)?$")
_VERSION = re.compile(r"^\d+\.\d+$")
_VEHICLE = re.compile(r"^/vehicles/(?P<id>[^/]+)(?P<sub>/.*)?$")
NOT_JSON_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
)


def _json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def wants_imperial(request: Request) -> bool:
    """The SC-Unit-System header (v2 and v3): True for imperial, or a VALIDATION error."""
    units = request.headers.get("sc-unit-system", "metric").strip().lower()
    if units not in ("metric", "imperial"):
        raise errors.validation("SC-Unit-System must be 'metric' or 'imperial'.", parameter="SC-Unit-System")
    return units == "imperial"


def error_response(error: ApiError, request_id: str) -> Response:
    headers = {"SC-Request-Id": request_id}
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    return Response(_json(error.body(request_id)), error.status, headers, media_type="application/json")


@dataclass(slots=True)
class Outcome:
    """How one vehicle read ended: a body (maybe to be mangled), an error, or a hang before an error."""

    body: Any = None
    data_ts: float = 0.0
    error: ApiError | None = None
    hang: bool = False
    malformation: Malformation | None = None


class V2Api(ApiSurface):
    """The catch-all endpoint for everything that is not Connect, the token URL or the admin surface."""

    def _error_response(self, error: ApiError, request_id: str) -> Response:
        return error_response(error, request_id)

    async def _handle(self, request: Request, request_id: str) -> Response:
        match = _VERSIONED.match(request.url.path)
        if match is None:
            raise errors.path_not_found()
        if not _VERSION.match(match["version"]) or self.sim.config.served_apis == "v3":
            # Serving v3 only plays the day Smartcar switches v2 off: the version no longer exists.
            raise errors.version_not_found()
        rest = match["rest"] or "/"
        method = request.method
        vehicle_match = _VEHICLE.match(rest)
        sub = (vehicle_match["sub"] or "/") if vehicle_match else ""
        if rest == "/user":
            route = "user" if method == "GET" else None
        elif rest.rstrip("/") == "/vehicles":
            route = "vehicles" if method == "GET" else None
        elif vehicle_match is None:
            route = None
        elif sub.rstrip("/") == "/batch":
            route = "batch" if method == "POST" else None
        elif sub.rstrip("/") == "/application":
            route = "disconnect" if method == "DELETE" else None
        else:
            route = "read" if method == "GET" and resource_for(sub) is not None else None
        if route is None:
            raise errors.path_not_found()

        now = self.sim.clock.timestamp()
        grant = self._authenticate(request, now)
        imperial = wants_imperial(request)
        if not self.sim.limits.take_app_token(now):
            raise errors.app_rate_limit()
        units = "imperial" if imperial else "metric"
        if route == "user":
            return self._success({"id": grant.user_id}, request_id, now, now, units)
        if route == "vehicles":
            limit, offset = parse_paging(
                request.query_params, default_limit=VEHICLES_DEFAULT_LIMIT, max_limit=VEHICLES_MAX_LIMIT
            )
            ids = grant.vehicle_ids
            body = {"paging": {"count": len(ids), "offset": offset}, "vehicles": ids[offset : offset + limit]}
            return self._success(body, request_id, now, now, units)

        assert vehicle_match is not None
        vehicle = self._vehicle(grant, vehicle_match["id"])
        if route == "disconnect":
            self._disconnect(grant, vehicle)
            return self._success({"status": "success"}, request_id, now, now, units)
        if route == "batch":
            return await self._batch(request, request_id, grant, vehicle, imperial, now)
        resource = resource_for(sub)
        assert resource is not None
        outcome = self._read(grant, vehicle, resource, request.query_params, imperial, now)
        return await self._single(outcome, request_id, now, units)

    # --- checks ----------------------------------------------------------------------------------------

    def _authenticate(self, request: Request, now: float) -> Grant:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        grant = None
        if scheme.lower() == "bearer" and token.strip():
            grant = self.sim.tokens.grant_for_access_token(token.strip(), now)
        if grant is None:
            raise errors.authentication()
        return grant

    def _vehicle(self, grant: Grant, vehicle_id: str) -> Vehicle:
        vehicle = self.sim.fleet.vehicles.get(vehicle_id)
        if vehicle is None or vehicle_id not in grant.vehicle_ids:
            raise errors.vehicle_not_connected()
        return vehicle

    def _disconnect(self, grant: Grant, vehicle: Vehicle) -> None:
        # Disconnecting revokes the application's access to the car, under every grant of this owner.
        self.sim.tokens.end_vehicle_access(grant.user_id, grant.client_id, vehicle.id)

    # --- reading ---------------------------------------------------------------------------------------

    def _read(
        self,
        grant: Grant,
        vehicle: Vehicle,
        resource: Resource,
        query: Mapping[str, str],
        imperial: bool,
        now: float,
    ) -> Outcome:
        """One read as Smartcar orders its checks: permission, per-car throttle, monthly quota, what the
        car can do, then whatever goes wrong between Smartcar and the car maker."""
        sim = self.sim
        try:
            if resource.scope is not None and (
                resource.scope not in grant.scopes or resource.scope in vehicle.withheld_scopes
            ):
                raise errors.permission()
            retry_after = sim.limits.vehicle_retry_after(vehicle.id, now)
            if retry_after is not None:
                raise errors.vehicle_rate_limit(retry_after)
            if not sim.limits.take_monthly_call(vehicle.id, now):
                raise errors.vehicle_request_limit()
            if resource.refusal is not None:
                refusal = resource.refusal(vehicle.make, vehicle.powertrain)
                if refusal is not None:
                    raise refusal
            fault = sim.faults.decide(vehicle.id, resource.path)
            if fault is not None:
                if fault.kind is FaultKind.TIMEOUT:
                    return Outcome(error=errors.upstream_no_response(), hang=True)
                if fault.kind is not FaultKind.MALFORMED:
                    raise _fault_error(fault.kind, fault.retry_after)
            at = telemetry.recorded_at(vehicle, now)
            body = resource.read(ReadContext(vehicle, grant, at, now, imperial, query))
            return Outcome(body, at, malformation=fault.malformation if fault is not None else None)
        except ApiError as error:
            return Outcome(error=error)

    async def _single(self, outcome: Outcome, request_id: str, now: float, units: str) -> Response:
        if outcome.hang:
            await asyncio.sleep(self.sim.config.hang_s)
        if outcome.error is not None:
            return error_response(outcome.error, request_id)
        headers = self._headers(request_id, outcome.data_ts, now, units)
        if outcome.malformation is Malformation.NOT_JSON:
            return Response(NOT_JSON_PAGE, 200, headers, media_type="text/html")
        if outcome.malformation is Malformation.TRUNCATED:
            text = _json(outcome.body)
            return Response(text[: max(1, len(text) // 2)], 200, headers, media_type="application/json")
        body = {"data": outcome.body} if outcome.malformation is Malformation.WRONG_SHAPE else outcome.body
        return Response(_json(body), 200, headers, media_type="application/json")

    async def _batch(
        self, request: Request, request_id: str, grant: Grant, vehicle: Vehicle, imperial: bool, now: float
    ) -> Response:
        paths = _batch_paths(await request.body())
        units = "imperial" if imperial else "metric"
        entries: list[dict[str, Any]] = []
        hang = False
        mangle: Malformation | None = None
        for raw_path in paths:
            relative, _, query_text = raw_path.partition("?")
            resource = resource_for(relative)
            if resource is None:
                outcome = Outcome(error=errors.path_not_found())
            else:
                query = dict(parse_qsl(query_text, keep_blank_values=True))
                outcome = self._read(grant, vehicle, resource, query, imperial, now)
            hang = hang or outcome.hang
            if outcome.malformation in (Malformation.TRUNCATED, Malformation.NOT_JSON):
                mangle = outcome.malformation
            entries.append(self._batch_entry(raw_path, outcome, request_id, now, units))
        if hang:  # the whole batch waits for the car that does not answer
            await asyncio.sleep(self.sim.config.hang_s)
        headers = self._headers(request_id, telemetry.recorded_at(vehicle, now), now, units)
        if mangle is Malformation.NOT_JSON:
            return Response(NOT_JSON_PAGE, 200, headers, media_type="text/html")
        text = _json({"responses": entries})
        if mangle is Malformation.TRUNCATED:
            text = text[: max(1, len(text) // 2)]
        return Response(text, 200, headers, media_type="application/json")

    @staticmethod
    def _batch_entry(path: str, outcome: Outcome, request_id: str, now: float, units: str) -> dict[str, Any]:
        # Every item carries a headers object (the Python SDK raises KeyError on a 200 item without one),
        # and a throttled item spells Retry-After exactly so (the SDK looks it up case-sensitively).
        if outcome.error is not None:
            error = outcome.error
            headers: dict[str, Any] = {} if error.retry_after is None else {"Retry-After": error.retry_after}
            return {"path": path, "code": error.status, "headers": headers, "body": error.body(request_id)}
        body = {"data": outcome.body} if outcome.malformation is Malformation.WRONG_SHAPE else outcome.body
        headers = {
            "sc-data-age": iso_z(outcome.data_ts),
            "sc-fetched-at": iso_z(now),
            "sc-unit-system": units,
        }
        return {"path": path, "code": 200, "headers": headers, "body": body}

    @staticmethod
    def _headers(request_id: str, data_ts: float, now: float, units: str) -> dict[str, str]:
        return {
            "SC-Request-Id": request_id,
            "SC-Data-Age": iso_z(data_ts),
            "SC-Fetched-At": iso_z(now),
            "SC-Unit-System": units,
        }

    def _success(self, body: Any, request_id: str, data_ts: float, now: float, units: str) -> Response:
        return Response(
            _json(body), 200, self._headers(request_id, data_ts, now, units), media_type="application/json"
        )


def _batch_paths(raw: bytes) -> list[str]:
    """The paths of a batch body, or a VALIDATION error saying what is wrong with it."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise errors.validation("The request body must be JSON.") from None
    requests = body.get("requests") if isinstance(body, dict) else None
    if not isinstance(requests, list) or not requests:
        raise errors.validation(
            "The body must be an object with a non-empty 'requests' array.", parameter="requests"
        )
    paths = []
    for item in requests:
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, str) or not path:
            raise errors.validation("Each request needs a 'path' string.", parameter="requests[].path")
        paths.append(path)
    return paths


def _fault_error(kind: FaultKind, retry_after: int) -> ApiError:
    """The error a forced fault answers with (a timeout and a malformed body are handled by the caller)."""
    if kind is FaultKind.RATE_LIMIT:
        return errors.vehicle_rate_limit(retry_after)
    return {
        FaultKind.SERVER_ERROR: errors.server_internal,
        FaultKind.UPSTREAM: errors.upstream_no_response,
        FaultKind.ASLEEP: errors.vehicle_asleep,
    }[kind]()
