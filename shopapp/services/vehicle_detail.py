"""One vehicle's whole story for the detail panes: readings, forecasts, trouble codes, systems, services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.domain.dtc import TroubleCodeCatalogue, TroubleCodeInfo
from shopapp.domain.due import DueItem
from shopapp.domain.due_reasons import OilLifeReason
from shopapp.domain.forecast import day_reaching, projected_value
from shopapp.domain.plan import OilCapability, ServicePlan
from shopapp.domain.snapshot import Availability
from shopapp.i18n import fill
from shopapp.store.vehicle_story import (
    ReadingPoint,
    ServiceEntry,
    current_system_states,
    odometer_points,
    oil_points,
    service_records_of,
    signal_availabilities,
    trouble_code_spells,
    vehicle_card,
)
from shopapp.system_names import system_display_name

# The signals a refresh asks for, as SignalAvailability names them, with the words the panes use (English
# source texts: signal_display_name() gives them in the shop's language).
SIGNAL_NAMES = {
    "odometer": QT_TRANSLATE_NOOP("SignalNames", "Odometer"),
    "engine_oil": QT_TRANSLATE_NOOP("SignalNames", "Engine oil"),
    "trouble_codes": QT_TRANSLATE_NOOP("SignalNames", "Trouble codes"),
    "system_status": QT_TRANSLATE_NOOP("SignalNames", "System status"),
}
# The English source text; SignalState.explanation gives it translated.
NOT_AVAILABLE = str(QT_TRANSLATE_NOOP("SignalStates", "Not available for this vehicle"))
FORECAST_DAYS = 30


def signal_display_name(signal_name: str) -> str:
    """ "engine_oil" -> "Engine oil" in the shop's language; an unknown name stays as it is."""
    known = SIGNAL_NAMES.get(signal_name)
    return signal_name if known is None else QCoreApplication.translate("SignalNames", str(known))


@dataclass(frozen=True, slots=True)
class Point:
    at: datetime
    value: float
    suspect: bool = False


@dataclass(frozen=True, slots=True)
class SignalState:
    """availability: an Availability value, or None when never asked (no refresh yet)."""

    availability: Availability | None
    detail: str = ""
    checked_at: datetime | None = None

    @property
    def unavailable(self) -> bool:
        """The car cannot give it (501) or the owner did not share it (403): not an error."""
        return self.availability in (Availability.NOT_CAPABLE, Availability.NO_PERMISSION)

    @property
    def explanation(self) -> str:
        if self.availability is Availability.NO_PERMISSION:
            return QCoreApplication.translate(
                "SignalStates", "Not shared by the owner when the car was connected"
            )
        if self.availability is Availability.NOT_CAPABLE:
            return QCoreApplication.translate("SignalStates", NOT_AVAILABLE)
        if self.availability is Availability.ERROR:
            if self.detail:
                return fill(
                    QCoreApplication.translate("SignalStates", "The last refresh could not read it (%1)"),
                    self.detail,
                )
            return QCoreApplication.translate("SignalStates", "Could not read it")
        if self.availability is None:
            return QCoreApplication.translate("SignalStates", "Not read yet")
        return ""


@dataclass(frozen=True, slots=True)
class TroubleCodeSpell:
    code: str
    info: TroubleCodeInfo
    first_seen_at: datetime
    last_seen_at: datetime
    cleared_at: datetime | None
    reviewed_at: datetime | None
    occurrence_id: int

    @property
    def active(self) -> bool:
        return self.cleared_at is None


@dataclass(frozen=True, slots=True)
class SystemState:
    system_id: str
    name: str
    status: str  # "OK" or "ALERT"
    description: str | None
    since: datetime


@dataclass(frozen=True, slots=True)
class VehicleDetail:
    """Everything the panes show about one vehicle. Distances in km; oil life as a fraction."""

    vehicle_id: int
    customer_id: int
    customer_name: str
    customer_phone: str
    customer_email: str
    title: str
    plate: str
    vin: str
    connection_state: str | None
    connection_reason: str
    kept_at_desk: bool  # not linked to Smartcar: its odometer is entered at the desk
    last_refresh_at: datetime | None
    data_as_of: datetime | None  # when the car reported its latest odometer (Smartcar's data is last-known)
    last_error: str
    odometer: tuple[Point, ...]
    km_per_day: float | None
    oil: tuple[Point, ...]
    oil_life: float | None
    oil_at: datetime | None
    oil_decline_per_day: float | None
    oil_capability: OilCapability
    oil_floor: float | None
    oil_reaches_floor_on: date | None
    odometer_forecast: tuple[date, float] | None
    trouble_codes: tuple[TroubleCodeSpell, ...]
    systems: tuple[SystemState, ...]
    services: tuple[ServiceEntry, ...]
    signals: dict[str, SignalState] = field(default_factory=dict)
    due_items: tuple[DueItem, ...] = ()

    @property
    def active_codes(self) -> list[TroubleCodeSpell]:
        return [spell for spell in self.trouble_codes if spell.active]

    @property
    def cleared_codes(self) -> list[TroubleCodeSpell]:
        return [spell for spell in self.trouble_codes if not spell.active]

    @property
    def latest_odometer(self) -> Point | None:
        return next((point for point in reversed(self.odometer) if not point.suspect), None)

    def signal(self, name: str) -> SignalState:
        return self.signals.get(name, SignalState(None))


