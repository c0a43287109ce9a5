"""The reads and writes the services need, shaped so the due list of 10,000 vehicles takes seven queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.due import (
    NOT_FOR_THIS_CAR,
    ActiveTroubleCode,
    LastService,
    Suppression,
    SystemAlert,
    VehicleFacts,
)
from shopapp.domain.plan import OilCapability
from shopapp.domain.powertrain import Powertrain, powertrain_from_smartcar
from shopapp.store.models import Setting, db, vehicle_title
from shopapp.store.rows import as_date, as_utc, tuple_rows


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """Where the owner gets letters and how they like to be reached (`letter`, `email`, `sms`, `phone`): the
    due-list CSV's columns for the mailing house and the SMS tool."""

    line1: str = ""
    line2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    preferred_contact: str = ""


@dataclass(frozen=True, slots=True)
class VehicleListing:
    """Who and what a due row is about."""

    vehicle_id: int
    customer_id: int
    customer_name: str
    phone: str
    email: str
    title: str
    plate: str
    vin: str
    odometer_km: float | None
    odometer_at: datetime | None
    oil_life: float | None
    connection_state: str | None
    last_refresh_at: datetime | None = None
    last_error: str = ""
    postal: PostalAddress = PostalAddress()
    powertrain: Powertrain | None = None  # what the plan goes by (Smartcar's, or the front desk's choice)
    last_reminded_at: datetime | None = None  # the last letter this car was in
    customer_reminded_at: datetime | None = None  # the last reminder to its owner, about any of their cars
    kept_at_desk: bool = False  # no Smartcar id: what is known of it was entered at the desk

    @property
    def sort_name(self) -> str:
        """The due list orders by customer name as shown, ignoring case."""
        return self.customer_name.casefold()

    @property
    def odometer_entered_on(self) -> date | None:
        """The local day the desk read the odometer of a car not linked to Smartcar (None for a linked car,
        whose odometer the car itself reports)."""
        if not self.kept_at_desk or self.odometer_at is None:
            return None
        return self.odometer_at.astimezone().date()


def load_settings() -> dict[str, str]:
    return {key: value for key, value in tuple_rows(Setting.select(Setting.key, Setting.value))}


def save_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


_TASK_SERVICES = "SELECT vehicle_id, task_key, performed_on, odometer_km FROM task_service"


class _DueVehicleRow(NamedTuple):
    """One row of _VEHICLES, its fields named as the query's columns (built by name, not by position)."""

    vehicle_id: int
    customer_id: int
    customer_name: str
    phone: str
    email: str
    address_line1: str
    address_line2: str
    city: str
    region: str
    postal_code: str
    country: str
    preferred_contact: str
    year: int | None
    make: str
    model: str
    nickname: str
    plate: str
    vin: str
    odometer_km: float | None
    odometer_at: object
    km_per_day: float | None
    oil_life: float | None
    oil_at: object
    oil_decline_per_day: float | None
    oil_capability: str
    powertrain: str
    first_seen_at: object
    first_seen_odometer_km: float | None
    connection_state: str | None
    last_refresh_at: object
    last_error: str | None
    smartcar_id: str | None


_VEHICLES = """
SELECT v.id AS vehicle_id, v.customer_id AS customer_id, c.name AS customer_name, c.phone AS phone,
       c.email AS email, c.address_line1 AS address_line1, c.address_line2 AS address_line2,
       c.city AS city, c.region AS region, c.postal_code AS postal_code, c.country AS country,
       c.preferred_contact AS preferred_contact, v.year AS year, v.make AS make, v.model AS model,
       v.nickname AS nickname,
       v.plate AS plate, v.vin AS vin, v.odometer_km AS odometer_km, v.odometer_at AS odometer_at,
       v.km_per_day AS km_per_day, v.oil_life AS oil_life, v.oil_at AS oil_at,
       v.oil_decline_per_day AS oil_decline_per_day, v.oil_capability AS oil_capability,
       v.powertrain AS powertrain,
       v.first_seen_at AS first_seen_at, v.first_seen_odometer_km AS first_seen_odometer_km,
       k.state AS connection_state, v.last_refresh_at AS last_refresh_at, v.last_error AS last_error,
       v.smartcar_id AS smartcar_id
FROM vehicle v JOIN customer c ON c.id = v.customer_id LEFT OUTER JOIN connection k ON k.id = v.connection_id
"""


def _due_vehicle_rows() -> list[_DueVehicleRow]:
    """The vehicles with their owners and connection state, each row built from the column names the
    database reports (a column added to or moved in the SELECT cannot shift the others)."""
    cursor = db.execute_sql(_VEHICLES)
    names = [column[0].lower() for column in cursor.description]
    return [_DueVehicleRow(**dict(zip(names, values, strict=True))) for values in cursor.fetchall()]


_ACTIVE_CODES = "SELECT vehicle_id, code FROM trouble_code_occurrence WHERE cleared_at IS NULL ORDER BY code"
_ACTIVE_ALERTS = (
    "SELECT vehicle_id, system_id, description FROM system_status_change "
    "WHERE ended_at IS NULL AND status = 'ALERT' ORDER BY system_id"
)
_SUPPRESSIONS = "SELECT vehicle_id, item_key, kind, until, service_on FROM suppression"
_LAST_REMINDERS = "SELECT customer_id, MAX(sent_at) FROM reminder_log GROUP BY customer_id"
_LAST_REMINDERS_PER_CAR = (
    "SELECT vehicle_id, MAX(sent_at) FROM reminder_log WHERE vehicle_id IS NOT NULL GROUP BY vehicle_id"
)


