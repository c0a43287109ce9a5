"""The shop's customers as the front desk looks them up: every customer (those without a car too) with their
cars and last visit, in a few queries whatever the number of customers; and one customer's whole page."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

import peewee

from shopapp.domain.customer_order import last_name_key, search_text
from shopapp.store.customers import customer_gone
from shopapp.store.models import (
    IMPORTED_SERVICE,
    SHOP_SERVICE,
    Customer,
    ReminderLog,
    ServiceRecord,
    ServiceRecordTask,
    Vehicle,
    vehicle_title,
)
from shopapp.store.rows import as_date, tuple_rows
from shopapp.store.suppressions import UnknownVehicle

SHOP_SOURCE = SHOP_SERVICE  # a service the shop recorded itself (not one read from Smartcar's history)


@dataclass(frozen=True, slots=True)
class CarBrief:
    vehicle_id: int
    title: str
    plate: str


@dataclass(frozen=True, slots=True)
class CustomerEntry:
    """One row of the customer list. `haystack` is what a search looks through (customer_order.matches)."""

    customer_id: int
    name: str
    phone: str
    email: str
    cars: tuple[CarBrief, ...]
    last_visit: date | None
    sort_key: tuple[str, str]
    haystack: str


def customer_entries() -> list[CustomerEntry]:
    """Every customer sorted by last name, in three queries (customers, cars, last visits)."""
    cars: dict[int, list[CarBrief]] = defaultdict(list)
    car_words: dict[int, list[str]] = defaultdict(list)
    for vehicle_id, owner, year, make, model, nickname, vin, plate in tuple_rows(
        Vehicle.select(
            Vehicle.id,
            Vehicle.customer,
            Vehicle.year,
            Vehicle.make,
            Vehicle.model,
            Vehicle.nickname,
            Vehicle.vin,
            Vehicle.plate,
        ).order_by(Vehicle.id)
    ):
        title = vehicle_title(year, make, model, nickname, vin)
        cars[owner].append(CarBrief(vehicle_id, title, plate))
        car_words[owner].extend((title, make, model, nickname, vin, plate))
    visits = last_visits()
    entries = [
        CustomerEntry(
            customer_id=customer_id,
            name=name,
            phone=phone,
            email=email,
            cars=tuple(cars.get(customer_id, ())),
            last_visit=visits.get(customer_id),
            sort_key=last_name_key(name),
            haystack=search_text((name, phone, email, *car_words.get(customer_id, ()))),
        )
        for customer_id, name, phone, email in tuple_rows(
            Customer.select(Customer.id, Customer.name, Customer.phone, Customer.email)
        )
    ]
    entries.sort(key=lambda entry: (entry.sort_key, entry.customer_id))
    return entries


def last_visits() -> dict[int, date]:
    """Customer id -> the date of the latest visit on record for any of their cars: a service the shop
    recorded, or the last service its previous system knew of (an import), not the maker's history."""
    latest = peewee.fn.MAX(ServiceRecord.performed_on)
    query = (
        ServiceRecord.select(Vehicle.customer, latest)
        .join(Vehicle)
        .where(ServiceRecord.source.in_([SHOP_SERVICE, IMPORTED_SERVICE]))
        .group_by(Vehicle.customer)
    )
    found: dict[int, date] = {}
    for customer_id, day in tuple_rows(query):
        visit = as_date(day)
        if visit is not None:
            found[customer_id] = visit
    return found


@dataclass(frozen=True, slots=True)
class CarOnPage:
    vehicle_id: int
    title: str
    plate: str
    vin: str
    nickname: str
    powertrain: str
    connected: bool  # linked through Smartcar
    odometer_km: float | None
    odometer_at: datetime | None


@dataclass(frozen=True, slots=True)
class LetterSent:
    """One reminder sent: the rows the log keeps per car of one letter, put back together."""

    sent_at: datetime
    channel: str
    car_titles: tuple[str, ...]
    item_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ServiceOnPage:
    record_id: int
    vehicle_id: int
    car_title: str
    performed_on: date
    odometer_km: float | None
    tasks: tuple[str, ...]
    cost_cents: int | None
    currency: str
    source: str


@dataclass(frozen=True, slots=True)
class CustomerPage:
    customer_id: int
    name: str
    phone: str
    email: str
    address_line1: str
    address_line2: str
    city: str
    region: str
    postal_code: str
    country: str
    preferred_contact: str
    notes: str
    cars: tuple[CarOnPage, ...]
    letters: tuple[LetterSent, ...]  # newest first
    services: tuple[ServiceOnPage, ...]  # newest first
    address_lines: tuple[str, ...] = ()  # the postal address as a letter prints it (set by the service)


