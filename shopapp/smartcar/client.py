"""The async Smartcar v2 vehicle API client (reference section 3). No Qt, no database."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

import httpx

from shopapp.smartcar.endpoints import SmartcarEndpoints
from shopapp.smartcar.errors import MalformedResponseError, SmartcarError, error_from_response
from shopapp.smartcar.http_session import request_json
from shopapp.smartcar.parsing import (
    PARSERS_BY_PATH,
    parse_attributes,
    parse_engine_oil,
    parse_meta,
    parse_odometer,
    parse_permissions_page,
    parse_service_history,
    parse_system_status,
    parse_trouble_codes,
    parse_vehicle_ids_page,
    parse_vin,
)
from shopapp.smartcar.results import (
    Attributes,
    BatchItem,
    BatchResult,
    DisconnectStatus,
    EngineOil,
    Odometer,
    Permissions,
    ResponseMeta,
    ServiceHistory,
    SystemStatus,
    TroubleCodes,
    UserInfo,
    VehicleIds,
    Vin,
)
from shopapp.smartcar.retry import RetryPolicy

T = TypeVar("T")

UNIT_SYSTEMS = ("metric", "imperial")


def checked_unit_system(unit_system: str) -> str:
    """The Smartcar unit system a client asks for (a typo would silently give the other units)."""
    if unit_system not in UNIT_SYSTEMS:
        raise ValueError(f"unit_system must be one of {', '.join(UNIT_SYSTEMS)}")
    return unit_system


VEHICLES_PAGE_LIMIT = 50  # the documented maximum
PERMISSIONS_PAGE_LIMIT = 25
_MAX_PAGES = 1000  # a server that keeps paging forever is broken; stop rather than loop


class RequestGate(Protocol):
    """Sees every API request (not token calls): the app's shared request bucket and throttle back-off."""

    async def before_request(self) -> None: ...

    async def after_response(self, error: SmartcarError | None) -> None: ...


