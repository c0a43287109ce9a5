"""Recording what a refresh learned: readings (deduplicated by data age, glitches flagged), trouble-code
spells, system-status history, per-signal availability and the vehicle's summary, in one transaction, for
one car or for a whole group of cars at once (a few statements per table for the group, not per car)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

import peewee
from peewee import EXCLUDED, Case, fn
from PySide6.QtCore import QCoreApplication

from shopapp.domain.forecast import (
    FORECAST_WINDOW_DAYS,
    Reading,
    distance_per_day,
    is_suspect_odometer,
    oil_decline_per_day,
)
from shopapp.domain.plan import OilCapability
from shopapp.domain.snapshot import Availability, Signal, VehicleSnapshot
from shopapp.i18n import fill
from shopapp.store.bulk import MAX_VALUES_PER_STATEMENT, chunked, insert_rows, update_rows
from shopapp.store.models import (
    OdometerReading,
    OilReading,
    SeriesReading,
    SignalAvailability,
    SystemStatusChange,
    TroubleCodeOccurrence,
    Vehicle,
    db,
)
from shopapp.store.rows import as_utc, dict_rows, tuple_rows

SOURCE = "smartcar"
_NOT_SUSPECT = OdometerReading.suspect == False  # noqa: E712 - peewee turns == into SQL; `not` would not


@dataclass
class RecordOutcome:
    """What changed, for the front desk's notifications."""

    new_trouble_codes: list[str] = field(default_factory=list)
    cleared_trouble_codes: list[str] = field(default_factory=list)
    new_system_alerts: list[str] = field(default_factory=list)
    suspect_odometer: bool = False
    failed_signals: list[str] = field(default_factory=list)
    failure_causes: dict[str, str] = field(default_factory=dict)  # signal -> Smartcar's type:code

    def describe_failures(self) -> str:
        """E.g. "odometer (SERVER:INTERNAL), engine oil (VEHICLE_STATE:ASLEEP)"."""
        described = []
        for name in self.failed_signals:
            cause = self.failure_causes.get(name)
            described.append(name.replace("_", " ") + (f" ({cause})" if cause else ""))
        return ", ".join(described)


_SIGNAL_NAMES = ("odometer", "engine_oil", "trouble_codes", "system_status")


@dataclass(frozen=True, slots=True)
class SnapshotToRecord:
    """One car's refresh to store: what was read and when the refresh read it.

    carried: for a live update (a webhook delivery carries only the signals its webhook is set up with),
    the signal names (of _SIGNAL_NAMES) it carries; the others are left as they are, and a carried signal
    the car reported no later than the value already applied is dropped (deliveries come in any order).
    None: a refresh, which reads every signal."""

    vehicle_id: int
    snapshot: VehicleSnapshot
    now: datetime
    carried: frozenset[str] | None = None

    def carries(self, name: str) -> bool:
        return self.carried is None or name in self.carried

    @property
    def live(self) -> bool:
        return self.carried is not None


_SUMMARY_FIELDS = (
    Vehicle.odometer_km,
    Vehicle.odometer_at,
    Vehicle.km_per_day,
    Vehicle.first_seen_at,
    Vehicle.first_seen_odometer_km,
    Vehicle.oil_life,
    Vehicle.oil_at,
    Vehicle.oil_decline_per_day,
    Vehicle.oil_capability,
    Vehicle.last_refresh_at,
    Vehicle.last_error,
    Vehicle.live_update_at,
)


def _signals(snapshot: VehicleSnapshot) -> tuple[Signal, ...]:
    return (snapshot.odometer_km, snapshot.oil_life, snapshot.trouble_codes, snapshot.systems)


