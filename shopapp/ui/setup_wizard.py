"""“Set up my shop”: the shop's letterhead, its distance unit, its Smartcar application, then the first
Connect. Values are checked by the settings registry's own parsers; the client secret goes to the keyring
only (never the database)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopapp.config import SETTINGS, SettingError, Settings
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.contact import check_email, check_phone
from shopapp.domain.units import DistanceUnit
from shopapp.ui.app_icon import app_icon, app_pixmap
from shopapp.ui.dialogs.editor import problem_label, sentence, show_problem
from shopapp.ui.dialogs.setting_fields import SettingField
from shopapp.ui.dialogs.settings_dialog import (
    ENV_OVERRIDES,
    HINT_STYLE,
    SECRET_ENV,
    no_keyring_notice,
    secret_problem,
)

SHOP_KEYS = ("shop_name", "shop_address", "shop_phone", "shop_email")


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    return label


def cell(*widgets: QWidget) -> QWidget:
    """A form cell: the editor, then its message and hints under it."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    for widget in widgets:
        box.addWidget(widget)
    return holder


def form_page(page: QWizardPage, intro: str) -> QFormLayout:
    layout = QVBoxLayout(page)
    layout.addWidget(hint(intro))
    layout.addSpacing(6)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    layout.addLayout(form)
    layout.addStretch(1)
    return form


def shop_name_check(text: str) -> str | None:
    return None if text.strip() else "Your shop's name heads every reminder letter."


class ShopProfilePage(QWizardPage):
    """Name (required), address, phone, email: the letterhead. Attributes: fields (key -> SettingField)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__()
        self.setTitle("Your shop")
        self.setSubTitle("Printed at the top of every reminder letter. You can change it later in Settings.")
        form = form_page(self, "Customers see these details on their letters, so they know who writes.")
        self.fields: dict[str, SettingField] = {}
        name = self._field("shop_name", QLineEdit(), shop_name_check)
        name.widget.setPlaceholderText("e.g. Main Street Auto Repair")
        form.addRow("Shop name:", cell(name.widget, name.problem))
        address_edit = QPlainTextEdit()
        address_edit.setTabChangesFocus(True)
        address_edit.setPlaceholderText("12 Main Street\nSpringfield, IL 62701")
        address_edit.setFixedHeight(address_edit.fontMetrics().lineSpacing() * 4 + 14)
        address = self._field("shop_address", address_edit)
        form.addRow(
            "Address:", cell(address_edit, address.problem, hint("One line per line of the letterhead."))
        )
        phone = self._field("shop_phone", QLineEdit(), check_phone)
        phone.widget.setPlaceholderText("(555) 010-0100")
        form.addRow("Phone:", cell(phone.widget, phone.problem))
        email = self._field("shop_email", QLineEdit(), check_email)
        email.widget.setPlaceholderText("service@example.com")
        form.addRow("Email:", cell(email.widget, email.problem))
        for key, field in self.fields.items():
            field.load(values[key])

    def _field(self, key: str, widget: QWidget, extra_check=None) -> SettingField:
        field = SettingField(key, widget, extra_check)
        self.fields[key] = field
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(field.check)
        return field

    def values(self) -> dict[str, str]:
        return {key: field.spec.format(field.parse()[0]) for key, field in self.fields.items()}

    def validatePage(self) -> bool:
        good = [field.check() for field in self.fields.values()]
        for field, ok in zip(self.fields.values(), good, strict=True):
            if not ok:
                field.widget.setFocus()
                return False
        return True


class UnitsPage(QWizardPage):
    """Miles or kilometres. Attributes: miles_button, kilometres_button."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.setTitle("Distances")
        self.setSubTitle("How ShopApp shows odometers and service intervals.")
        self.miles_button = QRadioButton("Miles (mi)")
        self.kilometres_button = QRadioButton("Kilometres (km)")
        self._group = QButtonGroup(self)
        self._group.addButton(self.miles_button)
        self._group.addButton(self.kilometres_button)
        (self.kilometres_button if unit == DistanceUnit.KM.value else self.miles_button).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint("On screen, in the letters and in the CSV export. The service plan follows it.")
        )
        layout.addSpacing(6)
        layout.addWidget(self.miles_button)
        layout.addWidget(self.kilometres_button)
        layout.addSpacing(6)
        layout.addWidget(hint("Cars report in kilometres; ShopApp converts, so you can switch at any time."))
        layout.addStretch(1)

    def unit(self) -> str:
        text = DistanceUnit.KM.value if self.kilometres_button.isChecked() else DistanceUnit.MI.value
        return SETTINGS["distance_unit"].parse(text)


