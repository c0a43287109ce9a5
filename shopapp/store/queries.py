"""The reads and writes the services need, shaped so the due list of 10,000 vehicles takes five queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime

import peewee

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.due import ActiveTroubleCode, LastService, Suppression, SystemAlert, VehicleFacts
from shopapp.domain.plan import OilCapability
from shopapp.store.models import Connection, Customer, Setting, Vehicle, db, vehicle_title


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


def load_settings() -> dict[str, str]:
    return {key: value for key, value in Setting.select(Setting.key, Setting.value).tuples()}


def save_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def _as_date(value: object) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value  # type: ignore[return-value]
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


_LAST_SERVICES = """
SELECT vehicle_id, task_key, performed_on, odometer_km FROM (
    SELECT r.vehicle_id, t.task_key, r.performed_on, r.odometer_km,
           ROW_NUMBER() OVER (
               PARTITION BY r.vehicle_id, t.task_key
               ORDER BY r.performed_on DESC, COALESCE(r.odometer_km, -1) DESC
           ) AS position
    FROM service_record r JOIN service_record_task t ON t.record_id = r.id
    WHERE t.task_key IS NOT NULL
) ranked
WHERE position = 1
"""
_ACTIVE_CODES = "SELECT vehicle_id, code FROM trouble_code_occurrence WHERE cleared_at IS NULL ORDER BY code"
_ACTIVE_ALERTS = (
    "SELECT vehicle_id, system_id, description FROM system_status_change "
    "WHERE ended_at IS NULL AND status = 'ALERT' ORDER BY system_id"
)
_SUPPRESSIONS = "SELECT vehicle_id, item_key, kind, until, service_on FROM suppression"


def due_inputs(catalogue: TroubleCodeCatalogue) -> list[tuple[VehicleListing, VehicleFacts]]:
    """Every vehicle with the facts the due rules need, in five queries."""
    last_services: dict[int, dict[str, LastService]] = defaultdict(dict)
    for vehicle_id, task_key, performed_on, odometer_km in db.execute_sql(_LAST_SERVICES):
        last_services[vehicle_id][task_key] = LastService(_as_date(performed_on), odometer_km)
    codes: dict[int, list[ActiveTroubleCode]] = defaultdict(list)
    for vehicle_id, code in db.execute_sql(_ACTIVE_CODES):
        codes[vehicle_id].append(ActiveTroubleCode(code, catalogue.describe(code).title))
    alerts: dict[int, list[SystemAlert]] = defaultdict(list)
    for vehicle_id, system_id, description in db.execute_sql(_ACTIVE_ALERTS):
        alerts[vehicle_id].append(SystemAlert(system_id, description))
    suppressions: dict[int, dict[str, Suppression]] = defaultdict(dict)
    for vehicle_id, item_key, kind, until, service_on in db.execute_sql(_SUPPRESSIONS):
        suppressions[vehicle_id][item_key] = Suppression(kind, _as_date(until), _as_date(service_on))

    query = (
        Vehicle.select(
            Vehicle.id,
            Vehicle.customer,
            Customer.name,
            Customer.phone,
            Customer.email,
            Vehicle.year,
            Vehicle.make,
            Vehicle.model,
            Vehicle.nickname,
            Vehicle.plate,
            Vehicle.vin,
            Vehicle.odometer_km,
            Vehicle.odometer_at,
            Vehicle.km_per_day,
            Vehicle.oil_life,
            Vehicle.oil_at,
            Vehicle.oil_decline_per_day,
            Vehicle.oil_capability,
            Vehicle.first_seen_at,
            Vehicle.first_seen_odometer_km,
            Connection.state,
        )
        .join(Customer)
        .switch(Vehicle)
        .join(Connection, peewee.JOIN.LEFT_OUTER)
        .namedtuples()
    )
    result = []
    for row in query:
        listing = VehicleListing(
            vehicle_id=row.id,
            customer_id=row.customer,
            customer_name=row.name,
            phone=row.phone,
            email=row.email,
            title=vehicle_title(row.year, row.make, row.model, row.nickname, row.vin),
            plate=row.plate,
            vin=row.vin,
            odometer_km=row.odometer_km,
            odometer_at=row.odometer_at,
            oil_life=row.oil_life,
            connection_state=row.state,
        )
        facts = VehicleFacts(
            odometer_km=row.odometer_km,
            odometer_at=row.odometer_at,
            km_per_day=row.km_per_day,
            oil_life=row.oil_life,
            oil_at=row.oil_at,
            oil_decline_per_day=row.oil_decline_per_day,
            oil_capability=OilCapability(row.oil_capability),
            first_seen_on=row.first_seen_at.astimezone(UTC).date() if row.first_seen_at else None,
            first_seen_odometer_km=row.first_seen_odometer_km,
            last_services=last_services.get(row.id, {}),
            trouble_codes=tuple(codes.get(row.id, ())),
            system_alerts=tuple(alerts.get(row.id, ())),
            needs_reconnect=row.state == "needs_reconnect",
            suppressions=suppressions.get(row.id, {}),
        )
        result.append((listing, facts))
    return result
