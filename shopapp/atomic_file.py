"""Writing a file whole: the one way ShopApp replaces a file (exports, letters, database backups).

The content goes to a temporary file beside the target, is flushed to disk, then renamed over the target,
so a crash, a full disk or a cancel leaves the old file (or none) and no temporary file. Only a regular
file, or a new name, is ever replaced: a symbolic link, a named pipe, a device or a folder at the path is
refused and left as it is. A replaced file keeps its mode (and owner, where the process may set it); a new
file gets the caller's mode less the umask, as any file a program creates."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

NEW_FILE_MODE = 0o666  # what the umask is applied to, as for any file a program creates

# What a write may replace: the regular file there (None: the name is new); raises OSError otherwise.
TargetCheck = Callable[[Path], os.stat_result | None]


class NotARegularFileError(OSError):
    """Something other than a regular file is at the path (st_mode tells what); it is never replaced."""

    def __init__(self, path: Path, st_mode: int) -> None:
        super().__init__(errno.EEXIST, "not a regular file", str(path))
        self.st_mode = st_mode


def regular_file_or_new(path: Path) -> os.stat_result | None:
    """The regular file at `path` that a write would replace, or None when the name is new; raises
    NotARegularFileError for anything else (a symbolic link too, even to a file: replacing it would turn it
    into a file). Nothing is opened, so a named pipe cannot block."""
    try:
        existing = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(existing.st_mode):
        raise NotARegularFileError(path, existing.st_mode)
    return existing


def new_file_beside(path: Path, *, suffix: str = ".part", mode: int = NEW_FILE_MODE) -> Path:
    """A new empty file in `path`'s folder, hidden (`.NAME.RANDOM<suffix>`), created exclusively with `mode`
    less the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}{suffix}"
        try:
            os.close(os.open(temporary, flags, mode))
        except FileExistsError:
            continue
        return temporary
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


def sync_folder(folder: Path) -> None:
    """Makes a rename or link in `folder` durable (POSIX); a file system that cannot sync a folder is no
    error."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def atomic_write(
    path: Path, *, check: TargetCheck = regular_file_or_new, mode: int = NEW_FILE_MODE
) -> Iterator[Path]:
    """Yields the name of a new temporary file beside `path` to write to (by name, so a writer that opens
    the file itself, such as SQLite's backup, can use it); when the block ends, the file takes the replaced
    file's owner and mode, is flushed to disk and renamed over `path`, and the folder is synced.

    `check` says what may be replaced (default: a regular file or a new name) and is asked twice: before
    the temporary file is made and again just before the rename, so a link or pipe put there meanwhile is
    still refused. Whatever stops the block (an error, a cancel, a refused check) removes the temporary
    file and leaves `path` as it was; the error propagates unchanged. `mode`: a new file's mode before the
    umask."""
    path = Path(path)
    existing = check(path)
    temporary = new_file_beside(path, mode=mode)
    try:
        yield temporary
        _flush(temporary, existing)
        check(path)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def _flush(temporary: Path, existing: os.stat_result | None) -> None:
    descriptor = os.open(temporary, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        if existing is not None:
            _keep_owner_and_mode(descriptor, existing)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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
