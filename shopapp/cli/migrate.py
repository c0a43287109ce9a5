"""`shopapp smartcar migrate [--dry-run]`: the shop's v2 connections moved to Smartcar API v3, one line per
connection; exit 0 when every connection moved, 1 when some stayed on v2 (named, with why), 2 set-up."""

from __future__ import annotations

import asyncio
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QObject

from shopapp.cli.support import EXIT_FAILED, EXIT_OK, UsageError
from shopapp.config import Settings
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.text import safe_text
from shopapp.i18n import fill
from shopapp.services.smartcar_app import SetupError
from shopapp.services.smartcar_link import SmartcarLink, move_shop_to_v3
from shopapp.services.smartcar_migration import STAYS
from shopapp.smartcar.errors import AuthenticationError, OAuthError
from shopapp.store.connections import switched_holding_v2_pairs, vehicle_errors


def run_migrate_command(
    link: SmartcarLink, credentials: Credentials, settings: Settings, *, dry_run: bool, out: TextIO
) -> int:
    from shopapp.services.plan_store import load_plan

    try:
        report, summary = asyncio.run(
            move_shop_to_v3(
                link,
                credentials,
                settings,
                load_plan(),
                dry_run=dry_run,
                on_line=lambda line: print(safe_text(line.describe()), file=out, flush=True),
            )
        )
    except (SetupError, CredentialsError) as exc:
        raise UsageError(str(exc)) from exc
    except (OAuthError, AuthenticationError) as exc:
        refused = QCoreApplication.translate("CommandLine", "Smartcar refused the shop's API credentials: %1")
        raise UsageError(fill(refused, exc.description)) from exc
    if not report.lines:
        print(
            QCoreApplication.translate("CommandLine", "No connection uses Smartcar API v2: nothing to move."),
            file=out,
        )
        return EXIT_OK
    if summary is not None:
        still_holding = switched_holding_v2_pairs()
        for line in report.lines:
            if line.vehicle_ids and line.outcome != STAYS:
                if line.connection_id in still_holding:
                    failed = QCoreApplication.translate(
                        "CommandLine", "%1 (connection %2): first v3 read failed (%3)"
                    )
                    said = fill(
                        failed, line.customer, line.connection_id, "; ".join(vehicle_errors(line.vehicle_ids))
                    )
                else:
                    done = QCoreApplication.translate(
                        "CommandLine", "%1 (connection %2): first v3 read done, v2 tokens erased"
                    )
                    said = fill(done, line.customer, line.connection_id)
                print(safe_text(said), file=out)
    if report.stayed:
        names = safe_text(", ".join(line.customer for line in report.stayed))
        print(fill(MigrateCommandCounts().stayed_on_v2(len(report.stayed)), names), file=out)
        return EXIT_FAILED
    if not dry_run:
        print(
            QCoreApplication.translate(
                "CommandLine", "Every connection now uses Smartcar API v3; new connections will too."
            ),
            file=out,
        )
    return EXIT_OK


class MigrateCommandCounts(QObject):
    """Counts in `shopapp smartcar migrate`'s sentences (a QObject for self.tr(): lupdate's plurals)."""

    def stayed_on_v2(self, count: int) -> str:
        return self.tr("%n connection(s) stayed on v2: %1.", "", count)
