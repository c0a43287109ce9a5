"""Secrets: the Smartcar client secret (and, for v3 shops, the management token and a v2 client secret kept
for connections not yet migrated) and the shop's data key in the OS keyring, and the sealing of token
pairs with that key (AES-GCM) for the database. The only module that touches keyring.

The data key is 32 random bytes, URL-safe base64. It is created the first time a pair must be sealed;
`SHOPAPP_DATA_KEY` supplies it where no keyring is reachable. With sealed pairs in the database a key is
never replaced: a missing or wrong key is a clear, typed error, never a new key or a silent reconnect.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import secrets
from collections.abc import Mapping
from datetime import datetime

import keyring
import keyring.backends.fail
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PySide6.QtCore import QCoreApplication

from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.smartcar.results import TokenPair

log = logging.getLogger(__name__)

SERVICE = "shopapp"
CLIENT_SECRET_ENTRY = "smartcar_client_secret"
MANAGEMENT_TOKEN_ENTRY = "smartcar_management_token"
V2_CLIENT_SECRET_ENTRY = "smartcar_v2_client_secret"
DATA_KEY_ENTRY = "data_key"
DATA_KEY_ENV = "SHOPAPP_DATA_KEY"
_SEALED_PREFIX = "v1:"  # format version of a sealed pair, so the format can change without guessing
_NONCE_BYTES = 12


class CredentialsError(UserFacingError):
    """A secrets problem the user can act on; the message names what to do and never holds a secret."""


class KeyringUnavailableError(CredentialsError):
    pass


class KeyringRefusedError(KeyringUnavailableError):
    """The keyring is there but would not hand over, store or delete an entry (locked, access denied). Its
    message names the entry and the keyring library's error, for the command line and the log; the window
    recognises it by this type and says to unlock the password store instead."""


class DataKeyError(CredentialsError):
    pass


class Keychain:
    """The OS keyring, probed once. All keyring errors become KeyringUnavailableError."""

    def __init__(self) -> None:
        self._usable: bool | None = None

    @property
    def backend_name(self) -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    @property
    def usable(self) -> bool:
        if self._usable is None:
            self._usable = not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
        return self._usable

    def _require(self) -> None:
        if not self.usable:
            no_keyring = QCoreApplication.translate(
                "ShopSecrets",
                "No usable keyring (the system's password store) was found, so ShopApp cannot keep secrets "
                "safely on this computer. Unlock or install one (e.g. GNOME Keyring), or set %1.",
            )
            raise KeyringUnavailableError(fill(no_keyring, DATA_KEY_ENV))

    def get(self, entry: str) -> str | None:
        self._require()
        try:
            return keyring.get_password(SERVICE, entry)
        except keyring.errors.KeyringError as exc:
            refused = QCoreApplication.translate("ShopSecrets", "The keyring refused to give '%1': %2")
            raise KeyringRefusedError(fill(refused, entry, type(exc).__name__)) from exc

    def set(self, entry: str, value: str) -> None:
        self._require()
        try:
            keyring.set_password(SERVICE, entry, value)
        except keyring.errors.KeyringError as exc:
            refused = QCoreApplication.translate("ShopSecrets", "The keyring refused to store '%1': %2")
            raise KeyringRefusedError(fill(refused, entry, type(exc).__name__)) from exc

    def delete(self, entry: str) -> None:
        self._require()
        try:
            keyring.delete_password(SERVICE, entry)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            refused = QCoreApplication.translate("ShopSecrets", "The keyring refused to delete '%1': %2")
            raise KeyringRefusedError(fill(refused, entry, type(exc).__name__)) from exc


def new_data_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def decode_data_key(text: str) -> bytes:
    """The 32 key bytes from their text form; DataKeyError if it is not one."""
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode("ascii") + b"=" * (-len(text.strip()) % 4))
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise DataKeyError(
            QCoreApplication.translate(
                "ShopSecrets", "That is not a ShopApp data key (expected 44 characters of URL-safe base64)."
            )
        ) from exc
    if len(raw) != 32:
        raise DataKeyError(
            QCoreApplication.translate("ShopSecrets", "That is not a ShopApp data key (it must be 32 bytes).")
        )
    return raw


class Credentials:
    """The shop's secrets. `environ` is read for SHOPAPP_DATA_KEY (and is injectable for tests)."""

    def __init__(self, keychain: Keychain | None = None, environ: Mapping[str, str] | None = None) -> None:
        self.keychain = keychain or Keychain()
        self._environ = os.environ if environ is None else environ

    # -- the Smartcar client secret ---------------------------------------------------------------

    def client_secret(self) -> str | None:
        return self.keychain.get(CLIENT_SECRET_ENTRY)

    def set_client_secret(self, secret: str) -> None:
        self.keychain.set(CLIENT_SECRET_ENTRY, secret)

    def management_token(self) -> str | None:
        """Smartcar's Application Management Token: the key of webhook signatures (v3)."""
        return self.keychain.get(MANAGEMENT_TOKEN_ENTRY)

    def set_management_token(self, token: str) -> None:
        self.keychain.set(MANAGEMENT_TOKEN_ENTRY, token)

    def v2_client_secret(self) -> str | None:
        """The v2 OAuth client secret of a shop whose client secret entry now holds v3 API credentials:
        v2 connections not yet migrated renew their tokens with it."""
        return self.keychain.get(V2_CLIENT_SECRET_ENTRY)

    def set_v2_client_secret(self, secret: str) -> None:
        self.keychain.set(V2_CLIENT_SECRET_ENTRY, secret)

    # -- the data key -----------------------------------------------------------------------------

    def data_key(self) -> str | None:
        """The key text: SHOPAPP_DATA_KEY if set, else the keyring's; None if there is none yet."""
        from_env = (self._environ.get(DATA_KEY_ENV) or "").strip()
        if from_env:
            decode_data_key(from_env)
            return from_env
        return self.keychain.get(DATA_KEY_ENTRY)

    def ensure_data_key(self, *, sealed_pairs_exist: bool) -> str:
        """The key, created and stored on first need. With sealed pairs already in the database a missing key
        is an error: a new key could never open them."""
        key = self.data_key()
        if key:
            return key
        if sealed_pairs_exist:
            raise DataKeyError(self.missing_key_message())
        key = new_data_key()
        self.keychain.set(DATA_KEY_ENTRY, key)
        log.info("Created the shop's data key in the keyring")
        return key

    def import_data_key(self, text: str, sealed_samples: list[tuple[str, str]]) -> None:
        """Stores a key brought from another PC after checking it opens the stored pairs, given as
        (sealed pair, context) samples."""
        check_data_key(text, sealed_samples)
        self.keychain.set(DATA_KEY_ENTRY, text.strip())

    @staticmethod
    def missing_key_message() -> str:
        missing = QCoreApplication.translate(
            "ShopSecrets",
            "The shop's data key is missing: Smartcar tokens in the database cannot be opened. Import it "
            "from the first front-desk PC (`shopapp key export` there, `shopapp key import` here) or set %1.",
        )
        return fill(missing, DATA_KEY_ENV)


