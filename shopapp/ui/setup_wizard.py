"""“Set up my shop”: the shop's letterhead, its distance unit, its Smartcar application (API v3 unless it
is still on v2), then the first Connect. Values are checked by the settings registry's own parsers; the
client secret and the management token go to the keyring only (never the database)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopapp.config import SETTINGS, SettingError, Settings
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.shop_session import run_on_own_thread
from shopapp.services.shop_settings import save_shop_settings
from shopapp.tasks import BackgroundTasks
from shopapp.ui.app_icon import app_icon, app_pixmap
from shopapp.ui.dialogs.editor import (
    HINT_STYLE,
    fit_to_screen,
    problem_label,
    saving_label,
    sentence,
    show_problem,
)
from shopapp.ui.dialogs.form_grid import FormGrid, form_cell, intro_form
from shopapp.ui.dialogs.letterhead_rows import add_letterhead_rows
from shopapp.ui.dialogs.setting_fields import ExtraCheck, SettingField, WidgetT
from shopapp.ui.dialogs.settings_dialog import Write
from shopapp.ui.dialogs.smartcar_fields import (
    ENV_OVERRIDES,
    FILLED_FROM_V2,
    SecretField,
    carried_ids,
    credentials_message,
    join_words,
    missing_smartcar_values,
    no_keyring_notice,
    smartcar_words,
)
from shopapp.ui.dialogs.smartcar_rows import SmartcarIdRows

SHOP_KEYS = ("shop_name", "shop_address", "shop_phone", "shop_email")


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    return label


def shop_name_check(text: str) -> str | None:
    if text.strip():
        return None
    return QCoreApplication.translate("SetupWizard", "Your shop's name heads every reminder letter.")


class ShopProfilePage(QWizardPage):
    """Name (required), address, phone, email: the letterhead. Attributes: fields (key -> SettingField)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        super().__init__()
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(
            self.tr("Printed at the top of every reminder letter. You can change it later in Settings.")
        )
        form = intro_form(
            self,
            hint(self.tr("Customers see these details on their letters, so they know who writes.")),
            gap=6,
        )
        self.fields: dict[str, SettingField[QWidget]] = {}
        letterhead = add_letterhead_rows(
            form, self._field, hint(self.tr("One line per line of the letterhead.")), shop_name_check
        )
        letterhead.phone.widget.setPlaceholderText("(555) 010-0100")
        letterhead.email.widget.setPlaceholderText("service@example.com")
        for key, field in self.fields.items():
            field.load(values[key])

    def _field(
        self, key: str, widget: WidgetT, extra_check: ExtraCheck | None = None
    ) -> SettingField[WidgetT]:
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
        self.setTitle(self.tr("Distances"))
        self.setSubTitle(self.tr("How ShopApp shows odometers and service intervals."))
        self.miles_button = QRadioButton(self.tr("Miles (mi)"))
        self.kilometres_button = QRadioButton(self.tr("Kilometres (km)"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.miles_button)
        self._group.addButton(self.kilometres_button)
        (self.kilometres_button if unit == DistanceUnit.KM.value else self.miles_button).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(self.tr("On screen, in the letters and in the CSV export. The service plan follows it."))
        )
        layout.addSpacing(6)
        layout.addWidget(self.miles_button)
        layout.addWidget(self.kilometres_button)
        layout.addSpacing(6)
        layout.addWidget(
            hint(self.tr("Cars report in kilometres; ShopApp converts, so you can switch at any time."))
        )
        layout.addStretch(1)

    def unit(self) -> str:
        text = DistanceUnit.KM.value if self.kilometres_button.isChecked() else DistanceUnit.MI.value
        return SETTINGS["distance_unit"].parse(text)


