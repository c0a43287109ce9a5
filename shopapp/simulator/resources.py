"""The v2 vehicle data endpoints: path, required scope, which makes can answer, and the JSON body."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from shopapp.simulator import capabilities, errors, telemetry
from shopapp.simulator.catalog import TASK_IDS, Powertrain
from shopapp.simulator.clock import DAY, iso_z
from shopapp.simulator.errors import ApiError
from shopapp.simulator.fleet import Vehicle
from shopapp.simulator.tokens import Grant

PERMISSIONS_DEFAULT_LIMIT = 25
PERMISSIONS_MAX_LIMIT = 100


@dataclass(frozen=True, slots=True)
class ReadContext:
    """One read of one car. at: when the car recorded the data (SC-Data-Age); now: simulated now."""

    vehicle: Vehicle
    grant: Grant
    at: float
    now: float
    imperial: bool
    query: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Resource:
    path: str  # as in a batch request; "/" is the attributes endpoint
    scope: str | None
    refusal: Callable[[str, Powertrain], ApiError | None] | None
    read: Callable[[ReadContext], Any]


def odometer_value(vehicle: Vehicle, ts: float, imperial: bool) -> float:
    km = telemetry.odometer_km(vehicle, ts)
    return round(km / telemetry.KM_PER_MILE if imperial else km, 2)


def oil_life_value(vehicle: Vehicle, ts: float) -> float | None:
    life = telemetry.oil_life(vehicle, ts)
    return None if life is None else round(life, 2)


def _attributes(ctx: ReadContext) -> dict[str, Any]:
    v = ctx.vehicle
    return {"id": v.id, "make": v.make, "model": v.model, "year": v.year}


def _vin(ctx: ReadContext) -> dict[str, Any]:
    return {"vin": ctx.vehicle.vin}


def _odometer(ctx: ReadContext) -> dict[str, Any]:
    return {"distance": odometer_value(ctx.vehicle, ctx.at, ctx.imperial)}


def _engine_oil(ctx: ReadContext) -> dict[str, Any]:
    return {"lifeRemaining": oil_life_value(ctx.vehicle, ctx.at)}


def trouble_codes_json(vehicle: Vehicle, ts: float) -> list[dict[str, Any]]:
    """The codes active at `ts`, each with the time it came on (None when unknown): v2's `activeCodes`
    and v3's `diagnostics-dtclist` values are the same list."""
    return [
        {"code": tc.code, "timestamp": None if tc.since_ts is None else iso_z(tc.since_ts)}
        for tc in telemetry.active_trouble_codes(vehicle, ts)
    ]


def _dtcs(ctx: ReadContext) -> dict[str, Any]:
    return {"activeCodes": trouble_codes_json(ctx.vehicle, ctx.at)}


def _system_status(ctx: ReadContext) -> dict[str, Any]:
    return {
        "systems": [
            {"systemId": s.system_id, "status": "ALERT" if s.alert else "OK", "description": s.description}
            for s in telemetry.system_states(ctx.vehicle, ctx.at)
        ]
    }


