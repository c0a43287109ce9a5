"""Why an item is due, in the front desk's words: the one wording of a due reason that the window, the
`shopapp due` table and the CSV share (the letter speaks to the owner through its own Voice). Every word,
plural and number format of a reason lives here, each sentence whole through Qt's translation (context
DueReasons; the counts in DueCountWords), so a translation is a catalogue, not code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
    OilLampReason,
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
    """Who a task reason speaks to: the front desk reads "since last oil change" and "since 3 Aug with no
    tire rotation on record"; the car's owner reads the letter's voice (letters.wording.OWNER). A voice is
    its words, each a whole sentence (so a translation can reorder it) in the catalogue under `context`,
    marked with QT_TRANSLATE_NOOP where the voice is made and translated here when used:
    since_last: %1 elapsed since the task was last done, %2 the task, %3 its interval;
    since_first_seen (no service on record): %1 elapsed since the car was first seen, %2 that day, %3 the
    task, %4 the interval;
    none_on_record: %1 the reason's text, %2 the day the car was first seen, %3 the task;
    oil_lamp: the car's own oil-change light is on."""

    context: str
    since_last: str
    since_first_seen: str
    none_on_record: str
    oil_lamp: str

    def since(self, elapsed: str, task: str, baseline: Baseline, every: str, today: date) -> str:
        """ "6,412 mi since last tire rotation (every 6,000 mi)"; elapsed and every: a distance or a number
        of months; task in lower case when on record."""
        if baseline.on_record:
            return fill(self._words(self.since_last), elapsed, task.lower(), every)
        first_seen = _first_seen(baseline, today)
        return fill(self._words(self.since_first_seen), elapsed, first_seen, task.lower(), every)

    def record_note(self, text: str, task: str, baseline: Baseline, today: date) -> str:
        """`text` with what is said when the task has no service on record."""
        if baseline.on_record:
            return text
        return fill(self._words(self.none_on_record), text, _first_seen(baseline, today), task.lower())

    def oil_lamp_text(self) -> str:
        return self._words(self.oil_lamp)

    def _words(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)


def _first_seen(baseline: Baseline, today: date) -> str:
    """The day a task with no service on record counts from (when the shop first saw the car)."""
    if baseline.on is None:
        return QCoreApplication.translate("DueReasons", "the first reading")
    return short_date(baseline.on, today)


FRONT_DESK = Voice(
    "DueReasons",
    since_last=str(QT_TRANSLATE_NOOP("DueReasons", "%1 since last %2 (every %3)")),
    since_first_seen=str(QT_TRANSLATE_NOOP("DueReasons", "%1 since %2 with no %3 on record (every %4)")),
    none_on_record=str(QT_TRANSLATE_NOOP("DueReasons", "%1; none on record since %2")),
    oil_lamp=str(QT_TRANSLATE_NOOP("DueReasons", "The car's oil-change light is on")),
)

_REACHED = (Status.OVERDUE, Status.DUE)


def distance_reason_text(item: DueItem, why: DistanceReason, unit: DistanceUnit, voice: Voice) -> str:
    """ "6,412 mi since last tire rotation (every 6,000 mi)", or before it is reached "Tire rotation due in
    ~9 days (≈ 420 mi)" (the forecast from the car's driving, when there is one)."""
    if item.status in _REACHED:
        driven, every = format_distance(why.driven_km, unit), format_distance(why.interval_km, unit)
        if why.estimated:  # "≈ 6,400 mi": from the usual driving since the last visit, not a reading
            driven = fill(QCoreApplication.translate("DueReasons", "≈ %1"), driven)
        return voice.since(driven, why.task, why.since, every, why.today)  # it says what is on record
    if item.due_date is not None:
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
    return voice.record_note(text, why.task, why.since, why.today)


def time_reason_text(item: DueItem, why: TimeReason, voice: Voice) -> str:
    """ "7 months since last cabin air filter (every 12 months)", or "Brake inspection due in 20 days (by
    12 Dec)"."""
    if item.status in _REACHED:
        elapsed, every = months_text(why.months_elapsed), months_text(why.interval_months)
        return voice.since(elapsed, why.task, why.since, every, why.today)  # it says what is on record
    days = (why.due_on - why.today).days
    text = fill(
        QCoreApplication.translate("DueReasons", "%1 due in %2 (by %3)"),
        why.task,
        days_text(days),
        short_date(why.due_on, why.today),
    )
    return voice.record_note(text, why.task, why.since, why.today)


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
    if isinstance(why, OilLampReason):
        return voice.oil_lamp_text()
    return None


