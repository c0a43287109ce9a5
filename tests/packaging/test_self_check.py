"""`shopapp --self-check` from the source tree: one line per check, exit 0 when all pass, 1 otherwise; a
machine without a keyring is reported, never failed, unless Smartcar is set up and cannot work without one."""

import shutil
import sys

import keyring
import keyring.backends.fail
import pytest
from message_patterns import ANY, message_pattern
from self_check_report import CHECKS, empty_shop_lines, report
from setup_sentences import APPLICATION_ID_UNSET, DATA_KEY_NO_KEYRING, SECRET_UNSET
from words import words

from shopapp import __version__
from shopapp.cli import main
from shopapp.cli import self_check as cli_self_check
from shopapp.paths import resources_dir
from shopapp.simulator import Simulator, run_in_thread
from shopapp.store.database import DATABASE_FILE_NAME
from shopapp.store.migrations import LATEST_VERSION
from shopapp.store.models import db


@pytest.fixture(autouse=True)
def unbind_database():
    yield
    db.initialize(None)


def test_a_fresh_data_folder_passes_every_check(capsys, shopapp_home):
    assert main(["--self-check"]) == 0
    header, lines, summary = report(capsys.readouterr().out)
    assert header == words(
        "SelfCheck", "ShopApp %1 self-check (%2; SHOPAPP_HOME=%3)", __version__, sys.executable, shopapp_home
    )
    assert tuple(lines) == CHECKS
    assert all(status == "ok" for status, _detail in lines.values())
    database_file = shopapp_home / DATABASE_FILE_NAME
    assert database_file.is_file()  # created on the way
    expected = empty_shop_lines(database_file, LATEST_VERSION)
    assert {check: lines[check][1] for check in expected} == expected
    assert summary == words("SelfCheckCounts", "All %n check(s) passed.", n=8)


def test_no_keyring_is_reported_but_does_not_fail(capsys):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert main(["--self-check"]) == 0
    _header, lines, _summary = report(capsys.readouterr().out)
    status, detail = lines["keyring"]
    assert status == "ok"
    not_usable = words(
        "SelfCheck",
        "%1 (not usable: secrets come from SMARTCAR_CLIENT_SECRET / SHOPAPP_DATA_KEY)",
        "keyring.backends.fail.Keyring",
    )
    assert message_pattern("SelfCheck", "%1; backends installed: %2", not_usable, ANY).fullmatch(detail)
    assert "SecretService" in detail  # the backends keyring could use elsewhere


def test_a_missing_letter_template_fails_and_says_so(capsys, monkeypatch, tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy, ignore=shutil.ignore_patterns("letters", "screenshots"))
    monkeypatch.setattr(cli_self_check, "resources_dir", lambda: copy)
    assert main(["--self-check"]) == 1
    _header, lines, summary = report(capsys.readouterr().out)
    assert lines["letter template"] == (
        "MISSING",
        words("SelfCheck", "%1 does not exist", copy / "letters" / "reminder.html"),
    )
    template = words("SelfCheck", "letter template")
    assert summary == words("SelfCheckCounts", "%1 of %n check(s) failed: %2", 1, template, n=8)


def test_a_database_that_cannot_be_opened_fails(capsys, monkeypatch):
    monkeypatch.setenv("SHOPAPP_DATABASE_URL", "nosuchdb://nowhere/shop")
    assert main(["--self-check"]) == 1
    _header, lines, _summary = report(capsys.readouterr().out)
    status, detail = lines["database"]
    assert status == "FAILED"
    assert "SHOPAPP_DATABASE_URL" in detail


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
    _header, lines, _summary = report(capsys.readouterr().out)
    client_id = v3_application.api_credentials.client_id
    assert lines["Smartcar"] == (
        "ok",
        words("SelfCheck", "API v3, client %1: application token obtained", client_id),
    )
    assert v3_application.app_token_requests == 1


def test_a_v3_shop_with_a_wrong_secret_fails_without_showing_it(capsys, v3_application, monkeypatch):
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "not-the-secret-42")
    assert main(["--self-check"]) == 1
    out = capsys.readouterr().out
    assert "not-the-secret-42" not in out
    _header, lines, _summary = report(out)
    status, detail = lines["Smartcar"]
    assert status == "FAILED"
    assert message_pattern("SelfCheck", "API v3: no application token (%1)", ANY).fullmatch(detail)
    assert "API Credentials" in detail  # where to find the right ones: the dashboard's tab


def test_a_shop_not_yet_set_up_is_reported_not_failed(capsys):
    assert main(["--self-check"]) == 0
    _header, lines, _summary = report(capsys.readouterr().out)
    not_yet = words(
        "SelfCheck",
        "API %1; not set up yet (no Smartcar application entered: File → Settings → Smartcar)",
        "v3",
    )
    assert lines["Smartcar"] == ("ok", not_yet)


def cannot_work(*steps):
    """The Smartcar line of a set-up begun but not complete: every missing piece, numbered, in order."""
    numbered = "; ".join(
        words("SmartcarSetup", "%1) %2", number, step) for number, step in enumerate(steps, start=1)
    )
    missing = words(
        "SmartcarSetup", "Smartcar is not set up on this computer. Missing, in this order: %1.", numbered
    )
    return words("SelfCheck", "API %1; set up but cannot work. %2", "v3", missing)


def test_a_client_id_without_its_secret_fails_naming_what_is_missing_in_order(capsys, monkeypatch):
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "client_4f1c9a0e2b7d51a3")
    assert main(["--self-check"]) == 1
    _header, lines, summary = report(capsys.readouterr().out)
    assert lines["Smartcar"] == (
        "FAILED",
        cannot_work(words("SmartcarSetup", SECRET_UNSET), words("SmartcarSetup", APPLICATION_ID_UNSET)),
    )
    assert lines["keyring"][0] == "ok"
    assert summary == words("SelfCheckCounts", "%1 of %n check(s) failed: %2", 1, "Smartcar", n=8)


def test_sealed_pairs_without_a_keyring_or_shopapp_data_key_fail(capsys, monkeypatch, shop_store):
    """Every id and the secret from the environment (a server), but the v2 pairs in the database cannot be
    opened: no keyring holds the data key and SHOPAPP_DATA_KEY is not set."""
    from datetime import UTC, datetime, timedelta

    from shopapp.credentials import new_data_key, seal_token_pair
    from shopapp.services.tokens import token_context
    from shopapp.smartcar.results import TokenPair
    from shopapp.store.models import Connection, Customer

    now = datetime.now(UTC)
    owner = Customer.create(name="Ana", created_at=now)
    row = Connection.create(customer=owner, created_at=now, updated_at=now)
    pair = TokenPair("at-secret", "rt-secret", now + timedelta(hours=2), now + timedelta(days=60))
    row.sealed_tokens = seal_token_pair(pair, new_data_key(), token_context(row.id))
    row.save()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.delenv("SHOPAPP_DATA_KEY", raising=False)
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "client_4f1c9a0e2b7d51a3")
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", "sc-secret-9d2e41b7c0aa")
    monkeypatch.setenv("SMARTCAR_APPLICATION_ID", "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07")
    assert main(["--self-check"]) == 1
    out = capsys.readouterr().out
    assert "sc-secret-9d2e41b7c0aa" not in out
    _header, lines, _summary = report(out)
    missing_key = words("SmartcarSetup", DATA_KEY_NO_KEYRING, "SHOPAPP_DATA_KEY")
    assert lines["Smartcar"] == ("FAILED", cannot_work(missing_key))
