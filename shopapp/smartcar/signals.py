"""Readers of v3 signal bodies (reference section 4): each returns a typed value or raises a SmartcarError.

A body that does not fit its schema raises MalformedResponseError; a signal that did not succeed raises
its own typed error (CompatibilityError, PermissionDeniedError, ...). Either way it is a failure of that
one signal, never of the whole read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from shopapp.smartcar.errors import MalformedResponseError, SmartcarError
from shopapp.smartcar.parsing import parse_timestamp
from shopapp.smartcar.results import ServiceDetail, ServiceEvent, ServiceTask, SystemState, TroubleCode
from shopapp.smartcar.v3_results import V3Signal

ODOMETER = "odometer-traveleddistance"
OIL_LIFE = "internalcombustionengine-oillife"
DTC_LIST = "diagnostics-dtclist"
DTC_COUNT = "diagnostics-dtccount"
SERVICE_RECORDS = "service-records"
VIN = "vehicleidentification-vin"

DIAGNOSTICS_PREFIX = "diagnostics-"

# The diagnostics status signals and the v2 system id each replaces, so v3 alerts land on the same systems.
SYSTEM_ID_BY_SIGNAL: Mapping[str, str] = MappingProxyType(
    {
        "diagnostics-mil": "SYSTEM_MIL",
        "diagnostics-abs": "SYSTEM_ABS",
        "diagnostics-activesafety": "SYSTEM_ACTIVE_SAFETY",
        "diagnostics-airbag": "SYSTEM_AIRBAG",
        "diagnostics-brakefluid": "SYSTEM_BRAKE_FLUID",
        "diagnostics-driverassistance": "SYSTEM_DRIVER_ASSISTANCE",
        "diagnostics-emissions": "SYSTEM_EMISSIONS",
        "diagnostics-evbatteryconditioning": "SYSTEM_EV_BATTERY_CONDITIONING",
        "diagnostics-evcharging": "SYSTEM_EV_CHARGING",
        "diagnostics-evdriveunit": "SYSTEM_EV_DRIVE_UNIT",
        "diagnostics-evhvbattery": "SYSTEM_EV_HV_BATTERY",
        "diagnostics-lighting": "SYSTEM_LIGHTING",
        "diagnostics-oillife": "SYSTEM_OIL_LIFE",
        "diagnostics-oilpressure": "SYSTEM_OIL_PRESSURE",
        "diagnostics-oiltemperature": "SYSTEM_OIL_TEMPERATURE",
        "diagnostics-telematics": "SYSTEM_TELEMATICS",
        "diagnostics-tirepressure": "SYSTEM_TIRE_PRESSURE",
        "diagnostics-tirepressuremonitoring": "SYSTEM_TIRE_PRESSURE_MONITORING",
        "diagnostics-transmission": "SYSTEM_TRANSMISSION",
        "diagnostics-washerfluid": "SYSTEM_WASHER_FLUID",
        "diagnostics-waterinfuel": "SYSTEM_WATER_IN_FUEL",
    }
)
SYSTEM_SIGNALS: tuple[str, ...] = tuple(SYSTEM_ID_BY_SIGNAL)

KM_PER_MILE = 1.609344
# Docs say `kilometers`, examples and webhooks `km` (reference 11.4); miles come with SC-Unit-System imperial.
_KM_PER_UNIT = {
    "km": 1.0,
    "kilometer": 1.0,
    "kilometers": 1.0,
    "mi": KM_PER_MILE,
    "mile": KM_PER_MILE,
    "miles": KM_PER_MILE,
}
_PERCENT_UNITS = frozenset({"percent", "percentage"})
# Epoch numbers above this are milliseconds: as seconds they would be past the year 5000.
_EPOCH_MILLISECONDS_ABOVE = 1e11


def parse_instant(value: Any) -> datetime | None:
    """An instant as an aware UTC datetime, from epoch seconds, epoch milliseconds (numbers or numeric text;
    told apart by size) or ISO 8601 text (reference 11.3: Smartcar has used all three); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            return parse_timestamp(text)
        return _from_epoch(number)
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    return None


def _from_epoch(number: float) -> datetime | None:
    if not math.isfinite(number):
        return None
    seconds = number / 1000.0 if abs(number) > _EPOCH_MILLISECONDS_ABOVE else number
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _malformed(signal: V3Signal) -> MalformedResponseError:
    return MalformedResponseError(f"Smartcar's value for {signal.code} did not have the documented shape.")


def _body(signal: V3Signal) -> dict[str, Any]:
    failure: SmartcarError | None = signal.failure
    if failure is not None:
        raise failure
    if not isinstance(signal.body, dict):
        raise _malformed(signal)
    return signal.body


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _unit(body: Mapping[str, Any]) -> str | None:
    unit = body.get("unit")
    return unit.strip().lower() if isinstance(unit, str) else None


