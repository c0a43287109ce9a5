"""A small file the shop names is read only when it is a regular file under its limit; otherwise the reason
is said in the catalogue's words (the letters, the export dialog and the status bar put it in a sentence)."""

import os

import pytest
from words import words

from shopapp.resources import UnreadableFile, file_kind, read_small_file


def reason_for(path, limit=1000):
    with pytest.raises(UnreadableFile) as refused:
        read_small_file(path, limit=limit)
    assert refused.value.path == path
    assert str(refused.value) == refused.value.reason
    return refused.value.reason


def test_a_regular_file_under_its_limit_is_read(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"x" * 1000)
    assert read_small_file(path, limit=1000) == b"x" * 1000


def test_a_missing_file_is_said(tmp_path):
    assert reason_for(tmp_path / "nope.png") == words("FileProblems", "there is no file at this path")


def test_a_file_over_the_limit_names_the_limit_in_megabytes(tmp_path):
    path = tmp_path / "huge.png"
    path.write_bytes(b"x" * 500_001)
    assert reason_for(path, limit=500_000) == words("FileProblems", "it is larger than %1 MB", "0.5")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_never_opened_and_named(tmp_path):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    a_pipe = words("FileProblems", "a named pipe")
    assert file_kind(os.lstat(pipe).st_mode) == a_pipe
    assert reason_for(pipe) == words("FileProblems", "it is not a regular file (%1)", a_pipe)


def test_a_folder_is_named(tmp_path):
    assert file_kind(os.lstat(tmp_path).st_mode) == words("FileProblems", "a folder")
    assert reason_for(tmp_path) == words(
        "FileProblems", "it is not a regular file (%1)", words("FileProblems", "a folder")
    )


def test_a_symbolic_link_is_named(tmp_path):
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere")
    assert file_kind(os.lstat(link).st_mode) == words("FileProblems", "a symbolic link")
