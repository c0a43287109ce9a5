"""`shopapp webhooks serve`: the Smartcar webhook receiver (DESIGN.md "Live updates")."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.support import EXIT_OK, UsageError, int_between, open_shop_store
from shopapp.i18n import fill


def _path(text: str) -> str:
    if not text.startswith("/") or any(character.isspace() for character in text):
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate(
                "CommandLine", "a path begins with / and has no spaces, e.g. /smartcar/webhook"
            )
        )
    return text


def add_serve_command(webhook_commands: Any) -> None:
    from shopapp.receiver.app import DEFAULT_PATH
    from shopapp.receiver.serve import DEFAULT_HOST, DEFAULT_PORT

    serve = webhook_commands.add_parser(
        "serve",
        help=QCoreApplication.translate("CommandLine", "run the webhook receiver for live updates"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Receives Smartcar's webhook deliveries, stores them in the shop's database and applies them, until stopped. Run it behind an HTTPS proxy (README: Live updates). The key is SMARTCAR_MANAGEMENT_TOKEN, else the management token stored in Settings.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    serve.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=fill(
            QCoreApplication.translate("CommandLine", "address to listen on (default %1)"), DEFAULT_HOST
        ),
    )
    serve.add_argument(
        "--port",
        metavar="N",
        type=int_between(1, 65535),
        default=DEFAULT_PORT,
        help=fill(QCoreApplication.translate("CommandLine", "port, 1 to 65535 (default %1)"), DEFAULT_PORT),
    )
    serve.add_argument(
        "--path",
        type=_path,
        default=DEFAULT_PATH,
        help=fill(QCoreApplication.translate("CommandLine", "the callback path (default %1)"), DEFAULT_PATH),
    )
    serve.set_defaults(run=_run_serve)


def _run_serve(args: argparse.Namespace) -> int:
    from shopapp.cli.smartcar import shop_credentials
    from shopapp.credentials import CredentialsError
    from shopapp.log import log_to_stderr_too
    from shopapp.receiver.app import ReceiverOptions
    from shopapp.receiver.serve import MANAGEMENT_TOKEN_ENV, management_token, serve

    key = management_token(None)
    if key is None:
        try:
            key = management_token(shop_credentials().management_token())
        except CredentialsError:
            key = None  # a server without a keyring: the environment is the place
    if key is None:
        raise UsageError(
            fill(
                QCoreApplication.translate(
                    "CommandLine",
                    "no management token: set %1 to the Application Management Token (Smartcar Dashboard, API Credentials), or store it in ShopApp's Settings on this computer",  # noqa: E501 (one literal for lupdate)
                ),
                MANAGEMENT_TOKEN_ENV,
            )
        )
    open_shop_store()
    log_to_stderr_too()
    where = f"http://{args.host}:{args.port}{args.path}"
    print(
        fill(
            QCoreApplication.translate("CommandLine", "Receiving Smartcar webhooks at %1 (Ctrl+C stops)"),
            where,
        )
    )
    sys.stdout.flush()
    serve(ReceiverOptions(key=key, path=args.path), args.host, args.port)
    return EXIT_OK
