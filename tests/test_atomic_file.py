"""The one way a file is replaced (exports, letters, backups): whole or not at all, nothing left beside it,
the replaced file's mode kept, and nothing but a regular file ever replaced."""

import os
import stat

import pytest
from disk_support import file_names

from shopapp.atomic_file import NotARegularFileError, atomic_write


def test_a_new_file_appears_whole_with_the_umask_mode(out):
    target = out / "backup.sqlite3"
    umask = os.umask(0o022)
    try:
        with atomic_write(target) as temporary:
            temporary.write_bytes(b"written")
            assert not target.exists()  # nothing at the name until the block has ended
    finally:
        os.umask(umask)
    assert target.read_bytes() == b"written"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert file_names(out) == ["backup.sqlite3"]


def test_a_new_file_can_be_for_its_owner_only(out):
    target = out / "backup.sqlite3"
    with atomic_write(target, mode=0o600) as temporary:
        temporary.write_bytes(b"customers")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_replaced_file_keeps_its_mode(out):
    target = out / "due.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_write(target, mode=0o600) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failure_in_the_block_leaves_the_old_file_and_no_temporary(out, error):
    target = out / "letters.pdf"
    target.write_bytes(b"old")

    def stopped_half_way():
        with atomic_write(target) as temporary:
            temporary.write_bytes(b"half")
            raise error

    with pytest.raises(type(error)):
        stopped_half_way()
    assert target.read_bytes() == b"old"
    assert file_names(out) == ["letters.pdf"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(out):
    """The check asked again before the rename refuses: the write is dropped, the old file stays."""
    target = out / "due.csv"
    target.write_bytes(b"old")
    checks = []

    def refuse_the_second_time(path):
        checks.append(path)
        if len(checks) == 2:
            raise PermissionError(13, "Permission denied", str(path))
        return path.stat()

    with pytest.raises(PermissionError), atomic_write(target, check=refuse_the_second_time) as temporary:
        temporary.write_bytes(b"new")
    assert checks == [target, target]
    assert target.read_bytes() == b"old"
    assert file_names(out) == ["due.csv"]


@pytest.mark.parametrize("kind", ["link", "pipe", "folder"])
def test_only_a_regular_file_is_replaced(out, kind):
    target = out / "export.csv"
    precious = out / "precious.txt"
    precious.write_bytes(b"keep me")
    if kind == "link":
        target.symlink_to(precious)
    elif kind == "pipe":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(NotARegularFileError), atomic_write(target) as temporary:
        temporary.write_bytes(b"never")
    assert precious.read_bytes() == b"keep me"
    assert file_names(out) == ["export.csv", "precious.txt"]
    assert target.is_symlink() == (kind == "link")
