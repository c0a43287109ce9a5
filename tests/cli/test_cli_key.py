"""`shopapp key export` / `import`: moving the shop's data key to a second front-desk PC, checked against
the stored pairs, never replacing a key that opens them with one that does not."""

import io

import pytest

from shopapp.cli import main
from shopapp.credentials import DATA_KEY_ENTRY, SERVICE, new_data_key, seal_token_pair
from shopapp.services.tokens import token_context
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


def run(capsys, monkeypatch, *args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_checks_the_key_and_export_prints_it(sealed_shop, memory_keyring, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "key", "export")
    assert code == 2
    assert "data key is missing" in err
    assert "SHOPAPP_DATA_KEY" in err

    code, _, err = run(capsys, monkeypatch, "key", "import", stdin=new_data_key() + "\n")
    assert code == 2
    assert "does not open the stored Smartcar tokens" in err
    assert memory_keyring.get_password(SERVICE, DATA_KEY_ENTRY) is None

    code, _, err = run(capsys, monkeypatch, "key", "import", stdin="not a key\n")
    assert code == 2
    assert "not a ShopApp data key" in err

    code, _, _ = run(capsys, monkeypatch, "key", "import", stdin=sealed_shop + "\n")
    assert code == 0
    code, out, _ = run(capsys, monkeypatch, "key", "export")
    assert (code, out) == (0, sealed_shop + "\n")


def test_export_before_the_first_connect_says_no_key_yet(sqlite_only, memory_keyring, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "key", "export")
    assert code == 2
    assert out == ""
    assert "created at the first Connect" in err


def test_export_refuses_a_key_from_the_environment_that_does_not_open_the_pairs(
    sealed_shop, capsys, monkeypatch
):
    monkeypatch.setenv("SHOPAPP_DATA_KEY", new_data_key())
    code, out, err = run(capsys, monkeypatch, "key", "export")
    assert (code, out) == (2, "")
    assert "does not open the stored Smartcar tokens" in err
    assert err.count("\n") == 1

    monkeypatch.setenv("SHOPAPP_DATA_KEY", sealed_shop)
    assert run(capsys, monkeypatch, "key", "export")[:2] == (0, sealed_shop + "\n")