def last_reminders() -> dict[int, datetime]:
    """When each customer was last sent a reminder (one grouped query, whatever the number of customers)."""
    return {
        customer_id: moment
        for customer_id, sent_at in db.execute_sql(_LAST_REMINDERS)
        if (moment := as_utc(sent_at)) is not None
    }


def _last_reminders_per_car() -> dict[int, datetime]:
    """When each car was last in a reminder (a letter lists the cars it is about)."""
    return {
        vehicle_id: moment
        for vehicle_id, sent_at in db.execute_sql(_LAST_REMINDERS_PER_CAR)
        if (moment := as_utc(sent_at)) is not None
    }


def _postal_address(row: _DueVehicleRow, known: dict[int, PostalAddress]) -> PostalAddress:
    """The owner's address, one object per customer however many cars they have."""
    address = known.get(row.customer_id)
    if address is None:
        address = known[row.customer_id] = PostalAddress(
            row.address_line1,
            row.address_line2,
            row.city,
            row.region,
            row.postal_code,
            row.country,
            row.preferred_contact,
        )
    return address


def due_inputs(catalogue: TroubleCodeCatalogue) -> list[tuple[VehicleListing, VehicleFacts]]:
    """Every vehicle with the facts the due rules need, in seven queries."""
    last_services: dict[int, dict[str, LastService]] = defaultdict(dict)
    for vehicle_id, task_key, performed_on, odometer_km in db.execute_sql(_TASK_SERVICES):
        performed = as_date(performed_on)
        assert performed is not None  # task_service.performed_on is NOT NULL
        last_services[vehicle_id][task_key] = LastService(performed, odometer_km)
    codes: dict[int, list[ActiveTroubleCode]] = defaultdict(list)
    for vehicle_id, code in db.execute_sql(_ACTIVE_CODES):
        codes[vehicle_id].append(ActiveTroubleCode(code, catalogue.describe(code).title))
    alerts: dict[int, list[SystemAlert]] = defaultdict(list)
    for vehicle_id, system_id, description in db.execute_sql(_ACTIVE_ALERTS):
        alerts[vehicle_id].append(SystemAlert(system_id, description))
    suppressions: dict[int, dict[str, Suppression]] = defaultdict(dict)
    skipped: dict[int, set[str]] = defaultdict(set)
    for vehicle_id, item_key, kind, until, service_on in db.execute_sql(_SUPPRESSIONS):
        if kind == NOT_FOR_THIS_CAR:
            skipped[vehicle_id].add(item_key)
        else:
            suppressions[vehicle_id][item_key] = Suppression(kind, as_date(until), as_date(service_on))
    reminded = last_reminders()
    car_reminded = _last_reminders_per_car()
    addresses: dict[int, PostalAddress] = {}

    result = []
    # Raw rows: building 10,000 model instances costs more than the whole due evaluation.
    for row in _due_vehicle_rows():
        odometer_at = as_utc(row.odometer_at)
        first_seen_at = as_utc(row.first_seen_at)
        powertrain = powertrain_from_smartcar(row.powertrain)
        listing = VehicleListing(
            vehicle_id=row.vehicle_id,
            customer_id=row.customer_id,
            customer_name=row.customer_name,
            phone=row.phone,
            email=row.email,
            postal=_postal_address(row, addresses),
            title=vehicle_title(row.year, row.make, row.model, row.nickname, row.vin),
            plate=row.plate,
            vin=row.vin,
            odometer_km=row.odometer_km,
            odometer_at=odometer_at,
            oil_life=row.oil_life,
            connection_state=row.connection_state,
            last_refresh_at=as_utc(row.last_refresh_at),
            last_error=row.last_error or "",
            powertrain=powertrain,
            last_reminded_at=car_reminded.get(row.vehicle_id),
            customer_reminded_at=reminded.get(row.customer_id),
            kept_at_desk=row.smartcar_id is None,
        )
        facts = VehicleFacts(
            read_at_visits=listing.kept_at_desk,
            odometer_km=row.odometer_km,
            odometer_at=odometer_at,
            km_per_day=row.km_per_day,
            oil_life=row.oil_life,
            oil_at=as_utc(row.oil_at),
            oil_decline_per_day=row.oil_decline_per_day,
            oil_capability=OilCapability(row.oil_capability),
            powertrain=powertrain,
            make=row.make,
            first_seen_on=first_seen_at.date() if first_seen_at else None,
            first_seen_odometer_km=row.first_seen_odometer_km,
            last_services=last_services.get(row.vehicle_id, {}),
            trouble_codes=tuple(codes.get(row.vehicle_id, ())),
            system_alerts=tuple(alerts.get(row.vehicle_id, ())),
            needs_reconnect=row.connection_state == "needs_reconnect",
            suppressions=suppressions.get(row.vehicle_id, {}),
            skipped_tasks=frozenset(skipped.get(row.vehicle_id, ())),
        )
        result.append((listing, facts))
    return result
