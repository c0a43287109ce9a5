"""`shopapp reminders --pdf PATH [--vehicle ID ...] [--mark-sent]`: reminder letters to PDF, one per customer
with every due vehicle of theirs, and a summary of who was left out and why (DESIGN.md "Command line
contract"). `--pdf -` writes the PDF to standard output (the summary then goes to stderr). Exit 0, or 2 for
a usage error (an unknown vehicle, a PDF path that cannot be written or is not a regular file, a letter
template that cannot be read). Names in the summary are printed through safe_text."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QObject

from shopapp.cli.qt_application import ensure_gui_application
from shopapp.cli.support import (
    EXIT_OK,
    UsageError,
    add_vehicle_option,
    cars_named,
    open_shop_store,
    shop_settings,
)
from shopapp.domain.text import safe_text
from shopapp.i18n import fill
from shopapp.reports.export_target import STDOUT, OutputError, check_target

log = logging.getLogger(__name__)


def add_reminders_command(commands: Any) -> None:
    reminders = commands.add_parser(
        "reminders",
        help=QCoreApplication.translate("CommandLine", "reminder letters to PDF, one per customer"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Writes reminder letters to a PDF: one letter per customer with every due vehicle of theirs (overdue, due, alerts), skipping customers reminded within `reminder_min_days` or without a postal address (both listed). --mark-sent logs the letters as sent.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    reminders.add_argument(
        "--pdf",
        metavar="PATH",
        required=True,
        help=QCoreApplication.translate("CommandLine", "the PDF file to write (- for standard output)"),
    )
    add_vehicle_option(
        reminders,
        QCoreApplication.translate(
            "CommandLine",
            "only this car: a Smartcar vehicle id or a VIN (may be repeated; default: every due car)",
        ),
    )
    reminders.add_argument(
        "--mark-sent",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine",
            "log the letters as sent, so the same customers are not reminded again within reminder_min_days",
        ),
    )
    reminders.set_defaults(run=run_reminders)


def check_writable(path: Path | None) -> None:
    """Refuses, before any work, a PDF path that is not a regular file (a link, a pipe, a device, a folder)
    or whose folder is missing or read-only; None (standard output) when it is a terminal."""
    if path is None:
        if sys.stdout.isatty():
            raise UsageError(
                QCoreApplication.translate(
                    "CommandLine",
                    "a PDF cannot be shown on a terminal: redirect standard output, or name a file",
                )
            )
        return
    try:
        check_target(path)
    except OutputError as exc:
        raise UsageError(str(exc)) from exc


def run_reminders(args: argparse.Namespace) -> int:
    """Writes reminder letters to a PDF: one letter per customer with every due vehicle of theirs (overdue,
    due, alerts), skipping customers reminded within `reminder_min_days` or without a postal address (both
    listed). --mark-sent logs the letters as sent."""
    path = None if args.pdf == STDOUT else Path(args.pdf).expanduser()
    check_writable(path)
    open_shop_store()
    vehicle_ids = frozenset(cars_named(args.vehicle, connected_only=False)) if args.vehicle else None
    out = sys.stdout if path is not None else sys.stderr  # the PDF itself takes standard output
    try:
        return write_reminders(path, vehicle_ids=vehicle_ids, mark=args.mark_sent, out=out)
    except OutputError as exc:
        raise UsageError(str(exc)) from exc


def write_reminders(path: Path | None, *, vehicle_ids: frozenset[int] | None, mark: bool, out: TextIO) -> int:
    """path: the PDF file, None for standard output. Raises OutputError when the PDF cannot be written."""
    from shopapp.domain.units import DistanceUnit
    from shopapp.resources import trouble_code_catalogue
    from shopapp.services.plan_store import load_plan
    from shopapp.services.reminders import ReminderOptions, mark_sent, plan_reminders

    settings = shop_settings().values()
    unit = DistanceUnit(settings["distance_unit"])
    min_days = int(settings["reminder_min_days"])
    today = date.today()
    catalogue = trouble_code_catalogue()
    batch = plan_reminders(
        ReminderOptions(min_days=min_days, vehicle_ids=vehicle_ids),
        today=today,
        plan=load_plan(),
        unit=unit,
        catalogue=catalogue,
    )
    shown = QCoreApplication.translate("CommandLine", "standard output") if path is None else str(path)
    if batch.letters:
        ensure_gui_application()
        from shopapp.reports.letters import (
            LetterBatch,
            ShopProfile,
            TemplateError,
            letters_pdf_data,
            load_letter_assets,
            write_letters_pdf,
        )

        shop = ShopProfile.from_settings(settings)
        try:
            assets = load_letter_assets(shop)
        except TemplateError as exc:
            raise UsageError(str(exc)) from exc
        if assets.logo_problem:
            without_logo = QCoreApplication.translate("CommandLine", "%1; the letters are printed without it")
            print(f"shopapp: {fill(without_logo, assets.logo_problem)}", file=sys.stderr)
        if path is None:
            letter_batch = LetterBatch(
                batch.letters, shop, unit, today, catalogue, locale=None, assets=assets
            )
            data, pages = letters_pdf_data(letter_batch)
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()  # a full disk or a closed pipe shows here, before --mark-sent
        else:
            pages = write_letters_pdf(batch.letters, path, shop, unit, today, catalogue, assets=assets)
        counts = ReminderCommandCounts()
        count = len(batch.letters)
        print(fill(counts.letters_written(count), counts.pages(pages), shown), file=out)
        if mark:
            mark_sent(batch.letters, datetime.now(UTC))
            print(counts.letters_logged(count), file=out)
        else:
            print(
                QCoreApplication.translate(
                    "CommandLine", "Not logged as sent: run again with --mark-sent when the letters go out."
                ),
                file=out,
            )
    else:
        print(
            fill(
                QCoreApplication.translate(
                    "CommandLine", "No reminder letters to write; %1 was not written."
                ),
                shown,
            ),
            file=out,
        )
    write_skipped(batch.skipped, min_days, out)
    if vehicle_ids is not None:
        write_nothing_due(vehicle_ids, batch, out)
    return EXIT_OK


def write_skipped(skipped: Sequence[Any], min_days: int, out: TextIO) -> None:
    from shopapp.services.reminders import SKIPPED_NO_ADDRESS, SKIPPED_RECENTLY_REMINDED

    recent = [entry for entry in skipped if entry.kind == SKIPPED_RECENTLY_REMINDED]
    no_address = [entry for entry in skipped if entry.kind == SKIPPED_NO_ADDRESS]
    if recent:
        print(ReminderCommandCounts().recently_reminded(min_days), file=out)
        for entry in recent:
            print(f"  {safe_text(entry.customer_name)} — {entry.reason}", file=out)
    if no_address:
        print(
            QCoreApplication.translate(
                "CommandLine", "Skipped, no postal address (add one in the customer's details):"
            ),
            file=out,
        )
        for entry in no_address:
            print(f"  {safe_text(entry.customer_name)}", file=out)


def write_nothing_due(vehicle_ids: frozenset[int], batch: Any, out: TextIO) -> None:
    """Cars named with --vehicle that are in no letter and in no skipped customer's list: nothing due."""
    from shopapp.store.vehicles import vehicles_with_owners

    lettered = {vehicle.vehicle_id for letter in batch.letters for vehicle in letter.vehicles}
    skipped_customers = {entry.customer_id for entry in batch.skipped}
    lines = [
        safe_text(f"  {vehicle.title} {vehicle.plate}".rstrip() + f" ({vehicle.customer_name})")
        for vehicle in vehicles_with_owners(vehicle_ids - lettered)
        if vehicle.customer_id not in skipped_customers
    ]
    if lines:
        print(QCoreApplication.translate("CommandLine", "Nothing due, no letter:"), file=out)
        for line in lines:
            print(line, file=out)


class ReminderCommandCounts(QObject):
    """Counts in `shopapp reminders`' summary (a QObject for self.tr(): lupdate sees plurals only there)."""

    def letters_written(self, count: int) -> str:
        """%1 the pages (pages()), %2 the PDF file or "standard output"."""
        return self.tr("Wrote %n letter(s) (%1) to %2.", "", count)

    def pages(self, count: int) -> str:
        return self.tr("%n page(s)", "", count)

    def letters_logged(self, count: int) -> str:
        return self.tr("Logged %n letter(s) as sent.", "", count)

    def recently_reminded(self, days: int) -> str:
        return self.tr("Skipped, reminded within the last %n day(s) (setting reminder_min_days):", "", days)
