"""The due-list CSV exactly as DESIGN.md's contract says: columns, formats, formula neutralisation."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit, plain_distance
from shopapp.reports.due_words import hidden_text, reason_text
from shopapp.reports.export_target import replacing_text
from shopapp.services.due_list import DueRow

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
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
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


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _instant(value: datetime | None) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else ""


def _vehicle(row: DueRow) -> str:
    return f"{row.vehicle.title} ({row.vehicle.plate})" if row.vehicle.plate else row.vehicle.title


def _reason(row: DueRow, unit: DistanceUnit) -> str:
    reason = reason_text(row.item, unit)
    return f"{reason} [{hidden_text(row.item.suppressed)}]" if row.item.suppressed else reason


def cells(row: DueRow, unit: DistanceUnit) -> list[str]:
    """One line's cells. Only text that came from people or from the car (names, contact, vehicle, VIN,
    item, reason) goes through neutralise(): numbers, dates and the contract's words cannot start a formula
    or hold a control character, and a 10,000-car export writes 50,000 lines."""
    item, vehicle = row.item, row.vehicle
    return [
        neutralise(vehicle.customer_name),
        neutralise(vehicle.phone),
        neutralise(vehicle.email),
        neutralise(_vehicle(row)),
        neutralise(vehicle.vin),
        plain_distance(vehicle.odometer_km, unit),
        unit.value,
        "" if vehicle.oil_life is None else str(round(vehicle.oil_life * 100)),
        neutralise(item.item),
        item.status.value,  # untranslated: the contract's status values (overdue, due, ...)
        neutralise(_reason(row, unit)),
        _day(item.due_date),
        plain_distance(item.due_odometer_km, unit),
        _day(item.last_service_on),
        _instant(vehicle.odometer_at),
    ]


def write_due_csv(rows: Iterable[DueRow], stream: TextIO, unit: DistanceUnit, *, bom: bool = False) -> int:
    """Writes the header and one line per row; returns the number of rows written."""
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(cells(row, unit))
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
