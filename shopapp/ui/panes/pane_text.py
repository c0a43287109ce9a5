"""Wording only the detail panes use (money, trends, forecasts, sources); shared wording is in ui.display."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from shopapp.domain.dtc import TroubleCodeInfo
from shopapp.domain.due import DueItem
from shopapp.domain.due_reasons import SystemAlertReason
from shopapp.domain.forecast import OIL_CHANGE_RISE
from shopapp.domain.snapshot import Availability
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_words import hidden_text, reason_text
from shopapp.services.vehicle_detail import SIGNAL_NAMES, SignalState
from shopapp.system_names import system_display_name
from shopapp.ui.display import UNKNOWN, age_text, day_text, distance_text, moment_text, percent_text

NEEDS_RECONNECT = "needs_reconnect"  # Connection.state when the customer must sign in again

_SOURCES = {"shop": "This shop", "smartcar": "Dealer/other shop (Smartcar)"}
_DIFFICULTIES = {"easy": "Easy repair", "medium": "Medium repair", "hard": "Hard repair"}


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
        return "Never refreshed"
    if data_as_of is None or last_refresh_at - data_as_of < AS_OF_SHOWN_FROM:
        return f"Last refresh {reading_text(last_refresh_at, now)}"
    return f"Data as of {reading_text(data_as_of, now)} · last refresh {reading_text(last_refresh_at, now)}"


def connection_text(state: str | None, reason: str) -> str:
    """The Smartcar link in words; "Needs reconnect — <reason>" when the customer must sign in again."""
    if state is None:
        return "Not linked to Smartcar"
    if state == NEEDS_RECONNECT:
        why = reason.strip() or "the customer must sign in to their car account again"
        return f"Needs reconnect — {why}"
    if state == "ok":
        return "Linked through Smartcar"
    words = state.replace("_", " ").strip().capitalize() or "Unknown"
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
    return f"{SIGNAL_NAMES.get(signal_name, signal_name)} — {text[:1].lower()}{text[1:]}"


def contact_text(phone: str, email: str) -> str:
    parts = [part.strip() for part in (phone, email) if part and part.strip()]
    return " · ".join(parts) if parts else "No phone or email on file"


def vehicle_text(title: str, plate: str, vin: str) -> str:
    parts = [title.strip() or "Unnamed vehicle"]
    if plate.strip():
        parts.append(f"Plate {plate.strip()}")
    if vin.strip():
        parts.append(f"VIN {vin.strip()}")
    return " · ".join(parts)


def oil_trend_text(decline_per_day: float | None) -> str:
    """ "−0.4 % per day" (decline_per_day is a fraction of oil life lost per day)."""
    if decline_per_day is None:
        return "No trend yet (needs readings on different days)"
    points = decline_per_day * 100
    if points <= 0:
        return "Steady"
    # Very slow declines would all read "−0.0 %"; show a second decimal for them.
    return f"−{points:.1f} % per day" if points >= 0.1 else f"−{points:.2f} % per day"


def points_change_text(change: float) -> str:
    """A change of oil life between two readings: "−2 %", or "+75 % (oil changed)" for the rise the
    forecast also reads as an oil change."""
    points = round(change * 100)
    if change > OIL_CHANGE_RISE:
        return f"+{points} % (oil changed)"
    if points == 0:
        return "No change"
    return f"+{points} %" if points > 0 else f"−{-points} %"


def oil_forecast_text(
    oil_life: float | None, floor: float | None, reaches_on: date | None, today: date | None = None
) -> str:
    """ "Oil life reaches 20 % around 12 Dec", from the domain's forecast of the plan's floor."""
    today = today or date.today()
    if floor is None:
        return "No oil-life trigger in the service plan for this car"
    floor_text = percent_text(floor)
    if oil_life is not None and oil_life <= floor:
        return f"At or below the {floor_text} change point"
    if reaches_on is None:
        return "No forecast yet (needs oil life falling over several days)"
    if reaches_on < today:
        return f"Oil life probably reached {floor_text} around {day_text(reaches_on, today)}"
    return f"Oil life reaches {floor_text} around {day_text(reaches_on, today)}"


def previous_oil_text(value: float | None, at: datetime | None, today: date | None = None) -> str:
    if value is None or at is None:
        return "No earlier reading"
    return f"{percent_text(value)} on {day_text(at.astimezone().date(), today)}"


def odometer_forecast_text(
    forecast: tuple[date, float] | None, unit: DistanceUnit, today: date | None = None
) -> str:
    """ "≈ 12,340 mi by 30 Dec" """
    if forecast is None:
        return "No forecast yet"
    day, km = forecast
    return f"≈ {distance_text(km, unit)} by {day_text(day, today)}"


def suspect_text(count: int) -> str:
    """Why some readings are not on the line (empty when all are good)."""
    if count == 0:
        return ""
    noun = "reading looks" if count == 1 else "readings look"
    return f"{count} {noun} wrong (went backwards or jumped) and {'is' if count == 1 else 'are'} left out"


def code_flags_text(info: TroubleCodeInfo) -> str:
    """What the code means for the customer, in words (no colour or icon needed to read it)."""
    flags = []
    if info.check_engine_lamp:
        flags.append("Lights the check-engine lamp")
    if info.emissions_relevant:
        flags.append("Emissions-related (may fail an inspection)")
    if info.limp_mode_possible:
        flags.append("May put the car in limp mode")
    if info.difficulty:
        flags.append(_DIFFICULTIES.get(info.difficulty, f"Repair: {info.difficulty}"))
    return " · ".join(flags)


def cost_band_text(info: TroubleCodeInfo) -> str:
    band = info.cost_band
    return f"Typical repair cost {band} (catalogue estimate)" if band else ""


def seen_text(first: datetime, last: datetime, today: date | None = None) -> str:
    first_day, last_day = first.astimezone().date(), last.astimezone().date()
    if first_day == last_day:
        return f"Seen {day_text(first_day, today)}"
    return f"First seen {day_text(first_day, today)} · last seen {day_text(last_day, today)}"


def seen_span_text(first: datetime, last: datetime, today: date | None = None) -> str:
    """ "12 Nov – 30 Nov", or one day when the code came and went the same day."""
    first_day, last_day = first.astimezone().date(), last.astimezone().date()
    if first_day == last_day:
        return day_text(first_day, today)
    return f"{day_text(first_day, today)} – {day_text(last_day, today)}"


def money_text(cents: int | None, currency: str) -> str:
    """ "$123.45" for US dollars, "123.45 EUR" for any other currency; "—" when the cost is unknown."""
    if cents is None:
        return UNKNOWN
    code = (currency or "USD").strip().upper()
    sign = "-" if cents < 0 else ""
    amount = f"{abs(cents) // 100:,}.{abs(cents) % 100:02d}"
    return f"{sign}${amount}" if code == "USD" else f"{sign}{amount} {code}"


def service_source_text(source: str) -> str:
    return _SOURCES.get(source, source.replace("_", " ").strip().capitalize() or UNKNOWN)


def service_work_text(tasks: tuple[str, ...], notes: str) -> str:
    lines = [task.strip() for task in tasks if task and task.strip()] or ["Work not itemised"]
    if notes and notes.strip():
        lines.append(f"Note: {notes.strip()}")
    return "\n".join(lines)


def due_when_text(item: DueItem, unit: DistanceUnit, today: date | None = None) -> str:
    """ "12 Dec · 45,000 mi": the due date and/or due odometer of an item, "—" when it has neither."""
    parts = []
    if item.due_date is not None:
        parts.append(day_text(item.due_date, today))
    if item.due_odometer_km is not None:
        parts.append(distance_text(item.due_odometer_km, unit))
    return " · ".join(parts) if parts else UNKNOWN


def due_reason_text(item: DueItem, unit: DistanceUnit) -> str:
    reason = reason_text(item, unit).strip() or item.item
    if item.suppressed:
        return f"{reason}\nHidden from the due list: {hidden_text(item.suppressed)}"
    return reason


def due_item_name(item: DueItem) -> str:
    """What the pane calls an item: the CSV keeps "System MIL" (its contract), a person reads "Check-engine
    light alert"."""
    if isinstance(item.why, SystemAlertReason):
        return f"{system_display_name(item.why.system_id)} alert"
    return item.item
