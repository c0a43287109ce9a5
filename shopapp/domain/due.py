"""The due evaluation: for one vehicle, every plan task and alert with a status, why (the trigger that
fired, its numbers and dates, as data: shopapp.domain.due_reasons), and the due date / due odometer
(DESIGN.md "Due rules")."""

from __future__ import annotations

import calendar
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from operator import attrgetter

from shopapp.domain.dtc import is_manufacturer_specific
from shopapp.domain.due_reasons import (
    Baseline,
    DistanceReason,
    DueReason,
    NoDataReason,
    OilChangedReason,
    OilLampReason,
    OilLifeReason,
    ReconnectReason,
    SystemAlertReason,
    TimeReason,
    Trigger,
    TroubleCodeReason,
)
from shopapp.domain.makes import make_name
from shopapp.domain.plan import OilCapability, ServicePlan, ServiceTask, Triggers
from shopapp.domain.powertrain import Powertrain
from shopapp.domain.urgency import Status as Status  # the due list's statuses live with their order
from shopapp.domain.urgency import UrgencyKey, is_safety_alert, tier, urgency_key


@dataclass(frozen=True, slots=True)
class LastService:
    on: date
    odometer_km: float | None = None


@dataclass(frozen=True, slots=True)
class ActiveTroubleCode:
    code: str
    title: str


@dataclass(frozen=True, slots=True)
class SystemAlert:
    system_id: str
    description: str | None = None


SNOOZED = "snoozed"
DISMISSED = "dismissed"
# A plan task the front desk said does not apply to this car (its owner has it done elsewhere, the car has
# no such part): kept with the car's snoozes and dismissals, but the task is never evaluated for it.
NOT_FOR_THIS_CAR = "not_for_car"


@dataclass(frozen=True, slots=True)
class Suppression:
    """The front desk hid an item: `snoozed` until a date, or `dismissed` until the next service (the task's
    last service on `service_on` when dismissed; a newer service ends the dismissal)."""

    kind: str
    until: date | None = None
    service_on: date | None = None


@dataclass(frozen=True, slots=True)
class VehicleFacts:
    """What the store knows about one vehicle, already summarised (latest good readings, rates).

    odometer_km is the latest reading not flagged suspect; first_seen_* is the first reading, used as the
    baseline of tasks with no service on record; last_services maps task keys to their latest service
    (shop or Smartcar history); suppressions map item keys to snoozes and dismissals.
    """

    odometer_km: float | None = None
    odometer_at: datetime | None = None
    km_per_day: float | None = None
    oil_life: float | None = None
    oil_at: datetime | None = None
    oil_decline_per_day: float | None = None
    oil_capability: OilCapability = OilCapability.UNKNOWN
    powertrain: Powertrain | None = None
    make: str = ""  # as Smartcar writes it ("CADILLAC"): names the maker of a maker-specific code
    first_seen_on: date | None = None
    first_seen_odometer_km: float | None = None
    last_services: Mapping[str, LastService] = field(default_factory=dict)
    trouble_codes: tuple[ActiveTroubleCode, ...] = ()
    system_alerts: tuple[SystemAlert, ...] = ()
    needs_reconnect: bool = False
    suppressions: Mapping[str, Suppression] = field(default_factory=dict)
    skipped_tasks: frozenset[str] = frozenset()  # the car's plan exceptions (NOT_FOR_THIS_CAR)
    # Read only at its visits (not linked to Smartcar): between visits its odometer is estimated from its
    # distance per day, or a car read months ago would never become due by distance.
    read_at_visits: bool = False

    @property
    def plan_powertrain(self) -> Powertrain | None:
        """The powertrain the plan goes by: the one on record, else electric when Smartcar said the car has
        no engine oil (v2 tells no powertrain), else unknown (every task applies)."""
        if self.powertrain is None and self.oil_capability is OilCapability.NO_ENGINE_OIL:
            return Powertrain.ELECTRIC
        return self.powertrain

    @property
    def has_data(self) -> bool:
        return self.odometer_km is not None or self.oil_life is not None or bool(self.last_services)


