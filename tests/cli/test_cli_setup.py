"""The command line on a shop whose Smartcar set-up is not complete (issue 14, item 7): `shopapp connect`
names every missing piece in order with what to do (client id, secret, Application ID, then the data key
only where one is needed), and `shopapp due` on a shop without cars says so and how to add one."""

import pytest
from setup_sentences import (
    APPLICATION_ID_UNSET,
    CLIENT_ID_V2,
    CLIENT_ID_V3,
    DATA_KEY_NO_KEYRING,
    SECRET_NO_KEYRING,
    SECRET_UNSET,
)
from words import words

from shopapp.cli import main
from shopapp.store.models import db


@pytest.fixture(autouse=True)
def no_smartcar_variables(without_smartcar_variables):
    yield
    db.initialize(None)


def setup_words(source, *values):
    return words("SmartcarSetup", source, *values)


def not_set_up(*steps):
    numbered = "; ".join(setup_words("%1) %2", number, step) for number, step in enumerate(steps, start=1))
    return setup_words("Smartcar is not set up on this computer. Missing, in this order: %1.", numbered)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_connect_with_nothing_set_up_names_the_client_id_first_and_not_the_data_key(capsys, no_keyring):
    code, out, err = run(capsys, "connect", "--no-browser")
    assert code == 2
    assert out == ""
    expected = not_set_up(
        setup_words(CLIENT_ID_V3), setup_words(SECRET_NO_KEYRING), setup_words(APPLICATION_ID_UNSET)
    )
    assert err == f"shopapp: {expected}\n"
    assert "SHOPAPP_DATA_KEY" not in err  # a v3 Connect seals nothing


def test_connect_names_only_what_is_still_missing(capsys, monkeypatch):
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "client_4f1c9a0e2b7d51a3")
    code, _out, err = run(capsys, "connect", "--no-browser")
    assert code == 2
    assert err == f"shopapp: {not_set_up(setup_words(SECRET_UNSET), setup_words(APPLICATION_ID_UNSET))}\n"


def test_a_v2_connect_without_a_keyring_names_the_data_key_last(capsys, no_keyring):
    assert main(["config", "set", "smartcar_api", "v2"]) == 0
    code, _out, err = run(capsys, "connect", "--no-browser")
    assert code == 2
    expected = not_set_up(
        setup_words(CLIENT_ID_V2),
        setup_words(SECRET_NO_KEYRING),
        setup_words(DATA_KEY_NO_KEYRING, "SHOPAPP_DATA_KEY"),
    )
    assert err == f"shopapp: {expected}\n"


def test_due_on_a_shop_without_cars_says_so_and_how_to_add_one(capsys):
    code, out, _err = run(capsys, "due")
    assert code == 0
    assert out == (
        words(
            "CommandLine",
            "This shop has no cars yet, so nothing can be due. Add one with “Connect a vehicle…” in the "
            "window (Ctrl+K), or run `shopapp connect`.",
        )
        + "\n"
    )
    assert words("DueTable", "Nothing is due. Every car is up to date.") not in out
