"""Wording only the detail panes use (money, trends, forecasts, sources); shared wording is in ui.display.
Module functions, so their texts are translated in the "PaneText" context (plurals: PaneCountWords)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from shopapp.domain.dtc import CostLevel, TroubleCodeInfo
from shopapp.domain.due import DueItem
from shopapp.domain.forecast import OIL_CHANGE_RISE
from shopapp.domain.snapshot import Availability
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.local_format import shop_locale
from shopapp.money_format import amount_range_text, amount_text
from shopapp.reports.due_words import hidden_text, item_name, reason_text
from shopapp.services.vehicle_detail import SignalState, signal_display_name
from shopapp.ui.display import UNKNOWN, age_text, day_text, distance_text, moment_text, percent_text

NEEDS_RECONNECT = "needs_reconnect"  # Connection.state when the customer must sign in again

# Marked for lupdate here, translated where shown (QT_TRANSLATE_NOOP returns the text, typed object).
_SOURCES = {
    "shop": QT_TRANSLATE_NOOP("PaneText", "This shop"),
    "smartcar": QT_TRANSLATE_NOOP("PaneText", "Dealer/other shop (Smartcar)"),
}
_DIFFICULTIES = {
    "easy": QT_TRANSLATE_NOOP("PaneText", "Easy repair"),
    "medium": QT_TRANSLATE_NOOP("PaneText", "Medium repair"),
    "hard": QT_TRANSLATE_NOOP("PaneText", "Hard repair"),
}
_COST_LEVELS = {
    CostLevel.LOW: QT_TRANSLATE_NOOP("PaneText", "Low repair cost (catalogue estimate)"),
    CostLevel.MODERATE: QT_TRANSLATE_NOOP("PaneText", "Moderate repair cost (catalogue estimate)"),
    CostLevel.HIGH: QT_TRANSLATE_NOOP("PaneText", "High repair cost (catalogue estimate)"),
}


class PaneCountWords(QObject):
    """The panes' module-level counts. A QObject only for self.tr(): lupdate marks a message as plural (%n)
    only there."""

    def suspect_readings(self, count: int) -> str:
        return self.tr(
            "%n reading(s) look(s) wrong (went backwards or jumped) and is/are left out", "", count
        )


def reading_text(moment: datetime | None, now: datetime | None = None) -> str:
    """ "30 Nov 14:05 (2 h ago)": when a value was read, and how stale it is."""
    if moment is None:
        return UNKNOWN
    return f"{moment_text(moment, (now.astimezone().date() if now else None))} ({age_text(moment, now)})"


# Smartcar's values are last-known: a car may have reported hours before the refresh that read it.
AS_OF_SHOWN_FROM = timedelta(minutes=15)


def refresh_text(
    last_refresh_at: datetime | None, now: datetime | None = None, data_as_of: datetime | None = None
) -> str:
    """ "Last refresh 7 Dec 13:09 (just now)", led by "Data as of 7 Dec 09:30 (3 h ago)" when the car
    reported noticeably earlier than it was read."""
    if last_refresh_at is None:
        return QCoreApplication.translate("PaneText", "Never refreshed")
    if data_as_of is None or last_refresh_at - data_as_of < AS_OF_SHOWN_FROM:
        return fill(
            QCoreApplication.translate("PaneText", "Last refresh %1"), reading_text(last_refresh_at, now)
        )
    return fill(
        QCoreApplication.translate("PaneText", "Data as of %1 · last refresh %2"),
        reading_text(data_as_of, now),
        reading_text(last_refresh_at, now),
    )


def desk_reading_text(
    entered_at: datetime | None, now: datetime | None = None, *, in_header: bool = False
) -> str:
    """What a car kept at the desk says where a linked car says when it reported: "Entered at the desk on
    11 Oct (57 days ago)"; in the car's header "Kept at the desk · odometer read 11 Oct (57 days ago)"."""
    if entered_at is None:
        if in_header:
            return QCoreApplication.translate("PaneText", "Kept at the desk · no odometer entered yet")
        return QCoreApplication.translate("PaneText", "No odometer entered yet")
    today = now.astimezone().date() if now else date.today()
    sentence = (
        QCoreApplication.translate("PaneText", "Kept at the desk · odometer read %1 (%2)")
        if in_header
        else QCoreApplication.translate("PaneText", "Entered at the desk on %1 (%2)")
    )
    return fill(sentence, day_text(entered_at.astimezone().date(), today), age_text(entered_at, now))


def connection_text(state: str | None, reason: str) -> str:
    """The Smartcar link in words; "Needs reconnect — <reason>" when the customer must sign in again."""
    if state is None:
        return QCoreApplication.translate("PaneText", "Not linked to Smartcar")
    if state == NEEDS_RECONNECT:
        why = reason.strip() or QCoreApplication.translate(
            "PaneText", "the customer must sign in to their car account again"
        )
        return fill(QCoreApplication.translate("PaneText", "Needs reconnect — %1"), why)
    if state == "ok":
        return QCoreApplication.translate("PaneText", "Linked through Smartcar")
    # An unexpected state from the database reads as its own words ("token_expired" -> "Token expired").
    words = state.replace("_", " ").strip().capitalize() or QCoreApplication.translate("PaneText", "Unknown")
    return f"{words} — {reason.strip()}" if reason.strip() else words


