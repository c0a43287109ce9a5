"""The one helper every export writes through: what it replaces, what it refuses, what it leaves behind."""

import os
import stat

import pytest
from disk_support import file_names
from words import words

from shopapp.reports.export_target import OutputError, check_target, replacing, replacing_text
from shopapp.resources import file_kind


def test_a_new_file_and_a_replaced_one(out):
    target = out / "due.csv"
    assert check_target(target) is None
    with replacing_text(target) as handle:
        handle.write("first\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    target.chmod(0o640)
    with replacing_text(target) as handle:
        handle.write("second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert file_names(out) == ["due.csv"]


def test_a_link_put_there_while_writing_is_refused_at_the_rename(out):
    """The target is checked again just before the rename: a link made meanwhile is not replaced."""
    target = out / "due.csv"
    precious = out / "precious.txt"
    precious.write_text("keep me\n", encoding="utf-8")

    def write_while_a_link_appears():
        with replacing_text(target) as handle:
            handle.write("export\n")
            target.symlink_to(precious)

    with pytest.raises(OutputError) as raised:
        write_while_a_link_appears()
    link = file_kind(target.lstat().st_mode)
    assert raised.value.reason == words(
        "ExportTarget", "it is not a regular file (%1); choose a file name", link
    )
    assert str(raised.value) == words("ExportTarget", "cannot write %1: %2", target, raised.value.reason)
    assert target.is_symlink()
    assert precious.read_text(encoding="utf-8") == "keep me\n"
    assert file_names(out) == ["due.csv", "precious.txt"]


def test_an_error_or_a_cancel_in_the_block_leaves_the_old_file_and_no_temporary(out):
    target = out / "letters.pdf"
    target.write_bytes(b"old")

    class Cancelled(Exception):
        pass

    def stopped_by(error):
        with replacing(target) as temporary:
            temporary.write_bytes(b"half")
            raise error

    with pytest.raises(Cancelled):
        stopped_by(Cancelled())
    with pytest.raises(OutputError, match="No space left on device") as raised:
        stopped_by(OSError(28, "No space left on device"))
    assert raised.value.errno == 28
    assert target.read_bytes() == b"old"
    assert file_names(out) == ["letters.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anything")
def test_a_read_only_file_is_not_replaced(out):
    target = out / "due.csv"
    target.write_text("read only\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OutputError) as raised:
        check_target(target)
    assert raised.value.reason == words("ExportTarget", "Permission denied")
    assert raised.value.path == target
