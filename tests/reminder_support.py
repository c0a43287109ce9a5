"""Customers with due cars for the reminder tests, and reading printed letters back with poppler."""

import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from shopapp.store.models import Customer, ReminderLog, SystemStatusChange, TroubleCodeOccurrence, Vehicle

ADDRESS = {"address_line1": "12 Elm Street", "city": "Springfield", "region": "IL", "postal_code": "62701"}

CREATED = datetime(2024, 1, 1, tzinfo=UTC)


def customer(name, **fields):
    return Customer.create(name=name, created_at=CREATED, **fields)


def vehicle(owner, **fields):
    values = {"make": "TOYOTA", "model": "Camry", "year": 2021, "created_at": CREATED, **fields}
    return Vehicle.create(customer=owner, **values)


def trouble_code(car, code, since):
    return TroubleCodeOccurrence.create(vehicle=car, code=code, first_seen_at=since, last_seen_at=since)


def system_alert(car, system_id, description, since):
    return SystemStatusChange.create(
        vehicle=car, system_id=system_id, status="ALERT", description=description, changed_at=since
    )


ODD_NAMES = (
    "O'Brien <Ltd> & Sons",
    "Zoë Ñúñez-Łukasiewicz 🚗",
    "Dr. Bartholomew Maximilian Fitzgerald-Worthington-Smythe III of the Greater Springfield "
    "Metropolitan Area Small Business Owners' Association & Co-operative Society",
)


def due_car(owner, n: int, *, now: datetime | None = None, **fields):
    """A car 12,000 km past its first reading 120 days ago, oil life unreadable: oil change and tire rotation
    overdue (5,000 / 6,000 mi intervals)."""
    now = now or datetime.now(UTC)
    values = {
        "plate": f"PL{n:04d}",
        "vin": f"1HGCM826{n:09d}",
        "odometer_km": 32_000.0,
        "odometer_at": now - timedelta(hours=3),
        "km_per_day": 100.0,
        "oil_capability": "unreadable",
        "first_seen_at": now - timedelta(days=120),
        "first_seen_odometer_km": 20_000.0,
        "smartcar_id": f"sc-{n:04d}",
    }
    values.update(fields)
    return vehicle(owner, **values)


def ok_car(owner, n: int, *, now: datetime | None = None, **fields):
    """A car with nothing due (first seen yesterday)."""
    now = now or datetime.now(UTC)
    return due_car(
        owner,
        n,
        now=now,
        odometer_km=20_100.0,
        first_seen_at=now - timedelta(days=1),
        first_seen_odometer_km=20_000.0,
        **fields,
    )


def odd_fleet(now: datetime | None = None) -> dict[str, Customer]:
    """Customers a shop would recognise, with names that break naive printing:

    odd names (apostrophe, <, &, accents, emoji, very long), one with two due cars (one with a trouble code
    and a dashboard alert), one without a postal address, one with nothing due, one reminded 3 days ago.
    """
    now = now or datetime.now(UTC)
    people: dict[str, Customer] = {}
    for index, name in enumerate(ODD_NAMES):
        person = customer(name, **ADDRESS)
        due_car(person, index + 1, now=now)
        people[name] = person
    irish = people["O'Brien <Ltd> & Sons"]
    irish.address_line1, irish.city, irish.region = "4 Harbour Road", "Howth", "Co. Dublin"
    irish.postal_code, irish.country = "D13 X2Y4", "Ireland"
    irish.save()

    two_cars = customer("Ana Pérez", **ADDRESS)
    due_car(two_cars, 10, now=now, make="FORD", model="Focus", year=2019)
    alert_car = ok_car(two_cars, 11, now=now, make="CHEVROLET", model="Malibu", year=2022)
    trouble_code(alert_car, "P0420", now - timedelta(days=2))
    system_alert(alert_car, "SYSTEM_TPMS", "Tire pressure low", now - timedelta(days=2))
    ok_car(two_cars, 12, now=now, make="MAZDA", model="CX-5", year=2015)
    people["Ana Pérez"] = two_cars

    nowhere = customer("Nomad Without Address", phone="555-0199")
    due_car(nowhere, 20, now=now)
    people["Nomad Without Address"] = nowhere

    fine = customer("Fiona Fine", **ADDRESS)
    ok_car(fine, 30, now=now)
    people["Fiona Fine"] = fine

    recent = customer("Rita Recent", **ADDRESS)
    recent_car = due_car(recent, 40, now=now)
    ReminderLog.create(
        customer=recent, vehicle=recent_car, sent_at=now - timedelta(days=3), items='["oil_change"]'
    )
    people["Rita Recent"] = recent
    return people


def pdf_text(path: Path, *, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text in the order it was drawn (cell by cell), folded to NFKC, runs of white space as one
    space (cells wrap anywhere)."""
    command = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    output = subprocess.run([*command, str(path), "-"], capture_output=True, check=True, timeout=60).stdout
    return " ".join(unicodedata.normalize("NFKC", output.decode("utf-8")).split())


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60)
    for line in info.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(info.stdout)


def today() -> date:
    return datetime.now(UTC).astimezone().date()


def fleet_customer(name: str = "Springfield Plumbing & Heating LLC", cars: int = 7, *, now=None, first_n=100):
    """A business with many due cars, each with a fault code and a dashboard alert: a letter of 2+ pages."""
    now = now or datetime.now(UTC)
    owner = customer(name, **ADDRESS)
    for index in range(cars):
        car = due_car(owner, first_n + index, now=now, make="FORD", model=f"Transit {index + 1}", year=2020)
        trouble_code(car, "P0300", now - timedelta(days=1))
        system_alert(car, "SYSTEM_WASHER_FLUID", "Washer fluid level low", now - timedelta(days=1))
    return owner
