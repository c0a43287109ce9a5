"""`shopapp connect`, `shopapp refresh` and `shopapp key`: the commands that talk to Smartcar or hold its
secrets (DESIGN.md "Command line contract"). Each runs its own asyncio loop; the window has its own."""

from __future__ import annotations

import argparse
import asyncio
import sys
import webbrowser
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    add_vehicle_option,
    open_shop_store,
    setting_value,
    shop_settings,
)
from shopapp.i18n import fill


def add_smartcar_commands(commands: Any) -> None:
    connect = commands.add_parser(
        "connect",
        help=QCoreApplication.translate("CommandLine", "link a customer's car through Smartcar Connect"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Links a customer's car: prints the Smartcar Connect address on one line, opens the browser (unless --no-browser), waits for the owner's approval and saves the car with its sealed tokens.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    connect.add_argument(
        "--customer",
        metavar="NAME",
        help=QCoreApplication.translate("CommandLine", "the customer the car belongs to (added if new)"),
    )
    connect.add_argument(
        "--no-browser",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "only print the Connect address; do not open a browser"
        ),
    )
    connect.set_defaults(run=_run_connect)

    refresh = commands.add_parser(
        "refresh",
        help=QCoreApplication.translate("CommandLine", "read connected cars' data from Smartcar"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Reads odometer, oil life, trouble codes and system status of connected cars (service history once a day) and prints a summary; exit 1 if any car ended in error.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    add_vehicle_option(
        refresh,
        QCoreApplication.translate(
            "CommandLine", "a Smartcar vehicle id or a VIN (may be repeated; default: every connected car)"
        ),
    )
    refresh.add_argument(
        "--concurrency",
        metavar="N",
        type=setting_value("refresh_concurrency"),
        help=QCoreApplication.translate(
            "CommandLine", "cars refreshed at once, 1 to 64 (default: the refresh_concurrency setting)"
        ),
    )
    refresh.add_argument(
        "--if-due",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "only the cars the refresh schedule says are due (scheduled task)"
        ),
    )
    refresh.set_defaults(run=_run_refresh)

    key = commands.add_parser(
        "key",
        help=QCoreApplication.translate("CommandLine", "move the shop's data key to another PC"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Prints the shop's data key (`export`), or reads one from stdin and keeps it in this PC's keyring after checking it opens the stored Smartcar tokens (`import`).",  # noqa: E501 (one literal for lupdate)
        ),
    )
    key_commands = key.add_subparsers(dest="key_command", metavar="export|import", required=True)
    key_commands.add_parser(
        "export", help=QCoreApplication.translate("CommandLine", "print the shop's data key")
    )
    key_commands.add_parser(
        "import",
        help=QCoreApplication.translate(
            "CommandLine", "read the data key from stdin and keep it in this PC's keyring"
        ),
    )
    key.set_defaults(run=_run_key)

    smartcar = commands.add_parser(
        "smartcar",
        help=QCoreApplication.translate("CommandLine", "the shop's Smartcar application"),
        description=QCoreApplication.translate("CommandLine", "The shop's Smartcar application."),
    )
    smartcar_commands = smartcar.add_subparsers(dest="smartcar_command", metavar="migrate", required=True)
    migrate = smartcar_commands.add_parser(
        "migrate",
        help=QCoreApplication.translate("CommandLine", "move v2 connections to Smartcar API v3"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Moves the shop's v2 Smartcar connections to API v3 without the owners doing anything: each owner's user id is learnt from Smartcar, the connection switched, and its v2 tokens erased after the first good v3 read. One line per connection; exit 0 when every connection moved, 1 when some stayed on v2.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    migrate.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "only say what would move; change nothing"),
    )
    migrate.set_defaults(run=_run_migrate)


def shop_credentials():
    from shopapp.credentials import Credentials

    return Credentials()


def shop_smartcar_link():
    """The real Smartcar; a missing client id or secret is reported before anything else happens."""
    from shopapp.services.smartcar_app import SetupError
    from shopapp.services.smartcar_link import ShopSmartcar

    settings = shop_settings()
    link = ShopSmartcar(settings.values, shop_credentials())
    try:
        link.redirect_uri()
    except SetupError as exc:
        raise UsageError(str(exc)) from exc
    return link


def _run_connect(args: argparse.Namespace) -> int:
    """Links a customer's car: prints the Smartcar Connect address on one line, opens the browser (unless
    --no-browser), waits for the owner's approval and saves the car with its sealed tokens."""
    from shopapp.credentials import CredentialsError
    from shopapp.services.connect import ConnectFailed, connect_setup
    from shopapp.services.loopback import ListenerError, check_redirect_uri
    from shopapp.services.smartcar_app import SetupError, setup_words
    from shopapp.services.smartcar_link import connect_car

    open_shop_store()
    # Every missing piece named in order (client id, secret, Application ID, data key) before anything else.
    setup = connect_setup(shop_settings().values(), shop_credentials())
    if not setup.complete:
        raise UsageError(setup_words(setup))
    link = shop_smartcar_link()
    try:
        check_redirect_uri(link.redirect_uri())  # before the owner approves anything in the browser
    except ListenerError as exc:
        raise UsageError(str(exc)) from exc

    def show_url(url: str) -> None:
        print(url, flush=True)
        if not args.no_browser:
            webbrowser.open(url)
        print(
            QCoreApplication.translate(
                "CommandLine", "Waiting for the owner to approve in the browser (Ctrl+C to stop)…"
            ),
            file=sys.stderr,
            flush=True,
        )

    try:
        outcome = asyncio.run(
            connect_car(link, shop_credentials(), customer=args.customer, show_url=show_url)
        )
    except (ListenerError, SetupError, CredentialsError) as exc:
        raise UsageError(str(exc)) from exc
    except ConnectFailed as exc:
        print(f"shopapp: {exc}", file=sys.stderr)
        return EXIT_FAILED
    from shopapp.domain.text import safe_text

    print(safe_text(outcome.describe()))
    for vehicle in outcome.vehicles:
        if vehicle.missing_permissions:
            missing = ", ".join(vehicle.missing_permissions)
            not_shared = QCoreApplication.translate("CommandLine", "%1: the owner did not share %2")
            print(safe_text("  " + fill(not_shared, vehicle.title, missing)))
    return EXIT_OK


def _run_key(args: argparse.Namespace) -> int:
    """Prints the shop's data key (`export`), or reads one from stdin and keeps it in this PC's keyring
    after checking it opens the stored Smartcar tokens (`import`)."""
    from shopapp.credentials import CredentialsError, check_data_key
    from shopapp.services.tokens import sealed_samples

    open_shop_store()
    credentials = shop_credentials()
    try:
        if args.key_command == "export":
            key = credentials.data_key()
            if not key:
                raise UsageError(
                    QCoreApplication.translate(
                        "CommandLine", "this PC has no data key yet; it is created at the first Connect"
                    )
                    if not sealed_samples(1)
                    else credentials.missing_key_message()
                )
            check_data_key(key, sealed_samples())  # a key that does not open the pairs is no use elsewhere
            print(key)
        else:
            credentials.import_data_key(sys.stdin.readline().strip(), sealed_samples())
            print(
                QCoreApplication.translate("CommandLine", "Data key stored in this PC's keyring."),
                file=sys.stderr,
            )
    except CredentialsError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK


def _run_refresh(args: argparse.Namespace) -> int:
    """Reads odometer, oil life, trouble codes and system status of connected cars (service history once a
    day) and prints a summary; exit 1 if any car ended in error."""
    from shopapp.cli.refresh import run_refresh_command

    open_shop_store()
    return run_refresh_command(
        shop_smartcar_link(),
        shop_credentials(),
        shop_settings().values(),
        vehicles=args.vehicle,
        concurrency=args.concurrency,
        if_due=args.if_due,
        out=sys.stdout,
        progress_to=sys.stderr,
    )


def _run_migrate(args: argparse.Namespace) -> int:
    """Moves the shop's v2 Smartcar connections to API v3 without the owners doing anything: each owner's
    user id is learnt from Smartcar, the connection switched, and its v2 tokens erased after the first good
    v3 read. One line per connection; exit 0 when every connection moved, 1 when some stayed on v2."""
    from shopapp.cli.migrate import run_migrate_command

    open_shop_store()
    return run_migrate_command(
        shop_smartcar_link(), shop_credentials(), shop_settings(), dry_run=args.dry_run, out=sys.stdout
    )
