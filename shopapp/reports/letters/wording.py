"""What a reminder letter says, to the car's owner: built from the due items' reasons as data (the numbers
and dates of shopapp.domain.due_reasons), never by taking the front desk's sentences apart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.due import DueItem, Status, system_short_name
from shopapp.domain.due_reasons import (
    DistanceReason,
    ReconnectReason,
    SystemAlertReason,
    TimeReason,
    Trigger,
    TroubleCodeReason,
)
from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit
from shopapp.local_format import format_distance
from shopapp.reports.due_words import Voice, task_reason_text
from shopapp.reports.letters.profile import ShopProfile
from shopapp.services.reminders import LetterVehicle, ReminderLetter
from shopapp.system_names import system_display_name

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class LetterStyle:
    """How the letter writes distances and dates."""

    unit: DistanceUnit
    today: date
    month_first: bool = False

    def long_date(self, day: date) -> str:
        month = _MONTHS[day.month - 1]
        return f"{month} {day.day}, {day.year}" if self.month_first else f"{day.day} {month} {day.year}"

    def short_date(self, day: date) -> str:
        month = _MONTHS[day.month - 1][:3]
        return f"{month} {day.day}, {day.year}" if self.month_first else f"{day.day} {month} {day.year}"

    def distance(self, km: float) -> str:
        return format_distance(km, self.unit)


_STATUS_WORDS = {
    Status.OVERDUE: "Overdue",
    Status.DUE: "Due now",
    Status.ALERT: "Warning",
    Status.DUE_SOON: "Due soon",
    Status.OK: "",
}

_SYSTEM_ADVICE = {
    "TPMS": "Please check your tire pressures soon: a tire may be losing air, or a sensor needs attention.",
    "TIRE_PRESSURE_MONITORING": "Please check your tire pressures soon: a tire may be losing air.",
    "MIL": "A quick diagnostic check will tell us why it came on.",
    "ABS": "This concerns a safety system; please have it checked soon.",
    "AIRBAG": "This concerns a safety system; please have it checked soon.",
    "BRAKE_FLUID": "This concerns your brakes; please have it checked soon.",
    "ACTIVE_SAFETY": "This concerns a safety system; please have it checked soon.",
    "DRIVER_ASSISTANCE": "This concerns a safety system; please have it checked soon.",
    "WASHER_FLUID": "We can top it up at your next visit.",
    "LIGHTING": "A bulb or light may need replacing; we can check it at your next visit.",
}
_DEFAULT_ADVICE = "We recommend having it checked at your next visit."

_SYSTEM_AREAS = {
    "powertrain": "the engine or transmission",
    "body": "the car's body electronics",
    "chassis": "the brakes, steering or suspension",
    "network": "the communication between the car's control units",
}


def status_words(status: Status) -> str:
    """The status as the letter's item table says it ("Due now")."""
    return _STATUS_WORDS[status]


def safe(text: object) -> str:
    """Text from outside (what the shop, a customer or a car typed) ready for a letter: no control
    characters, no bidi overrides, right-to-left text isolated so it cannot reorder the words around it."""
    return safe_text(str(text), isolate=True)


def trouble_code_words(code: str, catalogue: TroubleCodeCatalogue) -> str:
    """A fault code explained for the car's owner: what the car reported and what it affects."""
    info = catalogue.describe(code)
    text = f"Your car reported a fault: {safe(info.title)}"
    area = "the car's exhaust emissions" if info.emissions_relevant else _SYSTEM_AREAS.get(info.system)
    consequences = []
    if info.limp_mode_possible:
        consequences.append("the car may reduce its power to protect itself")
    if info.check_engine_lamp:
        consequences.append("it usually turns on the check-engine light")
    joined = " and ".join(consequences)
    if area:
        text += f". This affects {area}" + (f"; {joined}" if joined else "")
    elif joined:
        text += f". {joined[:1].upper()}{joined[1:]}"
    return f"{text}. A diagnostic check will tell us what it needs (fault code {safe(info.code)})."


def system_alert_words(why: SystemAlertReason) -> str:
    """A dashboard warning in words: what the car says (its own description when it gives one) and advice."""
    description = (why.description or "").strip()
    advice = _SYSTEM_ADVICE.get(system_short_name(why.system_id), _DEFAULT_ADVICE)
    if description:
        return f"Your car's dashboard reports: {safe(description.rstrip('.'))}. {advice}"
    return f"Your car's dashboard shows a warning: {safe(system_display_name(why.system_id))}. {advice}"


