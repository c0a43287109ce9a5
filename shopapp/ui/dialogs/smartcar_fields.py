"""The shop's Smartcar application as Settings and the set-up wizard ask for it: which ID is which and where
each is found in the Smartcar dashboard, the checks that catch the two IDs swapped, the secrets that go to
the keyring only, and the words for a Smartcar set-up that is not complete.

Every text here is in the "SmartcarFields" context. The texts other dialogs import as constants (where each
value is found, CREDENTIALS_REFUSED, ...) are marked with QT_TRANSLATE_NOOP and stay English in the
constant: show them through smartcar_words(), which translates them when they are shown."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from shopapp.credentials import DATA_KEY_ENV, Credentials, CredentialsError, KeyringRefusedError
from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.services.smartcar_app import (
    API_CLIENT_PREFIX,
    APPLICATION_ID,
    CLIENT_ID,
    DATA_KEY,
    KEYRING_REFUSED,
    NO_KEYRING,
    NOT_A_KEY,
    GapWords,
    SetupError,
    SetupGap,
    SmartcarSetup,
    gap_sentence,
    is_api_client_id,
    smartcar_setup,
)
from shopapp.services.smartcar_app import CLIENT_SECRET as SECRET_PIECE
from shopapp.smartcar.errors import OAuthError
from shopapp.ui.dialogs.editor import hint_label, problem_label, show_problem

if TYPE_CHECKING:
    from shopapp.services.shop_session import ShopSession

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
# untranslated: style sheet
NOTICE_STYLE = "background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; padding: 8px;"
NOTE_STYLE = "color: #8d5a00;"  # untranslated: style sheet
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def smartcar_words(text: str) -> str:
    """One of this module's QT_TRANSLATE_NOOP texts (SMARTCAR_INTRO, WHERE_..., FILLED_FROM_V2,
    CREDENTIALS_REFUSED) in the shop's language, for showing it."""
    return QCoreApplication.translate("SmartcarFields", text)


# What each value is and where it is, in the words of someone who has the dashboard open beside ShopApp.
# QT_TRANSLATE_NOOP marks a text for lupdate and returns it unchanged (typed object in the stubs: str() types
# it); smartcar_words() translates it where it is shown.
SMARTCAR_INTRO = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Copy these values from your application in the Smartcar dashboard (dashboard.smartcar.com): ShopApp links customers' cars through it. Secrets stay in this computer's keyring, never in the shop's database.",  # noqa: E501 (one literal for lupdate)
    )
)
WHERE_APPLICATION_ID = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Your application → Configuration (or its overview page). Your customers' Connect page opens with it.",  # noqa: E501 (one literal for lupdate)
    )
)
WHERE_API_CLIENT_ID = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Your application → API Credentials. It begins with <b>client_</b>; it is not the Application ID.",
    )
)
WHERE_CLIENT_SECRET_V3 = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "API Credentials → Create Secret gives it with the client ID. Smartcar shows it only once: paste it here straight away.",  # noqa: E501 (one literal for lupdate)
    )
)
WHERE_V2_CLIENT_ID = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Your application → Configuration. For a v2 application it is also the Application ID.",
    )
)
WHERE_CLIENT_SECRET_V2 = str(
    QT_TRANSLATE_NOOP("SmartcarFields", "The same application's client secret (Configuration).")
)
WHERE_MANAGEMENT_TOKEN = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields", "Optional, only for live updates: API Credentials → Application Management Token."
    )
)
WHERE_V2_SECRET = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Only until the v2 connections are moved (below), so their cars keep refreshing meanwhile.",
    )
)


def looks_like_application_id(text: str) -> bool:
    return _UUID.fullmatch(text.strip()) is not None


FILLED_FROM_V2 = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Filled in from the v2 client ID: for a v2 application it is the Application ID. Now add the API client ID and the client secret made with it.",  # noqa: E501 (one literal for lupdate)
    )
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
        return fill(
            QCoreApplication.translate(
                "SmartcarFields",
                "This looks like the Application ID (a long code with dashes). The API client ID is on the application's API Credentials tab and begins with %1.",  # noqa: E501 (one literal for lupdate)
            ),
            API_CLIENT_PREFIX,
        )
    if api == "v2" and is_api_client_id(text):
        return fill(
            QCoreApplication.translate(
                "SmartcarFields",
                "This is a v3 API client ID (it begins with %1). A v2 application's client ID is on its Configuration page; or choose API v3 above.",  # noqa: E501 (one literal for lupdate)
            ),
            API_CLIENT_PREFIX,
        )
    return None


