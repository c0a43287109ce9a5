"""Who gets a reminder letter and what it lists (DESIGN.md "Due rules": one letter per customer with every
due vehicle of theirs, at most once per `reminder_min_days`), and the log of letters sent."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.due import DueItem, Status, evaluate_vehicle
from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.local_format import short_date
from shopapp.services.due_list import cycle_collector_paused
from shopapp.store.customers import customers_by_id
from shopapp.store.queries import due_inputs, last_reminders
from shopapp.store.reminder_log import SentReminder, log_sent_reminders

DEFAULT_STATUSES = frozenset({Status.OVERDUE, Status.DUE, Status.ALERT})
LETTER_CHANNEL = "letter"

# SkippedCustomer.kind
SKIPPED_RECENTLY_REMINDED = "recently_reminded"
SKIPPED_NO_ADDRESS = "no_address"


@dataclass(frozen=True)
class ReminderOptions:
    """Which letters to plan.

    statuses: the item statuses a letter lists (a customer with none of them gets no letter); min_days: a
    customer reminded fewer calendar days ago than this is skipped (0: never skipped); skip_without_address:
    customers without a postal address are skipped and listed (else they get a letter without an address
    block); vehicle_ids: only these vehicles (database ids), None for all.
    """

    statuses: frozenset[Status] = DEFAULT_STATUSES
    min_days: int = 7
    skip_without_address: bool = True
    vehicle_ids: frozenset[int] | None = None


@dataclass(frozen=True)
class LetterVehicle:
    """One due vehicle of a letter. title: "2021 Toyota Camry"; items: the items the letter lists, most
    urgent first (never a snoozed or dismissed one)."""

    vehicle_id: int
    title: str
    plate: str
    odometer_km: float | None
    items: tuple[DueItem, ...]
    # The day the desk read the odometer, for a car not linked to Smartcar (the letter says when it was
    # read); None for a linked car, whose odometer is current.
    odometer_entered_on: date | None = None
    kept_at_desk: bool = False  # not linked to Smartcar: the letter goes by the shop's records of visits


@dataclass(frozen=True)
class ReminderLetter:
    """One customer's letter. address_lines: the postal address under the name (name not included), as it
    is printed in the envelope window; vehicles: most urgent first."""

    customer_id: int
    customer_name: str
    address_lines: tuple[str, ...]
    vehicles: tuple[LetterVehicle, ...]

    @property
    def item_count(self) -> int:
        return sum(len(vehicle.items) for vehicle in self.vehicles)


@dataclass(frozen=True)
class SkippedCustomer:
    """A customer with due vehicles who gets no letter, and why in words ("reminded 3 days ago (27 Nov)",
    "no postal address"); kind: SKIPPED_RECENTLY_REMINDED or SKIPPED_NO_ADDRESS."""

    customer_id: int
    customer_name: str
    reason: str
    kind: str = ""


@dataclass(frozen=True)
class ReminderBatch:
    letters: tuple[ReminderLetter, ...]
    skipped: tuple[SkippedCustomer, ...]


def _urgency(items: Sequence[DueItem]) -> tuple:
    """A vehicle's place in its letter: by its most urgent item (they come most urgent first)."""
    return items[0].urgency


def plan_reminders(
    options: ReminderOptions,
    *,
    today: date,
    plan: ServicePlan,
    unit: DistanceUnit | None = None,  # unused now (surfaces word reasons in their unit)
    catalogue: TroubleCodeCatalogue,
    now: datetime | None = None,
) -> ReminderBatch:
    """The letters to print today: one per customer with at least one item in `options.statuses` that the
    front desk has not snoozed or dismissed, customers in name order, their vehicles most urgent first.

    A customer reminded within `options.min_days` calendar days (counted from the logged letters, dates read
    in the time zone of `now`, the computer's by default) or without a postal address is skipped and listed.
    """
    zone = (now or datetime.now(UTC).astimezone()).tzinfo
    wanted = options.vehicle_ids
    due: dict[int, list[LetterVehicle]] = defaultdict(list)
    names: dict[int, str] = {}
    with cycle_collector_paused():
        for listing, facts in due_inputs(catalogue):
            if wanted is not None and listing.vehicle_id not in wanted:
                continue
            items = tuple(
                item
                for item in evaluate_vehicle(facts, plan, today)
                if item.needs_action and item.status in options.statuses
            )
            if not items:
                continue
            names[listing.customer_id] = listing.customer_name
            due[listing.customer_id].append(
                LetterVehicle(
                    listing.vehicle_id,
                    listing.title,
                    listing.plate,
                    listing.odometer_km,
                    items,
                    listing.odometer_entered_on,
                    listing.kept_at_desk,
                )
            )
    customers = customers_by_id(due)
    reminded = last_reminded(due) if options.min_days > 0 else {}
    letters: list[ReminderLetter] = []
    skipped: list[SkippedCustomer] = []
    for customer_id in sorted(due, key=lambda cid: (names[cid].casefold(), cid)):
        name = names[customer_id]
        sent = reminded.get(customer_id)
        if sent is not None:
            days = (today - sent.astimezone(zone).date()).days
            if days < options.min_days:
                skipped.append(
                    SkippedCustomer(
                        customer_id,
                        name,
                        _reminded_words(days, sent.astimezone(zone).date(), today),
                        SKIPPED_RECENTLY_REMINDED,
                    )
                )
                continue
        customer = customers.get(customer_id)
        has_address = customer is not None and customer.has_postal_address
        if options.skip_without_address and not has_address:
            no_address = QCoreApplication.translate("ReminderWords", "no postal address")
            skipped.append(SkippedCustomer(customer_id, name, no_address, SKIPPED_NO_ADDRESS))
            continue
        vehicles = sorted(
            due[customer_id], key=lambda v: (*_urgency(v.items), v.title.casefold(), v.vehicle_id)
        )
        letters.append(
            ReminderLetter(
                customer_id=customer_id,
                customer_name=name,
                address_lines=postal_lines(customer) if customer is not None and has_address else (),
                vehicles=tuple(vehicles),
            )
        )
    return ReminderBatch(tuple(letters), tuple(skipped))


