"""The due-list CSV exactly as DESIGN.md's contract says: columns, formats, formula neutralisation."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit, plain_distance
from shopapp.reports.due_words import hidden_text, item_name, reason_text
from shopapp.reports.export_target import replacing_text
from shopapp.services.due_list import DueRow
from shopapp.store.queries import VehicleListing

# untranslated: the CSV contract's header row, the same in every language
COLUMNS = (
    "customer",
    "phone",
    "email",
    "vehicle",
    "vin",
    "odometer",
    "distance_unit",
    "oil_life_pct",
    "item",
    "status",
    "reason",
    "due_date",
    "due_odometer",
    "last_service_date",
    "data_as_of",
    "address_line1",
    "address_line2",
    "city",
    "region",
    "postal_code",
    "country",
    "preferred_contact",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
# A phone number cannot run as a formula when it starts with +, ( or a digit and holds only digits, spaces,
# dots, dashes and parentheses after that (SMS tools need it intact). "-2+3" is arithmetic, not a phone.
_PLAIN_PHONE = re.compile(r"^(?=.*\d)[+(\d][\d\s.()-]*$")
# Control characters a cell may hold: tab and line breaks are data in CSV (and neutralised when leading).
_CELL_CONTROLS = "\t\r\n"


def neutralise(cell: str) -> str:
    """A cell safe for a spreadsheet: control characters other than tab and line breaks removed (an escape
    sequence, a bidi override), then a leading ' keeps it from running as a formula (plain numbers stay
    numbers)."""
    cell = safe_text(cell, keep=_CELL_CONTROLS)
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(cell):
        return "'" + cell
    return cell


def neutralise_phone(cell: str) -> str:
    """A phone number as the SMS tool needs it ("+1 208-555-0102" stays as is); anything else in the phone
    field is neutralised like any cell."""
    cell = safe_text(cell, keep="")
    return cell if _PLAIN_PHONE.match(cell) else neutralise(cell)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _instant(value: datetime | None) -> str:
    """ISO 8601 in the computer's local time with its offset, as every other date in the file."""
    return value.astimezone().isoformat(timespec="seconds") if value else ""


def _reason(row: DueRow, unit: DistanceUnit) -> str:
    reason = reason_text(row.item, unit)
    return f"{reason} [{hidden_text(row.item.suppressed)}]" if row.item.suppressed else reason


# The cells of one car and its owner, written before and after the item's: (head, tail).
CarCells = tuple[list[str], list[str]]


def car_cells(vehicle: VehicleListing, unit: DistanceUnit) -> CarCells:
    """The cells that are the same on every line of one car: who, what, where to write. Worked out once per
    car (a 10,000-car export writes 50,000 lines, most cars on several)."""
    postal = vehicle.postal
    title = f"{vehicle.title} ({vehicle.plate})" if vehicle.plate else vehicle.title
    head = [
        neutralise(vehicle.customer_name),
        neutralise_phone(vehicle.phone),
        neutralise(vehicle.email),
        neutralise(title),
        neutralise(vehicle.vin),
        plain_distance(vehicle.odometer_km, unit),
        unit.value,
        "" if vehicle.oil_life is None else str(round(vehicle.oil_life * 100)),
    ]
    tail = [
        _instant(vehicle.odometer_at),
        neutralise(postal.line1),
        neutralise(postal.line2),
        neutralise(postal.city),
        neutralise(postal.region),
        neutralise(postal.postal_code),
        neutralise(postal.country),
        neutralise(postal.preferred_contact),  # the contract's words (letter, email, sms, phone) as stored
    ]
    return head, tail


def cells(row: DueRow, unit: DistanceUnit, car: CarCells | None = None) -> list[str]:
    """One line's cells. Only text that came from people or from the car (names, contact, vehicle, VIN,
    address, item, reason) goes through neutralise(): numbers, dates and the contract's words cannot start
    a formula or hold a control character. `car`: car_cells() of the row's car, when already worked out."""
    item = row.item
    head, tail = car or car_cells(row.vehicle, unit)
    return [
        *head,
        neutralise(item_name(item)),
        item.status.value,  # untranslated: the contract's status values (overdue, due, ...)
        neutralise(_reason(row, unit)),
        _day(item.due_date),
        plain_distance(item.due_odometer_km, unit),
        _day(item.last_service_on),
        *tail,
    ]


def write_due_csv(rows: Iterable[DueRow], stream: TextIO, unit: DistanceUnit, *, bom: bool = False) -> int:
    """Writes the header and one line per row; returns the number of rows written."""
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    by_car: dict[int, CarCells] = {}
    for row in rows:
        car = by_car.get(row.vehicle.vehicle_id)
        if car is None:
            car = by_car[row.vehicle.vehicle_id] = car_cells(row.vehicle, unit)
        writer.writerow(cells(row, unit, car))
        count += 1
    return count


def due_csv_text(rows: Iterable[DueRow], unit: DistanceUnit, *, bom: bool = False) -> str:
    buffer = io.StringIO()
    write_due_csv(rows, buffer, unit, bom=bom)
    return buffer.getvalue()


def export_due_csv(rows: Iterable[DueRow], path: Path, unit: DistanceUnit, *, bom: bool = False) -> int:
    """Writes the CSV to `path` atomically (shopapp.reports.export_target): a crash part-way leaves the old
    file (or none), never half; only a regular file is replaced. Raises OutputError."""
    with replacing_text(Path(path)) as handle:
        return write_due_csv(rows, handle, unit, bom=bom)
