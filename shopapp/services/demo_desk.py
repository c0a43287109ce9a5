"""The part of the demo shop that Smartcar knows nothing of, as in every real shop: customers whose older
cars the desk keeps by hand (odometer read at each visit, services recorded), and customers with no car on
file yet (a phone call about a quote, a new customer booked for next week)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from shopapp.domain.car import CarDraft
from shopapp.domain.contact import CustomerDraft
from shopapp.domain.plan import ServicePlan
from shopapp.domain.vin import build_vin
from shopapp.resources import resource_path
from shopapp.services.cars import add_car, record_odometer
from shopapp.services.front_desk import record_service
from shopapp.store.customers import save_contact_details, save_customer


@dataclass(frozen=True, slots=True)
class DeskCar:
    """A car the desk keeps: what it is, how far it goes in a day, and the services done at its visits."""

    make: str
    model: str
    year: int
    wmi: str
    vds: str
    powertrain: str
    km_per_day: float
    odometer_km: float  # at the first visit
    plate: str
    first_visit_days_ago: int
    services: tuple[str, ...] = ("oil_change",)


@dataclass(frozen=True, slots=True)
class DeskCustomer:
    name: str
    phone: str
    email: str
    street: str
    city: str
    cars: tuple[DeskCar, ...] = ()
    notes: str = ""


def desk_customers() -> tuple[DeskCustomer, ...]:
    """The made-up people of resources/demo/desk_customers.json."""
    data = json.loads(resource_path("demo/desk_customers.json").read_text(encoding="utf-8"))
    return tuple(
        DeskCustomer(
            **{
                **person,
                "cars": tuple(
                    DeskCar(**{**car, "services": tuple(car["services"])}) for car in person["cars"]
                ),
            }
        )
        for person in data["customers"]
    )


def add_desk_customers(plan: ServicePlan, today: date, seed: int) -> None:
    """Adds the desk's customers and cars: each car read at two visits (the second some weeks ago), the
    services of its first visit recorded, so its forecast and due items come from the desk's own readings."""
    rng = random.Random(seed)
    for person in desk_customers():
        customer_id = save_customer(
            CustomerDraft(name=person.name, phone=person.phone, email=person.email, notes=person.notes)
        )
        save_contact_details(
            customer_id,
            address_line1=person.street,
            city=person.city,
            region="ID",
            postal_code="83702",
            country="US",
        )
        for car in person.cars:
            _add_desk_car(customer_id, car, plan, today, rng)


def _add_desk_car(customer_id: int, car: DeskCar, plan: ServicePlan, today: date, rng: random.Random) -> None:
    first_visit = today - timedelta(days=car.first_visit_days_ago)
    second_visit = today - timedelta(days=rng.randint(20, 60))
    draft = CarDraft(
        vin=build_vin(car.wmi, car.vds, car.year, rng),
        make=car.make,
        model=car.model,
        year=car.year,
        plate=car.plate,
        powertrain=car.powertrain,
    )
    vehicle_id = add_car(
        customer_id, draft, odometer_km=car.odometer_km, odometer_on=first_visit, today=today
    )
    record_service(
        vehicle_id, first_visit, list(car.services), [], car.odometer_km, None, "", plan, today=today
    )
    driven = car.km_per_day * (second_visit - first_visit).days
    record_odometer(vehicle_id, car.odometer_km + driven, second_visit, today=today)
