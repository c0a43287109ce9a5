"""Odometer readings the front desk enters (at a visit, for a new car, from an import): stored as readings of
source `desk` beside the ones Smartcar reports, and the car's due-rule summary (odometer, distance per day,
first seen) worked out again from its readings, so a car not linked to Smartcar follows the same rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from peewee import EXCLUDED

from shopapp.domain.forecast import Reading, distance_per_day, forecast_window_days
from shopapp.store.bulk import MAX_VALUES_PER_STATEMENT, chunked, update_rows
from shopapp.store.models import OdometerReading, Vehicle
from shopapp.store.rows import as_utc, tuple_rows

DESK = "desk"
# The due rules' odometer inputs, as the Vehicle row keeps them.
_SUMMARY = [
    Vehicle.odometer_km,
    Vehicle.odometer_at,
    Vehicle.km_per_day,
    Vehicle.first_seen_at,
    Vehicle.first_seen_odometer_km,
]


@dataclass(frozen=True, slots=True)
class DeskReading:
    """An odometer the desk read off the dashboard: the car, when (UTC), and km. `overrides_earlier`: the
    desk confirmed it although earlier readings are higher (those were the mistakes)."""

    vehicle_id: int
    recorded_at: datetime
    km: float
    overrides_earlier: bool = False


def record_desk_odometers(readings: Sequence[DeskReading], *, now: datetime | None = None) -> None:
    """Stores the readings (the same car and moment again: the new value replaces the old) and brings each
    car's summary up to date. A reading that overrides earlier ones flags those above it as glitches, left
    out of forecasts. Joins the caller's transaction; bulk for imports."""
    if not readings:
        return
    table = OdometerReading
    rows = [
        {
            table.vehicle: reading.vehicle_id,
            table.recorded_at: reading.recorded_at,
            table.value_km: reading.km,
            table.source: DESK,
            table.suspect: False,
        }
        for reading in readings
    ]
    per_statement = MAX_VALUES_PER_STATEMENT // 5
    for start in range(0, len(rows), per_statement):
        table.insert_many(rows[start : start + per_statement]).on_conflict(
            conflict_target=[table.vehicle, table.recorded_at, table.source],
            update={table.value_km: EXCLUDED.value_km, table.suspect: False},
        ).execute()
    for reading in (reading for reading in readings if reading.overrides_earlier):
        table.update(suspect=True).where(
            (table.vehicle == reading.vehicle_id)
            & (table.recorded_at < reading.recorded_at)
            & (table.value_km > reading.km)
        ).execute()
    update_odometer_summaries({reading.vehicle_id for reading in readings}, now=now)


def update_odometer_summaries(vehicle_ids: Collection[int], *, now: datetime | None = None) -> None:
    """Each car's latest good odometer, first good one and distance per day, from all its good readings
    (both sources). A car read rarely (at visits) has its forecast drawn over a longer window."""
    now = now or datetime.now(UTC)
    table = OdometerReading
    good: dict[int, list[Reading]] = defaultdict(list)
    for ids in chunked(sorted(vehicle_ids)):
        query = (
            table.select(table.vehicle, table.recorded_at, table.value_km)
            .where(table.vehicle.in_(list(ids)) & (table.suspect == False))  # noqa: E712 - SQL
            .order_by(table.vehicle, table.recorded_at)
        )
        for vehicle_id, at, km in tuple_rows(query):
            good[vehicle_id].append(Reading(as_utc(at), km))
    stored = {
        row[0]: row[1:]
        for ids in chunked(sorted(vehicle_ids))
        for row in tuple_rows(Vehicle.select(Vehicle.id, *_SUMMARY).where(Vehicle.id.in_(list(ids))))
    }
    summaries: list[tuple[object, ...]] = []
    for vehicle_id in sorted(vehicle_ids):
        if vehicle_id not in stored:
            continue
        summaries.append((*_merged_summary(good.get(vehicle_id, []), stored[vehicle_id], now), vehicle_id))
    update_rows(Vehicle, _SUMMARY, summaries)


def _merged_summary(series: list[Reading], stored: tuple, now: datetime) -> tuple[object, ...]:
    """The summary from the car's good readings (distance per day None when they are too few). What is on
    record and later (the latest odometer) or earlier (first seen) stays; so does all of it for a car with
    no good reading left."""
    odometer_km, odometer_at, rate, first_at, first_km = stored
    if not series:
        return stored
    latest, first = series[-1], series[0]
    if odometer_at is None or as_utc(odometer_at) <= latest.at:
        odometer_km, odometer_at = latest.value, latest.at
    if first_at is None or first.at < as_utc(first_at):
        first_at, first_km = first.at, first.value
    rate = distance_per_day(series, max(now, latest.at), forecast_window_days(series, now))
    return odometer_km, odometer_at, rate, first_at, first_km


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The instants (UTC) this computer's local `day` begins and the next one begins: a day the front desk
    names is a day on its own clock."""
    start = datetime.combine(day, time()).astimezone()  # a naive time is read as local time
    end = datetime.combine(day + timedelta(days=1), time()).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)


def desk_moment(day: date) -> datetime:
    """When a reading taken at the desk on `day` is stored: local noon of that day (a day alone names no
    hour; noon is inside it whatever the clocks do that night), or now when noon is still ahead."""
    noon = datetime.combine(day, time(hour=12)).astimezone().astimezone(UTC)
    return min(noon, datetime.now(UTC))