class SmartcarPage(QWizardPage, SmartcarIdRows):
    """The shop's Smartcar application. API v3, preselected for a new shop: the Application ID and the API
    client ID (settings), the client secret and, optional, the management token (keyring only). "My Smartcar
    application is still on v2": its client ID and client secret only. The secrets are stored when Next is
    pressed, so a keyring that refuses them is said on this page.

    Attributes: v2_check, application_id and client_id (SettingField), application_id_note and
    client_id_note (remarks that never block), client_secret and management_token (SecretField),
    secret_edit, secret_problem_label, secret_status_label (the client secret's), keyring_notice (None when
    a keyring is usable)."""

    def __init__(
        self, values: Mapping[str, Any], credentials: Credentials, environ: Mapping[str, str]
    ) -> None:
        super().__init__()
        self._credentials = credentials
        self._environ = environ
        self.setTitle("Smartcar")  # untranslated: the product's name
        self.setSubTitle(
            self.tr("ShopApp reads your customers' cars through your shop's Smartcar application.")
        )
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            hint(
                self.tr(
                    "Open your application in the Smartcar dashboard (dashboard.smartcar.com) and copy "
                    "these values; the secrets stay in this computer's keyring. No Smartcar account yet? "
                    "Leave them empty and add them later in File → Settings → Smartcar."
                )
            )
        )
        self.keyring_notice: QLabel | None = None
        if not credentials.keychain.usable:
            self.keyring_notice = no_keyring_notice()
            box.addWidget(self.keyring_notice)
        self.v2_check = QCheckBox(
            self.tr("My Smartcar application is still on v2 (not yet upgraded to API v3)")
        )
        self.v2_check.setChecked(values["smartcar_api"] == "v2")
        box.addWidget(self.v2_check)
        box.addSpacing(4)
        form = FormGrid()
        box.addLayout(form)
        box.addStretch(1)
        # A message under a field never squeezes the page on a small screen: the page scrolls instead.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

        self._add_smartcar_rows(form, SettingField, self.api, (credentials, environ), hint, self._env_notes)
        self.application_id.load(values["smartcar_application_id"])
        self.client_id.load(values["smartcar_client_id"])

        redirect = (environ.get(ENV_OVERRIDES["redirect_uri"]) or "").strip() or values["redirect_uri"]
        register = self.tr("Register <b>%1</b> as a redirect URI of the application in the dashboard.")
        form.addRow(self.tr("Redirect URI:"), form_cell(hint(fill(register, redirect))), text_only=True)
        for field in (self.application_id, self.client_id):
            # A swapped ID is said as soon as it is pasted; remarks wait until the person moves on.
            field.widget.textEdited.connect(lambda _text, field=field: field.check())
            field.widget.editingFinished.connect(self._update_id_notes)
        self.v2_check.toggled.connect(self._on_v2_check_toggled)
        for secret in self._secret_fields():
            secret.reset()
        self._follow_api()

    def api(self) -> str:
        return "v2" if self.v2_check.isChecked() else "v3"

    def _secret_fields(self) -> tuple[SecretField, ...]:
        return (self.client_secret, self.management_token)

    def _env_notes(self, key: str) -> list[QLabel]:
        name = ENV_OVERRIDES[key]
        if (self._environ.get(name) or "").strip():
            return [
                hint(fill(self.tr("%1 is set on this computer and is used instead of this value."), name))
            ]
        return []

    def _on_v2_check_toggled(self, _checked: bool) -> None:
        carried = carried_ids(self.api(), self.application_id.text(), self.client_id.text())
        if carried is not None:
            self.application_id.widget.setText(carried[0])
            self.client_id.widget.setText(carried[1])
        self._follow_api()
        if carried is not None and self.api() == "v3":
            show_problem(self.application_id_note, smartcar_words(FILLED_FROM_V2))

    def secret_stored(self) -> bool:
        return self.client_secret.stored()

    def values(self) -> dict[str, str]:
        """The settings this page sets (text, as the registry reads it)."""
        return {
            "smartcar_api": self.api(),
            "smartcar_application_id": self.application_id.text().strip(),
            "smartcar_client_id": self.client_id.text().strip(),
        }

    def validatePage(self) -> bool:
        for field in (self.application_id, self.client_id) if self.api() == "v3" else (self.client_id,):
            if not field.check():
                field.widget.setFocus()
                return False
        for secret in self._secret_fields():
            if not secret.check():
                secret.edit.setFocus()
                return False
        for secret in self._secret_fields():
            try:
                secret.store()
            except CredentialsError as exc:
                show_problem(secret.problem, sentence(credentials_message(exc)))
                secret.edit.setFocus()
                return False
        for secret in self._secret_fields():
            secret.reset()
        return True

    def missing(self) -> list[str]:
        """What Connect still needs (entered here, in the keyring or in the environment)."""
        return missing_smartcar_values(self.api(), self.values(), self._credentials, self._environ)

    def configured(self) -> bool:
        """True when Connect could run."""
        return not self.missing()


