"""The simulated customers and their cars, generated deterministically from a seed.

A Vehicle holds only constants (its make, VIN, how far it drives a day, when its trouble codes tend to
appear...); what it reports at a given moment is computed from them by `telemetry`, so reading any car at
any simulated time costs the same few arithmetic operations.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from shopapp.domain.vin import build_vin
from shopapp.simulator import catalog
from shopapp.simulator.capabilities import (
    FCA_MAKES,
    GM_MAKES,
    OIL_UNSUPPORTED_MAKES,
    SERVICE_HISTORY_MAKES,
)
from shopapp.simulator.catalog import Body, CarModel, Powertrain

ALL_SCOPES = (
    "read_vehicle_info",
    "read_vin",
    "read_odometer",
    "read_engine_oil",
    "read_diagnostics",
    "read_service_history",
)


@dataclass(frozen=True, slots=True)
class PostalAddress:
    line1: str
    line2: str | None
    city: str
    region: str
    postal_code: str
    country: str = "US"


@dataclass(frozen=True, slots=True)
class Customer:
    """A simulated Smartcar user (one Connect login) and the shop customer demo mode makes of them.

    Attributes: id (the Smartcar user id), name, phone, email, address, vehicle_ids, business (a company
    with vans rather than a person).
    """

    id: str
    name: str
    phone: str
    email: str
    address: PostalAddress
    vehicle_ids: tuple[str, ...]
    business: bool = False


@dataclass(slots=True)
class Vehicle:
    """One car: identity, owner, and the constants its simulated behaviour is computed from.

    Times are POSIX seconds. `wear` is the unit of the service cycle: 1.0 wear uses up a full oil life
    (distance share + time share); visits happen every `service_cycle` wear starting at `service_phase`,
    so a cycle above 1.0 means the owner lets the oil life reach zero before changing it.
    """

    id: str
    vin: str
    make: str
    model: str
    year: int
    powertrain: Powertrain
    body: Body
    owner_id: str
    km_per_day: float
    in_service_ts: float
    history_since_ts: float
    wobble: float  # 0..0.8: how unevenly the week's driving is spread
    wobble_phase: float  # days
    oil_life_km: float
    oil_life_days: float
    service_cycle: float
    service_phase: float
    dtc_codes: tuple[str, ...]
    dtc_rate: float  # chance per code and 40-day slot that the code shows up
    systems: tuple[str, ...]
    alert_rate: float  # chance per system and 30-day slot of an alert
    report_interval_s: float
    report_phase_s: float
    withheld_scopes: frozenset[str] = frozenset()
    manual_oil_changes: list[float] = field(default_factory=list)  # shop-performed, see Simulator

    @property
    def title(self) -> str:
        return f"{self.year} {catalog.make_display(self.make)} {self.model}"


@dataclass(slots=True)
class Fleet:
    """Every simulated customer and car. Attributes: seed, anchor_ts (the moment it was generated for),
    customers (in a stable order), vehicles (by id, in the customers' order)."""

    seed: int
    anchor_ts: float
    customers: tuple[Customer, ...]
    vehicles: dict[str, Vehicle]
    _by_vin: dict[str, Vehicle] = field(default_factory=dict, repr=False)
    _customers_by_id: dict[str, Customer] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_vin = {v.vin: v for v in self.vehicles.values()}
        self._customers_by_id = {c.id: c for c in self.customers}

    def vehicle(self, id_or_vin: str) -> Vehicle | None:
        return self.vehicles.get(id_or_vin) or self._by_vin.get(id_or_vin.upper())

    def customer(self, customer_id: str) -> Customer | None:
        return self._customers_by_id.get(customer_id)

    def vehicles_of(self, customer: Customer) -> list[Vehicle]:
        return [self.vehicles[vid] for vid in customer.vehicle_ids]


# The first cars of every fleet cover each capability group, so even a 10-car fleet shows DTCs (GM),
# system status (FCA), service history (Ford/Toyota/...), an electric car and a car whose oil life
# Smartcar cannot read.
_COVERAGE = ("gm", "fca", "history", "ev", "oil_unsupported", "gm", "history", "fca", "ev", "other")


def generate_fleet(vehicle_count: int, seed: int = 0, anchor: datetime | None = None) -> Fleet:
    """`vehicle_count` cars shared by customers with 1-3 cars each; the same seed and anchor always give
    the same fleet. `anchor` (default: now) is the simulated moment the fleet's past is written up to."""
    if vehicle_count < 0:
        raise ValueError("The number of vehicles cannot be negative.")
    anchor = anchor or datetime.now(UTC).replace(microsecond=0)
    rng = random.Random(f"shopapp-simulator:{seed}")
    year = anchor.year
    models = [_pick_model(rng, group, year) for group in _groups(vehicle_count)]
    rng.shuffle(models)

    people = _People(rng)
    customers: list[Customer] = []
    vehicles: dict[str, Vehicle] = {}
    index = 0
    while index < len(models):
        size = min(rng.choices((1, 2, 3), weights=(55, 33, 12))[0], len(models) - index)
        chunk = models[index : index + size]
        index += size
        owner_id = _uuid(rng)
        cars = [_make_vehicle(rng, model, owner_id, anchor) for model in chunk]
        business = any(m.body is Body.VAN for m in chunk) and rng.random() < 0.8
        customer = people.customer(owner_id, tuple(car.id for car in cars), business)
        customers.append(customer)
        vehicles.update((car.id, car) for car in cars)
    _ensure_a_withheld_permission(vehicles.values())
    return Fleet(seed=seed, anchor_ts=anchor.timestamp(), customers=tuple(customers), vehicles=vehicles)


def _groups(count: int) -> list[str | None]:
    return [_COVERAGE[i] if i < len(_COVERAGE) else None for i in range(count)]


def _available(model: CarModel, year: int) -> bool:
    return model.first_year <= year and model.last_year >= year - 12


def _in_group(model: CarModel, group: str) -> bool:
    electric = model.powertrain is Powertrain.EV
    if group == "ev":
        return electric
    if electric:
        return False
    if group == "gm":
        return model.make in GM_MAKES
    if group == "fca":
        return model.make in FCA_MAKES
    if group == "history":
        return model.make in SERVICE_HISTORY_MAKES - OIL_UNSUPPORTED_MAKES
    if group == "oil_unsupported":
        return model.make in OIL_UNSUPPORTED_MAKES
    covered = GM_MAKES | FCA_MAKES | SERVICE_HISTORY_MAKES | OIL_UNSUPPORTED_MAKES
    return model.make not in covered


def _pick_model(rng: random.Random, group: str | None, year: int) -> CarModel:
    available = [m for m in catalog.CAR_MODELS if _available(m, year)] or list(catalog.CAR_MODELS)
    if group is not None:
        return rng.choice([m for m in available if _in_group(m, group)] or available)
    makes = sorted({m.make for m in available})
    make = rng.choices(makes, weights=[catalog.MAKE_WEIGHTS.get(m, 1.0) for m in makes])[0]
    of_make = [m for m in available if m.make == make]
    # Electric versions are rarer than their make's petrol cars (except at Tesla, which has nothing else).
    weights = [0.4 if m.powertrain is Powertrain.EV and m.make != "TESLA" else 1.0 for m in of_make]
    return rng.choices(of_make, weights=weights)[0]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _make_vehicle(rng: random.Random, model: CarModel, owner_id: str, anchor: datetime) -> Vehicle:
    if model.body is Body.VAN:
        km_per_day = rng.uniform(90, 150)
    elif model.body is Body.PICKUP:
        km_per_day = rng.uniform(25, 110)
    else:
        profile = rng.random()
        km_per_day = (
            rng.uniform(5, 15)
            if profile < 0.15
            else rng.uniform(20, 70)
            if profile < 0.85
            else rng.uniform(70, 120)
        )
    newest = min(model.last_year, anchor.year)
    oldest = max(model.first_year, anchor.year - 12)
    if km_per_day > 90:  # work vehicles at this pace are replaced within a few years
        oldest = max(oldest, newest - 7)
    year = rng.randint(min(oldest, newest), newest)

    sold = datetime(year - 1, 10, 1, tzinfo=UTC) + timedelta(
        days=rng.uniform(0, 330), hours=rng.uniform(9, 18)
    )
    latest_sale = anchor - timedelta(days=20)
    in_service = min(sold, latest_sale)
    history_since = max(in_service, anchor - timedelta(days=365 * rng.uniform(2.6, 3.2)))

    electric = model.powertrain is Powertrain.EV
    long_life = {"TOYOTA", "LEXUS", "HONDA", "BMW", "MERCEDES-BENZ", "VOLKSWAGEN"}
    if electric:
        life_km, life_days, cycle = 20000.0, 365.0, rng.uniform(0.9, 1.1)
    else:
        life_km = 16000.0 if model.make in long_life else 12000.0
        life_days, cycle = 365.0, rng.uniform(0.75, 1.25)

    if electric:
        codes = rng.sample(catalog.EV_DTCS, rng.randint(1, 3))
    else:
        codes = rng.sample(catalog.GENERIC_DTCS, rng.randint(2, 4))
        if rng.random() < 0.5:
            codes.append(rng.choice(catalog.MANUFACTURER_DTCS))
        if model.powertrain is Powertrain.HEV:
            codes.append(rng.choice(catalog.HYBRID_DTCS))
    systems = ["SYSTEM_ABS", "SYSTEM_AIRBAG", "SYSTEM_BRAKE_FLUID", "SYSTEM_MIL", "SYSTEM_TPMS"]
    systems += ["SYSTEM_EV_HV_BATTERY"] if electric else ["SYSTEM_OIL_LIFE"]
    systems.append("SYSTEM_WASHER_FLUID")

    interval = float(rng.randint(300, 1800))  # whole seconds, so SC-Data-Age is exactly the moment read
    withheld: frozenset[str] = frozenset()
    if rng.random() < 0.06:
        withheld = frozenset(
            {rng.choice(("read_engine_oil", "read_service_history", "read_diagnostics", "read_vin"))}
        )
    return Vehicle(
        id=_uuid(rng),
        vin=build_vin(model.wmi, model.vds, year, rng),
        make=model.make,
        model=model.model,
        year=year,
        powertrain=model.powertrain,
        body=model.body,
        owner_id=owner_id,
        km_per_day=round(km_per_day, 1),
        in_service_ts=in_service.timestamp(),
        history_since_ts=history_since.timestamp(),
        wobble=rng.uniform(0, 0.8),
        wobble_phase=rng.uniform(0, 7),
        oil_life_km=life_km,
        oil_life_days=life_days,
        service_cycle=cycle,
        service_phase=rng.uniform(0, cycle),
        dtc_codes=tuple(codes),
        dtc_rate=_trouble_rate(rng),
        systems=tuple(sorted(systems)),
        alert_rate=rng.uniform(0.01, 0.1),
        report_interval_s=interval,
        report_phase_s=float(rng.randrange(int(interval))),
        withheld_scopes=withheld,
    )


def _trouble_rate(rng: random.Random) -> float:
    """Half the cars never show a code; the others at 4-30 % per code and slot. The second draw happens
    exactly where earlier versions made it, so a seed keeps its fleet (other tests pick cars by seed)."""
    trouble = rng.random()
    severity = rng.random() if trouble >= 0.35 else 0.0
    return 0.0 if trouble < 0.5 else 0.04 + 0.26 * severity


def _ensure_a_withheld_permission(vehicles: Iterable[Vehicle]) -> None:
    # Every fleet of useful size has an owner who unticked a permission in Connect, so the 403 path is
    # always there to see; engine oil on a car that could report it makes the refusal visible.
    cars = list(vehicles)
    if len(cars) < 5 or any(car.withheld_scopes for car in cars):
        return
    for car in cars:
        if car.powertrain is not Powertrain.EV and car.make not in OIL_UNSUPPORTED_MAKES:
            car.withheld_scopes = frozenset({"read_engine_oil"})
            return


_ASCII_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ı": "i", "đ": "d"}
)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    return "".join(ch for ch in folded.lower() if ch.isascii() and ch.isalnum())


