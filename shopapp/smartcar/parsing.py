"""Turns Smartcar JSON bodies into typed results; a wrong shape is a MalformedResponseError."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from shopapp.smartcar.errors import MalformedResponseError, lenient_integer
from shopapp.smartcar.headers import header_value
from shopapp.smartcar.results import (
    Attributes,
    EngineOil,
    Odometer,
    Permissions,
    ResponseMeta,
    ServiceDetail,
    ServiceEvent,
    ServiceHistory,
    ServiceTask,
    SystemState,
    SystemStatus,
    TroubleCode,
    TroubleCodes,
    Vin,
)


def parse_timestamp(value: Any) -> datetime | None:
    """An ISO 8601 instant as an aware UTC datetime; None for null or unreadable values."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _header(headers: Any, name: str) -> str | None:
    value = header_value(headers, name)
    return value if isinstance(value, str) and value else None


def parse_meta(headers: Any, request_id: str | None = None) -> ResponseMeta:
    """Meta from response headers (an httpx.Headers, or the plain dict of a batch item)."""
    return ResponseMeta(
        data_age=parse_timestamp(_header(headers, "SC-Data-Age")),
        fetched_at=parse_timestamp(_header(headers, "SC-Fetched-At")),
        unit_system=_header(headers, "SC-Unit-System"),
        request_id=_header(headers, "SC-Request-Id") or request_id,
    )


def _malformed(what: str, meta: ResponseMeta) -> MalformedResponseError:
    return MalformedResponseError(
        f"Smartcar's answer for {what} did not have the documented shape.", request_id=meta.request_id
    )


def _object(body: Any, what: str, meta: ResponseMeta) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise _malformed(what, meta)
    return body


def _number(value: Any, what: str, meta: ResponseMeta) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _malformed(what, meta)
    return float(value)


def _optional_number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _string(value: Any, what: str, meta: ResponseMeta) -> str:
    if not isinstance(value, str) or not value:
        raise _malformed(what, meta)
    return value


def _optional_string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _list(value: Any, what: str, meta: ResponseMeta) -> list[Any]:
    if not isinstance(value, list):
        raise _malformed(what, meta)
    return value


def parse_attributes(body: Any, meta: ResponseMeta) -> Attributes:
    data = _object(body, "vehicle attributes", meta)
    return Attributes(
        vehicle_id=_string(data.get("id"), "vehicle attributes", meta),
        make=_optional_string(data.get("make")) or "",
        model=_optional_string(data.get("model")) or "",
        year=lenient_integer(data.get("year")),
        meta=meta,
    )


def parse_vin(body: Any, meta: ResponseMeta) -> Vin:
    data = _object(body, "the VIN", meta)
    return Vin(vin=_string(data.get("vin"), "the VIN", meta).strip().upper(), meta=meta)


def parse_odometer(body: Any, meta: ResponseMeta) -> Odometer:
    data = _object(body, "the odometer", meta)
    distance = _number(data.get("distance"), "the odometer", meta)
    if distance < 0:
        raise _malformed("the odometer", meta)
    return Odometer(distance=distance, meta=meta)


def parse_engine_oil(body: Any, meta: ResponseMeta) -> EngineOil:
    data = _object(body, "engine oil life", meta)
    life = _number(data.get("lifeRemaining"), "engine oil life", meta)
    if not 0.0 <= life <= 1.0:
        raise _malformed("engine oil life", meta)
    return EngineOil(life_remaining=life, meta=meta)


def parse_trouble_codes(body: Any, meta: ResponseMeta) -> TroubleCodes:
    data = _object(body, "trouble codes", meta)
    codes = []
    for entry in _list(data.get("activeCodes"), "trouble codes", meta):
        entry = _object(entry, "trouble codes", meta)
        code = _string(entry.get("code"), "trouble codes", meta).strip().upper()
        codes.append(TroubleCode(code=code, timestamp=parse_timestamp(entry.get("timestamp"))))
    return TroubleCodes(active_codes=tuple(codes), meta=meta)


