"""The `shopapp` command line (DESIGN.md "Command line contract"): the parser, each command's module adding
its own subcommand, and the dispatch with its exit codes.

Errors reach the user as one line on stderr; the traceback goes to the log file only.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopapp import __version__
from shopapp.cli.cars import add_cars_command
from shopapp.cli.config import add_config_command
from shopapp.cli.customer_files import add_customer_file_commands
from shopapp.cli.customers import add_customers_command
from shopapp.cli.due import add_due_command
from shopapp.cli.qt_application import ensure_command_application, log_early_qt_messages
from shopapp.cli.reminders import add_reminders_command
from shopapp.cli.self_check import add_self_check_option
from shopapp.cli.services import add_services_command
from shopapp.cli.simulate import add_simulate_command
from shopapp.cli.smartcar import add_smartcar_commands
from shopapp.cli.support import (
    EXIT_FAILED,
    EXIT_USAGE,
    CommandLineParser,
    UsageError,
    WatchedOutput,
    check_text_arguments,
)
from shopapp.cli.webhook_serve import add_serve_command
from shopapp.cli.webhooks import add_webhook_commands
from shopapp.i18n import fill
from shopapp.log import init_logging
from shopapp.paths import data_home

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandLineParser(
        prog="shopapp",
        description=QCoreApplication.translate(
            "CommandLine", "Connected-car service reminders for the front desk of a repair shop."
        ),
    )
    parser.add_argument("--version", action="version", version=f"shopapp {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "try ShopApp on a generated fleet (no account, no network)"
        ),
    )
    add_self_check_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add_simulate_command(commands)
    add_due_command(commands)
    add_config_command(commands)
    add_reminders_command(commands)
    add_smartcar_commands(commands)
    add_customer_file_commands(commands)
    add_customers_command(commands)
    add_cars_command(commands)
    add_services_command(commands)
    add_serve_command(add_webhook_commands(commands))
    return parser


def _run_demo(args: argparse.Namespace) -> int:
    """The window on a fresh demo shop in its own folder, fed by the in-process simulator."""
    from shopapp.ui.app import run_window

    return run_window(data_home(), demo=True)


def _run_window(args: argparse.Namespace) -> int:
    from shopapp.ui.app import run_window

    return run_window(data_home())


def main(argv: list[str] | None = None) -> int:
    """Runs one command. Exit status: 0 done, 1 failed (a bug included: one line here, the traceback in the
    log), 2 usage or set-up error, 141 stdout closed before everything was written (see EXIT_BROKEN_PIPE)."""
    real_stdout = sys.stdout
    if real_stdout is None:  # a windowed bundle has no console: nothing to watch
        return _main(argv, None)
    watched = WatchedOutput(real_stdout)
    sys.stdout = watched
    try:
        return _main(argv, watched)
    finally:
        sys.stdout = real_stdout


def _main(argv: list[str] | None, stdout: WatchedOutput | None) -> int:
    try:
        try:
            status = _run_command(argv, stdout)
        except SystemExit as request:  # argparse after --help, --version or a usage error
            status = request.code if isinstance(request.code, int) else EXIT_USAGE
        if stdout is not None:
            stdout.flush()  # a closed pipe or a full disk must show here, not as a message at exit
            if stdout.failures:  # a failed write that was swallowed on the way (argparse does)
                return stdout.give_up(stdout.failures[0])
        return status
    except OSError as exc:
        if stdout is None or not stdout.failed_with(exc):
            raise
        return stdout.give_up(exc)


def _run_command(argv: list[str] | None, stdout: WatchedOutput | None) -> int:
    ensure_command_application(sys.argv[1:] if argv is None else argv)  # help texts are translated too
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int]
    if getattr(args, "run", None):
        run = args.run
    elif args.demo:
        run = _run_demo
    else:
        run = _run_window
    try:
        check_text_arguments(parser, args)
    except UsageError as exc:
        print(f"shopapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        init_logging(data_home())
    except OSError as exc:
        problem = QCoreApplication.translate("CommandLine", "cannot write the log in %1: %2")
        print(f"shopapp: {fill(problem, data_home(), exc.strerror or exc)}", file=sys.stderr)
        return EXIT_USAGE
    log_early_qt_messages()
    try:
        return run(args)
    except UsageError as exc:
        print(f"shopapp: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as exc:
        if isinstance(exc, OSError) and stdout is not None and stdout.failed_with(exc):
            return stdout.give_up(exc)
        return _known_failure(exc)


def _known_failure(exc: Exception) -> int:
    """An error that escaped a command: a database found damaged while it was read, or else a bug (the
    log gets the traceback, the user one line)."""
    from shopapp.store.database import damaged_store_message

    damaged = damaged_store_message(exc)
    if damaged:
        log.error("The database is damaged", exc_info=exc)
        print(f"shopapp: {damaged}", file=sys.stderr)
        return EXIT_USAGE
    log.exception("Unexpected error")
    problem = QCoreApplication.translate("CommandLine", "unexpected error (%1); details in the log file")
    print(f"shopapp: {fill(problem, type(exc).__name__)}", file=sys.stderr)
    return EXIT_FAILED
