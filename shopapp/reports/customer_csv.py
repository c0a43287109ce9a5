"""The shop's customers and their cars as a CSV file, one line per car (a customer without a car on a line
of their own), in the shape `shopapp import customers` reads best: UTF-8, comma separated, header names the
import recognises, cells neutralised against spreadsheet formulas as the due-list CSV's are."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from shopapp.domain.units import DistanceUnit, plain_distance
from shopapp.reports.due_csv import neutralise, neutralise_phone
from shopapp.reports.export_target import replacing_text
from shopapp.store.customer_import import ExportedCar, ExportedCustomer, customers_with_cars

CUSTOMER_COLUMNS = (
    # untranslated: a file format's own words (the import reads them in any language it knows)
    "Name", "Phone", "Email", "Address", "Address line 2", "City", "State", "Postal code", "Country", "Notes",
    "Preferred contact",  # untranslated: as above; the stored words letter, email, sms, phone under it
)  # fmt: skip
CAR_COLUMNS = (
    # untranslated: as above
    "VIN", "Make", "Model", "Year", "Plate", "Nickname", "Powertrain", "Last service",
)  # fmt: skip


def header(unit: DistanceUnit) -> list[str]:
    """The header line: the odometer column names its unit, so an import elsewhere reads it right."""
    # untranslated: a file format, as above
    return [*CUSTOMER_COLUMNS, *CAR_COLUMNS, f"Odometer ({unit.value})", "Odometer date"]


def _customer_cells(customer: ExportedCustomer) -> list[str]:
    draft = customer.draft
    return [
        neutralise(draft.name),
        neutralise_phone(draft.phone),
        *(
            neutralise(value)
            for value in (
                draft.email,
                draft.address_line1,
                draft.address_line2,
                draft.city,
                draft.region,
                draft.postal_code,
                draft.country,
                draft.notes,
                draft.preferred_contact,
            )
        ),
    ]


def _car_cells(car: ExportedCar, unit: DistanceUnit) -> list[str]:
    draft = car.draft
    return [
        neutralise(draft.vin),
        neutralise(draft.make),
        neutralise(draft.model),
        str(draft.year) if draft.year else "",
        neutralise(draft.plate),
        neutralise(draft.nickname),
        neutralise(draft.powertrain),
        car.last_service.isoformat() if car.last_service else "",
        plain_distance(car.odometer_km, unit),
        car.odometer_at.astimezone().date().isoformat() if car.odometer_at else "",
    ]


def write_customer_csv(customers: Sequence[ExportedCustomer], stream: TextIO, unit: DistanceUnit) -> int:
    """Writes the header and the lines; returns the number of customers written."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header(unit))
    empty_car = [""] * (len(CAR_COLUMNS) + 2)
    for customer in customers:
        cells = _customer_cells(customer)
        if not customer.cars:
            writer.writerow([*cells, *empty_car])
        for car in customer.cars:
            writer.writerow([*cells, *_car_cells(car, unit)])
    return len(customers)


def export_customer_csv(path: Path, unit: DistanceUnit) -> tuple[int, int]:
    """Writes every customer and car to `path` atomically; only a regular file (or a new name) is replaced.
    Returns (customers, cars) written. Raises OutputError."""
    customers = customers_with_cars()
    with replacing_text(Path(path)) as handle:
        write_customer_csv(customers, handle, unit)
    return len(customers), sum(len(customer.cars) for customer in customers)
