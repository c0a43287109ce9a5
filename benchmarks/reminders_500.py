"""Benchmark: 500 reminder letters to PDF (one per customer, 1-4 due cars each, some with fault codes and
dashboard alerts), the way `shopapp reminders --pdf` makes them.

Prints figures; asserts nothing (machines are shared and noisy). Target: under 15 s for the 500 letters.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/reminders_500.py [--customers N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

if sys.platform.startswith("linux"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageSize

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.letters import ShopProfile, write_letters_pdf
from shopapp.resources import trouble_code_catalogue
from shopapp.services.reminders import ReminderOptions, plan_reminders
from shopapp.store.database import DATABASE_FILE_NAME, open_store

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.astimezone().date()
MAKES = (("TOYOTA", "Camry"), ("FORD", "F-150"), ("HONDA", "CR-V"), ("CHEVROLET", "Silverado 1500"))
SURNAMES = ("Smith", "Nguyễn", "O'Brien", "Müller & Sons", "Pérez-García")
CODES = ("P0420", "P0300", "P0135", "P0171", "P0442", "P1234")
SYSTEMS = (("SYSTEM_TPMS", "Tire pressure low"), ("SYSTEM_WASHER_FLUID", "Washer fluid level low"))
SHOP = ShopProfile(
    name="Main Street Auto Care",
    address="1200 Main Street\nSpringfield, IL 62701",
    phone="(217) 555-0142",
    email="service@mainstreetauto.example",
)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def build(path: Path, customers: int) -> int:
    """Fills the schema directly with sqlite3: every customer has 1-4 cars past their oil change and tire
    rotation, one car in ten with a fault code, one in ten with a dashboard alert. Returns the cars."""
    rng = random.Random(500)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    created = stamp(NOW - timedelta(days=400))
    car = 0
    for n in range(1, customers + 1):
        con.execute(
            "INSERT INTO customer (id, name, phone, email, address_line1, address_line2, city, region, "
            "postal_code, country, preferred_contact, notes, created_at) "
            "VALUES (?, ?, ?, ?, ?, '', 'Springfield', 'IL', ?, '', 'letter', '', ?)",
            (
                n,
                f"Customer {n:04d} {rng.choice(SURNAMES)}",
                f"555-{n:04d}",
                f"c{n}@example.com",
                f"{rng.randint(10, 9999)} Main St",
                f"627{n % 100:02d}",
                created,
            ),
        )
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
            car += 1
            make, model = rng.choice(MAKES)
            first_km = rng.uniform(5_000, 120_000)
            con.execute(
                "INSERT INTO vehicle (id, customer_id, vin, make, model, year, plate, nickname, created_at, "
                "last_error, odometer_km, odometer_at, km_per_day, first_seen_at, first_seen_odometer_km, "
                "oil_capability) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, '', ?, ?, ?, ?, ?, 'unreadable')",
                (
                    car,
                    n,
                    f"VIN{car:014d}",
                    make,
                    model,
                    rng.randint(2012, 2025),
                    f"P{car:05d}",
                    created,
                    first_km + rng.uniform(9_000, 14_000),
                    stamp(NOW - timedelta(hours=5)),
                    rng.uniform(40, 120),
                    stamp(NOW - timedelta(days=150)),
                    first_km,
                ),
            )
            if rng.random() < 0.1:
                con.execute(
                    "INSERT INTO trouble_code_occurrence (vehicle_id, code, first_seen_at, last_seen_at) "
                    "VALUES (?, ?, ?, ?)",
                    (car, rng.choice(CODES), stamp(NOW), stamp(NOW)),
                )
            if rng.random() < 0.1:
                system, description = rng.choice(SYSTEMS)
                con.execute(
                    "INSERT INTO system_status_change (vehicle_id, system_id, status, description, "
                    "changed_at) VALUES (?, ?, 'ALERT', ?, ?)",
                    (car, system, description, stamp(NOW)),
                )
    con.commit()
    con.close()
    return car


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="copy the PDF here")
    parser.add_argument("--letter", action="store_true", help="US Letter paper (default A4)")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    home = Path(tempfile.mkdtemp(prefix="shopapp-bench-"))
    try:
        database = open_store(home, "")
        database.close()
        cars = build(home / DATABASE_FILE_NAME, args.customers)
        open_store(home, "")
        catalogue = trouble_code_catalogue()
        catalogue.describe("P0420")  # the catalogue loads once per process; not part of the letters
        print(f"built {args.customers} customers with {cars} due cars")

        started = time.perf_counter()
        batch = plan_reminders(
            ReminderOptions(), today=TODAY, plan=default_plan(), unit=DistanceUnit.MI, catalogue=catalogue
        )
        planned = time.perf_counter() - started
        items = sum(letter.item_count for letter in batch.letters)
        print(f"planned {len(batch.letters)} letters ({items} items) in {planned:.2f} s")

        page_size = QPageSize(QPageSize.PageSizeId.Letter if args.letter else QPageSize.PageSizeId.A4)
        target = home / "letters.pdf"
        started = time.perf_counter()
        pages = write_letters_pdf(batch.letters, target, SHOP, DistanceUnit.MI, TODAY, catalogue, page_size)
        rendered = time.perf_counter() - started
        size_mb = target.stat().st_size / 1e6
        print(
            f"rendered {len(batch.letters)} letters, {pages} pages ({size_mb:.1f} MB PDF) "
            f"in {rendered:.2f} s ({rendered / max(1, len(batch.letters)) * 1000:.1f} ms a letter)"
        )
        print(f"total (plan + PDF): {planned + rendered:.2f} s; target under 15 s")
        if args.keep:
            shutil.copy(target, args.keep)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    del app


if __name__ == "__main__":
    main()
