"""The async Smartcar v3 client (reference sections 1-3): connections, vehicles and signals with the
application token and `sc-user-id`. No Qt, no database."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from shopapp.smartcar.app_token import AppTokenSource, with_app_token
from shopapp.smartcar.client import RequestGate, checked_unit_system
from shopapp.smartcar.endpoints import SmartcarEndpoints
from shopapp.smartcar.errors import MalformedResponseError, SmartcarError
from shopapp.smartcar.http_session import request_json
from shopapp.smartcar.parsing import parse_meta
from shopapp.smartcar.results import ResponseMeta
from shopapp.smartcar.retry import RetryPolicy
from shopapp.smartcar.v3_parsing import (
    Paging,
    parse_connection_body,
    parse_connections_page,
    parse_signal_body,
    parse_signals_page,
    parse_vehicle,
)
from shopapp.smartcar.v3_results import SignalSet, V3Connection, V3Signal, V3Vehicle

log = logging.getLogger(__name__)

T = TypeVar("T")

CONNECTIONS_PAGE_SIZE_MAX = 100  # the documented maximum; the default (10 or 50) would cost more pages
_MAX_PAGES = 1000  # a server that keeps paging forever is broken; stop rather than loop
CONNECTION_MODES = ("live", "simulated")

Params = Mapping[str, str | int]


def _segment(value: str, what: str) -> str:
    """An id as one URL path segment; an empty id would silently address the collection instead."""
    if not value or not value.strip():
        raise ValueError(f"{what} must not be empty")
    return quote(value.strip(), safe="")


class SmartcarV3Client:
    """Vehicle API v3 on the shared httpx client.

    Attributes: retry (every call goes through it; `RetryPolicy(max_attempts=1)` to retry yourself),
    gate (sees every billed request: vehicle, signals, signal; `/v3/connections` is not billed and skips
    it), tokens (the AppTokenSource). Distances come back in `unit_system` (default metric, i.e. km).
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        endpoints: SmartcarEndpoints,
        tokens: AppTokenSource,
        *,
        retry: RetryPolicy | None = None,
        gate: RequestGate | None = None,
        unit_system: str = "metric",
    ) -> None:
        self._http = http
        self._endpoints = endpoints
        self._unit_system = checked_unit_system(unit_system)
        self.tokens = tokens
        self.retry = retry or RetryPolicy()
        self.gate = gate

    # -- plumbing -------------------------------------------------------------------------------

    def _headers(self, token: str, user_id: str | None, with_units: bool) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        if with_units:
            headers["SC-Unit-System"] = self._unit_system
        if user_id:
            headers["sc-user-id"] = user_id
        return headers

    async def _send(
        self,
        method: str,
        url: str,
        token: str,
        *,
        billed: bool,
        user_id: str | None,
        with_units: bool,
        params: Params | None,
    ) -> tuple[Any, httpx.Response]:
        headers = self._headers(token, user_id, with_units)
        query = dict(params) if params else None
        if not billed or self.gate is None:
            return await request_json(self._http, method, url, headers=headers, params=query)
        await self.gate.before_request()
        try:
            answer = await request_json(self._http, method, url, headers=headers, params=query)
        except SmartcarError as error:
            await self.gate.after_response(error)
            raise
        await self.gate.after_response(None)
        return answer

    async def _call(
        self,
        method: str,
        url: str,
        parse: Callable[[Any, ResponseMeta], T],
        *,
        billed: bool,
        user_id: str | None = None,
        with_units: bool = False,
        params: Params | None = None,
    ) -> T:
        async def send(token: str) -> T:
            body, response = await self._send(
                method, url, token, billed=billed, user_id=user_id, with_units=with_units, params=params
            )
            return parse(body, parse_meta(response.headers))

        return await with_app_token(self.tokens, send, self.retry)

    # -- connections (not billed) ---------------------------------------------------------------

    async def connections(
        self,
        *,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        external_id: str | None = None,
        mode: str | None = None,
        page_size: int = CONNECTIONS_PAGE_SIZE_MAX,
    ) -> tuple[V3Connection, ...]:
        """Every connection matching the filters, across all pages, each listed once (in Smartcar's order).

        Stops at `meta.totalCount`, else at the last `links.next`, else at a short page; a server that
        keeps sending pages of nothing new is stopped too.
        """
        if not 1 <= page_size <= CONNECTIONS_PAGE_SIZE_MAX:
            raise ValueError(f"page_size must be 1 to {CONNECTIONS_PAGE_SIZE_MAX}")
        if mode is not None and mode not in CONNECTION_MODES:
            raise ValueError(f"mode must be one of {', '.join(CONNECTION_MODES)}")
        filters: dict[str, str | int] = {}
        for name, value in (
            ("filter[userId]", user_id),
            ("filter[vehicleId]", vehicle_id),
            ("filter[user.externalId]", external_id),
            ("filter[vehicle.mode]", mode),
        ):
            if value:
                filters[name] = value
        url = f"{self._endpoints.v3_base}/connections"
        found: dict[str, V3Connection] = {}
        received = 0
        for number in range(1, _MAX_PAGES + 1):
            page = await self._call(
                "GET",
                url,
                parse_connections_page,
                billed=False,
                params={**filters, "page[number]": number, "page[size]": page_size},
            )
            received += len(page.connections)
            new = [item for item in page.connections if item.connection_id not in found]
            for item in new:
                found[item.connection_id] = item
            more = page.paging.more_after(received)
            if more is None:  # the server said nothing about paging: a full page may have a successor
                more = len(page.connections) >= (page.paging.page_size or page_size)
            if not page.connections or not new or not more:
                return tuple(found.values())
        raise MalformedResponseError(f"Smartcar's connection list did not end after {_MAX_PAGES} pages.")

    async def connection(self, connection_id: str) -> V3Connection:
        url = f"{self._endpoints.v3_base}/connections/{_segment(connection_id, 'connection_id')}"
        return await self._call("GET", url, parse_connection_body, billed=False)

    async def delete_connection(self, connection_id: str) -> None:
        """Ends the shop's access to one owner's car; the owner must run Connect again to restore it."""
        url = f"{self._endpoints.v3_base}/connections/{_segment(connection_id, 'connection_id')}"
        await self._call("DELETE", url, lambda body, meta: None, billed=False)

    async def delete_user(self, user_id: str) -> None:
        """Removes the owner, all their connections and the data Smartcar holds for them (reference 3.3)."""
        url = f"{self._endpoints.v3_base}/users/{_segment(user_id, 'user_id')}"
        await self._call("DELETE", url, lambda body, meta: None, billed=False)

    # -- one vehicle (billed) -------------------------------------------------------------------

    async def vehicle(self, vehicle_id: str, user_id: str | None = None) -> V3Vehicle:
        url = f"{self._endpoints.v3_base}/vehicles/{_segment(vehicle_id, 'vehicle_id')}"
        return await self._call(
            "GET",
            url,
            lambda body, meta: parse_vehicle(body, meta, vehicle_id),
            billed=True,
            user_id=user_id,
            with_units=True,
        )

    async def signals(self, vehicle_id: str, user_id: str) -> SignalSet:
        """Every signal Smartcar holds for the car, each with its own status (a signal the car cannot give
        is a typed per-signal error, not a failed call). Pages are followed if the answer is paged."""
        if not user_id or not user_id.strip():
            raise ValueError("A v3 signals read needs the owner's Smartcar user id (sc-user-id).")
        url = f"{self._endpoints.v3_base}/vehicles/{_segment(vehicle_id, 'vehicle_id')}/signals"
        found: dict[str, V3Signal] = {}
        vehicle: V3Vehicle | None = None
        first_meta: ResponseMeta | None = None
        received = 0
        params: dict[str, str | int] = {}
        asked: list[dict[str, str | int]] = []
        for number in range(1, _MAX_PAGES + 1):
            asked.append(params)
            page, meta = await self._call(
                "GET",
                url,
                lambda body, meta: (parse_signals_page(body, meta, vehicle_id), meta),
                billed=True,
                user_id=user_id.strip(),
                with_units=True,
                params=params,
            )
            first_meta = first_meta or meta
            vehicle = vehicle or page.vehicle
            received += page.received
            for signal in page.signals:
                found.setdefault(signal.code, signal)
            if not page.received or not page.paging.more_after(received):
                break
            params = _next_page_params(page.paging, number, received)
            if params in asked:
                log.warning("Smartcar's signal pages of vehicle %s repeat; stopped paging", vehicle_id)
                break
        else:
            raise MalformedResponseError(f"Smartcar's signal list did not end after {_MAX_PAGES} pages.")
        return SignalSet(signals=found, vehicle=vehicle, meta=first_meta or ResponseMeta())

    async def signal(self, vehicle_id: str, user_id: str, code: str) -> V3Signal:
        """One signal by its group-prefixed code (`vehicleidentification-vin`, not `vin`); an unknown code
        is a ResourceNotFoundError."""
        if not user_id or not user_id.strip():
            raise ValueError("A v3 signal read needs the owner's Smartcar user id (sc-user-id).")
        url = (
            f"{self._endpoints.v3_base}/vehicles/{_segment(vehicle_id, 'vehicle_id')}"
            f"/signals/{_segment(code, 'code')}"
        )
        return await self._call(
            "GET", url, parse_signal_body, billed=True, user_id=user_id.strip(), with_units=True
        )


def _next_page_params(paging: Paging, number: int, received: int) -> dict[str, str | int]:
    """The next page's query: the one `links.next` carries (relative or absolute; only its query is used,
    so the token never goes to a host the link might name), else `page`/`pageSize` counted here."""
    if paging.next_link:
        query = dict(httpx.URL(paging.next_link).params)
        if query:
            return dict(query)
    size = paging.page_size or received
    return {"page": (paging.page_number or number) + 1, "pageSize": size}
