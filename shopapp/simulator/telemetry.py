"""What a simulated car reports at a given moment, computed in closed form from its constants.

Nothing here keeps state or walks through history: odometer, oil life, trouble codes and alerts at time t
cost a handful of arithmetic operations and hashes, so a 1,000-car refresh adds nothing measurable. Random
events (a code showing up, a visit without an invoice) come from hashing the car id with the slot or visit
they belong to, so they are the same on every run and every request.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from shopapp.simulator import catalog
from shopapp.simulator.catalog import Powertrain
from shopapp.simulator.clock import DAY
from shopapp.simulator.fleet import Vehicle

KM_PER_MILE = 1.609344
_WEEK = 7.0
_DTC_SLOT = 40 * DAY  # an episode starts within its slot and lasts under two slots
_ALERT_SLOT = 30 * DAY
_OIL_ALERT_BELOW = 0.15


def unit_draw(*parts: object) -> float:
    """A uniform number in [0, 1) fixed by its parts: the simulator's only source of randomness over time."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def recorded_at(vehicle: Vehicle, ts: float) -> float:
    """When the car last reported before `ts`: cars phone home every few minutes, each on its own beat."""
    interval = vehicle.report_interval_s
    return math.floor((ts - vehicle.report_phase_s) / interval) * interval + vehicle.report_phase_s


def _days(vehicle: Vehicle, ts: float) -> float:
    return max(0.0, (ts - vehicle.in_service_ts) / DAY)


def odometer_km(vehicle: Vehicle, ts: float) -> float:
    """Distance driven since delivery: a steady daily rate with a weekly rhythm (never decreasing, since
    the rhythm's amplitude stays below the rate)."""
    days = _days(vehicle, ts)
    omega = 2 * math.pi / _WEEK
    swing = vehicle.wobble / omega
    phase = vehicle.wobble_phase
    return vehicle.km_per_day * (days + swing * (math.sin(omega * (days + phase)) - math.sin(omega * phase)))


def wear(vehicle: Vehicle, ts: float) -> float:
    """Oil-life units used since delivery: a share per kilometre plus a share per day, as oil-life monitors
    count (so a weekend car still needs its yearly change)."""
    return odometer_km(vehicle, ts) / vehicle.oil_life_km + _days(vehicle, ts) / vehicle.oil_life_days


def time_of_wear(vehicle: Vehicle, target: float) -> float:
    """The moment `wear` reaches `target` (wear only grows, so bisection finds it)."""
    low = vehicle.in_service_ts
    step = vehicle.oil_life_days * DAY
    high = low + step
    while wear(vehicle, high) < target:
        high += step
        step *= 2
    for _ in range(48):
        middle = (low + high) / 2
        if wear(vehicle, middle) < target:
            low = middle
        else:
            high = middle
    return high


def _visit_index(vehicle: Vehicle, wear_value: float) -> int:
    """The last scheduled visit at or before this wear (-1: none since delivery)."""
    return math.floor((wear_value - vehicle.service_phase) / vehicle.service_cycle)


def oil_life(vehicle: Vehicle, ts: float) -> float | None:
    """Remaining oil life 0..1 at `ts` (None for a car without an engine)."""
    if vehicle.powertrain is Powertrain.EV:
        return None
    now_wear = wear(vehicle, ts)
    index = _visit_index(vehicle, now_wear)
    changed_at = vehicle.service_phase + index * vehicle.service_cycle if index >= 0 else 0.0
    for manual_ts in vehicle.manual_oil_changes:
        if manual_ts <= ts:
            changed_at = max(changed_at, wear(vehicle, manual_ts))
    return min(1.0, max(0.0, 1.0 - (now_wear - changed_at)))


@dataclass(frozen=True, slots=True)
class TroubleCode:
    code: str
    since_ts: float | None  # None: the car did not say when it became active


def active_trouble_codes(vehicle: Vehicle, ts: float) -> list[TroubleCode]:
    if vehicle.dtc_rate <= 0 or ts < vehicle.in_service_ts:
        return []
    slot = math.floor(ts / _DTC_SLOT)
    active: list[TroubleCode] = []
    for code in vehicle.dtc_codes:
        latest: tuple[float, int] | None = None
        for s in (slot, slot - 1, slot - 2):
            if unit_draw(vehicle.id, "dtc", code, s) >= vehicle.dtc_rate:
                continue
            start = (s + unit_draw(vehicle.id, "dtc-start", code, s)) * _DTC_SLOT
            duration = (2 + 76 * unit_draw(vehicle.id, "dtc-length", code, s)) * DAY
            if vehicle.in_service_ts <= start <= ts < start + duration and (
                latest is None or start > latest[0]
            ):
                latest = (start, s)
        if latest is not None:
            undated = unit_draw(vehicle.id, "dtc-undated", code, latest[1]) < 0.15
            active.append(TroubleCode(code, None if undated else latest[0]))
    active.sort(key=lambda tc: (tc.since_ts is None, tc.since_ts or 0.0, tc.code))
    return active


