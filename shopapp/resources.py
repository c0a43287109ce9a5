"""The one place that reads bundled resources (works in a checkout and inside a PyInstaller bundle), and
small files the shop names (the logo), each read only when it is a regular file under a size limit."""

from __future__ import annotations

import csv
import functools
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.i18n import fill
from shopapp.local_format import shop_locale
from shopapp.paths import resources_dir

DTC_CATALOGUE = Path("dtc") / "obdex-generic-dtc.csv"
READ_TIMEOUT_S = 10.0  # a network drive that does not answer within this is given up on


class UnreadableFile(Exception):
    """A file the app will not read, and why in words in the shop's language (str: the reason alone, e.g. "it
    is not a regular file (a named pipe)", a phrase the caller puts in its sentence); path: the file."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


def _decimal(value: float) -> str:
    """ "5", "0.5" (en), "0,5" (fr): a small number as short as it goes, in the shop's locale."""
    return shop_locale().toString(float(value), "g", 6)


def _larger_than(limit: int) -> str:
    too_large = QCoreApplication.translate("FileProblems", "it is larger than %1 MB")
    return fill(too_large, _decimal(limit / 1_000_000))


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, in words (for a message naming the refused path)."""
    if stat.S_ISLNK(mode):
        return QCoreApplication.translate("FileProblems", "a symbolic link")
    if stat.S_ISDIR(mode):
        return QCoreApplication.translate("FileProblems", "a folder")
    if stat.S_ISFIFO(mode):
        return QCoreApplication.translate("FileProblems", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QCoreApplication.translate("FileProblems", "a device")
    if stat.S_ISSOCK(mode):
        return QCoreApplication.translate("FileProblems", "a socket")
    return QCoreApplication.translate("FileProblems", "not a plain file")


def _check_regular(path: Path | str, status: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        not_regular = QCoreApplication.translate("FileProblems", "it is not a regular file (%1)")
        raise UnreadableFile(path, fill(not_regular, file_kind(status.st_mode)))
    if status.st_size > limit:
        raise UnreadableFile(path, _larger_than(limit))


def _read_regular(path: Path | str, limit: int) -> bytes:
    try:
        _check_regular(path, os.stat(path), limit)  # a named pipe or a device is never opened
        # O_NONBLOCK: should the file be swapped for a pipe after the check, opening it still returns.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
        try:
            _check_regular(path, os.fstat(descriptor), limit)
            chunks, size = [], 0
            while chunk := os.read(descriptor, min(1 << 20, limit + 1 - size)):
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    raise UnreadableFile(path, _larger_than(limit))
        finally:
            os.close(descriptor)
    except FileNotFoundError as exc:
        missing = QCoreApplication.translate("FileProblems", "there is no file at this path")
        raise UnreadableFile(path, missing) from exc
    except OSError as exc:
        raise UnreadableFile(path, exc.strerror or str(exc)) from exc
    return b"".join(chunks)


def read_small_file(path: Path | str, *, limit: int, timeout: float = READ_TIMEOUT_S) -> bytes:
    """The bytes of `path` (a symbolic link to a file is followed), when it is a regular file of at most
    `limit` bytes; UnreadableFile otherwise, and when it gives no answer within `timeout` seconds (an
    unreachable network drive: the read is left to finish on its own thread, and nothing waits for it)."""
    outcome: list[bytes | BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            outcome.append(_read_regular(path, limit))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=read, name="shopapp-read-file", daemon=True).start()
    if not done.wait(timeout):
        no_answer = QCoreApplication.translate(
            "FileProblems", "no answer within %1 s (an unreachable network drive?)"
        )
        raise UnreadableFile(path, fill(no_answer, _decimal(timeout)))
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result


def resource_path(relative: Path | str) -> Path:
    """Where a bundled resource is; FileNotFoundError when nothing is there (what kind of file it is, is
    for the reader to check: read_small_file)."""
    path = resources_dir() / relative
    if not path.exists():
        raise FileNotFoundError(f"ShopApp resource missing: {relative} (looked in {resources_dir()})")
    return path


def _catalogue_rows() -> Iterator[dict[str, str]]:
    with resource_path(DTC_CATALOGUE).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


@functools.cache
def trouble_code_catalogue() -> TroubleCodeCatalogue:
    """The shared catalogue; the CSV is read on the first look-up, not at start-up."""
    return TroubleCodeCatalogue(_catalogue_rows)
