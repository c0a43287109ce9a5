"""`shopapp webhooks`: the shop's live updates through Smartcar webhooks (issue 16). `subscribe [--webhook
ID] [--dry-run]` subscribes the shop's v3 cars to the webhook, one line per car; exit 0 when every car is
subscribed (or was), 1 when some failed, 2 set-up (no v3 credentials, no webhook, several to choose from).

The group is made by `add_webhook_commands`, which returns its subcommands so `serve` can join them."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication, QObject

from shopapp.cli.support import EXIT_FAILED, EXIT_OK, UsageError
from shopapp.i18n import fill


def add_webhook_commands(commands: Any) -> Any:
    """Adds `webhooks` and its `subscribe`; returns the group's subparsers (`add_parser` adds the next)."""
    webhooks = commands.add_parser(
        "webhooks",
        help=QCoreApplication.translate("CommandLine", "live updates through Smartcar webhooks"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Live updates: Smartcar sends a car's new readings to the shop's webhook receiver within minutes, once the car is subscribed to the webhook.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    webhook_commands = webhooks.add_subparsers(dest="webhooks_command", metavar="COMMAND", required=True)
    subscribe = webhook_commands.add_parser(
        "subscribe",
        help=QCoreApplication.translate("CommandLine", "subscribe the shop's v3 cars to the webhook"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Subscribes every car connected through Smartcar API v3 to the application's webhook (the only enabled one, or the one named): one line per car, then a summary. Running it again is harmless. Exit 0 when every car is subscribed, 1 when some failed, 2 when Smartcar is not set up or the webhook cannot be chosen.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    subscribe.add_argument(
        "--webhook",
        metavar="ID",
        help=QCoreApplication.translate(
            "CommandLine", "the webhook's id, from the Smartcar Dashboard (default: the only enabled one)"
        ),
    )
    subscribe.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "only say which webhook and which cars; subscribe nothing"
        ),
    )
    subscribe.set_defaults(run=_run_subscribe)
    return webhook_commands


def _run_subscribe(args: argparse.Namespace) -> int:
    from shopapp.cli.smartcar import shop_credentials
    from shopapp.cli.support import open_shop_store, shop_settings

    open_shop_store()
    return run_subscribe_command(
        shop_settings().values(),
        shop_credentials(),
        webhook_id=args.webhook,
        dry_run=args.dry_run,
        out=sys.stdout,
        err=sys.stderr,
    )


def run_subscribe_command(
    settings: Any, credentials: Any, *, webhook_id: str | None, dry_run: bool, out: TextIO, err: TextIO
) -> int:
    """Subscribes the shop's v3 cars (see the module); lines and summary to `out`, a failure to `err`."""
    from shopapp.credentials import CredentialsError
    from shopapp.domain.text import safe_text
    from shopapp.services.smartcar_app import SetupError
    from shopapp.services.webhook_subscriptions import (
        ALREADY_SUBSCRIBED,
        SUBSCRIBED,
        WOULD_SUBSCRIBE,
        WebhookChoiceError,
        subscribe_shop_cars,
        webhook_words,
    )
    from shopapp.smartcar.errors import AuthenticationError, OAuthError, SmartcarError

    def show_webhook(webhook: Any) -> None:
        print(
            safe_text(fill(QCoreApplication.translate("CommandLine", "Webhook: %1"), webhook_words(webhook))),
            file=out,
        )
        if not webhook.is_enabled:
            print(
                QCoreApplication.translate(
                    "CommandLine",
                    "This webhook is disabled in the Smartcar Dashboard: its cars get no live updates until it is enabled.",  # noqa: E501 (one literal for lupdate)
                ),
                file=out,
            )

    try:
        report = asyncio.run(
            subscribe_shop_cars(
                settings,
                credentials,
                webhook_id=webhook_id,
                dry_run=dry_run,
                on_webhook=show_webhook,
                on_line=lambda line: print(safe_text(line.describe()), file=out, flush=True),
            )
        )
    except (SetupError, CredentialsError, WebhookChoiceError) as exc:
        raise UsageError(str(exc)) from exc
    except (OAuthError, AuthenticationError) as exc:
        refused = QCoreApplication.translate("CommandLine", "Smartcar refused the shop's API credentials: %1")
        raise UsageError(fill(refused, exc.description)) from exc
    except SmartcarError as exc:
        unread = QCoreApplication.translate("CommandLine", "Smartcar's webhooks could not be read: %1")
        print(f"shopapp: {fill(unread, exc.description)}", file=err)
        return EXIT_FAILED
    counts = WebhookCommandCounts()
    if not report.lines:
        print(
            QCoreApplication.translate(
                "CommandLine", "No car is connected through Smartcar API v3: none to subscribe."
            ),
            file=out,
        )
    elif dry_run:
        print(counts.would_subscribe(report.count(WOULD_SUBSCRIBE)), file=out)
    else:
        print(
            fill(
                QCoreApplication.translate("CommandLine", "%1, %2, %3."),
                counts.subscribed(report.count(SUBSCRIBED)),
                counts.already_subscribed(report.count(ALREADY_SUBSCRIBED)),
                counts.failed(len(report.failed)),
            ),
            file=out,
        )
    print(
        QCoreApplication.translate(
            "CommandLine",
            "Smartcar subscribes newly connected cars by itself when the webhook's “Automatically subscribe all vehicles” is on (Smartcar Dashboard → Integrations → Webhooks); this command subscribes the cars connected before.",  # noqa: E501 (one literal for lupdate)
        ),
        file=out,
    )
    return EXIT_FAILED if report.failed else EXIT_OK


class WebhookCommandCounts(QObject):
    """Counts in `shopapp webhooks subscribe`'s summary (a QObject for self.tr(): lupdate's plurals)."""

    def subscribed(self, count: int) -> str:
        return self.tr("%n car(s) subscribed now", "", count)

    def already_subscribed(self, count: int) -> str:
        return self.tr("%n already subscribed", "", count)

    def failed(self, count: int) -> str:
        return self.tr("%n failed", "", count)

    def would_subscribe(self, count: int) -> str:
        return self.tr("%n car(s) would be subscribed; nothing was changed.", "", count)
