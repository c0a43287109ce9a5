"""One car's whole story for the detail panes, as typed rows: the car with its owner and connection, its
readings, trouble-code spells, current system states, service records and signal availability."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from shopapp.store.models import (
    Connection,
    Customer,
    OdometerReading,
    OilReading,
    SeriesReading,
    ServiceRecord,
    ServiceRecordTask,
    SignalAvailability,
    SystemStatusChange,
    TroubleCodeOccurrence,
    Vehicle,
)
from shopapp.store.rows import tuple_rows
from shopapp.store.suppressions import UnknownVehicle


@dataclass(frozen=True, slots=True)
class VehicleCard:
    """The car's summary columns with its owner's contact and its connection's state (None: not linked)."""

    vehicle_id: int
    title: str
    plate: str
    vin: str
    customer_id: int
    customer_name: str
    customer_phone: str
    customer_email: str
    connection_state: str | None
    connection_reason: str
    kept_at_desk: bool  # not linked to Smartcar (no Smartcar id)
    last_refresh_at: datetime | None
    last_error: str
    odometer_km: float | None
    odometer_at: datetime | None
    km_per_day: float | None
    oil_life: float | None
    oil_at: datetime | None
    oil_decline_per_day: float | None
    oil_capability: str


def vehicle_card(vehicle_id: int) -> VehicleCard:
    """Raises UnknownVehicle when the car was deleted meanwhile (on another front-desk PC, say)."""
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise UnknownVehicle.gone(vehicle_id)
    customer = Customer.get_by_id(vehicle.customer_id)
    connection = (
        Connection.get_or_none(Connection.id == vehicle.connection_id) if vehicle.connection_id else None
    )
    return VehicleCard(
        vehicle_id=vehicle.id,
        title=vehicle.title,
        plate=vehicle.plate,
        vin=vehicle.vin,
        customer_id=customer.id,
        customer_name=customer.name,
        customer_phone=customer.phone,
        customer_email=customer.email,
        connection_state=connection.state if connection else None,
        connection_reason=connection.state_reason if connection else "",
        kept_at_desk=vehicle.smartcar_id is None,
        last_refresh_at=vehicle.last_refresh_at,
        last_error=vehicle.last_error,
        odometer_km=vehicle.odometer_km,
        odometer_at=vehicle.odometer_at,
        km_per_day=vehicle.km_per_day,
        oil_life=vehicle.oil_life,
        oil_at=vehicle.oil_at,
        oil_decline_per_day=vehicle.oil_decline_per_day,
        oil_capability=vehicle.oil_capability,
    )


class ReadingPoint(NamedTuple):
    at: datetime
    value: float
    suspect: bool


def _points(reading: type[SeriesReading], value, vehicle_id: int) -> list[ReadingPoint]:
    rows = tuple_rows(
        reading.select(reading.recorded_at, value, reading.suspect)
        .where(reading.vehicle == vehicle_id)
        .order_by(reading.recorded_at)
    )
    return [ReadingPoint(*row) for row in rows]


def odometer_points(vehicle_id: int) -> list[ReadingPoint]:
    """The car's odometer readings (km) in time order, suspect ones included (the chart marks them)."""
    return _points(OdometerReading, OdometerReading.value_km, vehicle_id)


def oil_points(vehicle_id: int) -> list[ReadingPoint]:
    """The car's oil-life readings in time order, suspect ones included."""
    return _points(OilReading, OilReading.life, vehicle_id)


@dataclass(frozen=True, slots=True)
class TroubleCodeSpellRow:
    occurrence_id: int
    code: str
    first_seen_at: datetime
    last_seen_at: datetime
    cleared_at: datetime | None
    reviewed_at: datetime | None


def trouble_code_spells(vehicle_id: int) -> list[TroubleCodeSpellRow]:
    """Active spells first, then cleared ones, each group latest first."""
    spells = (
        TroubleCodeOccurrence.select()
        .where(TroubleCodeOccurrence.vehicle == vehicle_id)
        .order_by(TroubleCodeOccurrence.cleared_at.is_null(False), TroubleCodeOccurrence.last_seen_at.desc())
    )
    return [
        TroubleCodeSpellRow(
            spell.id, spell.code, spell.first_seen_at, spell.last_seen_at, spell.cleared_at, spell.reviewed_at
        )
        for spell in spells
    ]


@dataclass(frozen=True, slots=True)
class SystemStateRow:
    system_id: str
    status: str
    description: str | None
    changed_at: datetime


def current_system_states(vehicle_id: int) -> list[SystemStateRow]:
    rows = SystemStatusChange.select().where(
        (SystemStatusChange.vehicle == vehicle_id) & SystemStatusChange.ended_at.is_null()
    )
    return [SystemStateRow(row.system_id, row.status, row.description, row.changed_at) for row in rows]


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    performed_on: date
    odometer_km: float | None
    tasks: tuple[str, ...]
    cost_cents: int | None
    currency: str
    source: str  # "shop" or "smartcar" (the dealer's or another shop's record, through Smartcar)
    notes: str
    record_id: int = 0  # the shop's own records can be corrected by it


def service_records_of(vehicle_id: int) -> list[ServiceEntry]:
    """The car's service records, latest first, each with its task descriptions in the order entered."""
    records = list(
        ServiceRecord.select()
        .where(ServiceRecord.vehicle == vehicle_id)
        .order_by(ServiceRecord.performed_on.desc(), ServiceRecord.id.desc())
    )
    tasks: dict[int, list[str]] = {record.id: [] for record in records}
    if records:
        for record_id, description in tuple_rows(
            ServiceRecordTask.select(ServiceRecordTask.record, ServiceRecordTask.description)
            .where(ServiceRecordTask.record.in_(list(tasks)))
            .order_by(ServiceRecordTask.id)
        ):
            tasks[record_id].append(description)
    return [
        ServiceEntry(
            performed_on=record.performed_on,
            odometer_km=record.odometer_km,
            tasks=tuple(tasks[record.id]),
            cost_cents=record.cost_cents,
            currency=record.currency,
            source=record.source,
            notes=record.notes,
            record_id=record.id,
        )
        for record in records
    ]


@dataclass(frozen=True, slots=True)
class SignalAvailabilityRow:
    signal: str
    availability: str
    detail: str
    checked_at: datetime | None


def signal_availabilities(vehicle_id: int) -> list[SignalAvailabilityRow]:
    rows = SignalAvailability.select().where(SignalAvailability.vehicle == vehicle_id)
    return [SignalAvailabilityRow(row.signal, row.availability, row.detail, row.checked_at) for row in rows]