_RECONNECT_WORDS = (
    "Our connection to your car has ended, so we can no longer tell you when it needs service. "
    "Call us and we will help you connect it again in a minute."
)

# The owner's view of what a task counts from ("since ShopApp first saw the car" is the shop's view).
OWNER = Voice(
    last="its last {task}",
    first_seen="your car was first connected to us",
    no_record=". We have no {task} on record",
)


def task_reason_words(item: DueItem, style: LetterStyle) -> str:
    """A plan task's reason (distance, time, oil life) as a sentence for the owner, with the same numbers
    as the window's ("6,412 mi since its last tire rotation (every 6,000 mi).")."""
    text = task_reason_text(item, style.unit, OWNER) or item.item
    return safe(text if text.endswith((".", "!", "?")) else f"{text}.")


def item_words(item: DueItem, catalogue: TroubleCodeCatalogue, style: LetterStyle) -> str:
    """Why the item is on the letter, in words without jargon."""
    why = item.why
    if isinstance(why, TroubleCodeReason):
        return trouble_code_words(why.code, catalogue)
    if isinstance(why, SystemAlertReason):
        return system_alert_words(why)
    if isinstance(why, ReconnectReason):
        return _RECONNECT_WORDS
    return task_reason_words(item, style)


def item_title(item: DueItem, catalogue: TroubleCodeCatalogue) -> str:
    why = item.why
    if isinstance(why, TroubleCodeReason):
        system = catalogue.describe(why.code).system
        return "Engine fault" if system == "powertrain" else "Fault reported"
    if isinstance(why, SystemAlertReason):
        return safe(system_display_name(why.system_id))
    if isinstance(why, ReconnectReason):
        return "Car connection"
    return safe(item.item)


def item_when(item: DueItem, style: LetterStyle) -> str:
    """When the item is due: its due date or odometer, and the forecast from the car's own driving."""
    overdue = item.status in (Status.OVERDUE, Status.DUE)
    forecast = item.due_date
    if isinstance(item.why, DistanceReason) and item.due_odometer_km is not None:
        at = style.distance(item.due_odometer_km)
        if overdue:
            return f"Was due at {at}" + (f" (about {style.short_date(forecast)})" if forecast else "")
        if forecast:
            return f"At {at}; at your usual driving about {style.short_date(forecast)}"
        return f"At {at}"
    if isinstance(item.why, TimeReason) and item.due_date is not None:
        return (
            f"Was due {style.short_date(item.due_date)}"
            if overdue
            else f"By {style.short_date(item.due_date)}"
        )
    if item.trigger is Trigger.OIL_LIFE:
        if overdue:
            return "Now"
        if forecast:
            return f"About {style.short_date(forecast)} (forecast from the car's oil-life readings)"
        return "Soon"
    if isinstance(item.why, ReconnectReason):
        return "When convenient"
    return "As soon as you can"


def intro_words(letter: ReminderLetter) -> str:
    if len(letter.vehicles) == 1:
        return (
            f"According to our records and the latest readings from your {safe(letter.vehicles[0].title)}, "
            "it is due for the service below."
        )
    return (
        "According to our records and the latest readings from your vehicles, "
        f"these {len(letter.vehicles)} are due for the service below."
    )


def closing_words(shop: ShopProfile) -> str:
    phone, email = safe(shop.phone), safe(shop.email)
    if phone:
        contact = f"Please call us at {phone} to book a visit"
        if email:
            contact += f" (or write to {email})"
    elif email:
        contact = f"Please write to {email} to book a visit"
    else:
        contact = "Please contact us to book a visit"
    return (
        f"{contact}; we will gladly take care of everything in one appointment. If the work has already "
        "been done elsewhere, just let us know and we will update our records."
    )


def signature_words(shop: ShopProfile) -> str:
    return safe(shop.name) or "Your service team"


def vehicle_facts_words(vehicle: LetterVehicle, style: LetterStyle) -> list[str]:
    """What identifies a car under its title: "Plate 4MBW455", "Odometer 58,517 mi"."""
    facts = []
    if vehicle.plate:
        facts.append(f"Plate {safe(vehicle.plate)}")
    if vehicle.odometer_km is not None:
        facts.append(f"Odometer {style.distance(vehicle.odometer_km)}")
    return facts


def page_words(number: int, count: int) -> str:
    """The footer of each page, counted within the customer's letter."""
    return f"Page {number} of {count}"


def continued_words(customer_name: str) -> str:
    """Atop a letter's later pages."""
    return f"{customer_name} (continued)"