@dataclass(frozen=True, slots=True)
class DueItem:
    """One row of the due list. key: the task key, or `dtc:P0420`, `system:SYSTEM_TPMS`, `reconnect`;
    why: what made it due, as data (its trigger, numbers and dates; worded by each surface);
    suppressed: the front desk's snooze or dismissal that hides it now, None when shown."""

    key: str
    item: str
    status: Status
    why: DueReason
    due_date: date | None = None
    due_odometer_km: float | None = None
    last_service_on: date | None = None
    suppressed: Suppression | None = None

    @property
    def urgency(self) -> UrgencyKey:
        """Sorts ascending, most urgent first (shopapp.domain.urgency): every surface orders by it."""
        return urgency_key(self.status, self.why, self.due_date)

    @property
    def trigger(self) -> Trigger:
        return self.why.trigger

    @property
    def safety_critical(self) -> bool:
        """A safety-critical alert (airbag, brakes, tire pressure…): ahead of every maintenance item."""
        return is_safety_alert(self.status, self.why)

    @property
    def needs_action(self) -> bool:
        return self.status is not Status.OK and self.suppressed is None


AWAITING_FIRST_REFRESH = "Awaiting first refresh"


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if day.day <= 28:
        return date(year, month, day.day)
    last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]
    return date(year, month, min(day.day, last))


def whole_months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


# A reading taken at the desk this week is the odometer as it stands; an older one is carried forward.
READING_FRESH_DAYS = 7
_FORECAST_HORIZON_DAYS = 36_500  # a forecast a century out is no forecast (a car parked for good)


def days_later(reference: date, days: float, rounding: Callable[[float], int] = math.ceil) -> date | None:
    """`reference` plus a forecast number of days, or None when the forecast runs past any useful horizon."""
    if not math.isfinite(days) or abs(days) > _FORECAST_HORIZON_DAYS:
        return None
    return reference + timedelta(days=rounding(days))


def _baseline(task: ServiceTask, facts: VehicleFacts) -> Baseline:
    last = facts.last_services.get(task.key)
    if last is not None:
        return Baseline(last.on, last.odometer_km, True)
    return Baseline(facts.first_seen_on, facts.first_seen_odometer_km, False)


def _last_on(base: Baseline) -> date | None:
    """The task's last service, for the due row (none when counted from the first reading)."""
    return base.on if base.on_record else None


def _odometer_today(facts: VehicleFacts, rate: float | None, today: date) -> tuple[float, bool]:
    """The odometer to judge a distance interval by, and whether it is an estimate: a car read at its visits
    is taken to have gone on driving at its usual pace since the last one."""
    assert facts.odometer_km is not None
    if not (facts.read_at_visits and rate and facts.odometer_at):
        return facts.odometer_km, False
    days = (today - facts.odometer_at.astimezone().date()).days  # both on the shop's clock
    if days <= READING_FRESH_DAYS:
        return facts.odometer_km, False
    return facts.odometer_km + rate * days, True


def _distance_item(
    task: ServiceTask, interval: float, base: Baseline, facts: VehicleFacts, today: date
) -> DueItem:
    windows = task.windows
    assert base.odometer_km is not None
    assert facts.odometer_km is not None
    due_km = base.odometer_km + interval
    rate = facts.km_per_day if facts.km_per_day and facts.km_per_day > 0 else None
    current, estimated = _odometer_today(facts, rate, today)
    remaining = due_km - current
    window = max(windows.distance_km, (rate or 0.0) * windows.days_of_driving)
    if current >= due_km + windows.overdue_distance_share * interval:
        status = Status.OVERDUE
    elif current >= due_km:
        status = Status.DUE
    elif remaining <= window:
        status = Status.DUE_SOON
    else:
        status = Status.OK
    reference = today if estimated else (facts.odometer_at.date() if facts.odometer_at else today)
    due_date = days_later(reference, remaining / rate) if rate else None
    why = DistanceReason(task.name, base, current - base.odometer_km, interval, remaining, today, estimated)
    return DueItem(task.key, task.name, status, why, due_date, due_km, _last_on(base))


