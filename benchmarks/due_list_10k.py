"""Benchmark: the due list and its CSV for 10,000 vehicles with 3 years of daily readings.

Prints figures; asserts nothing (machines are shared and noisy). Target (DESIGN.md): under 1 s each.
The words go through the translation catalogue, as in `shopapp due --csv` (its translators installed).
Run: .venv/bin/python benchmarks/due_list_10k.py [--vehicles N] [--home FOLDER]
(--home: the data folder an earlier run built and printed, instead of building a new one)
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import install_translators
from shopapp.reports.due_csv import export_due_csv
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import due_list
from shopapp.store.database import DATABASE_FILE_NAME, open_store
from shopapp.store.service_records import recompute_task_services

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 6, tzinfo=UTC)
DAYS = 3 * 365
TASKS = ("oil_change", "tire_rotation", "engine_air_filter", "cabin_air_filter", "brake_inspection")


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def build(path: Path, vehicles: int) -> None:
    """Fills the schema directly with sqlite3 (the app's own writes are not what is measured here)."""
    rng = random.Random(42)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    created = stamp(NOW - timedelta(days=DAYS))
    customers = [
        (f"Customer {n:05d}", f"555-{n:04d}", f"c{n}@example.com", "1 Main St", "Springfield", created)
        for n in range(vehicles * 2 // 3)
    ]
    con.executemany(
        "INSERT INTO customer (name, phone, email, address_line1, address_line2, city, region, "
        "postal_code, country, preferred_contact, notes, created_at) "
        "VALUES (?, ?, ?, ?, '', ?, '', '', '', 'letter', '', ?)",
        customers,
    )
    for v in range(1, vehicles + 1):
        rate = rng.uniform(5, 150)
        start_km = rng.uniform(5_000, 120_000)
        electric = rng.random() < 0.1
        oil_days = rng.uniform(150, 300)
        con.execute(
            "INSERT INTO vehicle (id, customer_id, vin, make, model, year, plate, nickname, created_at, "
            "last_error, odometer_km, odometer_at, km_per_day, first_seen_at, first_seen_odometer_km, "
            "oil_life, oil_at, oil_decline_per_day, oil_capability) "
            "VALUES (?, ?, ?, 'TOYOTA', 'Camry', 2021, ?, '', ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                v,
                1 + (v - 1) % len(customers),
                f"VIN{v:014d}",
                f"P{v:05d}",
                created,
                start_km + rate * DAYS,
                stamp(NOW),
                rate,
                created,
                start_km,
                None if electric else 0.5,
                stamp(NOW),
                None if electric else 1 / oil_days,
                "no_engine_oil" if electric else "reported",
            ),
        )
        odometer = [(v, stamp(NOW - timedelta(days=DAYS - d)), start_km + rate * d) for d in range(DAYS)]
        con.executemany(
            "INSERT INTO odometer_reading (vehicle_id, recorded_at, value_km, source, suspect) "
            "VALUES (?, ?, ?, 'smartcar', 0)",
            odometer,
        )
        if not electric:
            oil = [
                (v, stamp(NOW - timedelta(days=DAYS - d)), 1 - (d % oil_days) / oil_days) for d in range(DAYS)
            ]
            con.executemany(
                "INSERT INTO oil_reading (vehicle_id, recorded_at, life, source, suspect) "
                "VALUES (?, ?, ?, 'smartcar', 0)",
                oil,
            )
        for visit in range(6):
            day = int(DAYS * (visit + rng.random()) / 6)
            cursor = con.execute(
                "INSERT INTO service_record (vehicle_id, performed_on, odometer_km, currency, source, notes, "
                "created_at) VALUES (?, ?, ?, 'USD', 'shop', '', ?)",
                (v, (TODAY - timedelta(days=DAYS - day)).isoformat(), start_km + rate * day, created),
            )
            for task in rng.sample(TASKS, 3):
                con.execute(
                    "INSERT INTO service_record_task (record_id, task_key, description) VALUES (?, ?, ?)",
                    (cursor.lastrowid, task, task.replace("_", " ")),
                )
        if rng.random() < 0.05:
            con.execute(
                "INSERT INTO trouble_code_occurrence (vehicle_id, code, first_seen_at, last_seen_at) "
                "VALUES (?, 'P0420', ?, ?)",
                (v, stamp(NOW), stamp(NOW)),
            )
        if rng.random() < 0.05:
            con.execute(
                "INSERT INTO system_status_change (vehicle_id, system_id, status, description, changed_at) "
                "VALUES (?, 'SYSTEM_TPMS', 'ALERT', 'Tire pressure low', ?)",
                (v, stamp(NOW)),
            )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def timed(action, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), result, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=10_000)
    parser.add_argument("--home", type=Path, help="reuse the data folder an earlier run built")
    args = parser.parse_args()
    application = QCoreApplication([])
    install_translators(application, QLocale("en_US"))
    home = args.home or Path(tempfile.mkdtemp(prefix="shopapp-bench-"))
    if args.home is None:
        database = open_store(home, "")
        database.close()
        started = time.perf_counter()
        build(home / DATABASE_FILE_NAME, args.vehicles)
        size_mb = (home / DATABASE_FILE_NAME).stat().st_size / 1e6
        print(
            f"built {args.vehicles:,} vehicles, 3 years of daily odometer and oil readings "
            f"({size_mb:,.0f} MB) in {time.perf_counter() - started:.1f} s in {home}"
        )
    open_store(home, "")
    started = time.perf_counter()
    recompute_task_services()  # what recording each service would have kept current
    print(f"task_service summary rebuilt for all vehicles in {time.perf_counter() - started:.1f} s")
    catalogue = trouble_code_catalogue()
    catalogue.describe("P0420")  # the catalogue loads once per process; not part of the list

    def build_list(include_all=False):
        return due_list(
            today=TODAY,
            plan=default_plan(),
            unit=DistanceUnit.MI,
            catalogue=catalogue,
            include_all=include_all,
        )

    best, rows, median = timed(build_list)
    print(f"due list (needs action): {len(rows):,} rows, best {best:.3f} s, median {median:.3f} s")
    best, all_rows, median = timed(lambda: build_list(include_all=True))
    print(f"due list (--all):        {len(all_rows):,} rows, best {best:.3f} s, median {median:.3f} s")
    target = home / "due.csv"
    best, _, median = timed(lambda: export_due_csv(all_rows, target, DistanceUnit.MI))
    print(
        f"CSV export (--all):      {target.stat().st_size / 1e6:.1f} MB, "
        f"best {best:.3f} s, median {median:.3f} s"
    )
    best, _, median = timed(lambda: export_due_csv(build_list(include_all=True), target, DistanceUnit.MI))
    print(f"due list + CSV together: best {best:.3f} s, median {median:.3f} s")


if __name__ == "__main__":
    main()
