"""What the front desk calls a vehicle system Smartcar reports (v3 "SYSTEM_TPMS" and the like), in the
shop's language; an unknown system reads as its own words ("SYSTEM_ROOF_SENSOR" → "Roof sensor")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.domain.due import system_short_name

_NAMES = {  # QT_TRANSLATE_NOOP marks the text for lupdate and returns it (typed object)
    "TPMS": QT_TRANSLATE_NOOP("SystemNames", "Tire pressure sensor"),
    "TIRE_PRESSURE_MONITORING": QT_TRANSLATE_NOOP("SystemNames", "Tire pressure monitoring"),
    "ABS": QT_TRANSLATE_NOOP("SystemNames", "Anti-lock brakes"),
    "AIRBAG": QT_TRANSLATE_NOOP("SystemNames", "Airbag"),
    "MIL": QT_TRANSLATE_NOOP("SystemNames", "Check-engine light"),
    "BRAKE_FLUID": QT_TRANSLATE_NOOP("SystemNames", "Brake fluid"),
    "OIL_LIFE": QT_TRANSLATE_NOOP("SystemNames", "Oil life"),
    "OIL_TEMPERATURE": QT_TRANSLATE_NOOP("SystemNames", "Oil temperature"),
    "WASHER_FLUID": QT_TRANSLATE_NOOP("SystemNames", "Washer fluid"),
    "ENGINE": QT_TRANSLATE_NOOP("SystemNames", "Engine"),
    "TRANSMISSION": QT_TRANSLATE_NOOP("SystemNames", "Transmission"),
    "EMISSIONS": QT_TRANSLATE_NOOP("SystemNames", "Emissions"),
    "LIGHTING": QT_TRANSLATE_NOOP("SystemNames", "Lighting"),
    "EV_HV_BATTERY": QT_TRANSLATE_NOOP("SystemNames", "High-voltage battery"),
    "EV_BATTERY_CONDITIONING": QT_TRANSLATE_NOOP("SystemNames", "Battery conditioning"),
    "ACTIVE_SAFETY": QT_TRANSLATE_NOOP("SystemNames", "Active safety"),
    "DRIVER_ASSISTANCE": QT_TRANSLATE_NOOP("SystemNames", "Driver assistance"),
    "TELEMATICS": QT_TRANSLATE_NOOP("SystemNames", "Telematics"),
    "WATER_IN_FUEL": QT_TRANSLATE_NOOP("SystemNames", "Water in fuel"),
}


def system_display_name(system_id: str) -> str:
    short = system_short_name(system_id)
    known = _NAMES.get(short)
    if known is None:
        return short.replace("_", " ").capitalize()
    return QCoreApplication.translate("SystemNames", str(known))