def _time_item(task: ServiceTask, months: int, base: Baseline, today: date) -> DueItem:
    windows = task.windows
    assert base.on is not None
    due_on = add_months(base.on, months)
    if today >= due_on + timedelta(days=windows.days_overdue):
        status = Status.OVERDUE
    elif today >= due_on:
        status = Status.DUE
    elif today >= due_on - timedelta(days=windows.days_before):
        status = Status.DUE_SOON
    else:
        status = Status.OK
    why = TimeReason(task.name, base, whole_months_between(base.on, today), months, due_on, today)
    return DueItem(task.key, task.name, status, why, due_on, None, _last_on(base))


def _oil_item(
    task: ServiceTask, floor: float, facts: VehicleFacts, today: date, last_on: date | None
) -> DueItem:
    windows = task.windows
    life = facts.oil_life
    assert life is not None
    decline = (
        facts.oil_decline_per_day if facts.oil_decline_per_day and facts.oil_decline_per_day > 0 else None
    )
    reference = facts.oil_at.date() if facts.oil_at else today
    # Rounded down: a reminder a day early beats one a day late.
    due_date = days_later(reference, (life - floor) / decline, math.floor) if decline else None
    soon_by_forecast = due_date is not None and (due_date - today).days <= windows.oil_forecast_days
    if life <= windows.oil_overdue:
        status = Status.OVERDUE
    elif life <= floor:
        status = Status.DUE
    elif life <= windows.oil_due_soon or soon_by_forecast:
        status = Status.DUE_SOON
    else:
        status = Status.OK
    why = OilLifeReason(task.name, life, floor, today)
    return DueItem(task.key, task.name, status, why, due_date, None, last_on)


def _most_urgent(items: list[DueItem]) -> DueItem:
    """A task's trigger that sets its status: the highest status, then whichever comes first by date."""
    if len(items) == 1:
        return items[0]
    return min(items, key=lambda item: (tier(item.status, item.why), item.due_date or date.max))


def trigger_items(task: ServiceTask, triggers: Triggers, facts: VehicleFacts, today: date) -> list[DueItem]:
    """One item per trigger that can be evaluated with what is known about the car."""
    base = _baseline(task, facts)
    items = []
    if triggers.distance_km and base.odometer_km is not None and facts.odometer_km is not None:
        items.append(_distance_item(task, triggers.distance_km, base, facts, today))
    if triggers.months and base.on is not None:
        items.append(_time_item(task, triggers.months, base, today))
    if triggers.oil_life_floor is not None and facts.oil_life is not None:
        last_on = _last_on(base)
        if _read_before(facts, last_on):
            assert last_on is not None
            why = OilChangedReason(task.name, last_on, today)
            items.append(DueItem(task.key, task.name, Status.OK, why, None, None, last_on))
        else:
            items.append(_oil_item(task, triggers.oil_life_floor, facts, today, last_on))
    return items


def _read_before(facts: VehicleFacts, last_on: date | None) -> bool:
    """Whether the car's oil life was read on or before the task's last service: the shop changed the oil
    since, so that reading says nothing about the new oil (the next refresh reads it)."""
    return last_on is not None and facts.oil_at is not None and facts.oil_at.date() <= last_on


def evaluate_task(
    task: ServiceTask, facts: VehicleFacts, today: date, powertrain: Powertrain | None = None
) -> DueItem | None:
    """The task's status from its most urgent trigger (whichever comes first); None if it cannot apply.
    `powertrain`: facts.plan_powertrain, when the caller already has it (once per car, not per task)."""
    if powertrain is None:
        powertrain = facts.plan_powertrain
    triggers = task.triggers_for(facts.oil_capability, powertrain)
    if triggers is None:
        return None
    items = trigger_items(task, triggers, facts, today)
    return _most_urgent(items) if items else None


def system_short_name(system_id: str) -> str:
    """SYSTEM_TPMS -> TPMS (the due item's name in the CSV contract: "System TPMS")."""
    return system_id.removeprefix("SYSTEM_")


def _trouble_code_reason(dtc: ActiveTroubleCode, make: str) -> TroubleCodeReason:
    maker = make_name(make) if make and is_manufacturer_specific(dtc.code) else ""
    return TroubleCodeReason(dtc.code, dtc.title, maker)


OIL_LAMP = "SYSTEM_OIL_LIFE"  # the dashboard's oil-change light, not the oil-life percentage