def missing_signal_text(signal: SignalState, no_value: str) -> str:
    """Why a pane has no value: the car cannot give it, the owner did not share it, the read failed."""
    if signal.unavailable:
        return signal.explanation
    if signal.availability is Availability.ERROR:
        return f"{no_value}. {signal.explanation}"
    return no_value


def signal_note_text(signal_name: str, signal: SignalState) -> str:
    """ "Engine oil — the last refresh could not read it (…)", above values read earlier; empty when the
    last read went fine or the signal was never asked for."""
    if signal.availability is None or not signal.explanation:
        return ""
    text = signal.explanation
    return f"{signal_display_name(signal_name)} — {text[:1].lower()}{text[1:]}"


def contact_text(phone: str, email: str) -> str:
    parts = [part.strip() for part in (phone, email) if part and part.strip()]
    return " · ".join(parts) if parts else QCoreApplication.translate("PaneText", "No phone or email on file")


def vehicle_text(title: str, plate: str, vin: str) -> str:
    parts = [title.strip() or QCoreApplication.translate("PaneText", "Unnamed vehicle")]
    if plate.strip():
        parts.append(fill(QCoreApplication.translate("PaneText", "Plate %1"), plate.strip()))
    if vin.strip():
        parts.append(fill(QCoreApplication.translate("PaneText", "VIN %1"), vin.strip()))
    return " · ".join(parts)


def oil_trend_text(decline_per_day: float | None) -> str:
    """ "−0.4 % per day" (decline_per_day is a fraction of oil life lost per day)."""
    if decline_per_day is None:
        return QCoreApplication.translate("PaneText", "No trend yet (needs readings on different days)")
    points = decline_per_day * 100
    if points <= 0:
        return QCoreApplication.translate("PaneText", "Steady")
    # Very slow declines would all read "−0.0 %"; show a second decimal for them.
    decimals = 1 if points >= 0.1 else 2
    # Python rounds first (half to even, as the English text always did); QLocale only writes the digits.
    number = shop_locale().toString(round(points, decimals), "f", decimals)
    return fill(QCoreApplication.translate("PaneText", "−%1 % per day"), number)


def points_change_text(change: float) -> str:
    """A change of oil life between two readings: "−2 %", or "+75 % (oil changed)" for the rise the
    forecast also reads as an oil change."""
    points = round(change * 100)
    if change > OIL_CHANGE_RISE:
        return fill(QCoreApplication.translate("PaneText", "+%1 % (oil changed)"), points)
    if points == 0:
        return QCoreApplication.translate("PaneText", "No change")
    return f"+{points} %" if points > 0 else f"−{-points} %"


def oil_forecast_text(
    oil_life: float | None, floor: float | None, reaches_on: date | None, today: date | None = None
) -> str:
    """ "Oil life reaches 20 % around 12 Dec", from the domain's forecast of the plan's floor."""
    today = today or date.today()
    if floor is None:
        return QCoreApplication.translate("PaneText", "No oil-life trigger in the service plan for this car")
    floor_text = percent_text(floor)
    if oil_life is not None and oil_life <= floor:
        return fill(QCoreApplication.translate("PaneText", "At or below the %1 change point"), floor_text)
    if reaches_on is None:
        return QCoreApplication.translate(
            "PaneText", "No forecast yet (needs oil life falling over several days)"
        )
    if reaches_on < today:
        return fill(
            QCoreApplication.translate("PaneText", "Oil life probably reached %1 around %2"),
            floor_text,
            day_text(reaches_on, today),
        )
    return fill(
        QCoreApplication.translate("PaneText", "Oil life reaches %1 around %2"),
        floor_text,
        day_text(reaches_on, today),
    )


def previous_oil_text(value: float | None, at: datetime | None, today: date | None = None) -> str:
    if value is None or at is None:
        return QCoreApplication.translate("PaneText", "No earlier reading")
    return fill(
        QCoreApplication.translate("PaneText", "%1 on %2"),
        percent_text(value),
        day_text(at.astimezone().date(), today),
    )


def odometer_forecast_text(
    forecast: tuple[date, float] | None, unit: DistanceUnit, today: date | None = None
) -> str:
    """ "≈ 12,340 mi by 30 Dec" """
    if forecast is None:
        return QCoreApplication.translate("PaneText", "No forecast yet")
    day, km = forecast
    return fill(
        QCoreApplication.translate("PaneText", "≈ %1 by %2"), distance_text(km, unit), day_text(day, today)
    )


