"""What every `shopapp` command shares: exit codes, the one-line usage error, the store and settings, option
types with bounds, and the checks every argument and every write to stdout get."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QCoreApplication

from shopapp.config import Settings
from shopapp.i18n import fill
from shopapp.paths import data_home

if TYPE_CHECKING:  # the domain loads when a command runs, not for `shopapp --help`
    from shopapp.domain.units import DistanceUnit

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
# stdout closed early (`shopapp due | head -1`): end quietly with the status a shell reports for `ls` or
# `git` killed by SIGPIPE there (128 + 13), so `set -o pipefail` scripts see what they see for those tools.
EXIT_BROKEN_PIPE = 141


class UsageError(Exception):
    """A problem the user can fix (bad option, port taken, missing key); printed as one line, exit 2."""


class CommandLineParser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2), as every other error of the command line; the usage is one
    `--help` away and is named in the line."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            fill(QCoreApplication.translate("CommandLine", "%1: %2 (see %1 --help)"), self.prog, message)
            + "\n",
        )


def open_shop_store() -> None:
    from shopapp.store.database import StoreError, open_store

    try:
        open_store(data_home())
    except StoreError as exc:
        raise UsageError(str(exc)) from exc


def shop_settings() -> Settings:
    from shopapp.store.queries import load_settings, save_setting

    return Settings(load_settings, save_setting)


def shop_distance_unit() -> DistanceUnit:
    """The unit the shop reads odometers in (setting distance_unit): what options take and output shows."""
    from shopapp.domain.units import DistanceUnit

    return DistanceUnit(shop_settings().get("distance_unit"))


def int_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                fill(
                    QCoreApplication.translate(
                        "CommandLine", "expected a whole number from %1 to %2, not %3"
                    ),
                    low,
                    high,
                    shown_value(text),
                )
            )
        return value

    return parse


def number_between(low: float, high: float) -> Callable[[str], float]:
    """An argparse type: a finite number from `low` to `high` (never nan or inf)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            # Written as the option takes it (Python's float(): a decimal point, no thousands separator).
            raise argparse.ArgumentTypeError(
                fill(
                    QCoreApplication.translate("CommandLine", "expected a number from %1 to %2, not %3"),
                    f"{low:g}",
                    f"{high:g}",
                    shown_value(text),
                )
            )
        return value

    return parse


def shown_value(text: str) -> str:
    """The user's text in an error line: quoted, cut short, never a terminal control sequence."""
    cut = text if len(text) <= 30 else text[:27] + "..."
    return ascii(cut) if not cut.isprintable() else repr(cut)


def setting_value(key: str) -> Callable[[str], object]:
    """An argparse type that accepts what the shop setting `key` accepts (same bounds, same words)."""
    from shopapp.config import SettingError, spec_for

    spec = spec_for(key)

    def parse(text: str) -> object:
        try:
            return spec.parse(text)
        except SettingError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def _option_names(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    """(dest, how the user wrote it) for every argument of `parser` and its subcommands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for subparser in action.choices.values():
                yield from _option_names(subparser)
        elif action.option_strings:
            yield action.dest, max(action.option_strings, key=len)
        else:
            yield action.dest, action.metavar if isinstance(action.metavar, str) else action.dest.upper()


def check_text_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """UsageError naming the first option whose value is not valid text: bytes that are not UTF-8 reach
    Python as lone surrogates, which would fail later (a customer's name after the owner approved in
    Connect, a database write, a file name)."""
    names = dict(reversed(list(_option_names(parser))))
    for dest, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and not _is_text(item) for item in values):
            problem = QCoreApplication.translate(
                "CommandLine",
                "%1: not valid UTF-8 text (check the encoding of the terminal or script that passed it)",
            )
            raise UsageError(fill(problem, names.get(dest, dest)))


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class WatchedOutput:
    """sys.stdout (or its binary `buffer`) as a command sees it: the same stream, remembering the error of
    a write that failed, so `main` can tell a closed pipe or a full disk on stdout from any other error. A
    failed write drops what was buffered, so the stream itself cannot be asked afterwards."""

    def __init__(self, stream: Any, failures: list[OSError] | None = None) -> None:
        self._stream = stream
        self.failures: list[OSError] = [] if failures is None else failures
        self.gave_up: int | None = None  # the exit status once stdout was given up on

    def _watch(self, method: Callable[..., Any], *args: Any) -> Any:
        try:
            return method(*args)
        except OSError as exc:
            self.failures.append(exc)
            raise

    def write(self, data: Any) -> Any:
        return self._watch(self._stream.write, data)

    def writelines(self, lines: Any) -> None:
        self._watch(self._stream.writelines, lines)

    def flush(self) -> None:
        self._watch(self._stream.flush)

    @property
    def buffer(self) -> WatchedOutput:
        return WatchedOutput(self._stream.buffer, self.failures)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def failed_with(self, error: BaseException) -> bool:
        """Whether `error` came from writing this stream. A broken pipe always counts: commands hold no
        other pipe, and sockets reach them as httpx errors."""
        return isinstance(error, BrokenPipeError) or any(error is failure for failure in self.failures)

    def give_up(self, error: OSError) -> int:
        """Ends the command whose stdout failed: quietly for a closed pipe (EXIT_BROKEN_PIPE), else one
        line and exit 2 (said once). stdout is pointed at the null device so the interpreter's last flush
        cannot fail again."""
        if self.gave_up is None:
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, self._stream.fileno())
                os.close(devnull)
            except (AttributeError, OSError, ValueError):  # no file descriptor behind stdout (tests)
                pass
            if isinstance(error, BrokenPipeError):
                self.gave_up = EXIT_BROKEN_PIPE
            else:
                problem = QCoreApplication.translate("CommandLine", "cannot write the output: %1")
                print(f"shopapp: {fill(problem, error.strerror or error)}", file=sys.stderr)
                self.gave_up = EXIT_USAGE
        return self.gave_up


def add_vehicle_option(command: argparse.ArgumentParser, help: str) -> None:
    """`--vehicle ID`, which may be repeated: a car by its Smartcar vehicle id or VIN (DESIGN.md's `ID`), as
    cars_named reads it. One definition, so every command that takes cars names them the same way; `help`
    is translated by the caller (lupdate sees a text only where translate() is written around it)."""
    command.add_argument("--vehicle", metavar="ID", action="append", help=help)


def cars_named(names: Sequence[str], *, connected_only: bool) -> list[int]:
    """Database ids of the cars named on the command line by Smartcar vehicle id or VIN, in order, once
    each; a name no car has (an empty one included) is a usage error. `connected_only`: only cars linked
    through Smartcar count."""
    from shopapp.store.vehicles import vehicle_ids_by_smartcar_id_or_vin

    texts = [name.strip() for name in names]
    found = vehicle_ids_by_smartcar_id_or_vin(texts, connected_only=connected_only)
    for text in texts:
        if found[text] is None:
            if connected_only:
                problem = QCoreApplication.translate(
                    "CommandLine", "no connected car has the Smartcar id or VIN %1"
                )
            else:
                problem = QCoreApplication.translate("CommandLine", "no car has the Smartcar id or VIN %1")
            raise UsageError(fill(problem, repr(text)))
    return list(dict.fromkeys(vehicle_id for text in texts if (vehicle_id := found[text]) is not None))
