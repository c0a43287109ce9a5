"""Secrets stay in the keyring; token pairs are sealed with the data key; every failure is a clear error."""

from datetime import UTC, datetime, timedelta

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from words import words

from shopapp.credentials import (
    CLIENT_SECRET_ENTRY,
    DATA_KEY_ENTRY,
    SERVICE,
    Credentials,
    DataKeyError,
    KeyringRefusedError,
    KeyringUnavailableError,
    new_data_key,
    open_token_pair,
    seal_token_pair,
)
from shopapp.smartcar.results import TokenPair

NOW = datetime(2026, 11, 22, 9, tzinfo=UTC)
PAIR = TokenPair("at-SECRET", "rt-SECRET", NOW + timedelta(hours=2), NOW + timedelta(days=60))


def test_pair_round_trips_and_the_sealed_text_holds_no_token():
    key = new_data_key()
    sealed = seal_token_pair(PAIR, key, context="connection:7")
    assert "SECRET" not in sealed
    assert open_token_pair(sealed, key, context="connection:7") == PAIR


def test_a_wrong_key_or_another_row_is_a_clear_error():
    sealed = seal_token_pair(PAIR, new_data_key(), context="connection:7")
    with pytest.raises(DataKeyError) as wrong_key:
        open_token_pair(sealed, new_data_key(), context="connection:7")
    assert str(wrong_key.value) == words(
        "ShopSecrets",
        "The shop's data key does not open the stored Smartcar tokens (a different PC's key?). "
        "Import the right key with `shopapp key import` or set %1.",
        "SHOPAPP_DATA_KEY",
    )
    with pytest.raises(DataKeyError) as not_a_key:
        open_token_pair(sealed, "short", context="connection:7")
    assert str(not_a_key.value) == words(
        "ShopSecrets", "That is not a ShopApp data key (expected 44 characters of URL-safe base64)."
    )


def test_the_data_key_is_created_once_in_the_keyring(memory_keyring):
    credentials = Credentials(environ={})
    key = credentials.ensure_data_key(sealed_pairs_exist=False)
    assert memory_keyring.passwords[(SERVICE, DATA_KEY_ENTRY)] == key
    assert credentials.ensure_data_key(sealed_pairs_exist=True) == key


def test_no_new_key_while_sealed_pairs_exist(memory_keyring):
    with pytest.raises(DataKeyError) as missing:
        Credentials(environ={}).ensure_data_key(sealed_pairs_exist=True)
    assert str(missing.value) == Credentials.missing_key_message()
    assert "SHOPAPP_DATA_KEY" in str(missing.value)
    assert memory_keyring.passwords == {}


def test_environment_key_overrides_the_keyring(memory_keyring):
    key = new_data_key()
    memory_keyring.set_password(SERVICE, DATA_KEY_ENTRY, new_data_key())
    assert Credentials(environ={"SHOPAPP_DATA_KEY": key}).data_key() == key


def test_import_checks_the_key_opens_the_stored_pairs(memory_keyring):
    right = new_data_key()
    sample = (seal_token_pair(PAIR, right, "connection:7"), "connection:7")
    credentials = Credentials(environ={})
    with pytest.raises(DataKeyError):
        credentials.import_data_key(new_data_key(), [sample])
    assert credentials.data_key() is None
    with pytest.raises(DataKeyError):  # the right key, but the pair was sealed for another row
        credentials.import_data_key(right, [(sample[0], "connection:8")])
    credentials.import_data_key(right, [sample])
    assert credentials.data_key() == right


def test_client_secret_lives_in_the_keyring(memory_keyring):
    Credentials(environ={}).set_client_secret("cs-123")
    assert memory_keyring.passwords[(SERVICE, "smartcar_client_secret")] == "cs-123"
    assert Credentials(environ={}).client_secret() == "cs-123"


def test_no_usable_keyring_is_a_typed_error_that_names_the_way_out():
    keyring.set_keyring(keyring.backends.fail.Keyring())
    credentials = Credentials(environ={})
    assert not credentials.keychain.usable
    with pytest.raises(KeyringUnavailableError, match="SHOPAPP_DATA_KEY") as missing:
        credentials.ensure_data_key(sealed_pairs_exist=False)
    assert not isinstance(missing.value, KeyringRefusedError)  # no keyring at all: nothing to unlock
    with pytest.raises(KeyringUnavailableError):
        credentials.client_secret()
    # ... while a key supplied by the environment still works without any keyring.
    key = new_data_key()
    assert Credentials(environ={"SHOPAPP_DATA_KEY": key}).ensure_data_key(sealed_pairs_exist=True) == key


def test_a_keyring_that_fails_per_call_is_a_typed_error():
    class LockedKeyring(keyring.backend.KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

        def set_password(self, service, username, password):
            raise keyring.errors.KeyringLocked("locked")

        def delete_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

    keyring.set_keyring(LockedKeyring())
    credentials = Credentials(environ={})
    with pytest.raises(KeyringRefusedError) as give:
        credentials.client_secret()
    assert str(give.value) == words(
        "ShopSecrets", "The keyring refused to give '%1': %2", CLIENT_SECRET_ENTRY, "KeyringLocked"
    )
    with pytest.raises(KeyringRefusedError) as store:
        credentials.set_client_secret("x")
    assert str(store.value) == words(
        "ShopSecrets", "The keyring refused to store '%1': %2", CLIENT_SECRET_ENTRY, "KeyringLocked"
    )
    with pytest.raises(KeyringRefusedError) as delete:
        credentials.keychain.delete(CLIENT_SECRET_ENTRY)
    assert str(delete.value) == words(
        "ShopSecrets", "The keyring refused to delete '%1': %2", CLIENT_SECRET_ENTRY, "KeyringLocked"
    )
    assert isinstance(delete.value, KeyringUnavailableError)  # callers that catch the wider type still do