def suspect_text(count: int) -> str:
    """Why some readings are not on the line (empty when all are good)."""
    if count == 0:
        return ""
    return PaneCountWords().suspect_readings(count)


def code_flags_text(info: TroubleCodeInfo) -> str:
    """What the code means for the customer, in words (no colour or icon needed to read it)."""
    flags = []
    if info.check_engine_lamp:
        flags.append(QCoreApplication.translate("PaneText", "Lights the check-engine lamp"))
    if info.emissions_relevant:
        flags.append(QCoreApplication.translate("PaneText", "Emissions-related (may fail an inspection)"))
    if info.limp_mode_possible:
        flags.append(QCoreApplication.translate("PaneText", "May put the car in limp mode"))
    if info.difficulty:
        known = _DIFFICULTIES.get(info.difficulty)
        flags.append(
            QCoreApplication.translate("PaneText", str(known))
            if known is not None
            else fill(QCoreApplication.translate("PaneText", "Repair: %1"), info.difficulty)
        )
    return " · ".join(flags)


def cost_band_text(info: TroubleCodeInfo, currency: str) -> str:
    """ "Typical repair cost $40–800 (catalogue estimate)" when the catalogue prices in the shop's `currency`;
    else the level in words ("Moderate repair cost …"), never an amount converted at a made-up rate."""
    band = info.cost_band
    if band is None:
        return ""
    if band.currency == currency.strip().upper():
        return fill(
            QCoreApplication.translate("PaneText", "Typical repair cost %1 (catalogue estimate)"),
            amount_range_text(band.low, band.high, band.currency),
        )
    level = band.level
    return "" if level is None else QCoreApplication.translate("PaneText", str(_COST_LEVELS[level]))


def cost_band_tooltip(info: TroubleCodeInfo, currency: str) -> str:
    """Why a cost reads as a level, not an amount; empty when it reads as an amount (or not at all)."""
    band = info.cost_band
    if band is None or band.currency == currency.strip().upper() or band.level is None:
        return ""
    return QCoreApplication.translate(
        "PaneText",
        "Compared with the other codes of the trouble-code catalogue. Its prices are not in the shop's "
        "currency, so no amount is shown.",
    )


def seen_text(first: datetime, last: datetime, today: date | None = None) -> str:
    first_day, last_day = first.astimezone().date(), last.astimezone().date()
    if first_day == last_day:
        return fill(QCoreApplication.translate("PaneText", "Seen %1"), day_text(first_day, today))
    return fill(
        QCoreApplication.translate("PaneText", "First seen %1 · last seen %2"),
        day_text(first_day, today),
        day_text(last_day, today),
    )


def seen_span_text(first: datetime, last: datetime, today: date | None = None) -> str:
    """ "12 Nov – 30 Nov", or one day when the code came and went the same day."""
    first_day, last_day = first.astimezone().date(), last.astimezone().date()
    if first_day == last_day:
        return day_text(first_day, today)
    return f"{day_text(first_day, today)} – {day_text(last_day, today)}"


def money_text(cents: int | None, currency: str, shop_currency: str) -> str:
    """ "$123.45" as the shop's locale writes money, in the currency it was paid in (the shop's when the
    record names none: the front desk's own entries); never converted. "—" when the cost is unknown."""
    if cents is None:
        return UNKNOWN
    code = (currency or shop_currency).strip().upper()
    return amount_text(cents, code)


def service_source_text(source: str) -> str:
    known = _SOURCES.get(source)
    if known is None:  # a source this version does not know reads as its own words
        return source.replace("_", " ").strip().capitalize() or UNKNOWN
    return QCoreApplication.translate("PaneText", str(known))


def service_work_text(tasks: tuple[str, ...], notes: str) -> str:
    lines = [task.strip() for task in tasks if task and task.strip()] or [
        QCoreApplication.translate("PaneText", "Work not itemised")
    ]
    if notes and notes.strip():
        lines.append(fill(QCoreApplication.translate("PaneText", "Note: %1"), notes.strip()))
    return "\n".join(lines)


def due_when_text(item: DueItem, unit: DistanceUnit, today: date | None = None) -> str:
    """ "12 Dec · 45,000 mi": the due date and/or due odometer of an item, "—" when it has neither."""
    parts = []
    if item.due_date is not None:
        parts.append(day_text(item.due_date, today))
    if item.due_odometer_km is not None:
        parts.append(distance_text(item.due_odometer_km, unit))
    return " · ".join(parts) if parts else UNKNOWN


def due_reason_text(item: DueItem, unit: DistanceUnit, today: date | None = None) -> str:
    reason = reason_text(item, unit).strip() or item_name(item)
    if item.suppressed:
        hidden = fill(
            QCoreApplication.translate("PaneText", "Hidden from the due list: %1"),
            hidden_text(item.suppressed, today or date.today()),  # the window's date style, not ISO
        )
        return f"{reason}\n{hidden}"
    return reason