class ConnectPage(QWizardPage):
    """The last page: what Connect is, and whether to open it on Finish. Attributes: connect_check, column
    (the page's layout, where the wizard adds its problem label)."""

    def __init__(self, smartcar_page: SmartcarPage) -> None:
        super().__init__()
        self._smartcar_page = smartcar_page
        self.setTitle(self.tr("Connect your first vehicle"))
        self.setSubTitle(self.tr("Link a customer's car, with the owner at the desk."))
        self.column = layout = QVBoxLayout(self)
        steps = QLabel(
            self.tr(
                "<ol style='margin-left: 0px; -qt-list-indent: 1;'>"
                "<li>Choose or add the customer.</li>"
                "<li>ShopApp opens Smartcar Connect in the browser.</li>"
                "<li>The owner signs in to their car maker's account and approves what ShopApp may read "
                "(mileage, oil life, warning lights, service history).</li>"
                "<li>Their cars appear in the list and are read in the background from then on.</li>"
                "</ol>"
            )
        )
        steps.setWordWrap(True)
        self.connect_check = QCheckBox(self.tr("Open “Connect a vehicle” when I click Finish"))
        self.not_ready_label = hint("")
        layout.addWidget(steps)
        layout.addSpacing(6)
        layout.addWidget(self.connect_check)
        layout.addWidget(self.not_ready_label)
        layout.addStretch(1)
        layout.addWidget(hint(self.tr("Your settings are saved when you click Finish.")))

    def initializePage(self) -> None:
        missing = self._smartcar_page.missing()
        ready = not missing
        if missing:
            self.not_ready_label.setText(
                fill(
                    self.tr(
                        "Connect needs the Smartcar %1 (previous page). Add them later in File → Settings → "
                        "Smartcar, then use Vehicles → Connect a vehicle…"
                    ),
                    join_words(missing),
                )
            )
        self.connect_check.setEnabled(ready)
        self.connect_check.setChecked(ready)
        self.not_ready_label.setVisible(not ready)

    def connect_now(self) -> bool:
        return self.connect_check.isEnabled() and self.connect_check.isChecked()


class SetupWizard(QWizard):
    """Set up my shop. Saves through `settings` (shopapp.config.Settings) on Finish, in one transaction run
    by `write` (the window's database worker; default: a thread of its own) as a task of `tasks`, so the
    window stays live while another PC holds the database and says "Saving…"; a save is all or nothing. The
    client secret and the management token are stored through `credentials` when leaving the Smartcar page.
    `environ` is read for the SMARTCAR_* variables that override what is entered here.

    Signals: finished_setup(bool connect_now) after the settings are saved.
    Attributes: shop_page, units_page, smartcar_page, connect_page, problem_label, saving_label, saving
    (True while the save waits for the database).
    """

    finished_setup = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        credentials: Credentials,
        *,
        environ: Mapping[str, str] | None = None,
        tasks: BackgroundTasks | None = None,
        write: Write | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tasks = tasks or BackgroundTasks()
        self._write = write or run_on_own_thread
        self.saving = False
        environ = os.environ if environ is None else environ
        values = settings.values()
        self.setWindowTitle(self.tr("Set up my shop"))
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
        self.saving_label = saving_label()
        self.connect_page.column.addWidget(self.problem_label)
        self.connect_page.column.addWidget(self.saving_label)
        fit_to_screen(self, 680, 600)  # the Smartcar page is the tallest: whole on a 1024x700 screen

    async def save(self) -> None:
        """Writes every changed value in one transaction (an untouched default stays a default, so a new
        version may change it). Raises SettingError (which the pages' checks make unlikely) or a
        UserFacingError such as DatabaseBusy; either way nothing was saved."""
        current = self._settings.values()
        wanted = {**self.shop_page.values(), "distance_unit": self.units_page.unit()}
        wanted.update(self.smartcar_page.values())
        texts = {key: text for key, text in wanted.items() if SETTINGS[key].parse(text) != current[key]}
        await self._write(partial(save_shop_settings, self._settings, texts))

    def accept(self) -> None:
        if not self.saving:
            self._tasks.start(self._save_and_finish(), name="setup-save")

    def reject(self) -> None:
        if not self.saving:  # Escape while saving: the save decides how the wizard ends
            super().reject()

    async def _save_and_finish(self) -> None:
        self._show_saving(True)
        try:
            await self.save()
        except SettingError as exc:
            show_problem(self.problem_label, fill(self.tr("Nothing was saved: %1"), sentence(str(exc))))
            return
        except UserFacingError as exc:
            show_problem(self.problem_label, exc.words())
            return
        except Exception:
            bug = self.tr("Nothing was saved: something went wrong inside ShopApp (see the log file).")
            show_problem(self.problem_label, bug)
            raise  # a bug: logged with its traceback by whoever runs this task
        finally:
            self._show_saving(False)
        connect_now = self.connect_page.connect_now()
        super().accept()
        self.finished_setup.emit(connect_now)

    def _show_saving(self, saving: bool) -> None:
        """While the save waits for the database the window stays live, but this wizard's buttons wait."""
        self.saving = saving
        if saving:
            show_problem(self.problem_label, None)
        self.saving_label.setVisible(saving)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not saving)
        if saving:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
