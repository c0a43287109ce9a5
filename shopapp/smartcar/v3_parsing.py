"""Turns Smartcar v3 JSON:API bodies into typed results; a wrong shape is a MalformedResponseError.

Where the sources disagree (reference section 11) both readings are accepted: signal elements with or
without `attributes`, collection meta named `page` or `pageNumber`, the single signal bare or in `data`,
`included.vehicle` as an object or as a list of included resources.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from shopapp.smartcar.errors import MalformedResponseError, SmartcarError, error_from_object, lenient_integer
from shopapp.smartcar.results import ResponseMeta
from shopapp.smartcar.signals import parse_instant
from shopapp.smartcar.v3_results import V3Connection, V3Signal, V3Vehicle

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Paging:
    """What a collection says about its pages: `meta.totalCount` / `pageNumber` (or `page`) / `pageSize`
    and `links.next` (None when absent or null; `has_links` tells the two apart from "no links at all")."""

    total_count: int | None = None
    page_number: int | None = None
    page_size: int | None = None
    next_link: str | None = None
    has_links: bool = False

    def more_after(self, received: int) -> bool | None:
        """True/False when the collection says whether pages follow `received` items; None when it is
        silent (the caller decides)."""
        if self.total_count is not None:
            return received < self.total_count
        if self.next_link is not None:
            return True
        return False if self.has_links else None


@dataclass(frozen=True, slots=True)
class ConnectionsPage:
    connections: tuple[V3Connection, ...]
    paging: Paging


@dataclass(frozen=True, slots=True)
class SignalsPage:
    """received: the collection elements on this page, malformed ones included (they still count)."""

    signals: tuple[V3Signal, ...]
    vehicle: V3Vehicle | None
    paging: Paging
    received: int


def _malformed(what: str, meta: ResponseMeta) -> MalformedResponseError:
    return MalformedResponseError(
        f"Smartcar's answer for {what} did not have the documented shape.", request_id=meta.request_id
    )


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _lower(value: Any) -> str | None:
    text = _text(value)
    return text.lower() if text else None


def _count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _data_list(body: Any, what: str, meta: ResponseMeta) -> list[Any]:
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        raise _malformed(what, meta)
    return data


def parse_paging(body: Any) -> Paging:
    if not isinstance(body, dict):
        return Paging()
    meta, links = _object(body.get("meta")), body.get("links")
    page_number = _count(meta.get("pageNumber"))
    return Paging(
        total_count=_count(meta.get("totalCount")),
        page_number=page_number if page_number is not None else _count(meta.get("page")),
        page_size=_count(meta.get("pageSize")),
        next_link=_text(links.get("next")) if isinstance(links, dict) else None,
        has_links=isinstance(links, dict),
    )


# -- connections ------------------------------------------------------------------------------------


def _relationship_data(item: dict[str, Any], name: str) -> dict[str, Any]:
    return _object(_object(_object(item.get("relationships")).get(name)).get("data"))


def parse_connection(item: Any, meta: ResponseMeta) -> V3Connection:
    """One connection resource (reference 3.1). Without its id, vehicle id or user id it is unusable."""
    if not isinstance(item, dict):
        raise _malformed("a connection", meta)
    attributes = _object(item.get("attributes"))
    vehicle = _object(attributes.get("vehicle"))
    user = _relationship_data(item, "user")
    item_meta = _object(item.get("meta"))
    connection_id = _text(item.get("id"))
    vehicle_id = _text(_relationship_data(item, "vehicle").get("id")) or _text(vehicle.get("id"))
    user_id = _text(user.get("id")) or _text(_object(attributes.get("user")).get("id"))
    if connection_id is None or vehicle_id is None or user_id is None:
        raise _malformed("a connection", meta)
    permissions = attributes.get("permissions")
    # The external id's place is not settled (reference 1.8): read it wherever it is.
    external_id = (
        _text(user.get("externalId"))
        or _text(attributes.get("externalId"))
        or _text(item_meta.get("externalId"))
        or _text(_object(attributes.get("user")).get("externalId"))
    )
    return V3Connection(
        connection_id=connection_id,
        user_id=user_id,
        vehicle_id=vehicle_id,
        permissions=tuple(
            dict.fromkeys(name.strip() for name in _list_or_empty(permissions) if _text(name) is not None)
        ),
        make=_text(vehicle.get("make")) or "",
        model=_text(vehicle.get("model")) or "",
        year=lenient_integer(vehicle.get("year")),
        mode=_lower(vehicle.get("mode")),
        powertrain_type=_text(vehicle.get("powertrainType")),
        external_id=external_id,
        created_at=parse_instant(item_meta.get("createdAt", attributes.get("createdAt"))),
    )


def _list_or_empty(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def parse_connections_page(body: Any, meta: ResponseMeta) -> ConnectionsPage:
    items = _data_list(body, "the connection list", meta)
    return ConnectionsPage(
        connections=tuple(parse_connection(item, meta) for item in items), paging=parse_paging(body)
    )


def parse_connection_body(body: Any, meta: ResponseMeta) -> V3Connection:
    """`GET /v3/connections/{id}`: `{"data": <connection>}` (a bare resource is accepted too)."""
    data = body.get("data") if isinstance(body, dict) and "data" in body else body
    return parse_connection(data, meta)


# -- vehicles ---------------------------------------------------------------------------------------


def _vehicle_resource(resource: Any, fallback_id: str | None) -> V3Vehicle | None:
    """A vehicle resource (`{id, attributes: {...}}`) or the flat webhook form (`{id, make, ...}`)."""
    if not isinstance(resource, dict):
        return None
    attributes = resource.get("attributes")
    fields = attributes if isinstance(attributes, dict) else resource
    vehicle_id = _text(resource.get("id")) or fallback_id
    if vehicle_id is None:
        return None
    return V3Vehicle(
        vehicle_id=vehicle_id,
        make=_text(fields.get("make")) or "",
        model=_text(fields.get("model")) or "",
        year=lenient_integer(fields.get("year")),
        powertrain_type=_text(fields.get("powertrainType")),
        mode=_lower(fields.get("mode")),
    )


def parse_vehicle(body: Any, meta: ResponseMeta, vehicle_id: str | None = None) -> V3Vehicle:
    """`GET /v3/vehicles/{id}`: `{"data": {id, attributes}}`; the requested id stands in for a missing one."""
    data = body.get("data") if isinstance(body, dict) and "data" in body else body
    vehicle = _vehicle_resource(data, vehicle_id)
    if vehicle is None:
        raise _malformed("the vehicle", meta)
    return vehicle


def _included_vehicle(body: dict[str, Any], vehicle_id: str | None) -> V3Vehicle | None:
    included = body.get("included")
    if isinstance(included, dict):
        return _vehicle_resource(included.get("vehicle"), vehicle_id)
    for resource in _list_or_empty(included):
        if isinstance(resource, dict) and resource.get("type") == "vehicle":
            return _vehicle_resource(resource, vehicle_id)
    return None


# -- signals ----------------------------------------------------------------------------------------


def _signal_status(value: Any) -> tuple[str | None, Any]:
    """(status, error object) from `{value, error}`, or from a bare status string."""
    if isinstance(value, dict):
        return _text(value.get("value")), value.get("error")
    return _text(value), None


def _signal_error(code: str, error: Any) -> SmartcarError | None:
    if not isinstance(error, dict):
        return None
    built = error_from_object(error)
    if error.get("description") or error.get("detail") or error.get("title"):
        return built
    # The documented example carries only type and code; say which signal it concerns.
    return type(built)(
        f"Smartcar could not read {code}.",
        type=built.type,
        code=built.code,
        status=built.status,
        resolution=built.resolution,
        doc_url=built.doc_url,
        suggested_user_message=built.suggested_user_message,
    )


def parse_signal(element: Any, meta: ResponseMeta) -> V3Signal:
    """One signal element: the JSON:API form `{id, type, attributes: {code, ...}, meta}` or the flat form of
    webhook payloads `{code, name, group, status, body, meta}`."""
    if not isinstance(element, dict):
        raise _malformed("a signal", meta)
    attributes = element.get("attributes")
    fields = attributes if isinstance(attributes, dict) else element
    code = _text(fields.get("code")) or (_text(element.get("id")) if fields is not element else None)
    if code is None:
        raise _malformed("a signal", meta)
    status, error_body = _signal_status(fields.get("status"))
    body = fields.get("body")
    error = _signal_error(code, error_body)
    if status is None:  # not seen documented; a value without a status is taken at its word
        status = "ERROR" if error is not None else "SUCCESS" if body is not None else "UNAVAILABLE"
    status = status.upper()
    if status == "ERROR" and error is None:
        error = SmartcarError(f"Smartcar could not read {code} and gave no reason.", type="SIGNAL_ERROR")
    signal_meta = element.get("meta")
    if not isinstance(signal_meta, dict):
        signal_meta = _object(fields.get("meta"))
    return V3Signal(
        code=code,
        status=status,
        body=body,
        error=error,
        oem_updated_at=parse_instant(signal_meta.get("oemUpdatedAt")),
        retrieved_at=parse_instant(signal_meta.get("retrievedAt")),
        name=_text(fields.get("name")) or "",
        group=_text(fields.get("group")) or "",
    )


def parse_signals_page(body: Any, meta: ResponseMeta, vehicle_id: str | None = None) -> SignalsPage:
    """One page of `GET /v3/vehicles/{id}/signals`. A malformed element is skipped with a log line: the
    other signals of the car are still good."""
    elements = _data_list(body, "the signal list", meta)
    signals = []
    for position, element in enumerate(elements):
        try:
            signals.append(parse_signal(element, meta))
        except MalformedResponseError:
            log.warning(
                "Skipped signal element %d of vehicle %s: not a signal (request %s)",
                position,
                vehicle_id,
                meta.request_id,
            )
    return SignalsPage(
        signals=tuple(signals),
        vehicle=_included_vehicle(body, vehicle_id),
        paging=parse_paging(body),
        received=len(elements),
    )


def parse_signal_body(body: Any, meta: ResponseMeta) -> V3Signal:
    """`GET /v3/vehicles/{id}/signals/{code}`: the resource bare (early spec, both SDKs) or in `data`."""
    data = body.get("data") if isinstance(body, dict) and isinstance(body.get("data"), dict) else body
    return parse_signal(data, meta)