@dataclass(frozen=True, slots=True)
class SystemState:
    system_id: str
    alert: bool
    description: str | None


def system_states(vehicle: Vehicle, ts: float) -> list[SystemState]:
    states: list[SystemState] = []
    slot = math.floor(ts / _ALERT_SLOT)
    for system in vehicle.systems:
        if system == "SYSTEM_MIL":
            on = bool(active_trouble_codes(vehicle, ts))
            states.append(SystemState(system, on, catalog.MIL_ALERT if on else None))
            continue
        if system == "SYSTEM_OIL_LIFE":
            life = oil_life(vehicle, ts)
            on = life is not None and life < _OIL_ALERT_BELOW
            states.append(SystemState(system, on, catalog.OIL_LIFE_ALERT if on else None))
            continue
        # Washer fluid runs low far more often than an airbag fails.
        rate = min(0.6, vehicle.alert_rate * (2.5 if system == "SYSTEM_WASHER_FLUID" else 1))
        description = None
        for s in (slot, slot - 1):
            if unit_draw(vehicle.id, "alert", system, s) >= rate:
                continue
            start = (s + unit_draw(vehicle.id, "alert-start", system, s)) * _ALERT_SLOT
            duration = (1 + 28 * unit_draw(vehicle.id, "alert-length", system, s)) * DAY
            if start <= ts < start + duration:
                choices = catalog.SYSTEM_ALERTS[system]
                description = choices[int(unit_draw(vehicle.id, "alert-text", system, s) * len(choices))]
                break
        states.append(SystemState(system, description is not None, description))
    return states


@dataclass(frozen=True, slots=True)
class ServiceVisit:
    """One entry of the car's service history. Attributes: index (the visit number since delivery), ts,
    odometer_km, tasks, service_id, provider, entered_by_owner, total_cost (None when not recorded),
    blank_task (the record carries an empty task, as real dealer exports do)."""

    index: int
    ts: float
    odometer_km: float
    tasks: tuple[str, ...]
    service_id: str | None
    provider: str
    entered_by_owner: bool
    total_cost: float | None
    blank_task: bool


def service_visits(vehicle: Vehicle, start_ts: float, end_ts: float) -> list[ServiceVisit]:
    """Visits between two moments (inclusive), oldest first, never before the car's history begins."""
    start_ts = max(start_ts, vehicle.history_since_ts)
    if end_ts < start_ts:
        return []
    first = max(0, _visit_index(vehicle, wear(vehicle, start_ts)))
    last = _visit_index(vehicle, wear(vehicle, end_ts))
    visits = []
    for index in range(first, last + 1):
        ts = time_of_wear(vehicle, vehicle.service_phase + index * vehicle.service_cycle)
        if start_ts <= ts <= end_ts:
            visits.append(_visit(vehicle, index, ts))
    return visits


def _visit(vehicle: Vehicle, index: int, ts: float) -> ServiceVisit:
    def draw(tag: str) -> float:
        return unit_draw(vehicle.id, "visit", index, tag)

    if vehicle.powertrain is Powertrain.EV:
        tasks = [catalog.TIRE_ROTATION, catalog.MULTI_POINT]
        tasks += [catalog.CABIN_FILTER] if index % 2 == 1 else [catalog.BRAKE_INSPECTION]
    else:
        tasks = [catalog.OIL_CHANGE]
        if draw("multi-point") < 0.8:
            tasks.append(catalog.MULTI_POINT)
        if index % 2 == 1:
            tasks.append(catalog.TIRE_ROTATION)
        if index % 3 == 2:
            tasks.append(catalog.ENGINE_AIR_FILTER)
        if index % 4 == 3:
            tasks.append(catalog.CABIN_FILTER)
        if index % 3 == 0 and index > 0:
            tasks.append(catalog.BRAKE_INSPECTION)
    if index % 8 == 7:
        tasks.append(catalog.BRAKE_FLUID)

    by_owner = draw("owner") < 0.15
    if by_owner:
        provider = "Owner entered"
    else:
        pattern = catalog.SERVICE_PROVIDERS[int(draw("provider") * len(catalog.SERVICE_PROVIDERS))]
        provider = pattern.format(make=catalog.make_display(vehicle.make))
    no_invoice = by_owner or draw("no-cost") < 0.15
    cost = sum(catalog.TASK_PRICES[task] for task in tasks) * (0.9 + 0.3 * draw("price"))
    no_id = by_owner or draw("no-id") < 0.1
    return ServiceVisit(
        index=index,
        ts=ts,
        odometer_km=odometer_km(vehicle, ts),
        tasks=tuple(tasks),
        service_id=None if no_id else f"RO-{100000 + int(draw('repair-order') * 900000)}",
        provider=provider,
        entered_by_owner=by_owner,
        total_cost=None if no_invoice else round(cost, 2),
        blank_task=draw("blank-task") < 0.12,
    )
