"""Why an item is due, in the front desk's words: the one wording of a due reason that the window, the
`shopapp due` table and the CSV share (the letter speaks to the owner through its own Voice). Every English
word, plural and number format of a reason lives here, so a translation replaces this module alone."""

from __future__ import annotations

from dataclasses import dataclass

from shopapp.domain.due import (
    DISMISSED,
    SNOOZED,
    DueItem,
    Status,
    Suppression,
)
from shopapp.domain.due_reasons import (
    Baseline,
    DistanceReason,
    NoDataReason,
    OilChangedReason,
    OilLifeReason,
    ReconnectReason,
    SystemAlertReason,
    TimeReason,
    TroubleCodeReason,
)
from shopapp.domain.units import DistanceUnit
from shopapp.local_format import format_distance, short_date
from shopapp.system_names import system_display_name

NOTHING_DUE = "Nothing due"


def plural(count: int, word: str) -> str:
    """ "1 day", "3 days" (English; a translation uses Qt's %n plural forms instead)."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@dataclass(frozen=True)
class Voice:
    """Who a task reason speaks to. The front desk reads "since last oil change" and "since ShopApp first
    saw the car"; the car's owner reads the letter's voice (shopapp.reports.letters.wording)."""

    last: str = "last {task}"  # what a task counts from when on record; {task} in lower case
    first_seen: str = "ShopApp first saw the car"  # ... and when not
    no_record: str = "; no {task} on record"  # said after the reason when the task has no service on record

    def since(self, task: str, baseline: Baseline) -> str:
        return self.last.format(task=task.lower()) if baseline.on_record else self.first_seen

    def record_note(self, task: str, baseline: Baseline) -> str:
        return "" if baseline.on_record else self.no_record.format(task=task.lower())


FRONT_DESK = Voice()

_REACHED = (Status.OVERDUE, Status.DUE)


def distance_reason_text(item: DueItem, why: DistanceReason, unit: DistanceUnit, voice: Voice) -> str:
    """ "6,412 mi since last tire rotation (every 6,000 mi)", or before it is reached "Tire rotation due in
    ~9 days (≈ 420 mi)" (the forecast from the car's driving, when there is one)."""
    if item.status in _REACHED:
        text = f"{format_distance(why.driven_km, unit)} since {voice.since(why.task, why.since)} "
        text += f"(every {format_distance(why.interval_km, unit)})"
    elif item.due_date is not None:
        days = max((item.due_date - why.today).days, 0)
        text = f"{why.task} due in ~{plural(days, 'day')} (≈ {format_distance(why.remaining_km, unit)})"
    else:
        text = f"{why.task} due in ≈ {format_distance(why.remaining_km, unit)}"
    return text + voice.record_note(why.task, why.since)


def time_reason_text(item: DueItem, why: TimeReason, voice: Voice) -> str:
    """ "7 months since last cabin air filter (every 12 months)", or "Brake inspection due in 20 days (by
    12 Dec)"."""
    if item.status in _REACHED:
        elapsed, every = plural(why.months_elapsed, "month"), plural(why.interval_months, "month")
        text = f"{elapsed} since {voice.since(why.task, why.since)} (every {every})"
    else:
        days = (why.due_on - why.today).days
        text = f"{why.task} due in {plural(days, 'day')} (by {short_date(why.due_on, why.today)})"
    return text + voice.record_note(why.task, why.since)


def oil_life_reason_text(item: DueItem, why: OilLifeReason) -> str:
    """ "Oil life 14 % (change at 20 %)", with the forecast day before the floor is reached."""
    text = f"Oil life {round(why.oil_life * 100)} % (change at {round(why.floor * 100)} %"
    if item.due_date is not None and item.status in (Status.DUE_SOON, Status.OK):
        text += f", reaches it ≈ {short_date(item.due_date, why.today)}"
    return text + ")"


def oil_changed_text(why: OilChangedReason) -> str:
    return f"{why.task} done {short_date(why.done_on, why.today)}; the car's next reading shows the new oil"


def task_reason_text(item: DueItem, unit: DistanceUnit, voice: Voice = FRONT_DESK) -> str | None:
    """The reason of a plan task's item (distance, time, oil life) in `voice`; None for any other item."""
    why = item.why
    if isinstance(why, DistanceReason):
        return distance_reason_text(item, why, unit, voice)
    if isinstance(why, TimeReason):
        return time_reason_text(item, why, voice)
    if isinstance(why, OilLifeReason):
        return oil_life_reason_text(item, why)
    if isinstance(why, OilChangedReason):
        return oil_changed_text(why)
    return None


def system_alert_text(why: SystemAlertReason) -> str:
    """ "Tire pressure sensor alert: Tire pressure low", or "Airbag alert" without the car's description."""
    name = system_display_name(why.system_id)
    return f"{name} alert: {why.description}" if why.description else f"{name} alert"


RECONNECT_TEXT = "The car's Smartcar access has ended; the owner must connect it again"
NO_DATA_TEXT = "No reading from the car yet"


def reason_text(item: DueItem, unit: DistanceUnit) -> str:
    """The reason as the list, the detail pane, `shopapp due` and the CSV's `reason` column say it
    ("Oil life 14 % (change at 20 %)", "P0420 Catalyst System Efficiency Below Threshold (Bank 1)")."""
    text = task_reason_text(item, unit)
    if text is not None:
        return text
    why = item.why
    if isinstance(why, TroubleCodeReason):
        return f"{why.code} {why.title}"
    if isinstance(why, SystemAlertReason):
        return system_alert_text(why)
    if isinstance(why, ReconnectReason):
        return RECONNECT_TEXT
    assert isinstance(why, NoDataReason), why
    return NO_DATA_TEXT


def hidden_text(suppression: Suppression) -> str:
    """Why an item is hidden: "snoozed until 2026-12-10", "dismissed until the next service"."""
    if suppression.kind == SNOOZED and suppression.until is not None:
        return f"snoozed until {suppression.until.isoformat()}"
    if suppression.kind == DISMISSED:
        return "dismissed until the next service"
    return suppression.kind


def hidden_status(suppression: Suppression) -> str:
    """The one word a table shows for a hidden item: "snoozed" or "dismissed"."""
    return SNOOZED if suppression.kind == SNOOZED else DISMISSED