@dataclass
class _Series:
    """One car's readings of one kind, as a refresh needs them: every reading since `window_start` (in time
    order, as (recorded_at, value, suspect)) and, when asked for, the latest good one before the window. A
    reading older than the window (a car that has not reported for months) is looked up on its own."""

    table: type[SeriesReading]
    value: peewee.Field
    vehicle_id: int
    window_start: datetime
    good_only: bool
    rows: list[tuple[datetime, float, bool]] = field(default_factory=list)
    before_window: tuple[datetime, float] | None = None

    def has(self, at: datetime) -> bool:
        if at < self.window_start:
            table = self.table
            return (
                table.select().where((table.vehicle == self.vehicle_id) & (table.recorded_at == at)).exists()
            )
        return any(row[0] == at for row in self.rows)

    def good(self) -> list[tuple[datetime, float, bool]]:
        return [row for row in self.rows if not row[2]]

    def latest_good(self, before: datetime | None = None) -> tuple[datetime, float] | None:
        if before is not None and before < self.window_start:
            return self._latest_good_before(before)
        candidates = [(at, value) for at, value, _ in self.good() if before is None or at < before]
        if self.before_window is not None:
            candidates.append(self.before_window)
        return max(candidates, key=lambda row: row[0]) if candidates else None

    def add(self, at: datetime, value: float, suspect: bool) -> None:
        self.rows.append((at, value, suspect))
        self.rows.sort(key=lambda row: row[0])

    def _latest_good_before(self, before: datetime) -> tuple[datetime, float] | None:
        table = self.table
        condition = (table.vehicle == self.vehicle_id) & (table.recorded_at < before)
        if self.good_only:
            condition &= table.suspect == False  # noqa: E712 - peewee turns == into SQL
        row = (
            table.select(table.recorded_at, self.value)
            .where(condition)
            .order_by(table.recorded_at.desc())
            .tuples()
            .first()
        )
        return (row[0], row[1]) if row else None


def _load_series(
    table: type[SeriesReading],
    value: peewee.Field,
    window_start: datetime,
    vehicle_ids: list[int],
    good_only: bool,
) -> dict[int, _Series]:
    """Every car's readings since `window_start`, in one query."""
    series = {
        vehicle_id: _Series(table, value, vehicle_id, window_start, good_only) for vehicle_id in vehicle_ids
    }
    for ids in chunked(vehicle_ids):
        query = tuple_rows(
            table.select(table.vehicle, table.recorded_at, value, table.suspect)
            .where(table.vehicle.in_(list(ids)) & (table.recorded_at >= window_start))
            .order_by(table.vehicle, table.recorded_at)
        )
        for vehicle_id, at, reading, suspect in query:
            series[vehicle_id].rows.append((at, reading, bool(suspect) and good_only))
    return series


def _load_latest_before(
    table: type[SeriesReading],
    value: peewee.Field,
    window_start: datetime,
    series: dict[int, _Series],
    vehicle_ids: list[int],
    good_only: bool,
) -> None:
    """The latest (good) reading before the window of the cars that need it, in one query: a car seen for the
    first time, or one that has not reported for longer than the window."""
    inner = table.alias()
    condition = (inner.vehicle == table.vehicle) & (inner.recorded_at < window_start)
    if good_only:
        condition &= inner.suspect == False  # noqa: E712 - peewee turns == into SQL
    latest = inner.select(fn.MAX(inner.recorded_at)).where(condition)
    for ids in chunked(vehicle_ids):
        where = table.vehicle.in_(list(ids)) & (table.recorded_at == latest)
        if good_only:
            where &= _NOT_SUSPECT
        for vehicle_id, at, reading in tuple_rows(
            table.select(table.vehicle, table.recorded_at, value).where(where)
        ):
            series[vehicle_id].before_window = (at, reading)


def _first_good_odometer(vehicle_id: int) -> tuple[datetime, float] | None:
    table = OdometerReading
    first = (
        table.select(table.recorded_at, table.value_km)
        .where((table.vehicle == vehicle_id) & _NOT_SUSPECT)
        .order_by(table.recorded_at)
        .tuples()
        .first()
    )
    return (first[0], first[1]) if first else None