def vehicle_detail(
    vehicle_id: int,
    *,
    plan: ServicePlan,
    catalogue: TroubleCodeCatalogue,
    due_items: tuple[DueItem, ...] = (),
    now: datetime | None = None,
) -> VehicleDetail:
    """Reads one vehicle's story; raises UnknownVehicle when it was deleted meanwhile."""
    now = now or datetime.now(UTC)
    vehicle = vehicle_card(vehicle_id)
    odometer = _points(odometer_points(vehicle_id))
    oil = _points(oil_points(vehicle_id))
    capability = OilCapability(vehicle.oil_capability)
    oil_task = next((task for task in plan.tasks if task.oil_change), None)
    triggers = oil_task.triggers_for(capability) if oil_task else None
    floor = triggers.oil_life_floor if triggers else None
    listed = next((item for item in due_items if isinstance(item.why, OilLifeReason)), None)
    if listed is not None:
        reaches = listed.due_date  # the very day the due list names (one forecast everywhere)
    elif floor is not None and vehicle.oil_life is not None and vehicle.oil_at is not None:
        reaches = day_reaching(vehicle.oil_life, vehicle.oil_at, vehicle.oil_decline_per_day, floor)
    else:
        reaches = None
    forecast = None
    if vehicle.odometer_km is not None and vehicle.odometer_at is not None:
        horizon = now + timedelta(days=FORECAST_DAYS)
        value = projected_value(vehicle.odometer_km, vehicle.odometer_at, vehicle.km_per_day, horizon)
        forecast = (horizon.date(), value) if value is not None else None
    return VehicleDetail(
        vehicle_id=vehicle.vehicle_id,
        customer_id=vehicle.customer_id,
        customer_name=vehicle.customer_name,
        customer_phone=vehicle.customer_phone,
        customer_email=vehicle.customer_email,
        title=vehicle.title,
        plate=vehicle.plate,
        vin=vehicle.vin,
        connection_state=vehicle.connection_state,
        connection_reason=vehicle.connection_reason,
        kept_at_desk=vehicle.kept_at_desk,
        last_refresh_at=vehicle.last_refresh_at,
        data_as_of=vehicle.odometer_at,
        last_error=vehicle.last_error,
        odometer=odometer,
        km_per_day=vehicle.km_per_day,
        oil=oil,
        oil_life=vehicle.oil_life,
        oil_at=vehicle.oil_at,
        oil_decline_per_day=vehicle.oil_decline_per_day,
        oil_capability=capability,
        oil_floor=floor,
        oil_reaches_floor_on=reaches,
        odometer_forecast=forecast,
        trouble_codes=_trouble_codes(vehicle_id, catalogue),
        systems=_systems(vehicle_id),
        services=tuple(service_records_of(vehicle_id)),
        signals=_signals(vehicle_id),
        due_items=due_items,
    )


def _points(rows: list[ReadingPoint]) -> tuple[Point, ...]:
    return tuple(Point(at, value, suspect) for at, value, suspect in rows)


def _trouble_codes(vehicle_id: int, catalogue: TroubleCodeCatalogue) -> tuple[TroubleCodeSpell, ...]:
    return tuple(
        TroubleCodeSpell(
            code=spell.code,
            info=catalogue.describe(spell.code),
            first_seen_at=spell.first_seen_at,
            last_seen_at=spell.last_seen_at,
            cleared_at=spell.cleared_at,
            reviewed_at=spell.reviewed_at,
            occurrence_id=spell.occurrence_id,
        )
        for spell in trouble_code_spells(vehicle_id)
    )


def _systems(vehicle_id: int) -> tuple[SystemState, ...]:
    states = [
        SystemState(
            row.system_id, system_display_name(row.system_id), row.status, row.description, row.changed_at
        )
        for row in current_system_states(vehicle_id)
    ]
    # Alerts first, then by name: the front desk reads the problems before the list of OKs.
    return tuple(sorted(states, key=lambda state: (state.status != "ALERT", state.name)))


def _signals(vehicle_id: int) -> dict[str, SignalState]:
    states = {}
    for row in signal_availabilities(vehicle_id):
        try:
            availability = Availability(row.availability)
        except ValueError:
            availability = Availability.ERROR
        states[row.signal] = SignalState(availability, row.detail, row.checked_at)
    return states
