"""The list commands' output (`customers list`, `services list`): a readable table for a person, or CSV for a
script (`--csv`). What customers typed is printed through safe_text (the table) or neutralised (the CSV), so
an escape sequence cannot drive the terminal and a cell cannot run as a spreadsheet formula."""

from __future__ import annotations

import csv
import sys
from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.domain.text import safe_text
from shopapp.reports.due_csv import neutralise, neutralise_phone

# A column wider than this is cut with "…" in the table (the CSV keeps every character).
MAX_COLUMN = 32


def add_csv_option(command: Any) -> None:
    command.add_argument(
        "--csv",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "print CSV (a header row, then one row each) instead of a table"
        ),
    )


def write_listing(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    as_csv: bool,
    nothing_listed: str,
    phone_columns: Collection[int] = (),
) -> None:
    """`rows` under `headers` on stdout: CSV, or a table whose last column is never cut. A phone number
    (in `phone_columns`) stays as the SMS tool needs it, as in the due-list CSV. Without rows a person reads
    the sentence `nothing_listed` instead of a lone header; a script still gets the header row."""
    if not rows and not as_csv:
        print(nothing_listed)
        return
    if as_csv:
        sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]  # csv writes its own line ends
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(
                [
                    neutralise_phone(cell) if column in phone_columns else neutralise(cell)
                    for column, cell in enumerate(row)
                ]
            )
        return
    shown = [[safe_text(cell) for cell in row] for row in rows]
    widths = [
        min(MAX_COLUMN, max([len(header), *(len(row[column]) for row in shown)]))
        for column, header in enumerate(headers)
    ]
    last = len(headers) - 1

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell if column == last else _fit(cell, widths[column]).ljust(widths[column])
            for column, cell in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    print(line(headers))
    for row in shown:
        print(line(row))


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