def _save_availabilities(
    items: Sequence[SnapshotToRecord],
    outcomes: list[RecordOutcome],
    reported: dict[tuple[int, str], datetime],
) -> None:
    rows = []
    for item, outcome in zip(items, outcomes, strict=True):
        for name, signal in zip(_SIGNAL_NAMES, _signals(item.snapshot), strict=True):
            if not item.carries(name) or _is_stale(item, name, signal, reported):
                continue
            rows.append(
                {
                    SignalAvailability.vehicle: item.vehicle_id,
                    SignalAvailability.signal: name,
                    SignalAvailability.availability: signal.availability.value,
                    SignalAvailability.detail: signal.detail,
                    SignalAvailability.checked_at: item.now,
                    SignalAvailability.reported_at: signal.recorded_at if signal.ok else None,
                }
            )
            if signal.availability is Availability.ERROR:
                outcome.failed_signals.append(name)
                outcome.failure_causes[name] = signal.detail
    table = SignalAvailability
    per_statement = MAX_VALUES_PER_STATEMENT // 6
    for start in range(0, len(rows), per_statement):
        table.insert_many(rows[start : start + per_statement]).on_conflict(
            conflict_target=[table.vehicle, table.signal],
            update={
                table.availability: EXCLUDED.availability,
                table.detail: EXCLUDED.detail,
                table.checked_at: EXCLUDED.checked_at,
                # The latest report applied: a failed signal (no time) or an older one never moves it back.
                table.reported_at: Case(
                    None,
                    (
                        (EXCLUDED.reported_at.is_null(), table.reported_at),
                        (table.reported_at.is_null(), EXCLUDED.reported_at),
                        (EXCLUDED.reported_at > table.reported_at, EXCLUDED.reported_at),
                    ),
                    table.reported_at,
                ),
            },
        ).execute()


def _new_readings(
    items: Sequence[SnapshotToRecord],
    series: dict[int, _Series],
    name: str,
    signal_of: Callable[[VehicleSnapshot], Signal],
) -> Iterator[tuple[int, datetime, float, _Series]]:
    """(index of the item, when, value, the car's series) for each car whose signal carries a reading not
    stored yet: a car that has not reported since the last refresh has the same data age, the same reading."""
    for index, item in enumerate(items):
        if not item.carries(name):
            continue
        signal = signal_of(item.snapshot)
        value = signal.value
        if not signal.ok or value is None:  # (ok implies a value; this says so to the type checker)
            continue
        recorded_at = signal.recorded_at or item.snapshot.fetched_at
        readings = series[item.vehicle_id]
        if not readings.has(recorded_at):
            yield index, recorded_at, value, readings


def _record_series(
    items: Sequence[SnapshotToRecord],
    series: dict[int, _Series],
    value: peewee.Field,
    name: str,
    signal_of: Callable[[VehicleSnapshot], Signal],
    is_suspect: Callable[[_Series, datetime, float], bool] | None = None,
) -> list[tuple[int, bool]]:
    """Stores every new reading of one kind (a row of `value`'s table, flagged by `is_suspect`: never when
    None) and adds it to the car's series, so a later reading of the group is judged against it; returns
    (index of the item, suspect) for each reading stored."""
    table = value.model
    stored, new_rows = [], []
    for index, recorded_at, reading, readings in _new_readings(items, series, name, signal_of):
        suspect = is_suspect(readings, recorded_at, reading) if is_suspect else False
        readings.add(recorded_at, reading, suspect)
        stored.append((index, suspect))
        new_rows.append(
            {
                table.vehicle: items[index].vehicle_id,
                table.recorded_at: recorded_at,
                value: reading,
                table.source: SOURCE,
                table.suspect: suspect,
            }
        )
    insert_rows(table, new_rows)
    return stored


def _odometer_glitch(readings: _Series, recorded_at: datetime, value: float) -> bool:
    previous = readings.latest_good(before=recorded_at)
    return is_suspect_odometer(Reading(*previous) if previous else None, Reading(recorded_at, value))


