"""A small file system that fills up, for tests of what a full disk does to exports (root on Linux only)."""

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def file_names(folder: Path) -> list[str]:
    """What a folder holds, sorted: a test's way to see that nothing (a temporary file) was left behind."""
    return sorted(path.name for path in folder.iterdir())


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A 256 kB tmpfs mounted on `folder` (made here) for the block: root on Linux; the test is skipped
    where mounting is not allowed."""
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("needs Linux mount")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def fill(folder: Path) -> None:
    """Fills the file system of `folder` to the last byte."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                os.write(descriptor, b"\0" * 4096)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
        for size in (512, 64, 1):  # the last partial page too
            while True:
                try:
                    os.write(descriptor, b"\0" * size)
                except OSError:
                    break
    finally:
        os.close(descriptor)
