"""`shopapp smartcar migrate [--dry-run]`: the shop's v2 connections moved to Smartcar API v3, one line per
connection; exit 0 when every connection moved, 1 when some stayed on v2 (named, with why), 2 set-up."""

from __future__ import annotations

import asyncio
from typing import TextIO

from shopapp.cli.support import EXIT_FAILED, EXIT_OK, UsageError
from shopapp.config import Settings
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.text import safe_text
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
        raise UsageError(f"Smartcar refused the shop's API credentials: {exc.description}") from exc
    if not report.lines:
        print("No connection uses Smartcar API v2: nothing to move.", file=out)
        return EXIT_OK
    if summary is not None:
        still_holding = switched_holding_v2_pairs()
        for line in report.lines:
            if line.vehicle_ids and line.outcome != STAYS:
                read = "first v3 read done, v2 tokens erased"
                if line.connection_id in still_holding:
                    read = "first v3 read failed (" + "; ".join(vehicle_errors(line.vehicle_ids)) + ")"
                print(safe_text(f"{line.customer} (connection {line.connection_id}): {read}"), file=out)
    if report.stayed:
        names = safe_text(", ".join(line.customer for line in report.stayed))
        print(f"{len(report.stayed)} connection(s) stayed on v2: {names}.", file=out)
        return EXIT_FAILED
    if not dry_run:
        print("Every connection now uses Smartcar API v3; new connections will too.", file=out)
    return EXIT_OK
