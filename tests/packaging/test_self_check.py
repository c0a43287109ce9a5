"""`shopapp --self-check` from the source tree: one line per check, exit 0 when all pass, 1 otherwise, and a
machine without a keyring is reported, never failed."""

import shutil

import keyring
import keyring.backends.fail
import pytest

from shopapp.cli import main
from shopapp.cli import self_check as cli_self_check
from shopapp.paths import resources_dir
from shopapp.simulator import Simulator, run_in_thread
from shopapp.store.migrations import LATEST_VERSION
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
    assert f"schema {LATEST_VERSION}, 0 customers, 0 vehicles" in lines["database"]
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


@pytest.fixture
def v3_application(monkeypatch):
    """The simulator on loopback and the variables of a shop whose Smartcar application is on v3."""
    sim = Simulator.generate(vehicles=2, seed=3)
    with run_in_thread(sim) as base:
        monkeypatch.setenv("SMARTCAR_IAM_TOKEN_URL", f"{base}/oauth2/token")
        monkeypatch.setenv("SMARTCAR_VEHICLE_API_V3_ORIGIN", base)
        monkeypatch.setenv("SMARTCAR_CLIENT_ID", sim.api_credentials.client_id)
        monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", sim.api_credentials.client_secret)
        monkeypatch.setenv("SMARTCAR_APPLICATION_ID", sim.credentials.client_id)
        yield sim


def test_a_v3_shop_is_told_its_api_and_that_a_token_can_be_obtained(capsys, v3_application):
    assert main(["--self-check"]) == 0
    _header, lines, _summary = report(capsys)
    assert lines["Smartcar"].startswith("ok ")
    assert "API v3" in lines["Smartcar"]
    assert "application token obtained" in lines["Smartcar"]
    assert v3_application.app_token_requests == 1


def test_a_v3_shop_with_a_wrong_secret_fails_without_showing_it(capsys, v3_application, monkeypatch):
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "not-the-secret-42")
    assert main(["--self-check"]) == 1
    out = capsys.readouterr().out
    smartcar_line = next(line for line in out.splitlines() if "Smartcar" in line and "API v3" in line)
    assert smartcar_line.startswith("FAILED ")
    assert "API Credentials" in smartcar_line  # where to find the right ones
    assert "not-the-secret-42" not in out


def test_a_shop_not_yet_set_up_is_reported_not_failed(capsys):
    assert main(["--self-check"]) == 0
    _header, lines, _summary = report(capsys)
    assert lines["Smartcar"].startswith("ok ")
    assert "API v3; not set up yet" in lines["Smartcar"]