def parse_system_status(body: Any, meta: ResponseMeta) -> SystemStatus:
    data = _object(body, "system status", meta)
    systems = []
    for entry in _list(data.get("systems"), "system status", meta):
        entry = _object(entry, "system status", meta)
        # The docs' field table spells systemID; the example and every SDK use systemId.
        system_id = entry.get("systemId", entry.get("systemID"))
        status = _string(entry.get("status"), "system status", meta).upper()
        systems.append(
            SystemState(
                system_id=_string(system_id, "system status", meta),
                status=status,
                description=_optional_string(entry.get("description")),
            )
        )
    return SystemStatus(systems=tuple(systems), meta=meta)


def _list_or_empty(value: Any) -> list[Any]:
    """Optional lists in history records arrive as null (and, from a broken back-end, anything else)."""
    return value if isinstance(value, list) else []


def _service_event(entry: Any, meta: ResponseMeta) -> ServiceEvent:
    entry = _object(entry, "service history", meta)
    tasks = tuple(
        ServiceTask(
            task_id=_optional_string(task.get("taskId", task.get("taskID"))),
            description=_optional_string(task.get("taskDescription")),
        )
        for task in _list_or_empty(entry.get("serviceTasks"))
        if isinstance(task, dict)
    )
    details = tuple(
        ServiceDetail(type=_optional_string(detail.get("type")), value=_optional_string(detail.get("value")))
        for detail in _list_or_empty(entry.get("serviceDetails"))
        if isinstance(detail, dict)
    )
    cost = entry.get("serviceCost") if isinstance(entry.get("serviceCost"), dict) else {}
    return ServiceEvent(
        service_id=_optional_string(entry.get("serviceId", entry.get("serviceID"))),
        service_date=parse_timestamp(entry.get("serviceDate")),
        odometer_km=_optional_number(entry.get("odometerDistance")),
        tasks=tasks,
        details=details,
        total_cost=_optional_number(cost.get("totalCost")),
        currency=_optional_string(cost.get("currency")),
    )


def parse_service_history(body: Any, meta: ResponseMeta) -> ServiceHistory:
    # Documented as a bare array; one reference page shows a single object, so accept that too.
    entries = [body] if isinstance(body, dict) else _list(body, "service history", meta)
    return ServiceHistory(events=tuple(_service_event(entry, meta) for entry in entries), meta=meta)


def parse_permissions_page(body: Any, meta: ResponseMeta) -> tuple[list[str], int | None]:
    data = _object(body, "permissions", meta)
    entries = _list(data.get("permissions"), "permissions", meta)
    names = [_string(name, "permissions", meta) for name in entries]
    return names, _paging_count(data)


def parse_vehicle_ids_page(body: Any, meta: ResponseMeta) -> tuple[list[str], int | None]:
    data = _object(body, "the vehicle list", meta)
    entries = _list(data.get("vehicles"), "the vehicle list", meta)
    ids = [_string(vid, "the vehicle list", meta) for vid in entries]
    return ids, _paging_count(data)


def _paging_count(data: dict[str, Any]) -> int | None:
    paging = data.get("paging")
    count = paging.get("count") if isinstance(paging, dict) else None
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else None


def parse_permissions(body: Any, meta: ResponseMeta) -> Permissions:
    names, _ = parse_permissions_page(body, meta)
    return Permissions(permissions=tuple(names), meta=meta)


# The vehicle data paths (relative to /vehicles/{id}) a batch may carry, and how to read each answer.
PARSERS_BY_PATH: dict[str, Callable[[Any, ResponseMeta], Any]] = {
    "/": parse_attributes,
    "/vin": parse_vin,
    "/odometer": parse_odometer,
    "/engine/oil": parse_engine_oil,
    "/diagnostics/dtcs": parse_trouble_codes,
    "/diagnostics/system_status": parse_system_status,
    "/service/history": parse_service_history,
    "/permissions": parse_permissions,
}
