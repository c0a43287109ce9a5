"""Benchmark: the Customers tab's list (store.customer_book.customer_entries: every customer with their cars
and last visit, sorted by last name, with its search text) for 10,000 customers and 15,000 cars, and a
search over it, as the window's reader thread runs them.

Prints figures; asserts nothing (machines are shared and noisy). Aim: well under a second, so switching to
the Customers tab feels immediate.
Run: .venv/bin/python benchmarks/customer_list_10k.py [--customers N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from shopapp.domain.customer_order import matches
from shopapp.store.bulk import insert_rows
from shopapp.store.customer_book import customer_entries
from shopapp.store.database import open_store
from shopapp.store.models import Customer, ServiceRecord, Vehicle, db

FIRST = ("Ana", "Zoë", "Seán", "Mary-Kate", "José", "Ngozi", "Wen", "Björn", "Hélène", "Omar")
LAST = ("O'Brien", "García Márquez", "Nguyen", "Smith", "de la Cruz", "Østergaard", "Haddad", "Li")
MAKES = (("FORD", "F-150"), ("TOYOTA", "Corolla"), ("HONDA", "Civic"), ("CHEVROLET", "Malibu"))


def fill(customers: int) -> None:
    rng = random.Random(15)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    with db.atomic():
        insert_rows(
            Customer,
            [
                {
                    "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}",
                    "phone": f"+1 208-555-{n % 10_000:04d}",
                    "created_at": now,
                }
                for n in range(customers)
            ],
        )
        owners = [row[0] for row in Customer.select(Customer.id).tuples()]
        cars = []
        for owner in owners:
            for _ in range(rng.choice((0, 1, 1, 2, 2))):
                make, model = rng.choice(MAKES)
                cars.append(
                    {
                        "customer": owner,
                        "make": make,
                        "model": model,
                        "year": 2015,
                        "plate": f"P{len(cars)}",
                        "created_at": now,
                    }
                )
        insert_rows(Vehicle, cars)
        vehicle_ids = [row[0] for row in Vehicle.select(Vehicle.id).tuples()]
        insert_rows(
            ServiceRecord,
            [
                {
                    "vehicle": vehicle_id,
                    "performed_on": date(2026, 1, 1) + timedelta(days=vehicle_id % 300),
                    "created_at": now,
                }
                for vehicle_id in vehicle_ids
            ],
        )
    print(f"{customers:,} customers, {len(vehicle_ids):,} cars, {len(vehicle_ids):,} services")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="shopapp-customers-bench-"))
    open_store(home, "")
    fill(args.customers)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        entries = customer_entries()
        timings.append(time.perf_counter() - started)
    best, median = min(timings), statistics.median(timings)
    print(f"customer list: {len(entries):,} entries, best {best:.3f} s, median {median:.3f} s")
    started = time.perf_counter()
    found = [entry for entry in entries if matches(entry.haystack, "garcia 12")]
    print(f"search 'garcia 12' over the list: {len(found)} found in {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