class _People:
    """Draws unique names, phone numbers and e-mail addresses for customers."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._names: set[str] = set()
        self._emails: set[str] = set()
        self._phones_used: dict[str, int] = {}

    def customer(self, customer_id: str, vehicle_ids: tuple[str, ...], business: bool) -> Customer:
        rng = self._rng
        city, region, zip3, area = rng.choice(catalog.CITIES)
        first, last = self._person_name()
        name = f"{first} {last}"
        local = f"{_slug(first)}.{_slug(last)}"
        if business:
            name = rng.choice(catalog.BUSINESS_NAMES).format(last=last, city=city)
            local = "office"
            domain = f"{_slug(name)[:24]}.example.com"
        else:
            domain = rng.choice(("example.com", "example.net", "example.org"))
        self._names.add(name)
        address = PostalAddress(
            line1=f"{rng.randint(10, 9899)} {rng.choice(catalog.STREET_NAMES)}",
            line2=f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}" if rng.random() < 0.15 else None,
            city=city,
            region=region,
            postal_code=f"{zip3}{rng.randint(1, 99):02d}",
        )
        return Customer(
            id=customer_id,
            name=name,
            phone=self._phone(area),
            email=self._email(local, domain),
            address=address,
            vehicle_ids=vehicle_ids,
            business=business,
        )

    def _person_name(self) -> tuple[str, str]:
        rng = self._rng
        for _ in range(50):
            if rng.random() < 0.2:
                first, last = rng.choice(catalog.INTERNATIONAL_NAMES)
            else:
                first, last = rng.choice(catalog.FIRST_NAMES), rng.choice(catalog.LAST_NAMES)
            if f"{first} {last}" not in self._names:
                return first, last
        return first, f"{last}-{rng.choice(catalog.LAST_NAMES)}"

    def _phone(self, area: str) -> str:
        # 555-0100..0199 is the only range reserved for fiction; spread customers over area codes.
        areas = [area] + [c[3] for c in catalog.CITIES if c[3] != area]
        for candidate in areas:
            used = self._phones_used.get(candidate, 0)
            if used < 100:
                self._phones_used[candidate] = used + 1
                return f"+1 {candidate}-555-{100 + used:04d}"
        used = self._phones_used[area] = self._phones_used[area] + 1
        return f"+1 {area}-555-{100 + used % 100:04d} x{used // 100}"

    def _email(self, local: str, domain: str) -> str:
        address = f"{local}@{domain}"
        suffix = 2
        while address in self._emails:
            address = f"{local}{suffix}@{domain}"
            suffix += 1
        self._emails.add(address)
        return address