class SmartcarClient:
    """Vehicle endpoints on the shared httpx client.

    Distances come back in `unit_system` (default metric: km, which the store keeps). Every call goes
    through `retry`; use `RetryPolicy(max_attempts=1)` to handle retries yourself.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        endpoints: SmartcarEndpoints,
        *,
        unit_system: str = "metric",
        retry: RetryPolicy | None = None,
        gate: RequestGate | None = None,
    ) -> None:
        self._http = http
        self._endpoints = endpoints
        self._unit_system = checked_unit_system(unit_system)
        self.retry = retry or RetryPolicy()
        self.gate = gate

    # -- plumbing -------------------------------------------------------------------------------

    def _headers(self, access_token: str, *, with_units: bool = True) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {access_token}", "Accept": "application/json"}
        if with_units:
            headers["SC-Unit-System"] = self._unit_system
        return headers

    async def _call(
        self,
        method: str,
        path: str,
        access_token: str,
        parse: Callable[[Any, ResponseMeta], T],
        *,
        with_units: bool = True,
        **kwargs: Any,
    ) -> T:
        url = f"{self._endpoints.api_base}{path}"
        headers = self._headers(access_token, with_units=with_units)

        async def once() -> T:
            if self.gate is not None:
                await self.gate.before_request()
            try:
                body, response = await request_json(self._http, method, url, headers=headers, **kwargs)
            except SmartcarError as error:
                if self.gate is not None:
                    await self.gate.after_response(error)
                raise
            if self.gate is not None:
                await self.gate.after_response(None)
            return parse(body, parse_meta(response.headers))

        return await self.retry.run(once)

    async def _paged(
        self,
        path: str,
        access_token: str,
        parse_page: Callable[[Any, ResponseMeta], tuple[list[str], int | None]],
        limit: int,
    ) -> tuple[tuple[str, ...], ResponseMeta]:
        """Follows limit/offset paging until `paging.count` items (or an empty page) arrived."""
        collected: list[str] = []
        meta = ResponseMeta()
        for _ in range(_MAX_PAGES):
            page, count, meta = await self._call(
                "GET",
                path,
                access_token,
                lambda body, m: (*parse_page(body, m), m),
                with_units=False,
                params={"limit": limit, "offset": len(collected)},
            )
            collected.extend(page)
            if not page or count is None or len(collected) >= count:
                break
        return tuple(dict.fromkeys(collected)), meta

    # -- user and vehicle list ------------------------------------------------------------------

    async def user(self, access_token: str) -> UserInfo:
        def parse(body: Any, meta: ResponseMeta) -> UserInfo:
            user_id = body.get("id") if isinstance(body, dict) else None
            if not isinstance(user_id, str) or not user_id:
                raise MalformedResponseError("Smartcar's answer for /user did not have the documented shape.")
            return UserInfo(user_id=user_id, meta=meta)

        return await self._call("GET", "/user", access_token, parse, with_units=False)

    async def vehicle_ids(self, access_token: str) -> VehicleIds:
        """Every vehicle the token's owner shared, across all pages."""
        ids, meta = await self._paged("/vehicles", access_token, parse_vehicle_ids_page, VEHICLES_PAGE_LIMIT)
        return VehicleIds(vehicle_ids=ids, meta=meta)

    # -- one vehicle ----------------------------------------------------------------------------

    async def attributes(self, access_token: str, vehicle_id: str) -> Attributes:
        return await self._call("GET", f"/vehicles/{vehicle_id}", access_token, parse_attributes)

    async def vin(self, access_token: str, vehicle_id: str) -> Vin:
        return await self._call("GET", f"/vehicles/{vehicle_id}/vin", access_token, parse_vin)

    async def odometer(self, access_token: str, vehicle_id: str) -> Odometer:
        return await self._call("GET", f"/vehicles/{vehicle_id}/odometer", access_token, parse_odometer)

    async def engine_oil(self, access_token: str, vehicle_id: str) -> EngineOil:
        return await self._call("GET", f"/vehicles/{vehicle_id}/engine/oil", access_token, parse_engine_oil)

    async def trouble_codes(self, access_token: str, vehicle_id: str) -> TroubleCodes:
        return await self._call(
            "GET", f"/vehicles/{vehicle_id}/diagnostics/dtcs", access_token, parse_trouble_codes
        )

    async def system_status(self, access_token: str, vehicle_id: str) -> SystemStatus:
        return await self._call(
            "GET", f"/vehicles/{vehicle_id}/diagnostics/system_status", access_token, parse_system_status
        )

    async def service_history(
        self, access_token: str, vehicle_id: str, start: date | None = None, end: date | None = None
    ) -> ServiceHistory:
        """Service records in [start, end]; Smartcar's default window (no dates) is the last year."""
        params = {}
        if start is not None:
            params["start_date"] = _day(start)
        if end is not None:
            params["end_date"] = _day(end)
        return await self._call(
            "GET",
            f"/vehicles/{vehicle_id}/service/history",
            access_token,
            parse_service_history,
            params=params,
        )

    async def permissions(self, access_token: str, vehicle_id: str) -> Permissions:
        names, meta = await self._paged(
            f"/vehicles/{vehicle_id}/permissions",
            access_token,
            parse_permissions_page,
            PERMISSIONS_PAGE_LIMIT,
        )
        return Permissions(permissions=names, meta=meta)

    async def disconnect(self, access_token: str, vehicle_id: str) -> DisconnectStatus:
        """Revokes the shop's access to this vehicle; the owner must run Connect again to restore it."""

        def parse(body: Any, meta: ResponseMeta) -> DisconnectStatus:
            status = body.get("status") if isinstance(body, dict) else None
            return DisconnectStatus(status=status if isinstance(status, str) else "success", meta=meta)

        return await self._call(
            "DELETE", f"/vehicles/{vehicle_id}/application", access_token, parse, with_units=False
        )

    async def batch(self, access_token: str, vehicle_id: str, paths: Iterable[str]) -> BatchResult:
        """Several data paths in one request; each path gets its own value or typed error.

        Only the request as a whole is retried here (network, 5xx, 429 on the batch itself). A failed item
        is returned, not raised: the caller decides with `client.retry.next_delay(item.error, ...)`.
        """
        wanted = list(dict.fromkeys(paths))
        unknown = [path for path in wanted if path not in PARSERS_BY_PATH]
        if unknown:
            raise ValueError(f"Not a batchable data path: {', '.join(unknown)}")

        def parse(body: Any, meta: ResponseMeta) -> BatchResult:
            return _batch_result(body, meta, wanted)

        return await self._call(
            "POST",
            f"/vehicles/{vehicle_id}/batch",
            access_token,
            parse,
            json={"requests": [{"path": path} for path in wanted]},
        )


def _day(value: date | datetime) -> str:
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _batch_result(body: Any, meta: ResponseMeta, wanted: list[str]) -> BatchResult:
    responses = body.get("responses") if isinstance(body, dict) else None
    if not isinstance(responses, list):
        raise MalformedResponseError("The batch answer had no list of responses.", request_id=meta.request_id)
    by_path: dict[str, Any] = {}
    for entry in responses:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            by_path[_normalise_path(entry["path"])] = entry
    items: dict[str, BatchItem[Any]] = {}
    for path in wanted:
        entry = by_path.get(path)
        items[path] = (
            _batch_item(path, entry, meta)
            if entry is not None
            else BatchItem(
                path,
                error=MalformedResponseError(
                    f"Smartcar's batch answer did not include {path}.", request_id=meta.request_id
                ),
            )
        )
    return BatchResult(by_path=items, meta=meta)


def _normalise_path(path: str) -> str:
    path = "/" + path.strip().lstrip("/")
    return path if path == "/" else path.rstrip("/")


def _batch_item(path: str, entry: dict[str, Any], batch_meta: ResponseMeta) -> BatchItem[Any]:
    code = entry.get("code")
    headers = entry.get("headers") if isinstance(entry.get("headers"), dict) else {}
    item_meta = parse_meta(headers, batch_meta.request_id)
    if not isinstance(code, int) or isinstance(code, bool):
        return BatchItem(path, error=MalformedResponseError(f"The batch item {path} had no status code."))
    if 200 <= code < 300:
        try:
            return BatchItem(path, value=PARSERS_BY_PATH[path](entry.get("body"), item_meta))
        except SmartcarError as error:
            return BatchItem(path, error=error)
    return BatchItem(path, error=error_from_response(code, entry.get("body"), headers))
