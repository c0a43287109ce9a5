"""Benchmark: `shopapp import customers` of a 2,000-customer / 2,600-car file from the shop's previous system,
Windows-1252 with `;` (odd names, accents, apostrophes, a last service and an odometer per car), each run
timed as a fresh process into an empty shop (start-up included). Then the same file again (everything
already there) and a dry run.

Prints figures; asserts nothing (machines are shared and noisy). Target (issue 15): under 5 s.
Run: .venv/bin/python benchmarks/import_customers.py [--customers N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from shopapp.domain.vin import build_vin

FIRST = (
    "Zoë",
    "Jean-François",
    "Siobhán",
    "José",
    "Ægir",
    "Søren",
    "Chloé",
    "Renée",
    "Björn",
    "Anaïs",
    "D'Arcy",
    "Mary-Kate",
    "Nuño",
    "Œdipe",
    "Ulla",
    "Ñoño",
    "François",
    "Hélène",
    "Seán",
    "Ana",
)
LAST = (
    "O'Brien",
    "Müller",
    "Dupont-Lefèvre",
    "Ñúñez",
    "d'Artagnan",
    "Smith",
    "García Márquez",
    "Øster",
    "van der Berg",
    "MacDonald",
    "L'Écuyer",
    "Škoda",
    "Ødegård",
    "Brontë",
    "Müller-Lüdenscheidt",
    "St. John",
    "Ó Briain",
)
CITIES = ("Boise", "Montréal", "Zürich", "Saint-Étienne", "Coeur d'Alene", "Málaga", "Köln", "Besançon")
STREETS = ("Rue de l'Église", "Main St", "Bahnhofstraße", "Calle Mayor", "Chemin d'Aoûste", "Elm Ave")
CARS = (("1HG", "Honda", "Civic"), ("1FA", "Ford", "Focus"), ("4T1", "Toyota", "Camry"),
        ("1G1", "Chevrolet", "Malibu"), ("JM1", "Mazda", "3"), ("5YJ", "Tesla", "Model 3"),
        ("3VW", "Volkswagen", "Jetta"), ("1N4", "Nissan", "Altima"))  # fmt: skip
HEADER = ("Nom;Prénom;Téléphone;E-Mail;Adresse;Ville;Code postal;VIN;Marque;Modèle;Année;"
          "Immatriculation;Dernière visite;Kilométrage")  # fmt: skip


def previous_system_file(path: Path, customers: int, cars: int, rng: random.Random) -> None:
    """`customers` customers and `cars` cars (a customer has one car, some two or three), Windows-1252."""
    lines = [HEADER]
    extra = cars - customers
    today = date.today()
    for number in range(customers):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        phone = f"+1 208-{number // 100:03d}-{number:04d}"
        email = f"{first[:3].lower()}.{number}@example.com" if number % 3 else ""
        address = f"{number} {rng.choice(STREETS)}"
        own = 1 + (1 if extra > 0 and number % 2 == 0 else 0)
        extra -= own - 1
        for _car in range(own):
            wmi, make, model = rng.choice(CARS)
            year = rng.randint(2005, 2024)
            vin = build_vin(wmi, f"{rng.randint(10000, 99999)}", year, rng)
            last_service = today - timedelta(days=rng.randint(10, 900))
            odometer = f"{rng.randint(5, 250) * 1000 + rng.randint(0, 999):,}".replace(",", " ")
            plate = f"AB-{number:03d}-{_car}Z"
            cells = (last, first, phone, email, address, rng.choice(CITIES), f"{10000 + number}", vin, make,
                     model, str(year), plate, last_service.strftime("%d/%m/%Y"), odometer)  # fmt: skip
            lines.append(";".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def timed(args: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "shopapp", *args], env=env, capture_output=True, text=True)
    return time.perf_counter() - started, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--cars", type=int, default=2600)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="shopapp-import-"))
    source = folder / "previous-system.csv"
    previous_system_file(source, options.customers, options.cars, random.Random(15))
    print(f"file: {source} ({source.stat().st_size / 1e6:.2f} MB, Windows-1252, ';')")
    firsts = []
    for run in range(options.runs):
        home = folder / f"home-{run}"
        home.mkdir()
        env = {**os.environ, "SHOPAPP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        seconds, done = timed(["import", "customers", str(source)], env)
        if done.returncode:
            sys.exit(f"import failed ({done.returncode}): {done.stderr}")
        firsts.append(seconds)
        print(f"run {run + 1}: import into an empty shop {seconds:.2f} s")
        if run == 0:
            print("  " + done.stdout.strip().replace("\n", "\n  "))
            again, done = timed(["import", "customers", str(source)], env)
            print(f"  the same file again: {again:.2f} s")
            print("  " + done.stdout.strip().replace("\n", "\n  "))
            dry, _done = timed(["import", "customers", str(source), "--dry-run"], env)
            print(f"  dry run on the filled shop: {dry:.2f} s")
            started, _done = timed(["--version"], env)
            print(f"  a bare `shopapp --version` process: {started:.2f} s")
    median = statistics.median(firsts)
    print(f"import of {options.customers} customers / {options.cars} cars: median {median:.2f} s, "
          f"worst {max(firsts):.2f} s (target: under 5 s)")  # fmt: skip


if __name__ == "__main__":
    main()
