"""Where an export goes: the one helper that writes a file the user named (the due-list CSV, the letters' PDF,
the window's print to PDF). Only a regular file, or a new name, is ever replaced: a symbolic link, a named
pipe, a device or a folder at the path is refused and left as it is. The writing itself is
shopapp.atomic_file's (a temporary file beside the target, flushed, renamed over it; mode and owner kept);
this module adds what an export needs: the folder and permissions checked first, every failure one
OutputError."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from shopapp.atomic_file import NotARegularFileError, atomic_write, regular_file_or_new
from shopapp.domain.text import safe_text
from shopapp.i18n import fill
from shopapp.resources import file_kind

STDOUT = "-"  # the file name that means standard output (written by the commands themselves)


class OutputError(OSError):
    """An export that was not written, and why; whatever was at the path is unchanged. str(): one line for
    the command line ("cannot write PATH: No space left on device", "cannot write PATH: it is not a regular
    file (a named pipe); choose a file name"); reason (also strerror): the why alone, for a sentence of the
    window's; path: the target. An OSError, so a caller that reports `strerror` reports the reason."""

    def __init__(self, path: Path | str, reason: str, code: int | None = None) -> None:
        super().__init__(code, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return fill(
            QCoreApplication.translate("ExportTarget", "cannot write %1: %2"),
            safe_text(str(self.path)),
            self.reason,
        )

    @classmethod
    def cannot_write(cls, path: Path | str, why: OSError | str) -> OutputError:
        if isinstance(why, str):
            return cls(path, why)
        return cls(path, why.strerror or str(why), why.errno)

    @classmethod
    def not_regular(cls, path: Path | str, kind: str) -> OutputError:
        reason = QCoreApplication.translate(
            "ExportTarget", "it is not a regular file (%1); choose a file name"
        )
        return cls(path, fill(reason, kind))


def check_target(path: Path) -> os.stat_result | None:
    """The regular file at `path` that an export would replace (None: the name is new). Raises OutputError
    for anything else at the path (a symbolic link, even to a file, is refused: replacing it would turn it
    into a file), for a missing folder and for a file or folder this process may not write. Nothing is
    opened, so a named pipe cannot block."""
    path = Path(path)
    try:
        existing = regular_file_or_new(path)
    except NotARegularFileError as exc:
        raise OutputError.not_regular(path, file_kind(exc.st_mode)) from exc
    except OSError as exc:
        raise OutputError.cannot_write(path, exc) from exc
    folder = path.parent
    if not folder.is_dir():
        missing = QCoreApplication.translate("ExportTarget", "the folder %1 does not exist")
        raise OutputError.cannot_write(path, fill(missing, safe_text(str(folder))))
    writable = os.access(folder, os.W_OK | os.X_OK) and (existing is None or os.access(path, os.W_OK))
    if not writable:
        # Worded as the system's own EACCES message (strerror), which the other refusals carry.
        raise OutputError.cannot_write(path, QCoreApplication.translate("ExportTarget", "Permission denied"))
    return existing


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yields the name of a new temporary file beside `path` to write the export to (by name: a PDF writer
    opens it itself); when the block ends, the file is flushed to disk and renamed over `path`
    (shopapp.atomic_file). Raises OutputError (before the block, or for any OSError within it); whatever
    stops the block (an error, a cancel) removes the temporary file and leaves `path` as it was."""
    path = Path(path)
    try:
        with atomic_write(path, check=check_target) as temporary:
            yield temporary
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError.cannot_write(path, exc) from exc


@contextlib.contextmanager
def replacing_text(path: Path, *, encoding: str = "utf-8", newline: str = "") -> Iterator[TextIO]:
    """`replacing` with the temporary file open as text."""
    with replacing(path) as temporary, open(temporary, "w", encoding=encoding, newline=newline) as handle:
        yield handle