def alert_items(facts: VehicleFacts, *, oil_lamp_folded: bool = False) -> list[DueItem]:
    """The car's trouble codes, system alerts and a connection to renew. `oil_lamp_folded`: the oil-change
    light is told by the oil-change item (fold_oil_lamp), so it is no alert of its own."""
    if not (facts.trouble_codes or facts.system_alerts or facts.needs_reconnect):
        return []  # most cars, most days
    items = [
        DueItem(f"dtc:{dtc.code}", f"DTC {dtc.code}", Status.ALERT, _trouble_code_reason(dtc, facts.make))
        for dtc in facts.trouble_codes
    ]
    for alert in facts.system_alerts:
        if oil_lamp_folded and alert.system_id == OIL_LAMP:
            continue
        items.append(
            DueItem(
                f"system:{alert.system_id}",
                f"System {system_short_name(alert.system_id)}",
                Status.ALERT,
                SystemAlertReason(alert.system_id, alert.description or None),
            )
        )
    if facts.needs_reconnect:
        items.append(DueItem("reconnect", "Reconnect Smartcar", Status.ALERT, ReconnectReason()))
    return items


def fold_oil_lamp(item: DueItem, task: ServiceTask, facts: VehicleFacts, today: date) -> DueItem:
    """An oil change whose dashboard light is on is due now, even when its intervals say later; already due
    or overdue, it stays as it is (its own reason says more)."""
    if not task.oil_change or item.status in (Status.DUE, Status.OVERDUE):
        return item
    if not any(alert.system_id == OIL_LAMP for alert in facts.system_alerts):
        return item
    if _serviced_since_last_heard(facts, item.last_service_on):
        return item  # the oil was changed since the car last reported: its next report shows the light off
    why = OilLampReason(task.name, today)
    return DueItem(item.key, item.item, Status.DUE, why, today, None, item.last_service_on)


def _serviced_since_last_heard(facts: VehicleFacts, last_on: date | None) -> bool:
    heard = [moment for moment in (facts.oil_at, facts.odometer_at) if moment is not None]
    return last_on is not None and (not heard or max(heard).date() <= last_on)


def _active_suppression(item: DueItem, facts: VehicleFacts, today: date) -> Suppression | None:
    """The item's snooze (until its day) or dismissal (until a newer service), while it still holds."""
    suppression = facts.suppressions.get(item.key)
    if suppression is None:
        return None
    if suppression.kind == SNOOZED:
        if suppression.until is not None and suppression.until > today:
            return suppression
        return None
    if suppression.kind == DISMISSED:
        latest = _latest_service_for(item.key, facts)
        if latest is None or (suppression.service_on is not None and latest <= suppression.service_on):
            return suppression
    return None


def _latest_service_for(key: str, facts: VehicleFacts) -> date | None:
    if key in facts.last_services:
        return facts.last_services[key].on
    return max((service.on for service in facts.last_services.values()), default=None)


def evaluate_vehicle(facts: VehicleFacts, plan: ServicePlan, today: date) -> list[DueItem]:
    """Every item of one vehicle, ok ones included, most urgent first. A car with no data yet has one
    `ok` item "Awaiting first refresh" (plus its alerts, e.g. a connection to renew)."""
    tasks: list[DueItem] = []
    if facts.has_data:
        powertrain = facts.plan_powertrain
        for task in plan.tasks:
            if task.key in facts.skipped_tasks:
                continue
            item = evaluate_task(task, facts, today, powertrain)
            if item is not None:
                tasks.append(fold_oil_lamp(item, task, facts, today) if facts.system_alerts else item)
    oil_keys = {task.key for task in plan.tasks if task.oil_change} if facts.system_alerts else set()
    oil_lamp_folded = bool(oil_keys) and any(item.key in oil_keys for item in tasks)
    items = alert_items(facts, oil_lamp_folded=oil_lamp_folded) + tasks
    if not facts.has_data:
        items.append(
            DueItem("awaiting", AWAITING_FIRST_REFRESH, Status.OK, NoDataReason(at_desk=facts.read_at_visits))
        )
    if facts.suppressions:  # rare: only then pay for copies
        items = [replace(item, suppressed=_active_suppression(item, facts, today)) for item in items]
    return sorted(items, key=attrgetter("urgency"))
