"""The Smartcar application's rows of a form: application ID, client ID, client secret and management
token, as the settings dialog and the set-up wizard both show them, and how they follow the chosen API.
Their texts keep the settings dialog's catalogue context: one translation for both."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from shopapp.credentials import Credentials
from shopapp.i18n import fill
from shopapp.ui.dialogs.editor import show_problem
from shopapp.ui.dialogs.form_grid import FormGrid, form_cell
from shopapp.ui.dialogs.letterhead_rows import MakeField
from shopapp.ui.dialogs.setting_fields import SettingField
from shopapp.ui.dialogs.smartcar_fields import (
    CLIENT_SECRET,
    EXAMPLE_API_CLIENT_ID,
    EXAMPLE_APPLICATION_ID,
    MANAGEMENT_TOKEN,
    WHERE_API_CLIENT_ID,
    WHERE_APPLICATION_ID,
    WHERE_CLIENT_SECRET_V2,
    WHERE_CLIENT_SECRET_V3,
    WHERE_MANAGEMENT_TOKEN,
    WHERE_V2_CLIENT_ID,
    SecretField,
    application_id_note,
    application_id_problem,
    client_id_note,
    client_id_problem,
    note_label,
    smartcar_words,
)


class SmartcarIdRows:
    """Mixed into the settings dialog and the wizard's Smartcar page (after their Qt class).

    Attributes (set by _add_smartcar_rows): application_id and client_id (SettingField),
    application_id_note and client_id_note (remarks that never block), client_id_label, client_id_hint,
    client_secret and management_token (SecretField), secret_edit, secret_status_label,
    secret_problem_label (the client secret's), client_secret_hint."""

    application_id: SettingField[QLineEdit]
    client_id: SettingField[QLineEdit]
    application_id_note: QLabel
    client_id_note: QLabel
    client_id_label: QLabel
    client_id_hint: QLabel
    client_secret: SecretField
    client_secret_hint: QLabel
    secret_edit: QLineEdit
    secret_status_label: QLabel
    secret_problem_label: QLabel
    management_token: SecretField

    def _add_smartcar_rows(
        self,
        form: QFormLayout | FormGrid,
        field: MakeField,
        api: Callable[[], str],
        secrets: tuple[Credentials, Mapping[str, str]],
        hint: Callable[[str], QLabel],
        env_notes: Callable[[str], list[QLabel]],
    ) -> None:
        """`field` registers a setting's editor the form's way; `api` says the API chosen now ("v3" or
        "v2"); `secrets`: where the secrets are kept and the environment that may override them; `hint`
        makes the grey help under a field; `env_notes` says which value the environment overrides."""
        self._smartcar_form = form
        self._chosen_api = api
        self.application_id = field(
            "smartcar_application_id", QLineEdit(), lambda text: application_id_problem(text, api())
        )
        self.application_id.widget.setPlaceholderText(
            fill(QCoreApplication.translate("SettingsDialog", "e.g. %1"), EXAMPLE_APPLICATION_ID)
        )
        self.application_id_note = note_label()
        self._application_id_cell = form_cell(
            self.application_id.widget,
            self.application_id.problem,
            self.application_id_note,
            hint(smartcar_words(WHERE_APPLICATION_ID)),
            *env_notes(self.application_id.key),
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Application ID:"), self._application_id_cell
        )

        self.client_id = field("smartcar_client_id", QLineEdit(), lambda text: client_id_problem(text, api()))
        self.client_id_label = QLabel(QCoreApplication.translate("SettingsDialog", "API client ID:"))
        self.client_id_note = note_label()
        self.client_id_hint = hint("")
        form.addRow(
            self.client_id_label,
            form_cell(
                self.client_id.widget,
                self.client_id.problem,
                self.client_id_note,
                self.client_id_hint,
                *env_notes(self.client_id.key),
            ),
        )

        credentials, environ = secrets
        self.client_secret = SecretField(CLIENT_SECRET, credentials, environ)
        self.secret_edit = self.client_secret.edit
        self.secret_status_label = self.client_secret.status
        self.secret_problem_label = self.client_secret.problem
        self.client_secret_hint = hint("")
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Client secret:"),
            form_cell(*self.client_secret.widgets(self.client_secret_hint)),
        )

        self.management_token = SecretField(MANAGEMENT_TOKEN, credentials, environ)
        self._management_token_cell = form_cell(
            *self.management_token.widgets(hint(smartcar_words(WHERE_MANAGEMENT_TOKEN)))
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Management token:"), self._management_token_cell
        )

    def _follow_api(self) -> None:
        """The rows, words and examples of the API chosen now (v3 adds the application ID and the management
        token); the IDs typed so far are checked again against it."""
        v3 = self._chosen_api() == "v3"
        self._smartcar_form.setRowVisible(self._application_id_cell, v3)
        self._smartcar_form.setRowVisible(self._management_token_cell, v3)
        self.management_token.active = v3
        self.client_id_label.setText(
            QCoreApplication.translate("SettingsDialog", "API client ID:")
            if v3
            else QCoreApplication.translate("SettingsDialog", "Client ID:")
        )
        example = EXAMPLE_API_CLIENT_ID if v3 else EXAMPLE_APPLICATION_ID
        self.client_id.widget.setPlaceholderText(
            fill(QCoreApplication.translate("SettingsDialog", "e.g. %1"), example)
        )
        self.client_id_hint.setText(smartcar_words(WHERE_API_CLIENT_ID if v3 else WHERE_V2_CLIENT_ID))
        self.client_secret_hint.setText(
            smartcar_words(WHERE_CLIENT_SECRET_V3 if v3 else WHERE_CLIENT_SECRET_V2)
        )
        for id_field in (self.application_id, self.client_id):
            if id_field.text().strip() or not id_field.problem.isHidden():
                id_field.check()
        self._update_id_notes()

    def _update_id_notes(self) -> None:
        api = self._chosen_api()
        show_problem(self.application_id_note, application_id_note(self.application_id.text(), api))
        show_problem(self.client_id_note, client_id_note(self.client_id.text(), api))
