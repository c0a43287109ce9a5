"""Where an export goes: the one helper that writes a file the user named (the due-list CSV, the letters' PDF,
the window's print to PDF). Only a regular file, or a new name, is ever replaced: a symbolic link, a named
pipe, a device or a folder at the path is refused and left as it is. The file is written to a temporary file
beside it, flushed to disk, then renamed over the target, so a crash, a full disk or a cancel leaves the old
file (or none) and no temporary file; a replaced file keeps its mode (and owner, where the process may set
it), a new file gets the mode the umask gives."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from shopapp.domain.text import safe_text
from shopapp.resources import file_kind

STDOUT = "-"  # the file name that means standard output (written by the commands themselves)
_NEW_FILE_MODE = 0o666  # what the umask is applied to, as for any file a program creates


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
        return f"cannot write {safe_text(str(self.path))}: {self.reason}"

    @classmethod
    def cannot_write(cls, path: Path | str, why: OSError | str) -> OutputError:
        if isinstance(why, str):
            return cls(path, why)
        return cls(path, why.strerror or str(why), why.errno)

    @classmethod
    def not_regular(cls, path: Path | str, kind: str) -> OutputError:
        return cls(path, f"it is not a regular file ({kind}); choose a file name")


def check_target(path: Path) -> os.stat_result | None:
    """The regular file at `path` that an export would replace (None: the name is new). Raises OutputError
    for anything else at the path (a symbolic link, even to a file, is refused: replacing it would turn it
    into a file), for a missing folder and for a file or folder this process may not write. Nothing is
    opened, so a named pipe cannot block."""
    path = Path(path)
    try:
        existing = os.lstat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise OutputError.cannot_write(path, exc) from exc
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise OutputError.not_regular(path, file_kind(existing.st_mode))
    folder = path.parent
    if not folder.is_dir():
        raise OutputError.cannot_write(path, f"the folder {safe_text(str(folder))} does not exist")
    writable = os.access(folder, os.W_OK | os.X_OK) and (existing is None or os.access(path, os.W_OK))
    if not writable:
        raise OutputError.cannot_write(path, "Permission denied")
    return existing


def _create_temporary(path: Path) -> Path:
    """A new empty file beside `path`, created with the umask's mode (as `path` itself would be)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
        try:
            os.close(os.open(temporary, flags, _NEW_FILE_MODE))
        except FileExistsError:
            continue
        return temporary
    raise FileExistsError(f"no free temporary file name beside {path}")


def _keep_owner_and_mode(descriptor: int, existing: os.stat_result) -> None:
    if os.name != "posix":
        return
    if (existing.st_uid, existing.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(descriptor, existing.st_uid, existing.st_gid)
        except PermissionError:  # not root: keep at least the group, when this user is in it
            with contextlib.suppress(OSError):
                os.fchown(descriptor, -1, existing.st_gid)
    os.fchmod(descriptor, stat.S_IMODE(existing.st_mode))  # after chown, which clears set-id bits


def _sync_folder(folder: Path) -> None:
    """Makes the rename itself durable (POSIX); a file system that cannot sync a folder is no error."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _commit(temporary: Path, path: Path, existing: os.stat_result | None) -> None:
    descriptor = os.open(temporary, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        if existing is not None:
            _keep_owner_and_mode(descriptor, existing)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    check_target(path)  # what is there now: a link or pipe put there meanwhile is still refused
    os.replace(temporary, path)
    _sync_folder(path.parent)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yields the name of a new temporary file beside `path` to write the export to (by name: a PDF writer
    opens it itself); when the block ends, the file is flushed to disk and renamed over `path`. Raises
    OutputError (before the block, or for any OSError within it); whatever stops the block (an error, a
    cancel) removes the temporary file and leaves `path` as it was."""
    path = Path(path)
    existing = check_target(path)
    try:
        temporary = _create_temporary(path)
    except OSError as exc:
        raise OutputError.cannot_write(path, exc) from exc
    try:
        yield temporary
        _commit(temporary, path, existing)
    except OutputError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise OutputError.cannot_write(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing_text(path: Path, *, encoding: str = "utf-8", newline: str = "") -> Iterator[TextIO]:
    """`replacing` with the temporary file open as text."""
    with replacing(path) as temporary, open(temporary, "w", encoding=encoding, newline=newline) as handle:
        yield handle
