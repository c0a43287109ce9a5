"""Which vehicle-system alerts put the driver at risk (DESIGN.md "Due rules"): these outrank every
maintenance item wherever urgency orders things: the row's most urgent item, the list's first rows, the
letter's first lines, the CSV's first rows.

Keyed by the system's short id (Smartcar's `SYSTEM_AIRBAG` without its prefix, v2 and v3 alike). Each entry
says why it is on the list, for the maintainer who weighs adding one; the front desk reads the system's
name (shopapp.system_names), not this."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

SAFETY_CRITICAL_SYSTEMS: Mapping[str, str] = MappingProxyType(
    {
        "AIRBAG": "the airbags may not deploy in a crash",
        "ABS": "the wheels can lock under hard braking, and the stability control usually goes with it",
        "BRAKE_FLUID": "low brake fluid means a leak or worn pads; braking can fail",
        "OIL_PRESSURE": "without oil pressure the engine seizes within minutes, often at speed",
        "ACTIVE_SAFETY": "emergency braking and stability aids the driver relies on are off",
        "DRIVER_ASSISTANCE": "lane keeping, blind-spot and collision warnings are off without notice",
        "TIRE_PRESSURE": "an under-inflated tire can fail at speed",
        "TIRE_PRESSURE_MONITORING": "the driver is no longer warned of a tire losing pressure",
        "TPMS": "the driver is no longer warned of a tire losing pressure",
        "EV_HV_BATTERY": "a failing high-voltage battery can overheat or cut power while driving",
    }
)


def is_safety_critical(system_id: str) -> bool:
    """SYSTEM_AIRBAG (v2/v3 id) or AIRBAG: True; washer fluid, telematics, lighting…: False."""
    return system_id.removeprefix("SYSTEM_") in SAFETY_CRITICAL_SYSTEMS
