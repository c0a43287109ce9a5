"""The shop's settings: the letterhead, units and refresh rhythm, the service plan and the Smartcar
application. Nothing is saved while any value is wrong; the client secret goes to the keyring only."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp.config import SettingError, Settings, check_combination
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.contact import check_email, check_phone
from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit
from shopapp.ui.dialogs.editor import PROBLEM_COLOUR, EditorDialog, problem_label, sentence, show_problem
from shopapp.ui.dialogs.plan_editor import PlanEditorWidget
from shopapp.ui.dialogs.setting_fields import SettingField

LOGO_PREVIEW = QSize(220, 90)
SECRET_ENV = "SMARTCAR_CLIENT_SECRET"
# Settings the environment overrides (DESIGN.md "Configuration contract"), with the variable's name.
ENV_OVERRIDES = {"smartcar_client_id": "SMARTCAR_CLIENT_ID", "redirect_uri": "SMARTCAR_REDIRECT_URI"}
HINT_STYLE = "color: #5f6368;"
NOTICE_STYLE = "background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; padding: 8px;"


def logo_problem(path: str) -> str | None:
    """None when the letters can print the image at `path` (or there is none)."""
    path = path.strip()
    if not path:
        return None
    if not Path(path).is_file():
        return "There is no file at this path."
    reader = QImageReader(path)
    if not reader.canRead():
        return "ShopApp cannot read this file as an image (use PNG, JPEG or SVG)."
    return None


def secret_problem(secret: str) -> str | None:
    if any(ch.isspace() for ch in secret.strip()):
        return "A client secret has no spaces; paste it again from the Smartcar dashboard."
    if len(secret.strip()) > 500:
        return "This is longer than any Smartcar client secret; paste it again."
    return None


def no_keyring_notice() -> QLabel:
    """Said wherever the client secret is asked for on a computer without a keyring."""
    notice = QLabel(
        "<b>No keyring is available on this computer</b> (the system's password store), so ShopApp "
        "cannot keep the client secret. Set the environment variable "
        f"<code>{SECRET_ENV}</code> for ShopApp instead, or unlock or install a keyring."
    )
    notice.setWordWrap(True)
    notice.setStyleSheet(NOTICE_STYLE)
    return notice


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class SettingsDialog(EditorDialog):
    """Settings in four tabs: Shop, Units & refresh, Service plan, Smartcar.

    Its dependencies come in so tests can give their own: `settings` (shopapp.config.Settings), `credentials`
    (the keyring facade), `load_plan` / `save_plan` (shopapp.services.plan_store), `environ` (for the
    SMARTCAR_* variables that override what is entered here).

    Signals: settings_saved() after a successful save.
    Attributes: tabs, fields (setting key -> SettingField), unit_combo, logo_button, logo_clear_button,
    logo_preview, plan_editor, secret_edit, secret_status_label, secret_problem_label, keyring_notice
    (None when a keyring is usable), status_label, save_button.
    """

    settings_saved = Signal()

    def __init__(
        self,
        settings: Settings,
        credentials: Credentials,
        load_plan: Callable[[], ServicePlan],
        save_plan: Callable[[ServicePlan], None],
        *,
        environ: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._credentials = credentials
        self._save_plan = save_plan
        self._environ = os.environ if environ is None else environ
        self._values = settings.values()
        self._plan = load_plan()
        self.setWindowTitle("Settings")
        self._setup_ui()
        self._connect_signals()
        self._load()

    # -- layout ------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.fields: dict[str, SettingField] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._shop_tab(), "Shop")
        self.tabs.addTab(self._units_tab(), "Units && refresh")
        self.plan_editor = PlanEditorWidget(self._plan, DistanceUnit(self._values["distance_unit"]))
        self.tabs.addTab(self.plan_editor, "Service plan")
        self.tabs.addTab(self._smartcar_tab(), "Smartcar")

        self.status_label = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

    def _field(self, key: str, widget: QWidget, extra_check=None) -> SettingField:
        field = SettingField(key, widget, extra_check)
        self.fields[key] = field
        return field

    @staticmethod
    def _cell(*parts: QWidget | QHBoxLayout) -> QWidget:
        """A form cell: the editor (or a row of widgets), then its message and hints under it."""
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        for part in parts:
            if isinstance(part, QHBoxLayout):
                box.addLayout(part)
            else:
                box.addWidget(part)
        return cell

    @staticmethod
    def _form(page: QWidget, intro: str) -> QFormLayout:
        layout = QVBoxLayout(page)
        layout.addWidget(hint_label(intro))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(form)
        layout.addStretch(1)
        return form

    def _shop_tab(self) -> QWidget:
        page = QWidget()
        form = self._form(page, "Printed at the top of every reminder letter.")
        name = self._field("shop_name", QLineEdit())
        name.widget.setPlaceholderText("e.g. Main Street Auto Repair")
        form.addRow("Shop name:", self._cell(name.widget, name.problem))

        address_edit = QPlainTextEdit()
        address_edit.setTabChangesFocus(True)
        address_edit.setPlaceholderText("12 Main Street\nSpringfield, IL 62701")
        address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        address = self._field("shop_address", address_edit)
        form.addRow("Address:", self._cell(address_edit, address.problem, hint_label("One line per line.")))

        phone = self._field("shop_phone", QLineEdit(), check_phone)
        form.addRow("Phone:", self._cell(phone.widget, phone.problem))
        email = self._field("shop_email", QLineEdit(), check_email)
        form.addRow("Email:", self._cell(email.widget, email.problem))

        logo = self._field("shop_logo", QLineEdit(), logo_problem)
        logo.widget.setPlaceholderText("No logo")
        self.logo_button = QPushButton("Choose…")
        self.logo_clear_button = QPushButton("Remove")
        row = QHBoxLayout()
        row.addWidget(logo.widget, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear_button)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setStyleSheet(HINT_STYLE)
        form.addRow("Logo:", self._cell(row, logo.problem, self.logo_preview))
        return page

    def _units_tab(self) -> QWidget:
        page = QWidget()
        form = self._form(page, "How distances are shown and how often ShopApp reads the cars.")
        self.unit_combo = QComboBox()
        self.unit_combo.addItem("Miles (mi)", DistanceUnit.MI.value)
        self.unit_combo.addItem("Kilometres (km)", DistanceUnit.KM.value)
        unit = self._field("distance_unit", self.unit_combo)
        form.addRow(
            "Distances in:",
            self._cell(
                _left(self.unit_combo),
                unit.problem,
                hint_label("On screen, in letters and in the CSV export. The service plan follows it."),
            ),
        )
        interval = self._field("refresh_interval_hours", _number_edit())
        form.addRow(
            "Refresh every:",
            self._cell(
                _left(interval.widget, QLabel("hours")),
                interval.problem,
                hint_label("Stretched automatically when Smartcar's limits would not allow it."),
            ),
        )
        concurrency = self._field("refresh_concurrency", _number_edit())
        form.addRow(
            "Refresh at once:",
            self._cell(
                _left(concurrency.widget, QLabel("cars")),
                concurrency.problem,
                hint_label("How many cars are read from Smartcar at the same time."),
            ),
        )
        return page

    def _smartcar_tab(self) -> QWidget:
        page = QWidget()
        form = self._form(
            page,
            "ShopApp links customers' cars through the shop's Smartcar application. Copy these values from "
            "the Smartcar dashboard (Configuration).",
        )
        client_id = self._field("smartcar_client_id", QLineEdit())
        client_id.widget.setPlaceholderText("e.g. 8229df9f-91a0-4ff0-a1ae-a1f38ee24d07")
        form.addRow(
            "Client ID:", self._cell(client_id.widget, client_id.problem, *self._env_notes(client_id.key))
        )

        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_status_label = hint_label("")
        self.secret_problem_label = problem_label()
        self.keyring_notice: QLabel | None = None
        secret_parts: list[QWidget] = [self.secret_edit, self.secret_problem_label, self.secret_status_label]
        if SECRET_ENV in self._environ:
            secret_parts.append(hint_label(f"{SECRET_ENV} is set on this computer and is used instead."))
        form.addRow("Client secret:", self._cell(*secret_parts))

        redirect = self._field("redirect_uri", QLineEdit())
        form.addRow(
            "Redirect URI:",
            self._cell(
                redirect.widget,
                redirect.problem,
                hint_label("Register exactly this address in the Smartcar dashboard."),
                *self._env_notes(redirect.key),
            ),
        )
        if not self._credentials.keychain.usable:
            self.keyring_notice = no_keyring_notice()
            page.layout().insertWidget(1, self.keyring_notice)
        return page

    def _env_notes(self, key: str) -> list[QLabel]:
        name = ENV_OVERRIDES.get(key)
        if name and (self._environ.get(name) or "").strip():
            return [hint_label(f"{name} is set on this computer and is used instead of this value.")]
        return []

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(lambda field=field: self._check(field))
                widget.textEdited.connect(lambda _text, field=field: self._on_field_edited(field))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda field=field: self._on_field_edited(field))
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_current_index_changed)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.logo_clear_button.clicked.connect(self._on_logo_clear_button_clicked)
        self.fields["shop_logo"].widget.editingFinished.connect(self._update_logo_preview)
        self.secret_edit.textEdited.connect(self._on_secret_edit_text_edited)

    # -- values ------------------------------------------------------------------------------------

    def _load(self) -> None:
        for key, field in self.fields.items():
            field.load(self._values[key])
        self._update_logo_preview()
        self._show_secret_state()

    def _show_secret_state(self) -> None:
        self.secret_edit.clear()
        if self.keyring_notice is not None:
            self.secret_edit.setEnabled(False)
            self.secret_edit.setPlaceholderText("Cannot be kept on this computer")
            self.secret_status_label.setText(f"Set {SECRET_ENV} instead (see the notice above).")
            return
        try:
            stored = self._credentials.client_secret() is not None
        except CredentialsError as exc:
            self.secret_status_label.setText(str(exc))
            return
        if stored:
            self.secret_edit.setPlaceholderText("•••••••• (stored; type a new one to replace it)")
            self.secret_status_label.setText("A client secret is stored in this computer's keyring.")
        else:
            self.secret_edit.setPlaceholderText("Paste the client secret")
            self.secret_status_label.setText(
                "No client secret is stored yet. It will be kept in the keyring."
            )

    def has_unsaved_changes(self) -> bool:
        return (
            any(field.edited for field in self.fields.values())
            or bool(self.secret_edit.text().strip())
            or self.plan_editor.has_changes()
        )

    def save(self) -> bool:
        """Checks everything and saves it all, or saves nothing and says what is wrong. True when saved."""
        values: dict[str, Any] = {}
        first_bad: QWidget | None = None
        for field in self.fields.values():
            value, message = field.parse()
            show_problem(field.problem, message)
            if message is None:
                values[field.key] = value
            elif first_bad is None:
                first_bad = field.widget
        secret = self.secret_edit.text().strip()
        message = secret_problem(secret)
        show_problem(self.secret_problem_label, message)
        if message and first_bad is None:
            first_bad = self.secret_edit
        plan_ok = self.plan_editor.show_problems()
        if not plan_ok and first_bad is None:
            first_bad = self.plan_editor.table
        self._mark_tabs()
        if first_bad is not None:
            self.focus_field(first_bad)
            return self._refuse("Nothing was saved: correct what is marked in red.")
        try:
            check_combination({**self._settings.values(), **values})
        except SettingError as exc:
            return self._refuse(f"Nothing was saved: {sentence(str(exc))}")
        if secret:
            try:
                self._credentials.set_client_secret(secret)
            except CredentialsError as exc:
                self.focus_field(self.secret_edit)
                return self._refuse(f"Nothing was saved: {exc}")
        current = self._settings.values()
        for key, value in values.items():
            if value != current[key]:  # untouched defaults stay defaults, so a new version may change them
                self._settings.set(key, self.fields[key].spec.format(value))
        plan = self.plan_editor.plan()
        if plan != self._plan:
            self._save_plan(plan)
            self._plan = plan
        self._after_save()
        self.settings_saved.emit()
        return True

    def _refuse(self, message: str) -> bool:
        show_problem(self.status_label, message)
        return False

    def _after_save(self) -> None:
        self._values = self._settings.values()
        for key, field in self.fields.items():
            field.load(self._values[key])
        self.plan_editor.mark_saved()
        self._show_secret_state()
        show_problem(self.status_label, None)
        self._mark_tabs()

    def _mark_tabs(self) -> None:
        """A tab with something wrong on it gets a red title, so a problem on a hidden tab is found."""
        labels = [field.problem for field in self.fields.values()]
        labels += [self.secret_problem_label, self.plan_editor.problems_label]
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            wrong = any(not label.isHidden() and page.isAncestorOf(label) for label in labels)
            bar.setTabTextColor(index, QColor(PROBLEM_COLOUR) if wrong else QColor())

    # -- slots -------------------------------------------------------------------------------------

    def _check(self, field: SettingField) -> None:
        field.check()
        if field.key == "shop_logo":
            self._update_logo_preview()

    def _on_field_edited(self, field: SettingField) -> None:
        # Quiet while typing, but a message already on screen goes as soon as the value is right.
        if not field.problem.isHidden():
            field.check()

    def _on_unit_combo_current_index_changed(self, _index: int) -> None:
        self.plan_editor.set_unit(DistanceUnit(self.unit_combo.currentData()))

    def choose_logo_file(self) -> str:
        """The image the person picks ("" when they cancel); tests replace it."""
        start = str(Path(self.fields["shop_logo"].text()).parent) if self.fields["shop_logo"].text() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, "Shop logo", start, "Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)"
        )
        return path

    def _on_logo_button_clicked(self) -> None:
        path = self.choose_logo_file()
        if path:
            self.fields["shop_logo"].widget.setText(path)
            self._check(self.fields["shop_logo"])

    def _on_logo_clear_button_clicked(self) -> None:
        self.fields["shop_logo"].widget.clear()
        self._check(self.fields["shop_logo"])

    def _update_logo_preview(self) -> None:
        path = self.fields["shop_logo"].text().strip()
        pixmap = QPixmap(path) if path and logo_problem(path) is None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText("No logo" if not path else "Cannot show this file")
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW.shrunkBy(QMargins(8, 8, 8, 8)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_secret_edit_text_edited(self, _text: str) -> None:
        if not self.secret_problem_label.isHidden():
            show_problem(self.secret_problem_label, secret_problem(self.secret_edit.text()))

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()


def _number_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setMaximumWidth(90)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def _left(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