class SmartcarPage(QWizardPage):
    """The shop's Smartcar application: client id (a setting) and client secret (the keyring only). The
    secret is stored when Next is pressed, so a keyring that refuses it is said on this page.

    Attributes: client_id (SettingField), secret_edit, secret_problem_label, secret_status_label,
    keyring_notice (None when a keyring is usable)."""

    def __init__(
        self, values: Mapping[str, Any], credentials: Credentials, environ: Mapping[str, str]
    ) -> None:
        super().__init__()
        self._credentials = credentials
        self._environ = environ
        self.setTitle("Smartcar")
        self.setSubTitle("ShopApp reads your customers' cars through your shop's Smartcar application.")
        form = form_page(
            self,
            "Copy these two values from the Smartcar dashboard (dashboard.smartcar.com, Configuration). No "
            "Smartcar account yet? Leave them empty and add them later in File → Settings → Smartcar.",
        )
        self.keyring_notice: QLabel | None = None
        if not credentials.keychain.usable:
            self.keyring_notice = no_keyring_notice()
            self.layout().insertWidget(1, self.keyring_notice)

        self.client_id = SettingField("smartcar_client_id", QLineEdit())
        self.client_id.widget.setPlaceholderText("e.g. 8229df9f-91a0-4ff0-a1ae-a1f38ee24d07")
        self.client_id.widget.editingFinished.connect(self.client_id.check)
        self.client_id.load(values["smartcar_client_id"])
        form.addRow("Client ID:", cell(self.client_id.widget, self.client_id.problem, *self._env_notes()))

        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_problem_label = problem_label()
        self.secret_status_label = hint("")
        parts: list[QWidget] = [self.secret_edit, self.secret_problem_label, self.secret_status_label]
        if (environ.get(SECRET_ENV) or "").strip():
            parts.append(hint(f"{SECRET_ENV} is set on this computer and is used instead."))
        form.addRow("Client secret:", cell(*parts))
        redirect = (environ.get(ENV_OVERRIDES["redirect_uri"]) or "").strip() or values["redirect_uri"]
        form.addRow(
            "Redirect URI:",
            cell(hint(f"Register <b>{redirect}</b> as a redirect URI of the application in the dashboard.")),
        )
        self._show_secret_state()

    def _env_notes(self) -> list[QLabel]:
        name = ENV_OVERRIDES["smartcar_client_id"]
        if (self._environ.get(name) or "").strip():
            return [hint(f"{name} is set on this computer and is used instead of this value.")]
        return []

    def secret_stored(self) -> bool:
        if self.keyring_notice is not None:
            return False
        try:
            return self._credentials.client_secret() is not None
        except CredentialsError:
            return False

    def _show_secret_state(self) -> None:
        self.secret_edit.clear()
        if self.keyring_notice is not None:
            self.secret_edit.setEnabled(False)
            self.secret_edit.setPlaceholderText("Cannot be kept on this computer")
            self.secret_status_label.setText(f"Set {SECRET_ENV} instead (see the notice above).")
        elif self.secret_stored():
            self.secret_edit.setPlaceholderText("•••••••• (stored; type a new one to replace it)")
            self.secret_status_label.setText("A client secret is stored in this computer's keyring.")
        else:
            self.secret_edit.setPlaceholderText("Paste the client secret")
            self.secret_status_label.setText("Kept in this computer's keyring, never in the shop's database.")

    def validatePage(self) -> bool:
        if not self.client_id.check():
            self.client_id.widget.setFocus()
            return False
        secret = self.secret_edit.text().strip()
        message = secret_problem(secret)
        if secret and message is None:
            try:
                self._credentials.set_client_secret(secret)
            except CredentialsError as exc:
                message = sentence(str(exc))
        show_problem(self.secret_problem_label, message)
        if message:
            self.secret_edit.setFocus()
            return False
        self._show_secret_state()
        return True

    def configured(self) -> bool:
        """True when Connect could run: a client id and a secret, entered here or in the environment."""
        client_id = self.client_id.text().strip() or (self._environ.get("SMARTCAR_CLIENT_ID") or "").strip()
        secret = (self._environ.get(SECRET_ENV) or "").strip() or self.secret_stored()
        return bool(client_id and secret)


