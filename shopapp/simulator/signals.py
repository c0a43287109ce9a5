"""The v3 signals ShopApp reads (reference/smartcar-v3.md section 4): code, name, group, the scope that
covers each, which cars can give it, and its body.

Bodies come from the same telemetry, rounding and capability rules as the v2 endpoints in resources.py, so
a v3 read and a v2 read at the same simulated moment agree (oil life as a percentage instead of 0..1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shopapp.simulator import capabilities, telemetry
from shopapp.simulator.clock import iso_z
from shopapp.simulator.fleet import Vehicle
from shopapp.simulator.resources import (
    odometer_value,
    oil_life_value,
    trouble_codes_json,
    visit_currency,
    visit_details,
    visit_tasks,
)

_SHORT_UNITS = {"km": "km", "mi": "mi", "percent": "percent"}
# The early spec's unit enum and the signal pages spell units out (section 11, item 4).
_LONG_UNITS = {"km": "kilometers", "mi": "miles", "percent": "percentage"}


@dataclass(frozen=True, slots=True)
class SignalContext:
    """One read of one car: at = when the car recorded the data (v2's SC-Data-Age), now = simulated now."""

    vehicle: Vehicle
    at: float
    now: float
    imperial: bool
    long_units: bool

    def unit(self, short: str) -> str:
        return (_LONG_UNITS if self.long_units else _SHORT_UNITS)[short]


@dataclass(frozen=True, slots=True)
class Signal:
    """code, name, group (PascalCase, as the API writes them), scope (what the owner must have granted),
    capable (whether this car can give the signal at all), read (the body)."""

    code: str
    name: str
    group: str
    scope: str
    capable: Callable[[Vehicle], bool]
    read: Callable[[SignalContext], dict[str, Any]]


def _v2_capable(refusal: Callable[..., object]) -> Callable[[Vehicle], bool]:
    # The same makes and powertrains that get a v2 501 cannot give the v3 signal either.
    return lambda vehicle: refusal(vehicle.make, vehicle.powertrain) is None


def _always(vehicle: Vehicle) -> bool:
    return True


def _odometer(ctx: SignalContext) -> dict[str, Any]:
    value = odometer_value(ctx.vehicle, ctx.at, ctx.imperial)
    return {"unit": ctx.unit("mi" if ctx.imperial else "km"), "value": value}


def _oil_life(ctx: SignalContext) -> dict[str, Any]:
    life = oil_life_value(ctx.vehicle, ctx.at)
    assert life is not None  # an electric car is not capable, so never read
    return {"unit": ctx.unit("percent"), "value": round(life * 100, 2)}


def _dtc_count(ctx: SignalContext) -> dict[str, Any]:
    return {"unit": "count", "value": len(telemetry.active_trouble_codes(ctx.vehicle, ctx.at))}


def _dtc_list(ctx: SignalContext) -> dict[str, Any]:
    return {"values": trouble_codes_json(ctx.vehicle, ctx.at)}


def service_record_json(visit: telemetry.ServiceVisit) -> dict[str, Any]:
    """One entry of `service-records`: the v2 `/service/history` record of the same visit, renamed."""
    return {
        "id": visit.service_id,
        "time": iso_z(visit.ts),
        "odometer": round(visit.odometer_km, 2),  # kilometres whatever SC-Unit-System says, as in v2
        "tasks": [{"id": task_id, "description": description} for task_id, description in visit_tasks(visit)],
        "details": [{"id": kind, "description": value} for kind, value in visit_details(visit)],
        "cost": {"amount": visit.total_cost, "currency": visit_currency(visit)},
    }


def _service_records(ctx: SignalContext) -> dict[str, Any]:
    # The whole history the car has (v2 serves any window of it; without dates, its last year).
    visits = telemetry.service_visits(ctx.vehicle, ctx.vehicle.history_since_ts, ctx.now)
    return {"values": [service_record_json(visit) for visit in visits]}


def _vin(ctx: SignalContext) -> dict[str, Any]:
    return {"value": ctx.vehicle.vin}


# v2 system id (as the fleet names them) -> (v3 code, signal name). Reference section 4's table; the
# fleet's SYSTEM_TPMS is the table's SYSTEM_TIRE_PRESSURE_MONITORING.
SYSTEM_SIGNALS: dict[str, tuple[str, str]] = {
    "SYSTEM_MIL": ("diagnostics-mil", "MIL"),
    "SYSTEM_ABS": ("diagnostics-abs", "ABS"),
    "SYSTEM_ACTIVE_SAFETY": ("diagnostics-activesafety", "ActiveSafety"),
    "SYSTEM_AIRBAG": ("diagnostics-airbag", "Airbag"),
    "SYSTEM_BRAKE_FLUID": ("diagnostics-brakefluid", "BrakeFluid"),
    "SYSTEM_DRIVER_ASSISTANCE": ("diagnostics-driverassistance", "DriverAssistance"),
    "SYSTEM_EMISSIONS": ("diagnostics-emissions", "Emissions"),
    "SYSTEM_EV_BATTERY_CONDITIONING": ("diagnostics-evbatteryconditioning", "EVBatteryConditioning"),
    "SYSTEM_EV_CHARGING": ("diagnostics-evcharging", "EVCharging"),
    "SYSTEM_EV_DRIVE_UNIT": ("diagnostics-evdriveunit", "EVDriveUnit"),
    "SYSTEM_EV_HV_BATTERY": ("diagnostics-evhvbattery", "EVHVBattery"),
    "SYSTEM_LIGHTING": ("diagnostics-lighting", "Lighting"),
    "SYSTEM_OIL_LIFE": ("diagnostics-oillife", "OilLife"),
    "SYSTEM_OIL_PRESSURE": ("diagnostics-oilpressure", "OilPressure"),
    "SYSTEM_OIL_TEMPERATURE": ("diagnostics-oiltemperature", "OilTemperature"),
    "SYSTEM_TELEMATICS": ("diagnostics-telematics", "Telematics"),
    "SYSTEM_TIRE_PRESSURE": ("diagnostics-tirepressure", "TirePressure"),
    "SYSTEM_TPMS": ("diagnostics-tirepressuremonitoring", "TirePressureMonitoring"),
    "SYSTEM_TRANSMISSION": ("diagnostics-transmission", "Transmission"),
    "SYSTEM_WASHER_FLUID": ("diagnostics-washerfluid", "WasherFluid"),
    "SYSTEM_WATER_IN_FUEL": ("diagnostics-waterinfuel", "WaterInFuel"),
}


def _system_signal(system_id: str, code: str, name: str) -> Signal:
    status_makes = capabilities.SYSTEM_STATUS_MAKES

    def capable(vehicle: Vehicle) -> bool:
        return vehicle.make in status_makes and system_id in vehicle.systems

    def read(ctx: SignalContext) -> dict[str, Any]:
        state = next(s for s in telemetry.system_states(ctx.vehicle, ctx.at) if s.system_id == system_id)
        return {"status": "ALERT" if state.alert else "OK", "description": state.description}

    return Signal(code, name, "Diagnostics", "read_diagnostics", capable, read)


_FIXED = (
    Signal("odometer-traveleddistance", "TraveledDistance", "Odometer", "read_odometer", _always, _odometer),
    Signal(
        "internalcombustionengine-oillife",
        "OilLife",
        "InternalCombustionEngine",
        "read_engine_oil",
        _v2_capable(capabilities.engine_oil_refusal),
        _oil_life,
    ),
    Signal(
        "diagnostics-dtccount",
        "DTCCount",
        "Diagnostics",
        "read_diagnostics",
        _v2_capable(capabilities.dtc_refusal),
        _dtc_count,
    ),
    Signal(
        "diagnostics-dtclist",
        "DTCList",
        "Diagnostics",
        "read_diagnostics",
        _v2_capable(capabilities.dtc_refusal),
        _dtc_list,
    ),
)
_SERVICE_AND_VIN = (
    Signal(
        "service-records",
        "Records",
        "Service",
        "read_service_history",
        _v2_capable(capabilities.service_history_refusal),
        _service_records,
    ),
    Signal("vehicleidentification-vin", "VIN", "VehicleIdentification", "read_vin", _always, _vin),
)
_SYSTEMS = {
    system_id: _system_signal(system_id, code, name) for system_id, (code, name) in SYSTEM_SIGNALS.items()
}
SIGNALS: dict[str, Signal] = {s.code: s for s in (*_FIXED, *_SYSTEMS.values(), *_SERVICE_AND_VIN)}


def signals_of(vehicle: Vehicle) -> list[Signal]:
    """What `GET /signals` lists for this car: the fixed signals and one status signal per system the car
    has (v2 lists the same systems), whether or not it can give each. A car whose make reports no system
    status still lists its systems, each answering VEHICLE_NOT_CAPABLE."""
    systems = [_SYSTEMS[system_id] for system_id in vehicle.systems if system_id in _SYSTEMS]
    return [*_FIXED, *systems, *_SERVICE_AND_VIN]