def _parse_day_or_time(value: str, parameter: str, *, end: bool) -> float:
    """`YYYY-MM-DD` (a whole day: its start, or its end for an end date) or a full ISO 8601 time."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.min, UTC) + (timedelta(days=1) if end else timedelta())
            return moment.timestamp() - (0.001 if end else 0.0)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise errors.validation(
            f"{parameter} must be a date (YYYY-MM-DD) or an ISO 8601 time.", parameter=parameter
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _service_history(ctx: ReadContext) -> list[dict[str, Any]]:
    # The Python SDK sends camelCase, the other official SDKs snake_case: accept both.
    start_raw = ctx.query.get("start_date") or ctx.query.get("startDate")
    end_raw = ctx.query.get("end_date") or ctx.query.get("endDate")
    start_name = "start_date" if "start_date" in ctx.query else "startDate"
    end_name = "end_date" if "end_date" in ctx.query else "endDate"
    end = _parse_day_or_time(end_raw, end_name, end=True) if end_raw else ctx.now
    start = _parse_day_or_time(start_raw, start_name, end=False) if start_raw else end - 365 * DAY
    if start > end:
        raise errors.validation("start_date must not be after end_date.", parameter=start_name)
    visits = telemetry.service_visits(ctx.vehicle, start, min(end, ctx.now))
    return [_visit_json(visit) for visit in visits]


def visit_tasks(visit: telemetry.ServiceVisit) -> list[tuple[str | None, str | None]]:
    """A service visit's tasks as (task id, description), what v2 and v3 both serve under their own names:
    a visit the owner entered has no task ids; a blank task (an empty entry, as dealer exports carry) is
    (None, None)."""
    tasks: list[tuple[str | None, str | None]] = [
        (None if visit.entered_by_owner else TASK_IDS[task], task) for task in visit.tasks
    ]
    if visit.blank_task:
        tasks.append((None, None))
    return tasks


def visit_details(visit: telemetry.ServiceVisit) -> list[tuple[str, str | None]]:
    """A service visit's details as (type, value), for v2 and v3 alike."""
    return [
        ("SERVICE_PROVIDER", visit.provider),
        ("ENTERED_BY", "OWNER" if visit.entered_by_owner else "DEALER"),
        ("NOTES", None),
    ]


def visit_currency(visit: telemetry.ServiceVisit) -> str | None:
    """The simulated shops bill in dollars; an unpriced visit names no currency."""
    return "USD" if visit.total_cost is not None else None


def _visit_json(visit: telemetry.ServiceVisit) -> dict[str, Any]:
    return {
        "serviceId": visit.service_id,
        "odometerDistance": round(visit.odometer_km, 2),  # kilometres whatever SC-Unit-System says
        "serviceDate": iso_z(visit.ts),
        "serviceTasks": [
            {"taskId": task_id, "taskDescription": description} for task_id, description in visit_tasks(visit)
        ],
        "serviceDetails": [{"type": kind, "value": value} for kind, value in visit_details(visit)],
        "serviceCost": {"totalCost": visit.total_cost, "currency": visit_currency(visit)},
    }


def vehicle_permissions(grant: Grant, vehicle: Vehicle) -> list[str]:
    return sorted(grant.scopes - vehicle.withheld_scopes)


def whole_number(query: Mapping[str, str], name: str, default: int, low: int, high: int | None) -> int:
    """A paging parameter: `default` when absent, a VALIDATION error naming the bounds when out of them."""
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise errors.validation(f"{name} must be a whole number {bound}.", parameter=name)
    return value


def parse_paging(query: Mapping[str, str], *, default_limit: int, max_limit: int) -> tuple[int, int]:
    return (
        whole_number(query, "limit", default_limit, 1, max_limit),
        whole_number(query, "offset", 0, 0, None),
    )


def _permissions(ctx: ReadContext) -> dict[str, Any]:
    limit, offset = parse_paging(
        ctx.query, default_limit=PERMISSIONS_DEFAULT_LIMIT, max_limit=PERMISSIONS_MAX_LIMIT
    )
    granted = vehicle_permissions(ctx.grant, ctx.vehicle)
    return {
        "permissions": granted[offset : offset + limit],
        "paging": {"count": len(granted), "offset": offset},
    }


RESOURCES: dict[str, Resource] = {
    r.path: r
    for r in (
        Resource("/", "read_vehicle_info", None, _attributes),
        Resource("/vin", "read_vin", None, _vin),
        Resource("/odometer", "read_odometer", None, _odometer),
        Resource("/engine/oil", "read_engine_oil", capabilities.engine_oil_refusal, _engine_oil),
        Resource("/diagnostics/dtcs", "read_diagnostics", capabilities.dtc_refusal, _dtcs),
        Resource(
            "/diagnostics/system_status",
            "read_diagnostics",
            capabilities.system_status_refusal,
            _system_status,
        ),
        Resource(
            "/service/history", "read_service_history", capabilities.service_history_refusal, _service_history
        ),
        Resource("/permissions", None, None, _permissions),
    )
}


def resource_for(path: str) -> Resource | None:
    """The endpoint a vehicle-relative path names ("", "/", "odometer", "/engine/oil/"...)."""
    canonical = "/" + path.strip("/")
    return RESOURCES.get(canonical)