def item_name(item: DueItem) -> str:
    """What every surface calls an item (the list, the detail pane, `shopapp due`, the CSV's `item`):
    a plan task by the shop's own name, an alert in plain words ("Tire pressure warning", "Trouble code
    P0420"), never a raw system id."""
    why = item.why
    if isinstance(why, SystemAlertReason):
        return fill(
            QCoreApplication.translate("DueReasons", "%1 warning"), system_display_name(why.system_id)
        )
    if isinstance(why, TroubleCodeReason):
        return fill(QCoreApplication.translate("DueReasons", "Trouble code %1"), why.code)
    if isinstance(why, ReconnectReason):
        return QCoreApplication.translate("DueReasons", "Reconnect Smartcar")
    if isinstance(why, NoDataReason) and why.at_desk:
        return QCoreApplication.translate("DueReasons", "Awaiting an odometer reading")
    if isinstance(why, NoDataReason):
        return QCoreApplication.translate("DueReasons", "Awaiting first refresh")
    return item.item


def _plain(text: str) -> str:
    """Words only, for comparing a name with a description: "Check-engine light" ~ "check engine light"."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


def repeats_the_name(name: str, description: str) -> bool:
    """Whether the car's description only says again what the system's name says ("Check engine light
    on" under "Check-engine light"): then the description alone is the reason."""
    return _plain(name) in _plain(description)


def system_alert_text(why: SystemAlertReason) -> str:
    """ "Tire pressure warning: Left rear tire low"; the car's own description alone when it already names
    the system ("Check engine light on"); "Airbag warning" without a description."""
    name = system_display_name(why.system_id)
    description = (why.description or "").strip()
    if not description:
        return fill(QCoreApplication.translate("DueReasons", "%1 warning"), name)
    if repeats_the_name(name, description):
        return description[:1].upper() + description[1:]
    return fill(QCoreApplication.translate("DueReasons", "%1 warning: %2"), name, description)


def reason_text(item: DueItem, unit: DistanceUnit) -> str:
    """The reason as the list, the detail pane, `shopapp due` and the CSV's `reason` column say it
    ("Oil life 14 % (change at 20 %)", "P0420 Catalyst System Efficiency Below Threshold (Bank 1)")."""
    text = task_reason_text(item, unit)
    if text is not None:
        return text
    why = item.why
    if isinstance(why, TroubleCodeReason):
        if why.maker:
            own = QCoreApplication.translate(
                "DueReasons",
                "%1 is %2's own code: %2 dealers and scan tools with %2 software read what it means",
            )
            return fill(own, why.code, why.maker)
        return f"{why.code} {why.title}"
    if isinstance(why, SystemAlertReason):
        return system_alert_text(why)
    if isinstance(why, ReconnectReason):
        return QCoreApplication.translate(
            "DueReasons", "The car's Smartcar access has ended; the owner must connect it again"
        )
    assert isinstance(why, NoDataReason), why
    if why.at_desk:
        return QCoreApplication.translate(
            "DueReasons", "No odometer entered yet: Record service takes it at the next visit"
        )
    return QCoreApplication.translate("DueReasons", "No reading from the car yet")


def hidden_text(suppression: Suppression, today: date | None = None) -> str:
    """Why an item is hidden: "snoozed until 10 Dec" (a surface that reads dates in the shop's style
    passes `today`), "snoozed until 2026-12-10" (without it: the CSV, whose dates are ISO), "dismissed
    until the next service"."""
    if suppression.kind == SNOOZED and suppression.until is not None:
        until = short_date(suppression.until, today) if today else suppression.until.isoformat()
        return fill(QCoreApplication.translate("DueReasons", "snoozed until %1"), until)
    if suppression.kind == DISMISSED:
        return QCoreApplication.translate("DueReasons", "dismissed until the next service")
    return suppression.kind


def hidden_status(suppression: Suppression) -> str:
    """The one word (a data value, not translated) for a hidden item: "snoozed" or "dismissed"."""
    return SNOOZED if suppression.kind == SNOOZED else DISMISSED
