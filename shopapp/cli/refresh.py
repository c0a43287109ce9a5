"""`shopapp refresh`: refreshes connected cars headless, with a progress bar on a terminal and a summary that
names every car needing reconnection. Exit 0 all ok, 1 any car ended in error, 2 usage or configuration."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from shopapp.cli.support import EXIT_FAILED, EXIT_OK, UsageError, cars_named
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.text import safe_text
from shopapp.i18n import fill
from shopapp.local_format import shop_locale
from shopapp.services.refresh import (
    RefreshLimits,
    RefreshProgress,
    RefreshSummary,
    VehicleResult,
    planned_refreshes,
)
from shopapp.services.schedule_words import pace_text
from shopapp.services.smartcar_app import SetupError
from shopapp.services.smartcar_link import SmartcarLink, refresh_cars
from shopapp.store.connections import connection_ids_needing_reconnect


def run_refresh_command(
    link: SmartcarLink,
    credentials: Credentials,
    settings: Mapping[str, Any],
    *,
    vehicles: Sequence[str] | None,
    concurrency: int | None,
    if_due: bool,
    out: TextIO,
    progress_to: TextIO,
) -> int:
    from shopapp.services.plan_store import load_plan

    vehicle_ids = cars_named(vehicles, connected_only=True) if vehicles else None
    limits = RefreshLimits.from_settings(settings)
    bar = ProgressBar(progress_to)
    try:
        summary = asyncio.run(
            refresh_cars(
                link,
                credentials,
                settings,
                load_plan(),
                vehicle_ids=vehicle_ids,
                concurrency=concurrency,
                trigger="scheduled" if if_due else "command",
                due_only=if_due,
                on_progress=bar.show,
            )
        )
    except KeyboardInterrupt:
        bar.clear()
        print(
            QCoreApplication.translate("CommandLine", "Refresh stopped; everything read so far is saved."),
            file=out,
        )
        raise
    except (CredentialsError, SetupError) as exc:
        raise UsageError(str(exc)) from exc
    bar.clear()
    if summary is None:
        print(
            QCoreApplication.translate(
                "CommandLine", "No connected cars yet: link one with `shopapp connect`."
            ),
            file=out,
        )
        return EXIT_OK
    write_summary(summary, limits, out)
    return EXIT_FAILED if summary.failed else EXIT_OK


class ProgressBar:
    """One self-rewriting line on a terminal; otherwise only a line when requests start waiting."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._live = stream.isatty()
        self._told_wait = False

    def show(self, progress: RefreshProgress) -> None:
        if not self._live:
            self._tell_wait(progress)
            return
        width = shutil.get_terminal_size((80, 20)).columns - 1
        cells = 24
        filled = cells * progress.done // progress.total if progress.total else cells
        line = f"[{'#' * filled}{'.' * (cells - filled)}] {progress.done}/{progress.total}"
        if progress.errors:
            line += "  " + fill(QCoreApplication.translate("CommandLine", "errors %1"), progress.errors)
        if progress.waiting_until is not None:
            until = progress.waiting_until.astimezone().strftime("%H:%M:%S")
            line += "  " + fill(
                QCoreApplication.translate(
                    "CommandLine", "waiting for Smartcar's request allowance until %1"
                ),
                until,
            )
        elif progress.current:
            line += f"  {progress.current}"
        self._stream.write("\r" + line[:width].ljust(width))
        self._stream.flush()

    def _tell_wait(self, progress: RefreshProgress) -> None:
        """Without a terminal (a log, a scheduled task), a long wait is still explained, once."""
        if progress.waiting_until is not None and not self._told_wait:
            until = progress.waiting_until.astimezone().strftime("%H:%M:%S")
            waiting = QCoreApplication.translate(
                "CommandLine", "Waiting for Smartcar's request allowance (until about %1)…"
            )
            print(fill(waiting, until), file=self._stream)
        self._told_wait = progress.waiting_until is not None

    def clear(self) -> None:
        if self._live:
            width = shutil.get_terminal_size((80, 20)).columns - 1
            self._stream.write("\r" + " " * width + "\r")
            self._stream.flush()


def _line(result: VehicleResult) -> str:
    return safe_text(f"  {result.customer} — {result.vehicle}")


def write_summary(summary: RefreshSummary, limits: RefreshLimits, out: TextIO) -> None:
    counts = RefreshCommandCounts()
    asked = len(summary.results) - len(summary.skipped)
    print(fill(counts.refreshed(asked), len(summary.refreshed), _seconds(summary.seconds)), file=out)
    if summary.needing_reconnect:
        print(
            QCoreApplication.translate(
                "CommandLine",
                "Need reconnecting (the owner connects again: `shopapp connect --customer NAME`):",
            ),
            file=out,
        )
        for result in summary.needing_reconnect:
            print(_line(result), file=out)
    if summary.lost_to_crash:
        names = ", ".join(safe_text(name) for name in summary.lost_to_crash)
        crashed = QCoreApplication.translate(
            "CommandLine",
            "A ShopApp process crashed during token refresh before saving Smartcar's new tokens, and the old ones have expired since: %1 must connect again.",  # noqa: E501 (one literal for lupdate)
        )
        print(fill(crashed, names), file=out)
    if summary.renewals_finished:
        print(counts.renewals_finished(summary.renewals_finished), file=out)
    errors = [result for result in summary.failed if not result.needs_reconnect]
    if errors:
        print(QCoreApplication.translate("CommandLine", "Errors:"), file=out)
        for result in errors:
            print(f"{_line(result)}: {safe_text(result.message)}", file=out)
    if summary.skipped:
        print(QCoreApplication.translate("CommandLine", "Not refreshed:"), file=out)
        for result in summary.skipped:
            print(f"{_line(result)}: {result.message}", file=out)
    stalled = connection_ids_needing_reconnect()
    upcoming = [
        planned
        for vehicle, planned in planned_refreshes(limits, datetime.now(UTC))
        if vehicle.connection_id not in stalled and not planned.budget_spent
    ]
    if upcoming:
        first = min(upcoming, key=lambda planned: planned.at)
        next_refresh = QCoreApplication.translate("CommandLine", "Next scheduled refresh: %1 (%2).")
        print(fill(next_refresh, _day_and_time(first.at), pace_text(first.reason)), file=out)


def _seconds(value: float) -> str:
    """ "12.3" (en), "12,3" (fr): one decimal, in the shop's locale, without thousands separators."""
    locale = shop_locale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "f", 1)


def _day_and_time(moment: datetime) -> str:
    """ "05 Dec 14:05" in the PC's time zone, the month in the shop's language."""
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return shop_locale().toString(when, "dd MMM HH:mm")


class RefreshCommandCounts(QObject):
    """Counts in `shopapp refresh`'s summary (a QObject for self.tr(): lupdate sees plurals only there)."""

    def refreshed(self, asked: int) -> str:
        """%1 the cars refreshed, %2 the seconds taken."""
        return self.tr("Refreshed %1 of %n car(s) in %2 s.", "", asked)

    def renewals_finished(self, count: int) -> str:
        return self.tr(
            "Finished %n token renewal(s) that a stopped ShopApp had left open; nothing was lost.", "", count
        )