def client_id_note(text: str, api: str) -> str | None:
    """Unusual but not certainly wrong: said, never blocking."""
    text = text.strip()
    if api == "v3" and text and not is_api_client_id(text) and not looks_like_application_id(text):
        return fill(
            QCoreApplication.translate(
                "SmartcarFields",
                "A v3 API client ID normally begins with %1: check that all of it was copied.",
            ),
            API_CLIENT_PREFIX,
        )
    return None


def application_id_problem(text: str, api: str) -> str | None:
    if api == "v3" and is_api_client_id(text.strip()):
        return fill(
            QCoreApplication.translate(
                "SmartcarFields",
                "This looks like the API client ID (it begins with %1). The Application ID is a long code with dashes, like %2, on the application's Configuration page.",  # noqa: E501 (one literal for lupdate)
            ),
            API_CLIENT_PREFIX,
            EXAMPLE_APPLICATION_ID,
        )
    return None


def application_id_note(text: str, api: str) -> str | None:
    text = text.strip()
    if api == "v3" and text and not is_api_client_id(text) and not looks_like_application_id(text):
        return fill(
            QCoreApplication.translate(
                "SmartcarFields", "An Application ID normally looks like %1: check that all of it was copied."
            ),
            EXAMPLE_APPLICATION_ID,
        )
    return None


def note_label() -> QLabel:
    """An amber remark under a field: worth a look, never blocking a save."""
    label = hint_label("")
    label.setStyleSheet(NOTE_STYLE)
    label.hide()
    return label


def secret_problem(secret: str, spec: SecretSpec) -> str | None:
    if any(ch.isspace() for ch in secret.strip()):
        return smartcar_words(spec.has_spaces)
    if len(secret.strip()) > 500:
        return smartcar_words(spec.too_long)
    return None


def no_keyring_notice() -> QLabel:
    """Said wherever the Smartcar secrets are asked for on a computer without a keyring."""
    notice = QLabel(
        fill(
            QCoreApplication.translate(
                "SmartcarFields",
                "<b>No keyring is available on this computer</b> (the system's password store), so ShopApp cannot keep the client secret. Set the environment variable <code>%1</code> for ShopApp instead (and <code>%2</code> for live updates), or unlock or install a keyring.",  # noqa: E501 (one literal for lupdate)
            ),
            SECRET_ENV,
            MANAGEMENT_TOKEN_ENV,
        )
    )
    notice.setWordWrap(True)
    notice.setStyleSheet(NOTICE_STYLE)
    return notice


def env_note(name: str, environ: Mapping[str, str], *, value: bool = True) -> list[QLabel]:
    """The hint that a variable set on this computer wins over what is typed here (empty when unset)."""
    if not (environ.get(name) or "").strip():
        return []
    if value:
        text = QCoreApplication.translate(
            "SmartcarFields", "%1 is set on this computer and is used instead of this value."
        )
    else:
        text = QCoreApplication.translate("SmartcarFields", "%1 is set on this computer and is used instead.")
    return [hint_label(fill(text, name))]


@dataclass(frozen=True, slots=True)
class SecretSpec:
    """One Smartcar secret: the variable that overrides it, its keyring entry, and what is said about it
    (whole sentences per secret, so a translation can make each agree with its noun; QT_TRANSLATE_NOOP texts,
    shown through smartcar_words())."""

    env: str
    read: Callable[[Credentials], str | None]
    write: Callable[[Credentials, str], None]
    placeholder: str
    none_stored: str
    stored: str
    has_spaces: str
    too_long: str