def _optional_text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _values(signal: V3Signal) -> list[Any]:
    """The entries of a collection signal (its body's `values` list); anything else is malformed."""
    entries = _body(signal).get("values")
    if not isinstance(entries, list):
        raise _malformed(signal)
    return entries


def _list_or_empty(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def odometer_km(signal: V3Signal) -> float:
    """The odometer in km, whichever unit Smartcar used."""
    body = _body(signal)
    factor = _KM_PER_UNIT.get(_unit(body) or "")
    value = _finite(body.get("value"))
    if factor is None or value is None or value < 0:
        raise _malformed(signal)
    return value * factor


def oil_life_fraction(signal: V3Signal) -> float:
    """Engine oil life as a fraction 0..1 (1 = just changed), as v2 gave it; v3 sends percent 0-100."""
    body = _body(signal)
    value = _finite(body.get("value"))
    # A bare 0.85 could mean 0.85 % or v2's fraction: without a percent unit the number cannot be trusted.
    if _unit(body) not in _PERCENT_UNITS or value is None or not 0.0 <= value <= 100.0:
        raise _malformed(signal)
    return value / 100.0


def trouble_codes(signal: V3Signal) -> tuple[TroubleCode, ...]:
    """The active trouble codes of `diagnostics-dtclist`; a code's timestamp is optional."""
    codes = []
    for entry in _values(signal):
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(code, str) or not code.strip():
            raise _malformed(signal)
        codes.append(TroubleCode(code=code.strip().upper(), timestamp=parse_instant(entry.get("timestamp"))))
    return tuple(codes)


def system_id_for(code: str) -> str:
    """The v2 system id of a diagnostics status signal; an unknown newer `diagnostics-*` code gets the same
    naming (`SYSTEM_` + its name) rather than being dropped."""
    known = SYSTEM_ID_BY_SIGNAL.get(code)
    if known is not None:
        return known
    if not code.startswith(DIAGNOSTICS_PREFIX) or code in (DTC_LIST, DTC_COUNT):
        raise ValueError(f"{code} is not a diagnostics system status signal")
    return "SYSTEM_" + code.removeprefix(DIAGNOSTICS_PREFIX).upper()


def system_status(signal: V3Signal) -> SystemState:
    """One system's `OK`/`ALERT` with the car maker's description, under its v2 system id."""
    system_id = system_id_for(signal.code)
    body = _body(signal)
    status = body.get("status")
    if not isinstance(status, str) or not status.strip():
        raise _malformed(signal)
    return SystemState(
        system_id=system_id,
        status=status.strip().upper(),
        description=_optional_text(body.get("description")),
    )


def _record_odometer_km(value: Any) -> float | None:
    """A record's odometer: documented as a bare number (km, the metric unit system), tolerated as
    `{unit, value}`; anything unreadable is left out rather than failing the whole history."""
    if isinstance(value, dict):
        factor = _KM_PER_UNIT.get(_unit(value) or "km")
        number = _finite(value.get("value"))
        return number * factor if factor is not None and number is not None and number >= 0 else None
    number = _finite(value)
    return number if number is not None and number >= 0 else None


def _service_event(entry: dict[str, Any]) -> ServiceEvent:
    tasks = tuple(
        ServiceTask(
            task_id=_optional_text(task.get("id")), description=_optional_text(task.get("description"))
        )
        for task in _list_or_empty(entry.get("tasks"))
        if isinstance(task, dict)
    )
    details = tuple(
        ServiceDetail(
            type=_optional_text(detail.get("id", detail.get("type"))),
            value=_optional_text(detail.get("description", detail.get("value"))),
        )
        for detail in _list_or_empty(entry.get("details"))
        if isinstance(detail, dict)
    )
    cost = entry.get("cost")
    if not isinstance(cost, dict):
        cost = {}
    return ServiceEvent(
        service_id=_optional_text(entry.get("id")),
        service_date=parse_instant(entry.get("time")),
        odometer_km=_record_odometer_km(entry.get("odometer")),
        tasks=tasks,
        details=details,
        total_cost=_finite(cost.get("amount")),
        currency=_optional_text(cost.get("currency")),
    )


def service_events(signal: V3Signal) -> tuple[ServiceEvent, ...]:
    """The car maker's service records of `service-records`; every field of a record is optional."""
    events = []
    for entry in _values(signal):
        if entry is None:
            continue
        if not isinstance(entry, dict):
            raise _malformed(signal)
        events.append(_service_event(entry))
    return tuple(events)


def vin(signal: V3Signal) -> str:
    value = _body(signal).get("value")
    if not isinstance(value, str) or not value.strip():
        raise _malformed(signal)
    return value.strip().upper()
