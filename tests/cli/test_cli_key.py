"""`shopapp key export` / `import`: moving the shop's data key to a second front-desk PC, checked against
the stored pairs, never replacing a key that opens them with one that does not."""

import io

import pytest
from command_line_refusals import credentials_refusal
from words import words

from shopapp.cli import main
from shopapp.credentials import (
    DATA_KEY_ENTRY,
    SERVICE,
    Credentials,
    check_data_key,
    decode_data_key,
    new_data_key,
    seal_token_pair,
)
from shopapp.services.tokens import sealed_samples, token_context
from shopapp.smartcar.results import TokenPair
from shopapp.store.models import Connection, Customer


@pytest.fixture
def sealed_shop(sqlite_only, memory_keyring):
    """A shop database (the SQLite file `shopapp` opens) with one connection sealed under a key this PC's
    keyring does not hold."""
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    key = new_data_key()
    owner = Customer.create(name="Ana", created_at=now)
    row = Connection.create(customer=owner, created_at=now, updated_at=now)
    pair = TokenPair("at-secret", "rt-secret", now + timedelta(hours=2), now + timedelta(days=60))
    row.sealed_tokens = seal_token_pair(pair, key, token_context(row.id))
    row.save()
    return key


def does_not_open(key: str) -> str:
    """What the data key check says of a key that does not open the shop's stored pairs."""
    return credentials_refusal(lambda: check_data_key(key, sealed_samples()))


def run(capsys, monkeypatch, *args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_checks_the_key_and_export_prints_it(sealed_shop, memory_keyring, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "key", "export")
    assert code == 2
    assert err == f"shopapp: {Credentials.missing_key_message()}\n"
    assert "SHOPAPP_DATA_KEY" in err  # the other way to give it

    other = new_data_key()
    code, _, err = run(capsys, monkeypatch, "key", "import", stdin=other + "\n")
    assert code == 2
    assert err == f"shopapp: {does_not_open(other)}\n"
    assert memory_keyring.get_password(SERVICE, DATA_KEY_ENTRY) is None

    code, _, err = run(capsys, monkeypatch, "key", "import", stdin="not a key\n")
    assert code == 2
    assert err == f"shopapp: {credentials_refusal(lambda: decode_data_key('not a key'))}\n"

    code, _, _ = run(capsys, monkeypatch, "key", "import", stdin=sealed_shop + "\n")
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "key", "export")
    assert (code, out) == (0, sealed_shop + "\n")


def test_export_before_the_first_connect_says_no_key_yet(sqlite_only, memory_keyring, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "key", "export")
    assert code == 2
    assert out == ""
    no_key_yet = words("CommandLine", "this PC has no data key yet; it is created at the first Connect")
    assert err == f"shopapp: {no_key_yet}\n"


def test_export_refuses_a_key_from_the_environment_that_does_not_open_the_pairs(
    sealed_shop, capsys, monkeypatch
):
    other = new_data_key()
    monkeypatch.setenv("SHOPAPP_DATA_KEY", other)
    code, out, err = run(capsys, monkeypatch, "key", "export")
    assert (code, out) == (2, "")
    assert err == f"shopapp: {does_not_open(other)}\n"

    monkeypatch.setenv("SHOPAPP_DATA_KEY", sealed_shop)
    assert run(capsys, monkeypatch, "key", "export")[:2] == (0, sealed_shop + "\n")
