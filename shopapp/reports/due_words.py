"""Why an item is due, in the front desk's words: the one wording of a due reason that the window, the
`shopapp due` table and the CSV share (the letter speaks to the owner through its own Voice). Every word,
plural and number format of a reason lives here, each sentence whole through Qt's translation (context
DueReasons; the counts in DueCountWords), so a translation is a catalogue, not code."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

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
from shopapp.i18n import fill
from shopapp.local_format import format_distance, short_date, whole_number
from shopapp.system_names import system_display_name


def nothing_due_text() -> str:
    """What a car with nothing due shows where its most urgent reason would be."""
    return QCoreApplication.translate("DueReasons", "Nothing due")


class DueCountWords(QObject):
    """The counts inside a reason ("1 day", "13 months"). A QObject only for self.tr(): lupdate marks a
    message as plural (%n) only in self.tr()."""

    def days(self, count: int) -> str:
        return self.tr("%n day(s)", "", count)

    def months(self, count: int) -> str:
        return self.tr("%n month(s)", "", count)


_COUNTS = DueCountWords()  # tr() holds no state: one instance serves every thread


def days_text(count: int) -> str:
    """ "1 day", "3 days" in the shop's language."""
    return _COUNTS.days(count)


def months_text(count: int) -> str:
    """ "1 month", "13 months" in the shop's language."""
    return _COUNTS.months(count)


@dataclass(frozen=True, slots=True)
class Voice:
    """Who a task reason speaks to: the front desk reads "since last oil change" and "since ShopApp first
    saw the car"; the car's owner reads the letter's voice (shopapp.reports.letters.wording.OWNER). A voice is
    its words, each a whole sentence (so a translation can reorder it) in the catalogue under `context`,
    marked with QT_TRANSLATE_NOOP where the voice is made and translated here when used:
    since_last: %1 elapsed since the task was last done, %2 the task, %3 its interval;
    since_first_seen: %1 elapsed since the car was first seen, %2 the interval (no service on record);
    none_on_record: %1 the reason's text, %2 the task that has no service on record."""

    context: str
    since_last: str
    since_first_seen: str
    none_on_record: str

    def since(self, elapsed: str, task: str, baseline: Baseline, every: str) -> str:
        """ "6,412 mi since last tire rotation (every 6,000 mi)"; elapsed and every: a distance or a number
        of months; task in lower case when on record."""
        if baseline.on_record:
            return fill(self._words(self.since_last), elapsed, task.lower(), every)
        return fill(self._words(self.since_first_seen), elapsed, every)

    def record_note(self, text: str, task: str, baseline: Baseline) -> str:
        """`text` with what is said when the task has no service on record."""
        if baseline.on_record:
            return text
        return fill(self._words(self.none_on_record), text, task.lower())

    def _words(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)


FRONT_DESK = Voice(
    "DueReasons",
    since_last=str(QT_TRANSLATE_NOOP("DueReasons", "%1 since last %2 (every %3)")),
    since_first_seen=str(QT_TRANSLATE_NOOP("DueReasons", "%1 since ShopApp first saw the car (every %2)")),
    none_on_record=str(QT_TRANSLATE_NOOP("DueReasons", "%1; no %2 on record")),
)

_REACHED = (Status.OVERDUE, Status.DUE)


def distance_reason_text(item: DueItem, why: DistanceReason, unit: DistanceUnit, voice: Voice) -> str:
    """ "6,412 mi since last tire rotation (every 6,000 mi)", or before it is reached "Tire rotation due in
    ~9 days (≈ 420 mi)" (the forecast from the car's driving, when there is one)."""
    if item.status in _REACHED:
        driven, every = format_distance(why.driven_km, unit), format_distance(why.interval_km, unit)
        text = voice.since(driven, why.task, why.since, every)
    elif item.due_date is not None:
        days = max((item.due_date - why.today).days, 0)
        text = fill(
            QCoreApplication.translate("DueReasons", "%1 due in ~%2 (≈ %3)"),
            why.task,
            days_text(days),
            format_distance(why.remaining_km, unit),
        )
    else:
        text = fill(
            QCoreApplication.translate("DueReasons", "%1 due in ≈ %2"),
            why.task,
            format_distance(why.remaining_km, unit),
        )
    return voice.record_note(text, why.task, why.since)


def time_reason_text(item: DueItem, why: TimeReason, voice: Voice) -> str:
    """ "7 months since last cabin air filter (every 12 months)", or "Brake inspection due in 20 days (by
    12 Dec)"."""
    if item.status in _REACHED:
        elapsed, every = months_text(why.months_elapsed), months_text(why.interval_months)
        text = voice.since(elapsed, why.task, why.since, every)
    else:
        days = (why.due_on - why.today).days
        text = fill(
            QCoreApplication.translate("DueReasons", "%1 due in %2 (by %3)"),
            why.task,
            days_text(days),
            short_date(why.due_on, why.today),
        )
    return voice.record_note(text, why.task, why.since)


def oil_life_reason_text(item: DueItem, why: OilLifeReason) -> str:
    """ "Oil life 14 % (change at 20 %)", with the forecast day before the floor is reached."""
    life, floor = whole_number(why.oil_life * 100), whole_number(why.floor * 100)
    if item.due_date is not None and item.status in (Status.DUE_SOON, Status.OK):
        return fill(
            QCoreApplication.translate("DueReasons", "Oil life %1 % (change at %2 %, reaches it ≈ %3)"),
            life,
            floor,
            short_date(item.due_date, why.today),
        )
    return fill(QCoreApplication.translate("DueReasons", "Oil life %1 % (change at %2 %)"), life, floor)


def oil_changed_text(why: OilChangedReason) -> str:
    return fill(
        QCoreApplication.translate("DueReasons", "%1 done %2; the car's next reading shows the new oil"),
        why.task,
        short_date(why.done_on, why.today),
    )


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
    if why.description:
        return fill(QCoreApplication.translate("DueReasons", "%1 alert: %2"), name, why.description)
    return fill(QCoreApplication.translate("DueReasons", "%1 alert"), name)


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
        return QCoreApplication.translate(
            "DueReasons", "The car's Smartcar access has ended; the owner must connect it again"
        )
    assert isinstance(why, NoDataReason), why
    return QCoreApplication.translate("DueReasons", "No reading from the car yet")


def hidden_text(suppression: Suppression) -> str:
    """Why an item is hidden: "snoozed until 2026-12-10", "dismissed until the next service" (the date in
    ISO form, as the CSV's other dates)."""
    if suppression.kind == SNOOZED and suppression.until is not None:
        return fill(
            QCoreApplication.translate("DueReasons", "snoozed until %1"), suppression.until.isoformat()
        )
    if suppression.kind == DISMISSED:
        return QCoreApplication.translate("DueReasons", "dismissed until the next service")
    return suppression.kind


def hidden_status(suppression: Suppression) -> str:
    """The one word (a data value, not translated) for a hidden item: "snoozed" or "dismissed"."""
    return SNOOZED if suppression.kind == SNOOZED else DISMISSED
