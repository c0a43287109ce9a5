"""Which car makes can answer which endpoint (reference section 7), as the 501 a car that cannot would give.

Choices where the docs leave room: DTCs are served for every GM brand (Chevrolet and GMC per the docs,
plus Buick and Cadillac, which share GM's telematics); engine oil is refused with SMARTCAR_NOT_CAPABLE
for Mazda, Subaru and Kia; any make outside a documented list gets SMARTCAR_NOT_CAPABLE, electric cars
asked for engine oil get VEHICLE_NOT_CAPABLE.
"""

from __future__ import annotations

from shopapp.simulator.catalog import Powertrain
from shopapp.simulator.errors import ApiError, compatibility

GM_MAKES = frozenset({"CHEVROLET", "GMC", "BUICK", "CADILLAC"})
FCA_MAKES = frozenset({"RAM", "JEEP", "CHRYSLER", "DODGE", "FIAT", "ALFA ROMEO"})
DTC_MAKES = GM_MAKES
SYSTEM_STATUS_MAKES = GM_MAKES | FCA_MAKES
SERVICE_HISTORY_MAKES = frozenset({"FORD", "LINCOLN", "TOYOTA", "LEXUS", "MAZDA", "VOLKSWAGEN"})
OIL_UNSUPPORTED_MAKES = frozenset({"MAZDA", "SUBARU", "KIA"})


def engine_oil_refusal(make: str, powertrain: Powertrain) -> ApiError | None:
    if powertrain is Powertrain.EV:
        return compatibility("VEHICLE_NOT_CAPABLE")
    if make in OIL_UNSUPPORTED_MAKES:
        return compatibility("SMARTCAR_NOT_CAPABLE")
    return None


def dtc_refusal(make: str, powertrain: Powertrain) -> ApiError | None:
    return None if make in DTC_MAKES else compatibility("SMARTCAR_NOT_CAPABLE")


def system_status_refusal(make: str, powertrain: Powertrain) -> ApiError | None:
    return None if make in SYSTEM_STATUS_MAKES else compatibility("SMARTCAR_NOT_CAPABLE")


def service_history_refusal(make: str, powertrain: Powertrain) -> ApiError | None:
    return None if make in SERVICE_HISTORY_MAKES else compatibility("SMARTCAR_NOT_CAPABLE")
