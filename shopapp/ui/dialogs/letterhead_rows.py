"""The shop's letterhead on a form (name, address, phone, email), as the settings dialog and the set-up
wizard both ask for it. Its texts keep the settings dialog's catalogue context: one translation for both."""

from __future__ import annotations

from typing import NamedTuple, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from shopapp.services.contact_words import email_problem, phone_problem
from shopapp.ui.dialogs.form_grid import FormGrid, form_cell
from shopapp.ui.dialogs.setting_fields import ExtraCheck, SettingField

FieldWidgetT = TypeVar("FieldWidgetT", bound=QWidget)


class MakeField(Protocol):
    """The form's own way to register a setting's editor (SettingsDialog._field, ShopProfilePage._field)."""

    def __call__(
        self, key: str, widget: FieldWidgetT, extra_check: ExtraCheck | None = None
    ) -> SettingField[FieldWidgetT]: ...


class Letterhead(NamedTuple):
    name: SettingField[QLineEdit]
    address: SettingField[QPlainTextEdit]
    phone: SettingField[QLineEdit]
    email: SettingField[QLineEdit]


def add_letterhead_rows(
    form: QFormLayout | FormGrid,
    field: MakeField,
    address_hint: QLabel,
    name_check: ExtraCheck | None = None,
) -> Letterhead:
    """The four rows, each editor registered through `field`; `address_hint` goes under the address."""
    name = field("shop_name", QLineEdit(), name_check)
    name.widget.setPlaceholderText(
        QCoreApplication.translate("SettingsDialog", "e.g. Main Street Auto Repair")
    )
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "Shop name:"), form_cell(name.widget, name.problem)
    )

    address_edit = QPlainTextEdit()
    address_edit.setTabChangesFocus(True)  # Tab goes on to the phone, as in every other field
    address_edit.setPlaceholderText(
        QCoreApplication.translate("SettingsDialog", "12 Main Street\nSpringfield, IL 62701")
    )
    address_edit.setFixedHeight(address_edit.fontMetrics().lineSpacing() * 4 + 14)  # four lines and the frame
    address = field("shop_address", address_edit)
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "Address:"),
        form_cell(address_edit, address.problem, address_hint),
    )

    phone = field("shop_phone", QLineEdit(), phone_problem)
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "Phone:"), form_cell(phone.widget, phone.problem)
    )
    email = field("shop_email", QLineEdit(), email_problem)
    form.addRow(
        QCoreApplication.translate("SettingsDialog", "Email:"), form_cell(email.widget, email.problem)
    )
    return Letterhead(name, address, phone, email)
