"""The `shopapp` command line (DESIGN.md "Command line contract").

Errors reach the user as one line on stderr; the traceback goes to the log file only.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from shopapp import __version__
from shopapp.cli.reminders import add_reminders_command
from shopapp.cli.self_check import add_self_check_option
from shopapp.cli.smartcar import add_smartcar_commands
from shopapp.cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandLineParser,
    UsageError,
    WatchedOutput,
    check_text_arguments,
    int_between,
    number_between,
    open_shop_store,
    shop_settings,
)
from shopapp.log import init_logging
from shopapp.paths import data_home

log = logging.getLogger(__name__)

MAX_SIMULATED_VEHICLES = 100_000  # ten times the largest shop the quality bars measure
MAX_SIMULATED_LATENCY_MS = 60_000.0  # a minute: longer than any client timeout


def build_parser() -> argparse.ArgumentParser:
    parser = CommandLineParser(
        prog="shopapp", description="Connected-car service reminders for the front desk of a repair shop."
    )
    parser.add_argument("--version", action="version", version=f"shopapp {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="try ShopApp on a generated fleet (no account, no network)"
    )
    add_self_check_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    simulate = commands.add_parser(
        "simulate", help="serve the Smartcar simulator on 127.0.0.1", description=_run_simulate.__doc__
    )
    simulate.add_argument(
        "--port",
        metavar="N",
        type=int_between(0, 65535),
        default=0,
        help="port, 0 to 65535 (default 0: a free one)",
    )
    simulate.add_argument(
        "--vehicles",
        metavar="N",
        type=int_between(1, MAX_SIMULATED_VEHICLES),
        default=25,
        help=f"fleet size, 1 to {MAX_SIMULATED_VEHICLES:,} (default 25)",
    )
    simulate.add_argument(
        "--seed",
        metavar="N",
        type=int_between(0, 2**63 - 1),
        default=0,
        help="fleet seed, 0 or more (default 0)",
    )
    simulate.add_argument(
        "--latency-ms",
        metavar="MS",
        type=number_between(0, MAX_SIMULATED_LATENCY_MS),
        default=0.0,
        help=f"added to every request, 0 to {MAX_SIMULATED_LATENCY_MS:,.0f} ms (default 0)",
    )
    simulate.add_argument("--faults", default="none", help="fault profile: none, flaky, chaos, ...")
    simulate.add_argument(
        "--api",
        choices=("v2", "v3", "both"),
        default="both",
        help="Smartcar API versions to serve (default both). v2: v3 paths answer 404 and Connect acts as an "
        "application not yet upgraded (code, no user_id); v3: v2 paths answer 404 as after Smartcar's "
        "switch-off, while Connect and the legacy code exchange keep working",
    )
    simulate.set_defaults(run=_run_simulate)

    due = commands.add_parser("due", help="the due list, as a table or as CSV", description=_run_due.__doc__)
    due.add_argument("--csv", metavar="PATH", help="write the contract CSV to PATH (- for stdout)")
    due.add_argument("--all", action="store_true", help="every task of every vehicle, ok ones included")
    due.add_argument("--bom", action="store_true", help="start the CSV with a UTF-8 BOM (for Excel)")
    due.set_defaults(run=_run_due)

    config = commands.add_parser(
        "config", help="read and write shop settings", description=_run_config.__doc__
    )
    config_commands = config.add_subparsers(dest="config_command", metavar="get|set|list", required=True)
    config_get = config_commands.add_parser("get", help="print one setting's value")
    config_get.add_argument("key")
    config_set = config_commands.add_parser("set", help="change one setting")
    config_set.add_argument("key")
    config_set.add_argument("value")
    config_commands.add_parser("list", help="print every setting as `key = value`")
    config.set_defaults(run=_run_config)
    add_reminders_command(commands)
    add_smartcar_commands(commands)
    return parser


def _run_due(args: argparse.Namespace) -> int:
    """Lists what needs the shop's attention, most urgent first; --csv writes the contract CSV."""
    from datetime import date

    from shopapp.domain.units import DistanceUnit
    from shopapp.reports.due_csv import export_due_csv, write_due_csv
    from shopapp.reports.due_table import write_due_table
    from shopapp.resources import trouble_code_catalogue
    from shopapp.services.due_list import due_list
    from shopapp.services.plan_store import load_plan

    open_shop_store()
    unit = DistanceUnit(shop_settings().get("distance_unit"))
    rows = due_list(
        today=date.today(),
        plan=load_plan(),
        unit=unit,
        catalogue=trouble_code_catalogue(),
        include_all=args.all,
    )
    if args.csv == "-":
        sys.stdout.reconfigure(encoding="utf-8", newline="")
        write_due_csv(rows, sys.stdout, unit, bom=args.bom)
    elif args.csv:
        try:
            count = export_due_csv(rows, Path(args.csv), unit, bom=args.bom)
        except OSError as exc:
            raise UsageError(f"cannot write {args.csv}: {exc.strerror or exc}") from exc
        print(f"Wrote {count} rows to {args.csv}")
    else:
        write_due_table(rows, sys.stdout, unit)
    return EXIT_OK


def _run_config(args: argparse.Namespace) -> int:
    """Reads and writes shop settings (distance_unit, refresh_concurrency, shop_name, ...)."""
    from shopapp.config import SettingError
    from shopapp.domain.text import safe_text

    open_shop_store()
    settings = shop_settings()
    try:
        if args.config_command == "get":
            from shopapp.config import spec_for

            print(safe_text(spec_for(args.key).format(settings.get(args.key)), keep="\n"))
        elif args.config_command == "set":
            settings.set(args.key, args.value)
        else:
            for key, value in settings:
                print(safe_text(f"{key} = {value}"))
    except SettingError as exc:
        raise UsageError(f"{getattr(args, 'key', 'setting')}: {exc}") from exc
    return EXIT_OK


def _run_simulate(args: argparse.Namespace) -> int:
    """Serves a Smartcar-compatible API with a generated fleet until Ctrl+C; prints its base URL first."""
    from shopapp.simulator import serve

    try:
        serve(
            port=args.port,
            vehicles=args.vehicles,
            seed=args.seed,
            latency_ms=args.latency_ms,
            faults=args.faults,
            api=args.api,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"cannot serve on 127.0.0.1 port {args.port}: {exc.strerror or exc}") from exc
    return EXIT_OK


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
    sys.stdout = watched  # type: ignore[assignment]
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
        print(f"shopapp: cannot write the log in {data_home()}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
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
    print(f"shopapp: unexpected error ({type(exc).__name__}); details in the log file", file=sys.stderr)
    return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