class ConnectPage(QWizardPage):
    """The last page: what Connect is, and whether to open it on Finish. Attributes: connect_check."""

    def __init__(self, smartcar_page: SmartcarPage) -> None:
        super().__init__()
        self._smartcar_page = smartcar_page
        self.setTitle("Connect your first vehicle")
        self.setSubTitle("Link a customer's car, with the owner at the desk.")
        layout = QVBoxLayout(self)
        steps = QLabel(
            "<ol style='margin-left: 0px; -qt-list-indent: 1;'>"
            "<li>Choose or add the customer.</li>"
            "<li>ShopApp opens Smartcar Connect in the browser.</li>"
            "<li>The owner signs in to their car maker's account and approves what ShopApp may read "
            "(mileage, oil life, warning lights, service history).</li>"
            "<li>Their cars appear in the list and are read in the background from then on.</li>"
            "</ol>"
        )
        steps.setWordWrap(True)
        self.connect_check = QCheckBox("Open “Connect a vehicle” when I click Finish")
        self.not_ready_label = hint(
            "Connect needs the Smartcar client ID and secret (previous page). Add them later in File → "
            "Settings → Smartcar, then use Vehicles → Connect a vehicle…"
        )
        layout.addWidget(steps)
        layout.addSpacing(6)
        layout.addWidget(self.connect_check)
        layout.addWidget(self.not_ready_label)
        layout.addStretch(1)
        layout.addWidget(hint("Your settings are saved when you click Finish."))

    def initializePage(self) -> None:
        ready = self._smartcar_page.configured()
        self.connect_check.setEnabled(ready)
        self.connect_check.setChecked(ready)
        self.not_ready_label.setVisible(not ready)

    def connect_now(self) -> bool:
        return self.connect_check.isEnabled() and self.connect_check.isChecked()


class SetupWizard(QWizard):
    """Set up my shop. Saves through `settings` (shopapp.config.Settings) on Finish; the client secret is
    stored through `credentials` when leaving the Smartcar page. `environ` is read for the SMARTCAR_*
    variables that override what is entered here.

    Signals: finished_setup(bool connect_now) after the settings are saved.
    Attributes: shop_page, units_page, smartcar_page, connect_page, problem_label.
    """

    finished_setup = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        credentials: Credentials,
        *,
        environ: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        environ = os.environ if environ is None else environ
        values = settings.values()
        self.setWindowTitle("Set up my shop")
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_pixmap(48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.shop_page = ShopProfilePage(values)
        self.units_page = UnitsPage(values["distance_unit"])
        self.smartcar_page = SmartcarPage(values, credentials, environ)
        self.connect_page = ConnectPage(self.smartcar_page)
        for page in (self.shop_page, self.units_page, self.smartcar_page, self.connect_page):
            self.addPage(page)
        self.problem_label = problem_label()
        self.connect_page.layout().addWidget(self.problem_label)
        self.resize(620, 480)

    def save(self) -> None:
        """Writes every changed value (an untouched default stays a default, so a new version may change
        it). Raises SettingError, which the pages' checks make unlikely."""
        current = self._settings.values()
        wanted = {**self.shop_page.values(), "distance_unit": self.units_page.unit()}
        wanted["smartcar_client_id"] = self.smartcar_page.client_id.text().strip()
        for key, text in wanted.items():
            if SETTINGS[key].parse(text) != current[key]:
                self._settings.set(key, text)

    def accept(self) -> None:
        try:
            self.save()
        except SettingError as exc:
            show_problem(self.problem_label, f"Nothing more was saved: {sentence(str(exc))}")
            return
        connect_now = self.connect_page.connect_now()
        super().accept()
        self.finished_setup.emit(connect_now)