class ReminderCountWords(QObject):
    """Why a customer is skipped, when it holds a count. A QObject only for self.tr(): lupdate reads plurals
    (%n) only there."""

    def reminded_days_ago(self, days: int, when: str) -> str:
        return fill(self.tr("reminded %n day(s) ago (%1)", "", days), when)


def _reminded_words(days: int, on: date, today: date) -> str:
    when = short_date(on, today)
    if days <= 0:
        return fill(QCoreApplication.translate("ReminderWords", "reminded today (%1)"), when)
    if days == 1:
        return fill(QCoreApplication.translate("ReminderWords", "reminded yesterday (%1)"), when)
    return ReminderCountWords().reminded_days_ago(days, when)


# The names that mean each country, so a domestic address gets no country line. They are matched (casefolded)
# against what was typed in an address, never shown: they stay as they are in every language.
_COUNTRY_NAMES = {
    # untranslated: matched as typed
    "US": ("us", "usa", "u.s.", "u.s.a.", "united states", "united states of america"),
    "CA": ("ca", "canada"),
    # untranslated: matched as typed
    "GB": ("gb", "uk", "united kingdom", "great britain", "england", "scotland", "wales"),
    "AU": ("au", "australia"),
    "IE": ("ie", "ireland"),
    "DE": ("de", "germany", "deutschland"),
    "FR": ("fr", "france"),
    # untranslated: matched as typed
    "NL": ("nl", "netherlands", "the netherlands"),
}
_COUNTRY_ALIASES = {name: code for code, names in _COUNTRY_NAMES.items() for name in names}
# Where the city, region and postal code go on one line: "Springfield, IL 62701".
_CITY_REGION_POSTAL = frozenset({"US", "CA", "AU"})


def country_code(country: str) -> str:
    """ "United States" -> "US"; an unknown name is returned upper-cased (compared as typed)."""
    text = country.strip()
    return _COUNTRY_ALIASES.get(text.casefold(), text.upper())


def home_country() -> str:
    """The computer's country from its locale (LC_ALL / LC_MESSAGES / LANG, e.g. "en_US.UTF-8" -> "US"),
    else US: the country whose addresses need no country line."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        language = value.split(".")[0].split("@")[0]
        if "_" in language:
            return language.split("_", 1)[1].upper()
    return "US"


class PostalFields(Protocol):
    """A customer's address columns (a Customer row, or a customer page)."""

    @property
    def address_line1(self) -> str: ...
    @property
    def address_line2(self) -> str: ...
    @property
    def city(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def postal_code(self) -> str: ...
    @property
    def country(self) -> str: ...


def postal_lines(customer: PostalFields, home: str | None = None) -> tuple[str, ...]:
    """The customer's postal address as printed under the name: street lines, then the city line in the
    country's usual order, then the country (in capitals, as the post asks) unless it is `home`."""
    home = home or home_country()
    street = [line.strip() for line in (customer.address_line1, customer.address_line2) if line.strip()]
    city, region, postal = customer.city.strip(), customer.region.strip(), customer.postal_code.strip()
    country = customer.country.strip()
    code = country_code(country) if country else home
    if code in _CITY_REGION_POSTAL:
        tail = " ".join(part for part in (region, postal) if part)
        town = ", ".join(part for part in (city, tail) if part)
        lines = [*street, town]
    elif code == "GB" or code == "IE":
        lines = [*street, city, region, postal.upper()]
    else:  # most of the world: "75001 Paris"
        lines = [*street, " ".join(part for part in (postal, city) if part), region]
    if country and code != home:
        lines.append(country.upper())
    return tuple(line for line in lines if line)


def last_reminded(customer_ids: Iterable[int] | None = None) -> dict[int, datetime]:
    """When each customer was last sent a reminder (any channel), as an aware UTC datetime; customers never
    reminded are absent. None: every customer. One grouped query (the list's Reminded column uses it too)."""
    every = last_reminders()
    if customer_ids is None:
        return every
    wanted = set(customer_ids)
    return {customer_id: sent for customer_id, sent in every.items() if customer_id in wanted}


def mark_sent(letters: Sequence[ReminderLetter], when: datetime, channel: str = LETTER_CHANNEL) -> int:
    """Logs the printed letters: one ReminderLog row per (customer, vehicle) with the keys of the items the
    letter listed, all in one transaction; returns the rows written. A vehicle deleted since the letter was
    planned is logged without its vehicle; a deleted customer is not logged."""
    if when.tzinfo is None:
        raise ValueError("mark_sent needs an aware datetime (when the letters were printed)")
    sent = [
        SentReminder(letter.customer_id, vehicle.vehicle_id, tuple(item.key for item in vehicle.items))
        for letter in letters
        for vehicle in letter.vehicles
    ]
    return log_sent_reminders(sent, when, channel)
