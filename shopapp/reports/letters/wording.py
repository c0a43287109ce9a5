"""What a reminder letter says, to the car's owner: built from the due items' reasons as data (the numbers
and dates of shopapp.domain.due_reasons), never by taking the front desk's sentences apart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from shopapp.domain.dtc import TroubleCodeCatalogue, TroubleCodeInfo
from shopapp.domain.due import DueItem, Status, system_short_name
from shopapp.domain.due_reasons import (
    DistanceReason,
    OilLampReason,
    ReconnectReason,
    SystemAlertReason,
    TimeReason,
    Trigger,
    TroubleCodeReason,
)
from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.local_format import abbreviated_date, format_distance, long_date
from shopapp.reports.due_words import Voice, task_reason_text
from shopapp.reports.letters.profile import ShopProfile
from shopapp.services.reminders import LetterVehicle, ReminderLetter
from shopapp.system_names import system_display_name


@dataclass(frozen=True)
class LetterStyle:
    """How the letter writes distances and dates (month names in the shop's language; month first where the
    letter's locale writes dates so, e.g. the US)."""

    unit: DistanceUnit
    today: date
    month_first: bool = False

    def long_date(self, day: date) -> str:
        return long_date(day, month_first=self.month_first)

    def short_date(self, day: date) -> str:
        return abbreviated_date(day, month_first=self.month_first)

    def distance(self, km: float) -> str:
        return format_distance(km, self.unit)


def _letter_text(text: object) -> str:
    """A text of the tables below (marked with QT_TRANSLATE_NOOP) in the shop's language."""
    return QCoreApplication.translate("LetterWording", str(text)) if text else ""


_STATUS_WORDS = {
    Status.OVERDUE: QT_TRANSLATE_NOOP("LetterWording", "Overdue"),
    Status.DUE: QT_TRANSLATE_NOOP("LetterWording", "Due now"),
    Status.ALERT: QT_TRANSLATE_NOOP("LetterWording", "Warning"),
    Status.DUE_SOON: QT_TRANSLATE_NOOP("LetterWording", "Due soon"),
    Status.OK: "",
}

_SYSTEM_ADVICE = {
    "TPMS": QT_TRANSLATE_NOOP(
        "LetterWording",
        "Please check your tire pressures soon: a tire may be losing air, or a sensor needs attention.",
    ),
    "TIRE_PRESSURE_MONITORING": QT_TRANSLATE_NOOP(
        "LetterWording", "Please check your tire pressures soon: a tire may be losing air."
    ),
    "MIL": QT_TRANSLATE_NOOP("LetterWording", "A quick diagnostic check will tell us why it came on."),
    "ABS": QT_TRANSLATE_NOOP("LetterWording", "This concerns a safety system; please have it checked soon."),
    "AIRBAG": QT_TRANSLATE_NOOP(
        "LetterWording", "This concerns a safety system; please have it checked soon."
    ),
    "BRAKE_FLUID": QT_TRANSLATE_NOOP(
        "LetterWording", "This concerns your brakes; please have it checked soon."
    ),
    "ACTIVE_SAFETY": QT_TRANSLATE_NOOP(
        "LetterWording", "This concerns a safety system; please have it checked soon."
    ),
    "DRIVER_ASSISTANCE": QT_TRANSLATE_NOOP(
        "LetterWording", "This concerns a safety system; please have it checked soon."
    ),
    "WASHER_FLUID": QT_TRANSLATE_NOOP("LetterWording", "We can top it up at your next visit."),
    "LIGHTING": QT_TRANSLATE_NOOP(
        "LetterWording", "A bulb or light may need replacing; we can check it at your next visit."
    ),
}
_DEFAULT_ADVICE = QT_TRANSLATE_NOOP("LetterWording", "We recommend having it checked at your next visit.")

_SYSTEM_AREAS = {
    "powertrain": QT_TRANSLATE_NOOP("LetterWording", "the engine or transmission"),
    "body": QT_TRANSLATE_NOOP("LetterWording", "the car's body electronics"),
    "chassis": QT_TRANSLATE_NOOP("LetterWording", "the brakes, steering or suspension"),
    "network": QT_TRANSLATE_NOOP("LetterWording", "the communication between the car's control units"),
}


def status_words(status: Status) -> str:
    """The status as the letter's item table says it ("Due now")."""
    return _letter_text(_STATUS_WORDS[status])


def safe(text: object) -> str:
    """Text from outside (what the shop, a customer or a car typed) ready for a letter: no control
    characters, no bidi overrides, right-to-left text isolated so it cannot reorder the words around it."""
    return safe_text(str(text), isolate=True)


def _consequences(info: TroubleCodeInfo) -> tuple[str, str]:
    """What the fault may do, (as a clause after "This affects ...;", as a sentence of its own); ("", "")
    when the catalogue says nothing of it."""
    if info.limp_mode_possible and info.check_engine_lamp:
        return (
            QCoreApplication.translate(
                "LetterWording",
                "the car may reduce its power to protect itself and it usually turns on the check-engine light",  # noqa: E501 (one literal for lupdate)
            ),
            QCoreApplication.translate(
                "LetterWording",
                "The car may reduce its power to protect itself and it usually turns on the check-engine light.",  # noqa: E501 (one literal for lupdate)
            ),
        )
    if info.limp_mode_possible:
        return (
            QCoreApplication.translate("LetterWording", "the car may reduce its power to protect itself"),
            QCoreApplication.translate("LetterWording", "The car may reduce its power to protect itself."),
        )
    if info.check_engine_lamp:
        return (
            QCoreApplication.translate("LetterWording", "it usually turns on the check-engine light"),
            QCoreApplication.translate("LetterWording", "It usually turns on the check-engine light."),
        )
    return "", ""


def trouble_code_words(code: str, catalogue: TroubleCodeCatalogue, maker: str = "") -> str:
    """A fault code explained for the car's owner: what the car reported, what it affects and may do, and
    what the shop will do about it (one sentence each). `maker`: the car's maker, for a code of its own."""
    info = catalogue.describe(code)
    if maker and not info.in_catalogue:
        reported = QCoreApplication.translate(
            "LetterWording", "Your car reported a fault that %1 defines for its own cars."
        )
        sentences = [fill(reported, safe(maker))]
    else:
        reported = QCoreApplication.translate("LetterWording", "Your car reported a fault: %1.")
        sentences = [fill(reported, safe(info.title))]
    if info.emissions_relevant:
        area = QCoreApplication.translate("LetterWording", "the car's exhaust emissions")
    else:
        area = _letter_text(_SYSTEM_AREAS.get(info.system, ""))
    clause, sentence = _consequences(info)
    if area and clause:
        sentences.append(
            fill(QCoreApplication.translate("LetterWording", "This affects %1; %2."), area, clause)
        )
    elif area:
        sentences.append(fill(QCoreApplication.translate("LetterWording", "This affects %1."), area))
    elif sentence:
        sentences.append(sentence)
    check = QCoreApplication.translate(
        "LetterWording", "A diagnostic check will tell us what it needs (fault code %1)."
    )
    sentences.append(fill(check, safe(info.code)))
    return " ".join(sentences)


def system_alert_words(why: SystemAlertReason) -> str:
    """A dashboard warning in words: what the car says (its own description when it gives one) and advice."""
    description = (why.description or "").strip()
    advice = _letter_text(_SYSTEM_ADVICE.get(system_short_name(why.system_id), _DEFAULT_ADVICE))
    if description:
        reports = QCoreApplication.translate("LetterWording", "Your car's dashboard reports: %1. %2")
        return fill(reports, safe(description.rstrip(".")), advice)
    shows = QCoreApplication.translate("LetterWording", "Your car's dashboard shows a warning: %1. %2")
    return fill(shows, safe(system_display_name(why.system_id)), advice)


# The owner's view of what a task counts from (the front desk reads "since 3 Aug with no … on record").
OWNER = Voice(
    "LetterWording",
    since_last=str(QT_TRANSLATE_NOOP("LetterWording", "%1 since its last %2 (every %3)")),
    since_first_seen=str(
        QT_TRANSLATE_NOOP("LetterWording", "%1 since %2, when your car was first connected to us (every %4)")
    ),
    none_on_record=str(QT_TRANSLATE_NOOP("LetterWording", "%1. We have no %3 on record since %2")),
    oil_lamp=str(QT_TRANSLATE_NOOP("LetterWording", "Your car's oil-change light is on")),
)
# The same for a car the shop keeps by hand: it counts from the owner's first visit, not from a link.
OWNER_OF_A_CAR_SEEN_AT_VISITS = replace(
    OWNER,
    since_first_seen=str(
        QT_TRANSLATE_NOOP("LetterWording", "%1 since %2, your car's first visit with us (every %4)")
    ),
)


def task_reason_words(item: DueItem, style: LetterStyle, *, seen_at_visits: bool = False) -> str:
    """A plan task's reason (distance, time, oil life) as a sentence for the owner, with the same numbers
    as the window's ("6,412 mi since its last tire rotation (every 6,000 mi)."). `seen_at_visits`: the car
    is kept at the desk (it counts from its first visit)."""
    voice = OWNER_OF_A_CAR_SEEN_AT_VISITS if seen_at_visits else OWNER
    text = task_reason_text(item, style.unit, voice) or item.item
    return safe(text if text.endswith((".", "!", "?")) else f"{text}.")


def item_words(
    item: DueItem, catalogue: TroubleCodeCatalogue, style: LetterStyle, *, seen_at_visits: bool = False
) -> str:
    """Why the item is on the letter, in words without jargon."""
    why = item.why
    if isinstance(why, TroubleCodeReason):
        return trouble_code_words(why.code, catalogue, why.maker)
    if isinstance(why, SystemAlertReason):
        return system_alert_words(why)
    if isinstance(why, ReconnectReason):
        return QCoreApplication.translate(
            "LetterWording",
            "Our connection to your car has ended, so we can no longer tell you when it needs service. Call us and we will help you connect it again in a minute.",  # noqa: E501 (one literal for lupdate)
        )
    return task_reason_words(item, style, seen_at_visits=seen_at_visits)


def item_title(item: DueItem, catalogue: TroubleCodeCatalogue) -> str:
    why = item.why
    if isinstance(why, TroubleCodeReason):
        if catalogue.describe(why.code).system == "powertrain":
            return QCoreApplication.translate("LetterWording", "Engine fault")
        return QCoreApplication.translate("LetterWording", "Fault reported")
    if isinstance(why, SystemAlertReason):
        return safe(system_display_name(why.system_id))
    if isinstance(why, ReconnectReason):
        return QCoreApplication.translate("LetterWording", "Car connection")
    return safe(item.item)


def item_when(item: DueItem, style: LetterStyle) -> str:
    """When the item is due: its due date or odometer, and the forecast from the car's own driving."""
    overdue = item.status in (Status.OVERDUE, Status.DUE)
    forecast = item.due_date
    if isinstance(item.why, DistanceReason) and item.due_odometer_km is not None:
        at = style.distance(item.due_odometer_km)
        if overdue and forecast:
            was_due = QCoreApplication.translate("LetterWording", "Was due at %1 (about %2)")
            return fill(was_due, at, style.short_date(forecast))
        if overdue:
            return fill(QCoreApplication.translate("LetterWording", "Was due at %1"), at)
        if forecast:
            usual = QCoreApplication.translate("LetterWording", "At %1; at your usual driving about %2")
            return fill(usual, at, style.short_date(forecast))
        return fill(QCoreApplication.translate("LetterWording", "At %1"), at)
    if isinstance(item.why, TimeReason) and item.due_date is not None:
        if overdue:
            return fill(
                QCoreApplication.translate("LetterWording", "Was due %1"), style.short_date(item.due_date)
            )
        return fill(QCoreApplication.translate("LetterWording", "By %1"), style.short_date(item.due_date))
    if item.trigger is Trigger.OIL_LIFE:
        if overdue or isinstance(item.why, OilLampReason):  # the car's own light says: now
            return QCoreApplication.translate("LetterWording", "Now")
        if forecast:
            about = QCoreApplication.translate(
                "LetterWording", "About %1 (forecast from the car's oil-life readings)"
            )
            return fill(about, style.short_date(forecast))
        return QCoreApplication.translate("LetterWording", "Soon")
    if isinstance(item.why, ReconnectReason):
        return QCoreApplication.translate("LetterWording", "When convenient")
    return QCoreApplication.translate("LetterWording", "As soon as you can")


class LetterCountWords(QObject):
    """Words of the letter that hold a count. A QObject only for self.tr(): lupdate reads plurals (%n) only
    there."""

    def vehicles_due(self, count: int) -> str:
        return self.tr(
            "According to our records and the latest readings from your vehicles, these %n are due for the service below.",  # noqa: E501 (one literal for lupdate)
            "",
            count,
        )

    def vehicles_due_by_visits(self, count: int) -> str:
        return self.tr(
            "According to our records of your visits, these %n vehicles are due for the service below.",
            "",
            count,
        )


def intro_words(letter: ReminderLetter) -> str:
    """The opening sentence: what the letter goes by (the cars' own readings, or only the shop's records of
    visits when every car in it is kept at the desk)."""
    by_visits = all(vehicle.kept_at_desk for vehicle in letter.vehicles)
    if len(letter.vehicles) == 1:
        if by_visits:
            one = QCoreApplication.translate(
                "LetterWording",
                "According to our records of your visits, your %1 is due for the service below.",
            )
        else:
            one = QCoreApplication.translate(
                "LetterWording",
                "According to our records and the latest readings from your %1, it is due for the service below.",  # noqa: E501 (one literal for lupdate)
            )
        return fill(one, safe(letter.vehicles[0].title))
    if by_visits:
        return LetterCountWords().vehicles_due_by_visits(len(letter.vehicles))
    return LetterCountWords().vehicles_due(len(letter.vehicles))


def closing_words(shop: ShopProfile) -> str:
    phone, email = safe(shop.phone), safe(shop.email)
    if phone and email:
        contact = QCoreApplication.translate(
            "LetterWording",
            "Please call us at %1 to book a visit (or write to %2); we will gladly take care of everything in one appointment.",  # noqa: E501 (one literal for lupdate)
        )
    elif phone:
        contact = QCoreApplication.translate(
            "LetterWording",
            "Please call us at %1 to book a visit; we will gladly take care of everything in one appointment.",  # noqa: E501 (one literal for lupdate)
        )
    elif email:
        contact = QCoreApplication.translate(
            "LetterWording",
            "Please write to %1 to book a visit; we will gladly take care of everything in one appointment.",
        )
    else:
        contact = QCoreApplication.translate(
            "LetterWording",
            "Please contact us to book a visit; we will gladly take care of everything in one appointment.",
        )
    elsewhere = QCoreApplication.translate(
        "LetterWording",
        "If the work has already been done elsewhere, just let us know and we will update our records.",
    )
    ways = (phone, email) if phone else (email,)  # %1 (and %2) of the sentence chosen above
    return f"{fill(contact, *ways)} {elsewhere}"


def signature_words(shop: ShopProfile) -> str:
    return safe(shop.name) or QCoreApplication.translate("LetterWording", "Your service team")


def vehicle_facts_words(vehicle: LetterVehicle, style: LetterStyle) -> list[str]:
    """What identifies a car under its title: "Plate 4MBW455", "Odometer 58,517 mi"."""
    facts = []
    if vehicle.plate:
        facts.append(fill(QCoreApplication.translate("LetterWording", "Plate %1"), safe(vehicle.plate)))
    if vehicle.odometer_km is not None and vehicle.odometer_entered_on is not None:
        odometer = QCoreApplication.translate("LetterWording", "Odometer %1 at your visit on %2")
        facts.append(
            fill(odometer, style.distance(vehicle.odometer_km), style.short_date(vehicle.odometer_entered_on))
        )
    elif vehicle.odometer_km is not None:
        odometer = QCoreApplication.translate("LetterWording", "Odometer %1")
        facts.append(fill(odometer, style.distance(vehicle.odometer_km)))
    return facts


def page_words(number: int, count: int) -> str:
    """The footer of each page, counted within the customer's letter."""
    return fill(QCoreApplication.translate("LetterWording", "Page %1 of %2"), number, count)


def continued_words(customer_name: str) -> str:
    """Atop a letter's later pages."""
    return fill(QCoreApplication.translate("LetterWording", "%1 (continued)"), customer_name)
