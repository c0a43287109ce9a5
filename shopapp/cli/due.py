"""`shopapp due [--csv PATH|-] [--all] [--bom]`: the due list as a table on stdout, or as the contract CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from shopapp.cli.support import EXIT_OK, UsageError, open_shop_store, shop_distance_unit
from shopapp.i18n import fill


def add_due_command(commands: Any) -> None:
    due = commands.add_parser(
        "due",
        help=QCoreApplication.translate("CommandLine", "the due list, as a table or as CSV"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Lists what needs the shop's attention, most urgent first; --csv writes the contract CSV.",
        ),
    )
    due.add_argument(
        "--csv",
        metavar="PATH",
        help=QCoreApplication.translate("CommandLine", "write the contract CSV to PATH (- for stdout)"),
    )
    due.add_argument(
        "--all",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "every task of every vehicle, ok ones included"),
    )
    due.add_argument(
        "--bom",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "start the CSV with a UTF-8 BOM (for Excel)"),
    )
    due.set_defaults(run=run_due)


def run_due(args: argparse.Namespace) -> int:
    """Lists what needs the shop's attention, most urgent first; --csv writes the contract CSV."""
    from datetime import date

    from shopapp.reports.due_csv import export_due_csv, write_due_csv
    from shopapp.reports.due_table import write_due_table
    from shopapp.resources import trouble_code_catalogue
    from shopapp.services.due_list import due_list
    from shopapp.services.plan_store import load_plan

    open_shop_store()
    unit = shop_distance_unit()
    rows = due_list(
        today=date.today(),
        plan=load_plan(),
        unit=unit,
        catalogue=trouble_code_catalogue(),
        include_all=args.all,
    )
    if args.csv == "-":
        # typeshed types sys.stdout as TextIO, without reconfigure (TextIOWrapper and WatchedOutput have it)
        sys.stdout.reconfigure(encoding="utf-8", newline="")  # type: ignore[union-attr]
        write_due_csv(rows, sys.stdout, unit, bom=args.bom)
    elif args.csv:
        try:
            count = export_due_csv(rows, Path(args.csv), unit, bom=args.bom)
        except OSError as exc:
            problem = QCoreApplication.translate("CommandLine", "cannot write %1: %2")
            raise UsageError(fill(problem, args.csv, exc.strerror or exc)) from exc
        print(fill(DueCommandCounts().rows_written(count), args.csv))
    elif not rows and not _any_car():
        print(
            QCoreApplication.translate(
                "CommandLine",
                "This shop has no cars yet, so nothing can be due. Add one with “Connect a vehicle…” in the window (Ctrl+K), or run `shopapp connect`.",  # noqa: E501 (one literal for lupdate)
            )
        )
    else:
        write_due_table(rows, sys.stdout, unit)
    return EXIT_OK


def _any_car() -> bool:
    from shopapp.store.customers import customer_and_vehicle_counts

    return customer_and_vehicle_counts()[1] > 0


class DueCommandCounts(QObject):
    """Counts in `shopapp due`'s sentences. A QObject for self.tr(): lupdate sees a plural (%n) only there."""

    def rows_written(self, count: int) -> str:
        return self.tr("Wrote %n row(s) to %1", "", count)
