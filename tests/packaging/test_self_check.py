"""`shopapp --self-check` from the source tree: one line per check, exit 0 when all pass, 1 otherwise, and a
machine without a keyring is reported, never failed."""

import shutil

import keyring
import keyring.backends.fail
import pytest

from shopapp import cli_self_check
from shopapp.cli import main
from shopapp.paths import resources_dir
from shopapp.store.models import db


@pytest.fixture(autouse=True)
def unbind_database():
    yield
    db.initialize(None)


def report(capsys):
    out = capsys.readouterr().out.splitlines()
    return out[0], {line[8:26].strip(): line for line in out[1:-1]}, out[-1]


def test_a_fresh_data_folder_passes_every_check(capsys, shopapp_home):
    assert main(["--self-check"]) == 0
    header, lines, summary = report(capsys)
    assert header.startswith("ShopApp ")
    assert str(shopapp_home) in header
    assert list(lines) == [
        "data folder",
        "database",
        "DTC catalogue",
        "letter template",
        "Qt",
        "keyring",
        "TLS certificates",
        "Smartcar",
    ]
    assert all(line.startswith("ok ") for line in lines.values())
    assert "schema 3, 0 customers, 0 vehicles" in lines["database"]
    assert (shopapp_home / "shopapp.sqlite3").is_file()  # created on the way
    assert "9,533 codes" in lines["DTC catalogue"]
    assert summary == "All 8 checks passed."


def test_no_keyring_is_reported_but_does_not_fail(capsys):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert main(["--self-check"]) == 0
    _header, lines, _summary = report(capsys)
    assert lines["keyring"].startswith("ok ")
    assert "fail.Keyring (not usable" in lines["keyring"]
    assert "SecretService" in lines["keyring"]  # the backends keyring could use elsewhere


def test_a_missing_letter_template_fails_and_says_so(capsys, monkeypatch, tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy, ignore=shutil.ignore_patterns("letters", "screenshots"))
    monkeypatch.setattr(cli_self_check, "resources_dir", lambda: copy)
    assert main(["--self-check"]) == 1
    _header, lines, summary = report(capsys)
    assert lines["letter template"].startswith("MISSING ")
    assert str(copy / "letters" / "reminder.html") in lines["letter template"]
    assert summary == "1 of 8 checks failed: letter template"


def test_a_database_that_cannot_be_opened_fails(capsys, monkeypatch):
    monkeypatch.setenv("SHOPAPP_DATABASE_URL", "nosuchdb://nowhere/shop")
    assert main(["--self-check"]) == 1
    _header, lines, _summary = report(capsys)
    assert lines["database"].startswith("FAILED ")
    assert "SHOPAPP_DATABASE_URL" in lines["database"]