def check_data_key(key_text: str, sealed_samples: list[tuple[str, str]]) -> None:
    """DataKeyError unless `key_text` is a key that opens every (sealed pair, context) sample."""
    decode_data_key(key_text)
    for sealed, context in sealed_samples:
        open_token_pair(sealed, key_text.strip(), context)


def _pair_to_json(pair: TokenPair) -> bytes:
    return json.dumps(
        {
            "access_token": pair.access_token,
            "refresh_token": pair.refresh_token,
            "access_expires_at": pair.access_expires_at.isoformat(),
            "refresh_expires_at": pair.refresh_expires_at.isoformat(),
            "token_type": pair.token_type,
        }
    ).encode("utf-8")


def seal_token_pair(pair: TokenPair, key_text: str, context: str = "") -> str:
    """The pair encrypted and authenticated with the data key (AES-GCM), as text for a database column.

    `context` (e.g. the connection's id) is bound as associated data, so a sealed pair copied onto another
    row does not open.
    """
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(decode_data_key(key_text)).encrypt(nonce, _pair_to_json(pair), context.encode("utf-8"))
    return _SEALED_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def open_token_pair(sealed: str, key_text: str, context: str = "") -> TokenPair:
    if not sealed.startswith(_SEALED_PREFIX):
        raise DataKeyError(
            QCoreApplication.translate("ShopSecrets", "The stored Smartcar tokens are in an unknown format.")
        )
    try:
        blob = base64.urlsafe_b64decode(sealed[len(_SEALED_PREFIX) :].encode("ascii"))
        plain = AESGCM(decode_data_key(key_text)).decrypt(
            blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], context.encode("utf-8")
        )
    except (InvalidTag, binascii.Error, ValueError) as exc:
        wrong_key = QCoreApplication.translate(
            "ShopSecrets",
            "The shop's data key does not open the stored Smartcar tokens (a different PC's key?). "
            "Import the right key with `shopapp key import` or set %1.",
        )
        raise DataKeyError(fill(wrong_key, DATA_KEY_ENV)) from exc
    data = json.loads(plain)
    return TokenPair(
        access_token=data["access_token"],
        refresh_token=data["refresh_token"],
        access_expires_at=datetime.fromisoformat(data["access_expires_at"]),
        refresh_expires_at=datetime.fromisoformat(data["refresh_expires_at"]),
        token_type=data.get("token_type", "Bearer"),  # untranslated: OAuth's token type
    )
