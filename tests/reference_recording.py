"""The oracle for tests/store/test_group_recording.py: recording one car's refresh a query at a time, as
shopapp.store.readings did before it learned to record a group of cars at once (kept as it was; only its
names are spelled through their modules now, and the source it stamps is the store's own)."""

from datetime import datetime, timedelta

from shopapp.domain import forecast
from shopapp.domain.plan import OilCapability
from shopapp.domain.snapshot import Availability, Signal, VehicleSnapshot
from shopapp.store import models
from shopapp.store.readings import SOURCE, RecordOutcome

_NOT_SUSPECT = models.OdometerReading.suspect == False  # noqa: E712 - peewee turns == into SQL; `not` would not


def _save_availability(vehicle: models.Vehicle, name: str, signal: Signal, now: datetime) -> None:
    models.SignalAvailability.insert(
        vehicle=vehicle,
        signal=name,
        availability=signal.availability.value,
        detail=signal.detail,
        checked_at=now,
    ).on_conflict(
        conflict_target=[models.SignalAvailability.vehicle, models.SignalAvailability.signal],
        update={
            models.SignalAvailability.availability: signal.availability.value,
            models.SignalAvailability.detail: signal.detail,
            models.SignalAvailability.checked_at: now,
        },
    ).execute()


def _record_odometer(
    vehicle: models.Vehicle, signal: Signal[float], fallback: datetime, outcome: RecordOutcome
) -> None:
    recorded_at = signal.recorded_at or fallback
    table = models.OdometerReading
    if table.select().where((table.vehicle == vehicle) & (table.recorded_at == recorded_at)).exists():
        return  # the car has not reported since: same data age, same reading
    previous = (
        table.select()
        .where((table.vehicle == vehicle) & _NOT_SUSPECT & (table.recorded_at < recorded_at))
        .order_by(table.recorded_at.desc())
        .first()
    )
    suspect = forecast.is_suspect_odometer(
        forecast.Reading(previous.recorded_at, previous.value_km) if previous else None,
        forecast.Reading(recorded_at, signal.value),
    )
    outcome.suspect_odometer = suspect
    table.create(
        vehicle=vehicle, recorded_at=recorded_at, value_km=signal.value, source=SOURCE, suspect=suspect
    )


def _record_oil(vehicle: models.Vehicle, signal: Signal[float], fallback: datetime) -> None:
    recorded_at = signal.recorded_at or fallback
    table = models.OilReading
    if not table.select().where((table.vehicle == vehicle) & (table.recorded_at == recorded_at)).exists():
        table.create(vehicle=vehicle, recorded_at=recorded_at, life=signal.value, source=SOURCE)


def _record_trouble_codes(
    vehicle: models.Vehicle, codes: tuple[str, ...], seen_at: datetime, outcome: RecordOutcome
) -> None:
    table = models.TroubleCodeOccurrence
    open_spells = {
        spell.code: spell
        for spell in table.select().where((table.vehicle == vehicle) & table.cleared_at.is_null())
    }
    active = set(codes)
    for code in sorted(active - set(open_spells)):
        table.create(vehicle=vehicle, code=code, first_seen_at=seen_at, last_seen_at=seen_at)
        outcome.new_trouble_codes.append(code)
    for code, spell in open_spells.items():
        if code in active:
            spell.last_seen_at = seen_at
        else:
            spell.cleared_at = seen_at
            outcome.cleared_trouble_codes.append(code)
        spell.save()


def _record_systems(
    vehicle: models.Vehicle, signal: Signal, seen_at: datetime, outcome: RecordOutcome
) -> None:
    table = models.SystemStatusChange
    current = {
        row.system_id: row
        for row in table.select().where((table.vehicle == vehicle) & table.ended_at.is_null())
    }
    for report in signal.value:
        row = current.get(report.system_id)
        if row is not None and (row.status, row.description) == (report.status, report.description):
            continue
        if row is not None:
            row.ended_at = seen_at
            row.save()
        table.create(
            vehicle=vehicle,
            system_id=report.system_id,
            status=report.status,
            description=report.description,
            changed_at=seen_at,
        )
        if report.status == "ALERT":
            outcome.new_system_alerts.append(report.system_id)


def _refresh_summary(vehicle: models.Vehicle, now: datetime) -> None:
    """The due rules' inputs, recomputed from the readings of the forecast window."""
    since = now - timedelta(days=forecast.FORECAST_WINDOW_DAYS)
    good = models.OdometerReading.select().where((models.OdometerReading.vehicle == vehicle) & _NOT_SUSPECT)
    latest = good.order_by(models.OdometerReading.recorded_at.desc()).first()
    if latest is not None:
        vehicle.odometer_km, vehicle.odometer_at = latest.value_km, latest.recorded_at
        recent = [
            forecast.Reading(r.recorded_at, r.value_km)
            for r in good.where(models.OdometerReading.recorded_at >= since)
        ]
        vehicle.km_per_day = forecast.distance_per_day(recent, now)
        if vehicle.first_seen_at is None:
            first = good.order_by(models.OdometerReading.recorded_at).first()
            vehicle.first_seen_at, vehicle.first_seen_odometer_km = first.recorded_at, first.value_km
    oil = models.OilReading.select().where(models.OilReading.vehicle == vehicle)
    latest_oil = oil.order_by(models.OilReading.recorded_at.desc()).first()
    if latest_oil is not None:
        vehicle.oil_life, vehicle.oil_at = latest_oil.life, latest_oil.recorded_at
        recent_oil = [
            forecast.Reading(r.recorded_at, r.life) for r in oil.where(models.OilReading.recorded_at >= since)
        ]
        vehicle.oil_decline_per_day = forecast.oil_decline_per_day(recent_oil, now)


def reference_record_snapshot(vehicle_id: int, snapshot: VehicleSnapshot, now: datetime) -> RecordOutcome:
    """Stores one refresh of one vehicle, all or nothing, a query at a time."""
    outcome = RecordOutcome()
    fetched = snapshot.fetched_at
    with models.db.atomic():
        vehicle = models.Vehicle.get_by_id(vehicle_id)
        signals = {
            "odometer": snapshot.odometer_km,
            "engine_oil": snapshot.oil_life,
            "trouble_codes": snapshot.trouble_codes,
            "system_status": snapshot.systems,
        }
        for name, signal in signals.items():
            _save_availability(vehicle, name, signal, now)
            if signal.availability is Availability.ERROR:
                outcome.failed_signals.append(name)
                outcome.failure_causes[name] = signal.detail
        if snapshot.odometer_km.ok:
            _record_odometer(vehicle, snapshot.odometer_km, fetched, outcome)
        if snapshot.oil_life.ok:
            _record_oil(vehicle, snapshot.oil_life, fetched)
        if snapshot.trouble_codes.ok:
            _record_trouble_codes(vehicle, snapshot.trouble_codes.value, fetched, outcome)
        if snapshot.systems.ok:
            _record_systems(vehicle, snapshot.systems, fetched, outcome)
        _refresh_summary(vehicle, now)
        vehicle.oil_capability = snapshot.oil_capability(OilCapability(vehicle.oil_capability)).value
        if not snapshot.oil_life.ok and vehicle.oil_capability != OilCapability.REPORTED.value:
            vehicle.oil_life = vehicle.oil_decline_per_day = None  # a stale value would drive the wrong rule
        vehicle.last_refresh_at = now
        failures = outcome.describe_failures()
        vehicle.last_error = f"Could not read: {failures}" if failures else ""
        vehicle.save()
    return outcome