def customer_page(customer_id: int) -> CustomerPage:
    """Everything the customer page shows; UnknownCustomer when there is no such customer."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise customer_gone()
    cars = [
        CarOnPage(
            vehicle_id=car.id,
            title=car.title,
            plate=car.plate,
            vin=car.vin,
            nickname=car.nickname,
            powertrain=car.powertrain,
            connected=bool(car.smartcar_id),
            odometer_km=car.odometer_km,
            odometer_at=car.odometer_at,
        )
        for car in Vehicle.select().where(Vehicle.customer == customer_id).order_by(Vehicle.id)
    ]
    titles = {car.vehicle_id: car.title for car in cars}
    return CustomerPage(
        customer_id=customer.id,
        name=customer.name,
        phone=customer.phone,
        email=customer.email,
        address_line1=customer.address_line1,
        address_line2=customer.address_line2,
        city=customer.city,
        region=customer.region,
        postal_code=customer.postal_code,
        country=customer.country,
        preferred_contact=customer.preferred_contact,
        notes=customer.notes,
        cars=tuple(cars),
        letters=tuple(_letters(customer_id, titles)),
        services=tuple(_services(titles)),
    )


def _letters(customer_id: int, titles: dict[int, str]) -> list[LetterSent]:
    grouped: dict[tuple[datetime, str], tuple[list[str], list[str]]] = {}
    query = (
        ReminderLog.select(ReminderLog.sent_at, ReminderLog.channel, ReminderLog.vehicle, ReminderLog.items)
        .where(ReminderLog.customer == customer_id)
        .order_by(ReminderLog.sent_at.desc(), ReminderLog.id)
    )
    for sent_at, channel, vehicle_id, items in tuple_rows(query):
        cars, keys = grouped.setdefault((sent_at, channel), ([], []))
        if vehicle_id is not None and vehicle_id in titles and titles[vehicle_id] not in cars:
            cars.append(titles[vehicle_id])
        keys.extend(_item_keys(items))
    return [
        LetterSent(sent_at, channel, tuple(cars), tuple(keys))
        for (sent_at, channel), (cars, keys) in grouped.items()
    ]


def _item_keys(items: str) -> list[str]:
    try:
        keys = json.loads(items) if items else []
    except ValueError:
        return []
    return [str(key) for key in keys] if isinstance(keys, list) else []


def _services(titles: dict[int, str]) -> list[ServiceOnPage]:
    if not titles:
        return []
    records = list(
        tuple_rows(
            ServiceRecord.select(
                ServiceRecord.id,
                ServiceRecord.vehicle,
                ServiceRecord.performed_on,
                ServiceRecord.odometer_km,
                ServiceRecord.cost_cents,
                ServiceRecord.currency,
                ServiceRecord.source,
            )
            .where(ServiceRecord.vehicle.in_(list(titles)))
            .order_by(ServiceRecord.performed_on.desc(), ServiceRecord.id.desc())
        )
    )
    tasks: dict[int, list[str]] = defaultdict(list)
    if records:
        for record_id, description in tuple_rows(
            ServiceRecordTask.select(ServiceRecordTask.record, ServiceRecordTask.description)
            .join(ServiceRecord)
            .where(ServiceRecord.vehicle.in_(list(titles)))
            .order_by(ServiceRecordTask.id)
        ):
            tasks[record_id].append(description)
    return [
        ServiceOnPage(
            record_id=record_id,
            vehicle_id=vehicle_id,
            car_title=titles[vehicle_id],
            performed_on=as_date(performed_on) or date.min,
            odometer_km=odometer_km,
            tasks=tuple(tasks.get(record_id, ())),
            cost_cents=cost_cents,
            currency=currency,
            source=source,
        )
        for record_id, vehicle_id, performed_on, odometer_km, cost_cents, currency, source in records
    ]


@dataclass(frozen=True, slots=True)
class CarSummary:
    """A car as a question about it names it: its title, its owner, whether it is linked to Smartcar."""

    vehicle_id: int
    title: str
    customer_id: int
    customer_name: str
    connected: bool


def car_summary(vehicle_id: int) -> CarSummary:
    """UnknownVehicle when the car is gone."""
    query = (
        Vehicle.select(
            Vehicle.year,
            Vehicle.make,
            Vehicle.model,
            Vehicle.nickname,
            Vehicle.vin,
            Customer.id,
            Customer.name,
            Vehicle.smartcar_id,
        )
        .join(Customer)
        .where(Vehicle.id == vehicle_id)
    )
    found = next(tuple_rows(query), None)
    if found is None:
        raise UnknownVehicle.gone(vehicle_id)
    year, make, model, nickname, vin, customer_id, customer_name, smartcar_id = found
    title = vehicle_title(year, make, model, nickname, vin)
    return CarSummary(vehicle_id, title, customer_id, customer_name, bool(smartcar_id))