def _record_odometers(
    items: Sequence[SnapshotToRecord], outcomes: list[RecordOutcome], series: dict[int, _Series]
) -> None:
    odometers = _record_series(
        items, series, OdometerReading.value_km, "odometer", lambda car: car.odometer_km, _odometer_glitch
    )
    for index, suspect in odometers:
        outcomes[index].suspect_odometer = suspect


def _record_oil(items: Sequence[SnapshotToRecord], series: dict[int, _Series]) -> None:
    _record_series(items, series, OilReading.life, "engine_oil", lambda car: car.oil_life)


def _record_trouble_codes(items: Sequence[SnapshotToRecord], outcomes: list[RecordOutcome]) -> None:
    reporting = [
        (item, outcome)
        for item, outcome in zip(items, outcomes, strict=True)
        if item.snapshot.trouble_codes.ok and item.carries("trouble_codes")
    ]
    if not reporting:
        return
    table = TroubleCodeOccurrence
    open_spells: dict[int, dict[str, int]] = {item.vehicle_id: {} for item, _ in reporting}
    for ids in chunked(list(open_spells)):
        query = tuple_rows(
            table.select(table.id, table.vehicle, table.code)
            .where(table.vehicle.in_(list(ids)) & table.cleared_at.is_null())
            .order_by(table.id)
        )
        for spell_id, vehicle_id, code in query:
            open_spells[vehicle_id][code] = spell_id
    new_rows, still_seen, cleared = [], [], []
    for item, outcome in reporting:
        seen_at = item.snapshot.fetched_at
        active = set(item.snapshot.trouble_codes.value or ())  # (ok: never None here)
        spells = open_spells[item.vehicle_id]
        for code in sorted(active - set(spells)):
            new_rows.append(
                {
                    table.vehicle: item.vehicle_id,
                    table.code: code,
                    table.first_seen_at: seen_at,
                    table.last_seen_at: seen_at,
                }
            )
            outcome.new_trouble_codes.append(code)
        for code, spell_id in spells.items():
            if code in active:
                still_seen.append((seen_at, spell_id))
            else:
                cleared.append((seen_at, spell_id))
                outcome.cleared_trouble_codes.append(code)
    insert_rows(table, new_rows)
    update_rows(table, [table.last_seen_at], still_seen)
    update_rows(table, [table.cleared_at], cleared)


def _record_systems(items: Sequence[SnapshotToRecord], outcomes: list[RecordOutcome]) -> None:
    reporting = [
        (item, outcome)
        for item, outcome in zip(items, outcomes, strict=True)
        if item.snapshot.systems.ok and item.carries("system_status")
    ]
    if not reporting:
        return
    table = SystemStatusChange
    current: dict[int, dict[str, tuple[int, str, str | None]]] = {
        item.vehicle_id: {} for item, _ in reporting
    }
    for ids in chunked(list(current)):
        query = tuple_rows(
            table.select(table.id, table.vehicle, table.system_id, table.status, table.description)
            .where(table.vehicle.in_(list(ids)) & table.ended_at.is_null())
            .order_by(table.id)
        )
        for row_id, vehicle_id, system_id, status, description in query:
            current[vehicle_id][system_id] = (row_id, status, description)
    new_rows, ended = [], []
    for item, outcome in reporting:
        seen_at = item.snapshot.fetched_at
        rows = current[item.vehicle_id]
        for report in item.snapshot.systems.value or ():  # (ok: never None here)
            row = rows.get(report.system_id)
            if row is not None and row[1:] == (report.status, report.description):
                continue
            if row is not None:
                ended.append((seen_at, row[0]))
            new_rows.append(
                {
                    table.vehicle: item.vehicle_id,
                    table.system_id: report.system_id,
                    table.status: report.status,
                    table.description: report.description,
                    table.changed_at: seen_at,
                }
            )
            if report.status == "ALERT":
                outcome.new_system_alerts.append(report.system_id)
    update_rows(table, [table.ended_at], ended)
    insert_rows(table, new_rows)