CLIENT_SECRET = SecretSpec(
    SECRET_ENV,
    Credentials.client_secret,
    Credentials.set_client_secret,
    placeholder=str(QT_TRANSLATE_NOOP("SmartcarFields", "Paste the client secret")),
    none_stored=str(QT_TRANSLATE_NOOP("SmartcarFields", "No client secret is stored yet.")),
    stored=str(QT_TRANSLATE_NOOP("SmartcarFields", "A client secret is stored in this computer's keyring.")),
    has_spaces=str(
        QT_TRANSLATE_NOOP(
            "SmartcarFields", "A client secret has no spaces; paste it again from the Smartcar dashboard."
        )
    ),
    too_long=str(
        QT_TRANSLATE_NOOP("SmartcarFields", "This is longer than any Smartcar client secret; paste it again.")
    ),
)
MANAGEMENT_TOKEN = SecretSpec(
    MANAGEMENT_TOKEN_ENV,
    Credentials.management_token,
    Credentials.set_management_token,
    placeholder=str(QT_TRANSLATE_NOOP("SmartcarFields", "Optional: paste the management token")),
    none_stored=str(QT_TRANSLATE_NOOP("SmartcarFields", "None stored: fine without live updates.")),
    stored=str(
        QT_TRANSLATE_NOOP("SmartcarFields", "A management token is stored in this computer's keyring.")
    ),
    has_spaces=str(
        QT_TRANSLATE_NOOP(
            "SmartcarFields", "A management token has no spaces; paste it again from the Smartcar dashboard."
        )
    ),
    too_long=str(
        QT_TRANSLATE_NOOP(
            "SmartcarFields", "This is longer than any Smartcar management token; paste it again."
        )
    ),
)
V2_CLIENT_SECRET = SecretSpec(
    V2_SECRET_ENV,
    Credentials.v2_client_secret,
    Credentials.set_v2_client_secret,
    placeholder=str(QT_TRANSLATE_NOOP("SmartcarFields", "Optional: paste the v2 client secret")),
    none_stored=str(QT_TRANSLATE_NOOP("SmartcarFields", "None stored.")),
    stored=str(
        QT_TRANSLATE_NOOP("SmartcarFields", "A v2 client secret is stored in this computer's keyring.")
    ),
    has_spaces=str(
        QT_TRANSLATE_NOOP(
            "SmartcarFields", "A v2 client secret has no spaces; paste it again from the Smartcar dashboard."
        )
    ),
    too_long=str(
        QT_TRANSLATE_NOOP(
            "SmartcarFields", "This is longer than any Smartcar v2 client secret; paste it again."
        )
    ),
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
        if not self.keyring_usable:
            self.edit.setEnabled(False)
            self.edit.setPlaceholderText(
                QCoreApplication.translate("SmartcarFields", "Cannot be kept on this computer")
            )
            self.status.setText(
                fill(
                    QCoreApplication.translate("SmartcarFields", "Set %1 instead (see the notice above)."),
                    self.spec.env,
                )
            )
            return
        try:
            stored = self.spec.read(self._credentials) is not None
        except CredentialsError as exc:
            self.status.setText(credentials_message(exc))
            return
        if stored:
            self.edit.setPlaceholderText(
                QCoreApplication.translate(
                    "SmartcarFields", "•••••••• (stored; type a new one to replace it)"
                )
            )
            self.status.setText(smartcar_words(self.spec.stored))
        else:
            self.edit.setPlaceholderText(smartcar_words(self.spec.placeholder))
            self.status.setText(smartcar_words(self.spec.none_stored))

    def check(self) -> bool:
        message = secret_problem(self.text(), self.spec)
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
    """ "A", "A and B", "A, B and C" """
    if len(words) == 1:
        return words[0]
    return fill(QCoreApplication.translate("SmartcarFields", "%1 and %2"), ", ".join(words[:-1]), words[-1])


# The field each missing piece is filled in, as Settings names it (data key: no field).
_FIELD_NAMES = {
    (CLIENT_ID, "v3"): QT_TRANSLATE_NOOP("SmartcarFields", "API client ID"),
    (CLIENT_ID, "v2"): QT_TRANSLATE_NOOP("SmartcarFields", "client ID"),
    (SECRET_PIECE, "v3"): QT_TRANSLATE_NOOP("SmartcarFields", "client secret"),
    (SECRET_PIECE, "v2"): QT_TRANSLATE_NOOP("SmartcarFields", "client secret"),
    (APPLICATION_ID, "v3"): QT_TRANSLATE_NOOP("SmartcarFields", "Application ID"),
}


def missing_smartcar_values(
    api: str, values: Mapping[str, Any], credentials: Credentials, environ: Mapping[str, str]
) -> list[str]:
    """The fields still to fill in before ShopApp can reach Smartcar with `api`, in the order of
    shopapp.services.smartcar_app.smartcar_setup (which decides), by the names the fields have, in the shop's
    language."""
    setup = smartcar_setup(values, credentials, environ, api=api)
    return [
        smartcar_words(str(_FIELD_NAMES[gap.piece, setup.api]))
        for gap in setup.gaps
        if (gap.piece, setup.api) in _FIELD_NAMES
    ]


_WINDOW_GAP_WORDS: GapWords = {
    (CLIENT_ID, None, "v3"): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The API client ID: copy it from the Smartcar dashboard (your application → API Credentials; it begins with %1) into Settings → Smartcar.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        API_CLIENT_PREFIX,
    ),
    (CLIENT_ID, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The client ID: copy it from the Smartcar dashboard (your application → Configuration) into Settings → Smartcar.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (SECRET_PIECE, NO_KEYRING, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The client secret: this computer has no keyring (the system's password store) to keep it in. Unlock or install one (e.g. GNOME Keyring), or have %1 set for ShopApp.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        SECRET_ENV,
    ),
    (SECRET_PIECE, KEYRING_REFUSED, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The client secret: the system's password store (keyring) did not let ShopApp read it. Unlock it (or sign in to the computer again).",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (SECRET_PIECE, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The client secret: paste it into Settings → Smartcar, from the page of the Smartcar dashboard where the client ID is. It is kept in this computer's keyring.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (APPLICATION_ID, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The Application ID: copy it from the Smartcar dashboard (your application → Configuration) into Settings → Smartcar.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (DATA_KEY, NO_KEYRING, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The shop's data key, which keeps the cars' Smartcar tokens safe: this computer has no keyring to keep it in. Unlock or install one, or have %1 set for ShopApp.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        DATA_KEY_ENV,
    ),
    (DATA_KEY, KEYRING_REFUSED, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The shop's data key: the system's password store (keyring) did not let ShopApp read it. Unlock it (or sign in to the computer again).",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
    (DATA_KEY, NOT_A_KEY, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The shop's data key: %1 is set on this computer but is not a ShopApp data key. Correct it or remove it.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        DATA_KEY_ENV,
    ),
    (DATA_KEY, None, None): (
        str(
            QT_TRANSLATE_NOOP(
                "SmartcarFields",
                "The shop's data key: the Smartcar tokens in the database were sealed with it on another PC. Bring it over: `shopapp key export` there, `shopapp key import` here.",  # noqa: E501 (one literal for lupdate)
            )
        ),
        "",
    ),
}


def _gap_words(gap: SetupGap, api: str) -> str:
    """One missing piece and what to do about it, in the window's words (Settings' field names)."""
    return gap_sentence(gap, api, _WINDOW_GAP_WORDS, "SmartcarFields")


def setup_steps(setup: SmartcarSetup) -> list[str]:
    """Each missing piece with what to do, numbered, in the order to do it."""
    return [
        fill(
            QCoreApplication.translate("SmartcarFields", "%1. %2"),
            whole_number(number),
            _gap_words(gap, setup.api),
        )
        for number, gap in enumerate(setup.gaps, start=1)
    ]


def incomplete_setup_words(setup: SmartcarSetup) -> str:
    """Why no car can be connected yet: every missing piece, in order, one per line."""
    intro = QCoreApplication.translate(
        "SmartcarFields",
        "Smartcar is not set up on this computer yet, so no car can be connected. Still missing, in this order:",  # noqa: E501 (one literal for lupdate)
    )
    return "\n\n".join([intro, "\n".join(setup_steps(setup))])


def setup_message(error: SetupError, missing: list[str], where: str) -> str:
    """A SetupError for the front desk: the fields to fill in, then `where`, a place the caller translated
    ("in File → Settings → Smartcar"; the translation may put it before the fields)."""
    if missing:
        return fill(
            QCoreApplication.translate("SmartcarFields", "Smartcar is not set up yet: fill in the %1 %2."),
            join_words(missing),
            where,
        )
    return str(error)


def credentials_message(error: CredentialsError) -> str:
    """The message of a secrets problem; a keyring that refused an entry is told as what to do, without the
    entry's name and the keyring library's exception name its message holds."""
    if isinstance(error, KeyringRefusedError):
        return QCoreApplication.translate(
            "SmartcarFields",
            "The system's password store (keyring) did not let ShopApp in. Unlock it (or sign in to the computer again) and try again.",  # noqa: E501 (one literal for lupdate)
        )
    return str(error)


def setup_problem_words(
    error: BaseException,
    session: ShopSession,
    environ: Mapping[str, str],
    where: str,
    *,
    api: str | None = None,
) -> str | None:
    """What to say when `error` is the shop's Smartcar set-up's doing (values missing, the client ID or secret
    turned down, the keyring in the way), in words that send the front desk to the fields to fix; None for
    any other error. `where`: see setup_message. `api`: the API the values are needed for (default: the one
    the settings choose)."""
    if isinstance(error, SetupError):
        values = session.settings.values()
        missing = missing_smartcar_values(api or values["smartcar_api"], values, session.credentials, environ)
        return setup_message(error, missing, where)
    if credentials_refused(error):
        return smartcar_words(CREDENTIALS_REFUSED)
    if isinstance(error, CredentialsError):
        return credentials_message(error)
    return None


def credentials_refused(error: BaseException) -> bool:
    """True when Smartcar turned down the shop's client id or secret somewhere along `error`'s causes."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OAuthError) and seen.is_invalid_client:
            return True
        seen = seen.__cause__
    return False


CREDENTIALS_REFUSED = str(
    QT_TRANSLATE_NOOP(
        "SmartcarFields",
        "Smartcar did not accept the shop's client ID or client secret. Check both in File → Settings → Smartcar: they come from your application's API Credentials in the Smartcar dashboard.",  # noqa: E501 (one literal for lupdate)
    )
)
