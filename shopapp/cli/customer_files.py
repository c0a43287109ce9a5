"""`shopapp import customers FILE.csv [--dry-run] [--skip-bad] [--map FIELD=HEADER ...] [--date-order ...]`
and `shopapp export customers FILE.csv`: the customer list from the shop's previous system, and back out in
the same shape. Exit 0 done, 2 a file or a line that cannot be imported (nothing changed)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from shopapp.cli.support import EXIT_OK, EXIT_USAGE, UsageError, open_shop_store, shop_distance_unit
from shopapp.i18n import fill

_SHOWN_REFUSALS = 5  # lines listed when an import is refused; --dry-run lists every one


def add_customer_file_commands(commands: Any) -> None:
    customers = _customer_file_command(
        commands,
        "import",
        QCoreApplication.translate("CommandLine", "import customers and cars from another system"),
        QCoreApplication.translate("CommandLine", "customers and their cars from a CSV file"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Imports the customers and cars of a CSV file (UTF-8 or Windows-1252, ; or , separated), one customer and at most one car per line; nothing is imported while a line is refused, unless --skip-bad.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    customers.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "only say what would be created, merged or refused, line by line"
        ),
    )
    customers.add_argument(
        "--skip-bad",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "import the good lines, leave out the refused ones"),
    )
    customers.add_argument(
        "--map",
        metavar="FIELD=HEADER",
        action="append",
        default=[],
        help=fill(
            QCoreApplication.translate(
                "CommandLine", "read FIELD from the column HEADER (FIELD=: leave it out); fields: %1"
            ),
            ", ".join(_field_names()),
        ),
    )
    customers.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=QCoreApplication.translate(
            "CommandLine", "dates with slashes are day/month/year (dmy) or month/day/year (mdy)"
        ),
    )
    customers.set_defaults(run=run_import_customers)

    customers = _customer_file_command(
        commands,
        "export",
        QCoreApplication.translate("CommandLine", "export customers and cars as CSV"),
        QCoreApplication.translate("CommandLine", "every customer and car, in the import's shape"),
    )
    customers.set_defaults(run=run_export_customers)


def _customer_file_command(
    commands: Any, verb: str, verb_help: str, customers_help: str, *, description: str | None = None
) -> argparse.ArgumentParser:
    """`shopapp VERB customers FILE.csv`, written once for import and export: export writes the file in the
    shape import reads, so the two name it alike. The helps are translated by the caller (lupdate sees a text
    only where translate() is written around it)."""
    what = commands.add_parser(verb, help=verb_help).add_subparsers(
        dest=f"{verb}_what", metavar="customers", required=True
    )
    customers: argparse.ArgumentParser = what.add_parser(
        "customers", help=customers_help, description=description
    )
    customers.add_argument("file", metavar="FILE.csv")
    return customers


def _field_names() -> list[str]:
    from shopapp.domain.customer_file import Field

    return [name.value for name in Field]


def _overrides(pairs: list[str]) -> dict[Any, str | None]:
    from shopapp.domain.customer_file import Field

    found: dict[Any, str | None] = {}
    for pair in pairs:
        name, equals, header = pair.partition("=")
        if not equals or name.strip() not in _field_names():
            problem = QCoreApplication.translate(
                "CommandLine", "--map %1: expected FIELD=HEADER with FIELD one of %2"
            )
            raise UsageError(fill(problem, repr(pair), ", ".join(_field_names())))
        found[Field(name.strip())] = header.strip() or None
    return found


def run_import_customers(args: argparse.Namespace) -> int:
    """Reads the file, plans, and imports in one transaction (or only prints the plan with --dry-run)."""
    from shopapp.domain.customer_file import DateOrder
    from shopapp.errors import UserFacingError
    from shopapp.services.customer_import import (
        RejectedLines,
        column_choice,
        column_labels,
        dry_run,
        import_customers,
        read_customer_file,
        with_date_order,
    )
    from shopapp.services.import_words import CustomerImportWords

    overrides = _overrides(args.map)
    open_shop_store()
    unit = shop_distance_unit()
    words = CustomerImportWords()
    today = date.today()
    try:
        file = read_customer_file(Path(args.file))
        choice = column_choice(file, overrides, shop_unit=unit)
        if args.date_order:
            choice = with_date_order(choice, DateOrder(args.date_order))
        labels = column_labels(file, choice)
        if args.dry_run:
            plan = dry_run(file, choice, today)
            print(words.file_summary(file, plan))
            if ambiguous := words.ambiguous_dates(plan, labels):
                print(ambiguous)
            for line in plan.lines:
                if line.rejected or line.merged:
                    print(words.line_text(line, labels))
            print(QCoreApplication.translate("CommandLine", "Dry run: nothing was changed."))
            return EXIT_OK
        outcome = import_customers(file, choice, today, skip_bad=args.skip_bad)
    except RejectedLines as refused:
        print(f"shopapp: {refused}", file=sys.stderr)
        if ambiguous := words.ambiguous_dates(refused.plan, labels):
            print(ambiguous, file=sys.stderr)
        for line in refused.plan.rejected[:_SHOWN_REFUSALS]:
            print(f"  {words.line_text(line, labels)}", file=sys.stderr)
        print(
            QCoreApplication.translate(
                "CommandLine", "Use --dry-run to see them all, or --skip-bad to import the rest."
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    except UserFacingError as exc:
        raise UsageError(exc.words()) from exc
    print(words.file_summary(file, outcome.plan))
    for line in outcome.plan.rejected:
        print(words.line_text(line, labels))
    print(words.outcome(outcome))
    return EXIT_OK


def run_export_customers(args: argparse.Namespace) -> int:
    """Writes every customer and car to FILE.csv, the shape the import reads."""
    from shopapp.reports.customer_csv import export_customer_csv

    open_shop_store()
    unit = shop_distance_unit()
    try:
        customers, cars = export_customer_csv(Path(args.file), unit)
    except OSError as exc:
        raise UsageError(str(exc)) from exc
    print(ExportCounts().written(customers, cars, args.file))
    return EXIT_OK


class ExportCounts(QObject):
    """A QObject for self.tr(): lupdate sees a plural only there."""

    def written(self, customers: int, cars: int, path: str) -> str:
        return fill(
            self.tr("Wrote %1 and %2 to %3"),
            self.tr("%n customer(s)", "", customers),
            self.tr("%n car(s)", "", cars),
            path,
        )