def _summary(
    item: SnapshotToRecord,
    outcome: RecordOutcome,
    known: dict[str, object],
    odometer: _Series,
    oil: _Series,
) -> tuple[object, ...]:
    """The due rules' inputs, recomputed from the readings of the forecast window."""
    now = item.now
    since = now - timedelta(days=FORECAST_WINDOW_DAYS)
    summary = dict(known)
    latest = odometer.latest_good()
    if latest is not None:
        summary["odometer_at"], summary["odometer_km"] = latest
        recent = [Reading(at, value) for at, value, _ in odometer.good() if at >= since]
        summary["km_per_day"] = distance_per_day(recent, now)
        if summary["first_seen_at"] is None:
            good = odometer.good()
            first = (
                _first_good_odometer(item.vehicle_id)
                if odometer.before_window is not None
                else (good[0][0], good[0][1])
            )
            # A good reading before the window exists (before_window), so the first good one does too.
            assert first is not None
            summary["first_seen_at"], summary["first_seen_odometer_km"] = first
    latest_oil = oil.latest_good()
    if latest_oil is not None:
        summary["oil_at"], summary["oil_life"] = latest_oil
        recent_oil = [Reading(at, value) for at, value, _ in oil.rows if at >= since]
        summary["oil_decline_per_day"] = oil_decline_per_day(recent_oil, now)
    snapshot = item.snapshot
    if item.carries("engine_oil"):
        capability = snapshot.oil_capability(OilCapability(str(summary["oil_capability"]))).value
        summary["oil_capability"] = capability
        if not snapshot.oil_life.ok and capability != OilCapability.REPORTED.value:
            # A stale value would drive the wrong rule.
            summary["oil_life"] = summary["oil_decline_per_day"] = None
    failures = outcome.describe_failures()
    if item.live:  # a delivery is not a refresh, and says nothing of the signals it does not carry
        summary["live_update_at"] = now
    else:
        summary["last_refresh_at"] = now
    if failures or not item.live or item.carried:  # a good delivery says the car is readable again
        summary["last_error"] = (
            fill(QCoreApplication.translate("RefreshWords", "Could not read: %1"), failures)
            if failures
            else ""
        )
    return (*(summary[field.name] for field in _SUMMARY_FIELDS), item.vehicle_id)


def _needs_latest_before(series: _Series, signal: Signal, fetched: datetime, first_seen_known: bool) -> bool:
    """Whether the window alone cannot tell the previous, the latest or the first good reading."""
    if not first_seen_known:
        return True
    before = (signal.recorded_at or fetched) if signal.ok else None
    return not any(before is None or at < before for at, _, _ in series.good())


def _reported_at(items: Sequence[SnapshotToRecord]) -> dict[tuple[int, str], datetime]:
    """When each live item's car reported the values already applied, by (vehicle id, signal name)."""
    reported: dict[tuple[int, str], datetime] = {}
    table = SignalAvailability
    for ids in chunked(sorted({item.vehicle_id for item in items if item.live})):
        query = tuple_rows(
            table.select(table.vehicle, table.signal, table.reported_at).where(
                table.vehicle.in_(list(ids)) & table.reported_at.is_null(False)
            )
        )
        for vehicle_id, name, at in query:
            reported[(vehicle_id, name)] = as_utc(at)
    return reported


def _is_stale(
    item: SnapshotToRecord, name: str, signal: Signal, reported: dict[tuple[int, str], datetime]
) -> bool:
    """Whether a live item's signal is older than (or as old as) the value already applied."""
    known = reported.get((item.vehicle_id, name))
    return (
        item.live
        and signal.ok
        and signal.recorded_at is not None
        and known is not None
        and signal.recorded_at <= known
    )


# Signals that say what the car is now (a list of codes, a status), not one point of a series: an older one
# applied after a newer one would undo it. (An older odometer or oil reading is history, kept as such.)
_STATE_SIGNALS = ("trouble_codes", "system_status")


