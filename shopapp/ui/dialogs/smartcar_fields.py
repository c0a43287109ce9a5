"""The shop's Smartcar application as Settings and the set-up wizard ask for it: which ID is which and where
each is found in the Smartcar dashboard, the checks that catch the two IDs swapped, the secrets that go to
the keyring only, and the words for a Smartcar set-up that is not complete."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from shopapp.credentials import Credentials, CredentialsError
from shopapp.services.smartcar_app import API_CLIENT_PREFIX, SetupError, is_api_client_id
from shopapp.smartcar.errors import OAuthError
from shopapp.ui.dialogs.editor import hint_label, problem_label, show_problem

EXAMPLE_APPLICATION_ID = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
EXAMPLE_API_CLIENT_ID = "client_4f1c9a0e2b7d"
SECRET_ENV = "SMARTCAR_CLIENT_SECRET"
MANAGEMENT_TOKEN_ENV = "SMARTCAR_MANAGEMENT_TOKEN"
V2_SECRET_ENV = "SMARTCAR_V2_CLIENT_SECRET"
# Settings the environment overrides (DESIGN.md "Configuration contract", "Smartcar v3"), with the variable.
ENV_OVERRIDES = {
    "smartcar_client_id": "SMARTCAR_CLIENT_ID",
    "smartcar_application_id": "SMARTCAR_APPLICATION_ID",
    "redirect_uri": "SMARTCAR_REDIRECT_URI",
}
NOTICE_STYLE = "background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; padding: 8px;"
NOTE_STYLE = "color: #8d5a00;"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)

# What each value is and where it is, in the words of someone who has the dashboard open beside ShopApp.
SMARTCAR_INTRO = (
    "Copy these values from your application in the Smartcar dashboard (dashboard.smartcar.com): ShopApp "
    "links customers' cars through it. Secrets stay in this computer's keyring, never in the shop's database."
)
WHERE_APPLICATION_ID = (
    "Your application → Configuration (or its overview page). Your customers' Connect page opens with it."
)
WHERE_API_CLIENT_ID = (
    "Your application → API Credentials. It begins with <b>client_</b>; it is not the Application ID."
)
WHERE_CLIENT_SECRET_V3 = (
    "API Credentials → Create Secret gives it with the client ID. Smartcar shows it only once: paste it "
    "here straight away."
)
WHERE_V2_CLIENT_ID = "Your application → Configuration. For a v2 application it is also the Application ID."
WHERE_CLIENT_SECRET_V2 = "The same application's client secret (Configuration)."
WHERE_MANAGEMENT_TOKEN = "Optional, only for live updates: API Credentials → Application Management Token."
WHERE_V2_SECRET = "Only until the v2 connections are moved (below), so their cars keep refreshing meanwhile."


def looks_like_application_id(text: str) -> bool:
    return _UUID.fullmatch(text.strip()) is not None


FILLED_FROM_V2 = (
    "Filled in from the v2 client ID: for a v2 application it is the Application ID. Now add the API "
    "client ID and the client secret made with it."
)


def carried_ids(api: str, application_id: str, client_id: str) -> tuple[str, str] | None:
    """For a v2 application the client ID is the Application ID: when `api` is chosen, the (Application ID,
    client ID) the two fields should then hold, so only the new values remain to paste; None to leave them."""
    application_id, client_id = application_id.strip(), client_id.strip()
    if api == "v3" and looks_like_application_id(client_id) and application_id in ("", client_id):
        return client_id, ""
    if api == "v2" and not client_id and looks_like_application_id(application_id):
        return application_id, application_id
    return None


def client_id_problem(text: str, api: str) -> str | None:
    """The client id pasted in place of the other ID: certainly wrong, so saving waits for it."""
    text = text.strip()
    if api == "v3" and looks_like_application_id(text):
        return (
            "This looks like the Application ID (a long code with dashes). The API client ID is on the "
            f"application's API Credentials tab and begins with {API_CLIENT_PREFIX}."
        )
    if api == "v2" and is_api_client_id(text):
        return (
            f"This is a v3 API client ID (it begins with {API_CLIENT_PREFIX}). A v2 application's client ID "
            "is on its Configuration page; or choose API v3 above."
        )
    return None


def client_id_note(text: str, api: str) -> str | None:
    """Unusual but not certainly wrong: said, never blocking."""
    text = text.strip()
    if api == "v3" and text and not is_api_client_id(text) and not looks_like_application_id(text):
        return (
            f"A v3 API client ID normally begins with {API_CLIENT_PREFIX}: check that all of it was copied."
        )
    return None


def application_id_problem(text: str, api: str) -> str | None:
    if api == "v3" and is_api_client_id(text.strip()):
        return (
            f"This looks like the API client ID (it begins with {API_CLIENT_PREFIX}). The Application ID "
            f"is a long code with dashes, like {EXAMPLE_APPLICATION_ID}, on the application's "
            "Configuration page."
        )
    return None


def application_id_note(text: str, api: str) -> str | None:
    text = text.strip()
    if api == "v3" and text and not is_api_client_id(text) and not looks_like_application_id(text):
        return (
            f"An Application ID normally looks like {EXAMPLE_APPLICATION_ID}: check that all of it was "
            "copied."
        )
    return None


def note_label() -> QLabel:
    """An amber remark under a field: worth a look, never blocking a save."""
    label = hint_label("")
    label.setStyleSheet(NOTE_STYLE)
    label.hide()
    return label


def secret_problem(secret: str, noun: str = "client secret") -> str | None:
    if any(ch.isspace() for ch in secret.strip()):
        return f"A {noun} has no spaces; paste it again from the Smartcar dashboard."
    if len(secret.strip()) > 500:
        return f"This is longer than any Smartcar {noun}; paste it again."
    return None


def no_keyring_notice() -> QLabel:
    """Said wherever the Smartcar secrets are asked for on a computer without a keyring."""
    notice = QLabel(
        "<b>No keyring is available on this computer</b> (the system's password store), so ShopApp "
        "cannot keep the client secret. Set the environment variable "
        f"<code>{SECRET_ENV}</code> for ShopApp instead (and <code>{MANAGEMENT_TOKEN_ENV}</code> for live "
        "updates), or unlock or install a keyring."
    )
    notice.setWordWrap(True)
    notice.setStyleSheet(NOTICE_STYLE)
    return notice


def env_note(name: str, environ: Mapping[str, str], *, value: bool = True) -> list[QLabel]:
    """The hint that a variable set on this computer wins over what is typed here (empty when unset)."""
    if not (environ.get(name) or "").strip():
        return []
    tail = "is used instead of this value." if value else "is used instead."
    return [hint_label(f"{name} is set on this computer and {tail}")]


@dataclass(frozen=True, slots=True)
class SecretSpec:
    """One Smartcar secret: how it is called, the variable that overrides it, its keyring entry."""

    noun: str
    env: str
    read: Callable[[Credentials], str | None]
    write: Callable[[Credentials, str], None]
    placeholder: str
    none_stored: str


CLIENT_SECRET = SecretSpec(
    "client secret",
    SECRET_ENV,
    Credentials.client_secret,
    Credentials.set_client_secret,
    "Paste the client secret",
    "No client secret is stored yet.",
)
MANAGEMENT_TOKEN = SecretSpec(
    "management token",
    MANAGEMENT_TOKEN_ENV,
    Credentials.management_token,
    Credentials.set_management_token,
    "Optional: paste the management token",
    "None stored: fine without live updates.",
)
V2_CLIENT_SECRET = SecretSpec(
    "v2 client secret",
    V2_SECRET_ENV,
    Credentials.v2_client_secret,
    Credentials.set_v2_client_secret,
    "Optional: paste the v2 client secret",
    "None stored.",
)


class SecretField:
    """A secret's editor (never showing what is stored), its problem and status lines, and the hint that a
    variable overrides it. Stored in the keyring only, by `store()`.

    Attributes: spec, edit, problem, status, env_notes (labels), active (False while its row is hidden:
    then it is neither checked nor stored)."""

    def __init__(self, spec: SecretSpec, credentials: Credentials, environ: Mapping[str, str]) -> None:
        self.spec = spec
        self._credentials = credentials
        self.keyring_usable = credentials.keychain.usable
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = problem_label()
        self.status = hint_label("")
        self.env_notes = env_note(spec.env, environ, value=False)
        self.active = True
        self.edit.textEdited.connect(self._on_edit_text_edited)

    def widgets(self, *hints: QWidget) -> list[QWidget]:
        return [self.edit, self.problem, *hints, self.status, *self.env_notes]

    def text(self) -> str:
        return self.edit.text().strip() if self.active else ""

    def stored(self) -> bool:
        if not self.keyring_usable:
            return False
        try:
            return self.spec.read(self._credentials) is not None
        except CredentialsError:
            return False

    def reset(self) -> None:
        """After loading or saving: an empty editor and what the keyring holds."""
        self.edit.clear()
        self.show_state()

    def show_state(self) -> None:
        noun = self.spec.noun
        if not self.keyring_usable:
            self.edit.setEnabled(False)
            self.edit.setPlaceholderText("Cannot be kept on this computer")
            self.status.setText(f"Set {self.spec.env} instead (see the notice above).")
            return
        try:
            stored = self.spec.read(self._credentials) is not None
        except CredentialsError as exc:
            self.status.setText(credentials_message(exc))
            return
        if stored:
            self.edit.setPlaceholderText("•••••••• (stored; type a new one to replace it)")
            self.status.setText(f"A {noun} is stored in this computer's keyring.")
        else:
            self.edit.setPlaceholderText(self.spec.placeholder)
            self.status.setText(self.spec.none_stored)

    def check(self) -> bool:
        message = secret_problem(self.text(), self.spec.noun)
        show_problem(self.problem, message)
        return message is None

    def store(self) -> None:
        """Writes a typed value to the keyring (nothing when the field is empty). Raises CredentialsError."""
        if self.text():
            self.spec.write(self._credentials, self.text())

    def _on_edit_text_edited(self, _text: str) -> None:
        if not self.problem.isHidden():
            self.check()


# -- a set-up that is not complete, in the front desk's words ---------------------------------------------


def join_words(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def missing_smartcar_values(
    api: str, values: Mapping[str, Any], credentials: Credentials, environ: Mapping[str, str]
) -> list[str]:
    """What is still to fill in before ShopApp can reach Smartcar with `api` (environment first, then the
    settings and the keyring, as shopapp.services.smartcar_app reads them), by the names the fields have."""

    def from_env(name: str) -> str:
        return (environ.get(name) or "").strip()

    client_id = from_env("SMARTCAR_CLIENT_ID") or str(values.get("smartcar_client_id", "")).strip()
    application_id = (
        from_env("SMARTCAR_APPLICATION_ID") or str(values.get("smartcar_application_id", "")).strip()
    )
    if not application_id and client_id and not is_api_client_id(client_id):
        application_id = client_id  # a v2 client id is the Application ID
    secret = bool(from_env(SECRET_ENV))
    if not secret and credentials.keychain.usable:
        try:
            secret = credentials.client_secret() is not None
        except CredentialsError:
            secret = False
    missing = []
    if api == "v3":
        if not application_id:
            missing.append("Application ID")
        if not client_id:
            missing.append("API client ID")
    elif not client_id:
        missing.append("client ID")
    if not secret:
        missing.append("client secret")
    return missing


def setup_message(error: SetupError, missing: list[str], where: str) -> str:
    """A SetupError for the front desk: the fields to fill in, `where` ("in File → Settings → Smartcar")."""
    if missing:
        return f"Smartcar is not set up yet: fill in the {join_words(missing)} {where}."
    return str(error)


_KEYRING_REFUSED = re.compile(r"The keyring refused to (give|store|delete) '[^']*': \w+$")


def credentials_message(error: CredentialsError) -> str:
    """The message of a secrets problem, without the keyring library's exception name."""
    text = str(error)
    if _KEYRING_REFUSED.fullmatch(text):
        return (
            "The system's password store (keyring) did not let ShopApp in. Unlock it (or sign in to the "
            "computer again) and try again."
        )
    return text


def credentials_refused(error: BaseException) -> bool:
    """True when Smartcar turned down the shop's client id or secret somewhere along `error`'s causes."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OAuthError) and seen.is_invalid_client:
            return True
        seen = seen.__cause__
    return False


CREDENTIALS_REFUSED = (
    "Smartcar did not accept the shop's client ID or client secret. Check both in File → Settings → "
    "Smartcar: they come from your application's API Credentials in the Smartcar dashboard."
)
