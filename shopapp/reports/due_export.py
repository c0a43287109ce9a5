"""The due-list CSV as the window exports it: the contract file (the same writer as `shopapp due --csv`) for a
chosen set of cars, with progress as it goes and a cancel that leaves no file behind."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_csv import export_due_csv
from shopapp.services.due_list import DueRow

PROGRESS_EVERY = 200  # rows between two progress reports: often enough for a bar, rare enough to be free


class ExportCancelled(Exception):
    """The person cancelled the export; the file was not written (an older one at the path is kept)."""


@dataclass(frozen=True, slots=True)
class DueExportChoice:
    """What the export dialog asked for. vehicle_ids: only these cars (None: every car); include_all:
    every item, ok, snoozed and dismissed ones too (like `shopapp due --all`); bom: a UTF-8 BOM for Excel."""

    path: Path
    vehicle_ids: frozenset[int] | None
    include_all: bool
    bom: bool


@dataclass(frozen=True, slots=True)
class DueExportOutcome:
    """rows: rows written (0 when cancelled or failed); error: why the file could not be written."""

    path: Path
    rows: int = 0
    cancelled: bool = False
    error: str = ""

    @property
    def written(self) -> bool:
        return not self.cancelled and not self.error


def rows_for_cars(rows: Iterable[DueRow], vehicle_ids: frozenset[int] | None) -> list[DueRow]:
    """The rows of these cars, in the due list's order (every row with None)."""
    if vehicle_ids is None:
        return list(rows)
    return [row for row in rows if row.vehicle.vehicle_id in vehicle_ids]


def write_due_export(
    rows: Sequence[DueRow],
    path: Path,
    unit: DistanceUnit,
    *,
    bom: bool = False,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Writes the contract CSV atomically (through export_due_csv); reports the rows written so far to
    `progress` every PROGRESS_EVERY rows and at the end; raises ExportCancelled once `cancel` is set, and
    OutputError when the file cannot be written (a link, pipe or device at the path is refused). Blocking:
    call it from a worker thread. Whatever stops it part-way leaves no file and no temporary file.
    """

    def watched() -> Iterator[DueRow]:
        for count, row in enumerate(rows, 1):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled
            yield row
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)

    if cancel is not None and cancel.is_set():
        raise ExportCancelled
    written = export_due_csv(watched(), path, unit, bom=bom)
    if progress is not None:
        progress(written)
    return written