def _without_stale_states(
    items: Sequence[SnapshotToRecord], reported: dict[tuple[int, str], datetime]
) -> list[SnapshotToRecord]:
    """Live items less the state signals the car reported no later than the value already applied:
    deliveries come in any order; an older trouble-code list must not reopen a code a newer one cleared."""
    kept = []
    for item in items:
        if item.carried:
            stale = {
                name
                for name, signal in zip(_SIGNAL_NAMES, _signals(item.snapshot), strict=True)
                if name in _STATE_SIGNALS and _is_stale(item, name, signal, reported)
            }
            item = replace(item, carried=item.carried - stale)
        kept.append(item)
    return kept


def record_snapshots(items: Sequence[SnapshotToRecord]) -> list[RecordOutcome]:
    """Stores one refresh of each car, all in one transaction: a car's readings never without its summary.
    Reads and writes go a statement per table for the whole group, not per car."""
    ids = [item.vehicle_id for item in items]
    if len(set(ids)) < len(ids):  # the same car twice: the second refresh must see the first one's readings
        seen: set[int] = set()
        split = 0
        for index, vehicle_id in enumerate(ids):
            if vehicle_id in seen:
                split = index
                break
            seen.add(vehicle_id)
        with db.atomic():
            return record_snapshots(items[:split]) + record_snapshots(items[split:])
    outcomes = [RecordOutcome() for _ in items]
    if not items:
        return outcomes
    with db.atomic():
        known: dict[int, dict[str, object]] = {}
        for chunk in chunked(ids):
            for row in dict_rows(
                Vehicle.select(Vehicle.id, *_SUMMARY_FIELDS).where(Vehicle.id.in_(list(chunk)))
            ):
                known[row.pop("id")] = row
        missing = [vehicle_id for vehicle_id in ids if vehicle_id not in known]
        if missing:
            raise Vehicle.DoesNotExist(f"No vehicle {missing[0]}")
        window_start = min(item.now for item in items) - timedelta(days=FORECAST_WINDOW_DAYS)
        odometers = _load_series(OdometerReading, OdometerReading.value_km, window_start, ids, good_only=True)
        oils = _load_series(OilReading, OilReading.life, window_start, ids, good_only=False)
        odometer_gaps = [
            item.vehicle_id
            for item in items
            if _needs_latest_before(
                odometers[item.vehicle_id],
                item.snapshot.odometer_km,
                item.snapshot.fetched_at,
                known[item.vehicle_id]["first_seen_at"] is not None,
            )
        ]
        oil_gaps = [item.vehicle_id for item in items if not oils[item.vehicle_id].rows]
        if odometer_gaps:
            _load_latest_before(
                OdometerReading, OdometerReading.value_km, window_start, odometers, odometer_gaps, True
            )
        if oil_gaps:
            _load_latest_before(OilReading, OilReading.life, window_start, oils, oil_gaps, False)
        reported = _reported_at(items)
        items = _without_stale_states(items, reported)
        _save_availabilities(items, outcomes, reported)
        _record_odometers(items, outcomes, odometers)
        _record_oil(items, oils)
        _record_trouble_codes(items, outcomes)
        _record_systems(items, outcomes)
        summaries = [
            _summary(item, outcome, known[item.vehicle_id], odometers[item.vehicle_id], oils[item.vehicle_id])
            for item, outcome in zip(items, outcomes, strict=True)
        ]
        update_rows(Vehicle, _SUMMARY_FIELDS, summaries)
    return outcomes


def record_snapshot(vehicle_id: int, snapshot: VehicleSnapshot, now: datetime) -> RecordOutcome:
    """Stores one refresh of one vehicle, all or nothing."""
    return record_snapshots([SnapshotToRecord(vehicle_id, snapshot, now)])[0]


def mark_code_reviewed(occurrence_id: int, when: datetime) -> bool:
    """Notes that the front desk has seen (and dealt with) a trouble code; False if it is gone."""
    updated = (
        TroubleCodeOccurrence.update(reviewed_at=when)
        .where(TroubleCodeOccurrence.id == occurrence_id)
        .execute()
    )
    return bool(updated)
