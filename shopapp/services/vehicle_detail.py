"""One vehicle's whole story for the detail panes: readings, forecasts, trouble codes, systems, services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from shopapp.domain.dtc import TroubleCodeCatalogue, TroubleCodeInfo
from shopapp.domain.due import DueItem, system_display_name
from shopapp.domain.forecast import day_reaching, projected_value
from shopapp.domain.plan import OilCapability, ServicePlan
from shopapp.domain.snapshot import Availability
from shopapp.store.models import (
    Connection,
    Customer,
    OdometerReading,
    OilReading,
    ServiceRecord,
    ServiceRecordTask,
    SignalAvailability,
    SystemStatusChange,
    TroubleCodeOccurrence,
    Vehicle,
)

# The signals a refresh asks for, as SignalAvailability names them, with the words the panes use.
SIGNAL_NAMES = {
    "odometer": "Odometer",
    "engine_oil": "Engine oil",
    "trouble_codes": "Trouble codes",
    "system_status": "System status",
}
NOT_AVAILABLE = "Not available for this vehicle"
FORECAST_DAYS = 30


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
            return "Not shared by the owner when the car was connected"
        if self.availability is Availability.NOT_CAPABLE:
            return NOT_AVAILABLE
        if self.availability is Availability.ERROR:
            return (
                f"The last refresh could not read it ({self.detail})" if self.detail else "Could not read it"
            )
        if self.availability is None:
            return "Not read yet"
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
class ServiceEntry:
    performed_on: date
    odometer_km: float | None
    tasks: tuple[str, ...]
    cost_cents: int | None
    currency: str
    source: str  # "shop" or "smartcar" (the dealer's or another shop's record, through Smartcar)
    notes: str


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
    """Reads one vehicle's story; raises Vehicle.DoesNotExist when it was deleted meanwhile."""
    now = now or datetime.now(UTC)
    vehicle = Vehicle.get_by_id(vehicle_id)
    customer = Customer.get_by_id(vehicle.customer_id)
    connection = (
        Connection.get_or_none(Connection.id == vehicle.connection_id) if vehicle.connection_id else None
    )
    odometer = _points(OdometerReading, OdometerReading.value_km, vehicle_id)
    oil = _points(OilReading, OilReading.life, vehicle_id)
    capability = OilCapability(vehicle.oil_capability)
    oil_task = next((task for task in plan.tasks if task.oil_change), None)
    triggers = oil_task.triggers_for(capability) if oil_task else None
    floor = triggers.oil_life_floor if triggers else None
    reaches = (
        day_reaching(vehicle.oil_life, vehicle.oil_at, vehicle.oil_decline_per_day, floor)
        if floor is not None and vehicle.oil_life is not None and vehicle.oil_at is not None
        else None
    )
    forecast = None
    if vehicle.odometer_km is not None and vehicle.odometer_at is not None:
        horizon = now + timedelta(days=FORECAST_DAYS)
        value = projected_value(vehicle.odometer_km, vehicle.odometer_at, vehicle.km_per_day, horizon)
        forecast = (horizon.date(), value) if value is not None else None
    return VehicleDetail(
        vehicle_id=vehicle.id,
        customer_id=customer.id,
        customer_name=customer.name,
        customer_phone=customer.phone,
        customer_email=customer.email,
        title=vehicle.title,
        plate=vehicle.plate,
        vin=vehicle.vin,
        connection_state=connection.state if connection else None,
        connection_reason=connection.state_reason if connection else "",
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
        services=_services(vehicle_id),
        signals=_signals(vehicle_id),
        due_items=due_items,
    )


def _points(reading: type[OdometerReading] | type[OilReading], value, vehicle_id: int) -> tuple[Point, ...]:
    """A car's readings of one kind in time order, suspect ones included (the chart marks them)."""
    rows = (
        reading.select(reading.recorded_at, value, reading.suspect)
        .where(reading.vehicle == vehicle_id)
        .order_by(reading.recorded_at)
        .tuples()
    )
    return tuple(Point(at, number, suspect) for at, number, suspect in rows)


def _trouble_codes(vehicle_id: int, catalogue: TroubleCodeCatalogue) -> tuple[TroubleCodeSpell, ...]:
    spells = (
        TroubleCodeOccurrence.select()
        .where(TroubleCodeOccurrence.vehicle == vehicle_id)
        .order_by(TroubleCodeOccurrence.cleared_at.is_null(False), TroubleCodeOccurrence.last_seen_at.desc())
    )
    return tuple(
        TroubleCodeSpell(
            code=spell.code,
            info=catalogue.describe(spell.code),
            first_seen_at=spell.first_seen_at,
            last_seen_at=spell.last_seen_at,
            cleared_at=spell.cleared_at,
            reviewed_at=spell.reviewed_at,
            occurrence_id=spell.id,
        )
        for spell in spells
    )


def _systems(vehicle_id: int) -> tuple[SystemState, ...]:
    current = SystemStatusChange.select().where(
        (SystemStatusChange.vehicle == vehicle_id) & SystemStatusChange.ended_at.is_null()
    )
    states = [
        SystemState(
            row.system_id, system_display_name(row.system_id), row.status, row.description, row.changed_at
        )
        for row in current
    ]
    # Alerts first, then by name: the front desk reads the problems before the list of OKs.
    return tuple(sorted(states, key=lambda state: (state.status != "ALERT", state.name)))


def _services(vehicle_id: int) -> tuple[ServiceEntry, ...]:
    records = list(
        ServiceRecord.select()
        .where(ServiceRecord.vehicle == vehicle_id)
        .order_by(ServiceRecord.performed_on.desc(), ServiceRecord.id.desc())
    )
    tasks: dict[int, list[str]] = {record.id: [] for record in records}
    if records:
        for record_id, description in (
            ServiceRecordTask.select(ServiceRecordTask.record, ServiceRecordTask.description)
            .where(ServiceRecordTask.record.in_(list(tasks)))
            .order_by(ServiceRecordTask.id)
            .tuples()
        ):
            tasks[record_id].append(description)
    return tuple(
        ServiceEntry(
            performed_on=record.performed_on,
            odometer_km=record.odometer_km,
            tasks=tuple(tasks[record.id]),
            cost_cents=record.cost_cents,
            currency=record.currency,
            source=record.source,
            notes=record.notes,
        )
        for record in records
    )


def _signals(vehicle_id: int) -> dict[str, SignalState]:
    states = {}
    for row in SignalAvailability.select().where(SignalAvailability.vehicle == vehicle_id):
        try:
            availability = Availability(row.availability)
        except ValueError:
            availability = Availability.ERROR
        states[row.signal] = SignalState(availability, row.detail, row.checked_at)
    return states
