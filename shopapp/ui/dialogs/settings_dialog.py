"""The shop's settings: the letterhead, units and refresh rhythm, the service plan and the Smartcar
application (which API, its IDs, and moving v2 connections to v3). Nothing is saved while any value is
wrong; the client secret and the other Smartcar secrets go to the keyring only."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, QSize, Qt, Signal
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
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp.config import SettingError, Settings, check_combination
from shopapp.credentials import Credentials, CredentialsError
from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.money_format import currency_codes, currency_name, currency_symbol
from shopapp.services.shop_session import ShopSession, run_on_own_thread
from shopapp.services.shop_settings import save_shop_settings
from shopapp.services.smartcar_app import is_api_client_id
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.editor import (
    HINT_STYLE,
    PROBLEM_COLOUR,
    EditorDialog,
    fit_to_screen,
    hint_label,
    problem_label,
    saving_label,
    sentence,
    show_problem,
)
from shopapp.ui.dialogs.form_grid import FormGrid, form_cell, intro_form
from shopapp.ui.dialogs.letterhead_rows import add_letterhead_rows
from shopapp.ui.dialogs.move_to_v3_dialog import (
    ConnectionCounts,
    MoveToV3Dialog,
    connection_counts,
    counts_words,
)
from shopapp.ui.dialogs.plan_editor import PlanEditorWidget
from shopapp.ui.dialogs.setting_fields import ExtraCheck, RadioChoice, SettingField, WidgetT
from shopapp.ui.dialogs.smartcar_fields import (
    ENV_OVERRIDES,
    FILLED_FROM_V2,
    SMARTCAR_INTRO,
    V2_CLIENT_SECRET,
    WHERE_V2_SECRET,
    SecretField,
    carried_ids,
    credentials_message,
    env_note,
    no_keyring_notice,
    smartcar_words,
)
from shopapp.ui.dialogs.smartcar_rows import SmartcarIdRows

# Runs a blocking database function off the event loop: the window's database worker.
Write = Callable[[Callable[[], Any]], Awaitable[Any]]
SecretWrite = tuple[Callable[[Credentials, str], None], str]  # a Credentials setter, the text to store
# The set-up wizard says it too. QT_TRANSLATE_NOOP marks it for lupdate (typed object in the stubs: str()
# types it); show it through QCoreApplication.translate("SettingsDialog", NOT_SAVED).
NOT_SAVED = str(
    QT_TRANSLATE_NOOP(
        "SettingsDialog", "Nothing was saved: something went wrong inside ShopApp (see the log file)."
    )
)
LOGO_PREVIEW = QSize(220, 90)


def logo_problem(path: str) -> str | None:
    """None when the letters can print the image at `path` (or there is none)."""
    path = path.strip()
    if not path:
        return None
    if not Path(path).is_file():
        return QCoreApplication.translate("SettingsDialog", "There is no file at this path.")
    reader = QImageReader(path)
    if not reader.canRead():
        return QCoreApplication.translate(
            "SettingsDialog", "ShopApp cannot read this file as an image (use PNG, JPEG or SVG)."
        )
    return None


class SettingsDialog(EditorDialog, SmartcarIdRows):
    """Settings in four tabs: Shop, Units & refresh, Service plan, Smartcar.

    Its dependencies come in so tests can give their own: `settings` (shopapp.config.Settings), `credentials`
    (the keyring facade), `load_plan` / `save_plan` (shopapp.services.plan_store), `environ` (for the
    SMARTCAR_* variables that override what is entered here). `session` and `tasks` (the window's
    ShopSession and BackgroundTasks) run "Move connections to v3…"; without them that action is not
    offered. `counts` tells how many connections are still on v2 (the bound database by default). `write`
    runs the save (one transaction: settings, plan, then the keyring's secrets) off the event loop: the
    window's database worker; by default a thread of its own. `await save()` saves; the Save button runs it
    as a task and closes the dialog once saved.

    Signals: settings_saved() after a successful save; connections_moved(MigrationReport) after the move to
    v3 changed connections.
    Attributes: tabs, fields (setting key -> SettingField), unit_combo, currency_combo, logo_button,
    logo_clear_button, logo_preview, plan_editor, api_choice, client_secret / management_token / v2_secret
    (SecretField), secret_edit, secret_status_label, secret_problem_label (the client secret's),
    application_id_note and client_id_note (remarks that never block a save), keyring_notice (None when a
    keyring is usable), move_button, move_label, move_dialog, status_label, saving_label, save_button.
    """

    settings_saved = Signal()
    connections_moved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        credentials: Credentials,
        load_plan: Callable[[], ServicePlan],
        save_plan: Callable[[ServicePlan], None],
        *,
        environ: Mapping[str, str] | None = None,
        session: ShopSession | None = None,
        tasks: BackgroundTasks | None = None,
        counts: Callable[[], ConnectionCounts] = connection_counts,
        write: Write | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, tasks=tasks)  # the Save button's save: the window's tasks, or its own
        self._write = write or run_on_own_thread
        self._settings = settings
        self._credentials = credentials
        self._save_plan = save_plan
        self._environ = os.environ if environ is None else environ
        self._session = session
        self._tasks = tasks
        self._count_connections = counts
        self._counts = counts()
        self._values = settings.values()
        self._plan = load_plan()
        self.move_dialog: MoveToV3Dialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        self._setup_ui()
        self._connect_signals()
        self._load()

    # -- layout ------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.fields: dict[str, SettingField[QWidget]] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._shop_tab(), self.tr("Shop"))
        self.tabs.addTab(self._units_tab(), self.tr("Units && refresh"))
        self.plan_editor = PlanEditorWidget(self._plan, DistanceUnit(self._values["distance_unit"]))
        self.tabs.addTab(self.plan_editor, self.tr("Service plan"))
        self.tabs.addTab(self._smartcar_tab(), "Smartcar")  # untranslated: product name

        self.status_label = problem_label()
        self.saving_label = saving_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.saving_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 700)  # the Smartcar tab is the tallest: whole on a 1280x800 screen

    def _field(
        self, key: str, widget: WidgetT, extra_check: ExtraCheck | None = None
    ) -> SettingField[WidgetT]:
        field = SettingField(key, widget, extra_check)
        self.fields[key] = field
        return field

    def _shop_tab(self) -> QWidget:
        page = QWidget()
        form = intro_form(page, hint_label(self.tr("Printed at the top of every reminder letter.")))
        add_letterhead_rows(form, self._field, hint_label(self.tr("One line per line.")))

        self._logo_field = logo = self._field("shop_logo", QLineEdit(), logo_problem)
        logo.widget.setPlaceholderText(self.tr("No logo"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_clear_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(logo.widget, 1)
        row.addWidget(self.logo_button)
        row.addWidget(self.logo_clear_button)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setStyleSheet(HINT_STYLE)
        form.addRow(self.tr("Logo:"), form_cell(row, logo.problem, self.logo_preview))
        return page

    def _units_tab(self) -> QWidget:
        page = QWidget()
        form = intro_form(
            page,
            hint_label(self.tr("How distances and money are shown and how often ShopApp reads the cars.")),
        )
        self.unit_combo = QComboBox()  # the item data is the stored value; the text is translated
        self.unit_combo.addItem(self.tr("Miles (mi)"), DistanceUnit.MI.value)
        self.unit_combo.addItem(self.tr("Kilometres (km)"), DistanceUnit.KM.value)
        unit = self._field("distance_unit", self.unit_combo)
        form.addRow(
            self.tr("Distances in:"),
            form_cell(
                _left(self.unit_combo),
                unit.problem,
                hint_label(
                    self.tr("On screen, in letters and in the CSV export. The service plan follows it.")
                ),
            ),
        )
        self.currency_combo = QComboBox()  # the item data is the ISO 4217 code; the text names it
        for code in currency_codes():
            self.currency_combo.addItem(self._currency_label(code), code)
        money = self._field("currency", self.currency_combo)
        form.addRow(
            self.tr("Money in:"),
            form_cell(
                _left(self.currency_combo),
                money.problem,
                hint_label(
                    self.tr(
                        "Repair-cost estimates show as amounts only when priced in this currency, otherwise "
                        "as low, moderate or high: never converted."
                    )
                ),
            ),
        )
        self._number_row(
            form,
            "refresh_interval_hours",
            self.tr("Refresh every:"),
            self.tr("hours"),
            self.tr("Stretched automatically when Smartcar's limits would not allow it."),
        )
        self._number_row(
            form,
            "refresh_concurrency",
            self.tr("Refresh at once:"),
            self.tr("cars"),
            self.tr("How many cars are read from Smartcar at the same time."),
        )
        return page

    def _currency_label(self, code: str) -> str:
        """ "USD — US Dollar ($)", "CHF — Swiss Franc", or the code alone when the language has no name."""
        name, symbol = currency_name(code), currency_symbol(code)
        if not name:
            return code
        if symbol == code:
            return fill(self.tr("%1 — %2", "a currency's code and name"), code, name)
        return fill(self.tr("%1 — %2 (%3)", "a currency's code, name and symbol"), code, name, symbol)

    def _number_row(self, form: QFormLayout, key: str, label: str, unit: str, hint: str) -> None:
        """A whole-number setting's row: its box with the unit word after it, then its message and hint."""
        field = self._field(key, _number_edit())
        form.addRow(label, form_cell(_left(field.widget, QLabel(unit)), field.problem, hint_label(hint)))

    def _smartcar_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint_label(smartcar_words(SMARTCAR_INTRO)))
        form = FormGrid()
        layout.addLayout(form)
        layout.addStretch(1)
        self.smartcar_form = form
        self.api_choice = RadioChoice(  # (stored value, what the button says)
            (
                ("v3", self.tr("API v3 (recommended)")),
                ("v2", self.tr("API v2 (application not yet upgraded)")),
            )
        )
        api = self._field("smartcar_api", self.api_choice)
        api_hint = self.tr(
            "v3 for every Smartcar application created since June 2025, and for older ones once upgraded in the Smartcar dashboard. v2 only for an application not yet upgraded: Smartcar is retiring v2."  # noqa: E501 (one literal for lupdate)
        )
        form.addRow(self.tr("Smartcar API:"), form_cell(self.api_choice, api.problem, hint_label(api_hint)))

        self._add_smartcar_rows(
            form,
            self._field,
            self._api,
            (self._credentials, self._environ),
            hint_label,
            self._env_notes,
        )

        self.v2_secret = SecretField(V2_CLIENT_SECRET, self._credentials, self._environ)
        self._v2_secret_cell = form_cell(*self.v2_secret.widgets(hint_label(smartcar_words(WHERE_V2_SECRET))))
        form.addRow(self.tr("v2 client secret:"), self._v2_secret_cell)

        redirect = self._field("redirect_uri", QLineEdit())
        form.addRow(
            self.tr("Redirect URI:"),
            form_cell(
                redirect.widget,
                redirect.problem,
                hint_label(self.tr("Register exactly this address in the Smartcar dashboard.")),
                *self._env_notes(redirect.key),
            ),
        )

        self.move_button = QPushButton(self.tr("Move connections to v3…"))
        self.move_button.setToolTip(self.tr("Saves these settings first"))
        self.move_label = hint_label("")
        self._move_cell = form_cell(_left(self.move_button), self.move_label)
        form.addRow(self.tr("v2 connections:"), self._move_cell)
        form.setRowVisible(self._move_cell, self._session is not None and self._tasks is not None)

        self.keyring_notice: QLabel | None = None
        if not self._credentials.keychain.usable:
            self.keyring_notice = no_keyring_notice()
            layout.insertWidget(1, self.keyring_notice)
        # The tab is the tallest: on a small screen it scrolls instead of squeezing or cutting its fields.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _secret_fields(self) -> tuple[SecretField, ...]:
        return (self.client_secret, self.management_token, self.v2_secret)

    def _api(self) -> str:
        return self.api_choice.value() or "v3"

    def _env_notes(self, key: str) -> list[QLabel]:
        name = ENV_OVERRIDES.get(key)
        return env_note(name, self._environ) if name else []

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
        self._logo_field.widget.editingFinished.connect(self._update_logo_preview)
        self.api_choice.value_chosen.connect(self._on_api_choice_value_chosen)
        for id_field in (self.application_id, self.client_id):
            edit, key = id_field.widget, id_field.key
            # A swapped ID is said as soon as it is pasted; remarks wait until the person moves on.
            edit.textEdited.connect(lambda _text, key=key: self._on_id_edited(key))
            edit.editingFinished.connect(self._update_id_notes)
        self.move_button.clicked.connect(self._on_move_button_clicked)

    # -- values ------------------------------------------------------------------------------------

    def _load(self) -> None:
        for key, field in self.fields.items():
            field.load(self._values[key])
        self._update_logo_preview()
        self._show_secret_state()
        self._update_for_api()

    def _show_secret_state(self, *, reset: bool = True) -> None:
        for field in self._secret_fields():
            if reset:
                field.reset()
            else:
                field.show_state()
        v2_secret_in_use = (
            self._values["smartcar_api"] == "v2" and self._api() == "v3" and self.client_secret.stored()
        )
        if v2_secret_in_use and self._counts.on_v2:
            self.client_secret.status.setText(
                self.tr(
                    "The stored client secret is the v2 one: paste the secret made with the API client ID. The v2 one is kept for the v2 connections until they are moved."  # noqa: E501 (one literal for lupdate)
                )
            )

    def _update_for_api(self) -> None:
        """Shows what the chosen API needs: v3 asks for the Application ID beside the API client ID, and
        offers the management token, the v2 secret (while v2 connections remain) and the move to v3."""
        v3 = self._api() == "v3"
        self.smartcar_form.setRowVisible(self._v2_secret_cell, v3 and self._counts.on_v2 > 0)
        self.v2_secret.active = v3 and self._counts.on_v2 > 0
        words = counts_words(self._counts)
        if not v3 and self._counts.to_move:
            words += " " + self.tr("Choose API v3 above to move them.")
        self.move_label.setText(words)
        self.move_button.setEnabled(v3 and self._counts.to_move > 0)
        self._follow_api()

    def has_unsaved_changes(self) -> bool:
        return (
            any(field.edited for field in self.fields.values())
            or any(field.text() for field in self._secret_fields())
            or self.plan_editor.has_changes()
        )

    async def save(self) -> bool:
        """Checks everything, then saves it all in one transaction on the database worker (the dialog says
        "Saving…" while another PC may hold the write lock), or saves nothing and says what is wrong. True
        when saved."""
        checked = self._checked_changes()
        return checked is not None and await self._save_checked(*checked)

    async def _save_checked(
        self, texts: dict[str, str], plan: ServicePlan | None, secrets: list[SecretWrite]
    ) -> bool:
        self.show_saving(True, self.buttons, self.saving_label)
        try:
            await self._write(
                partial(
                    save_shop_settings,
                    self._settings,
                    texts,
                    plan,
                    store_plan=self._save_plan,
                    then=partial(_store_secrets, self._credentials, secrets),
                )
            )
        except CredentialsError as exc:
            self.focus_field(self.secret_edit)
            return self._refuse(self._not_saved(credentials_message(exc)))
        except SettingError as exc:
            return self._refuse(self._not_saved(sentence(str(exc))))
        except UserFacingError as exc:
            return self._refuse(exc.words())
        except Exception:
            self._refuse(QCoreApplication.translate("SettingsDialog", NOT_SAVED))
            raise  # a bug: logged with its traceback by whoever runs this task
        finally:
            self.show_saving(False, self.buttons, self.saving_label)
        if plan is not None:
            self._plan = plan
        self._after_save()
        self.settings_saved.emit()
        return True

    def _checked_changes(self) -> tuple[dict[str, str], ServicePlan | None, list[SecretWrite]] | None:
        """(changed settings as text, the plan if changed, the secrets to store), or None after saying on
        screen what is wrong."""
        values: dict[str, Any] = {}
        first_bad: QWidget | None = None
        for field in self.fields.values():
            value, message = field.parse()
            show_problem(field.problem, message)
            if message is None:
                values[field.key] = value
            elif first_bad is None:
                first_bad = field.widget
        for secret_field in self._secret_fields():
            if not secret_field.check() and first_bad is None:
                first_bad = secret_field.edit
        plan_ok = self.plan_editor.show_problems()
        if not plan_ok and first_bad is None:
            first_bad = self.plan_editor.table
        self._mark_tabs()
        if first_bad is not None:
            self.focus_field(first_bad)
            self._refuse(self.tr("Nothing was saved: correct what is marked in red."))
            return None
        current = self._settings.values()
        try:
            check_combination({**current, **values})
            secrets = self._v2_secret_to_keep(values)
        except SettingError as exc:
            self._refuse(self._not_saved(sentence(str(exc))))
            return None
        except CredentialsError as exc:
            self.focus_field(self.secret_edit)
            self._refuse(self._not_saved(credentials_message(exc)))
            return None
        secrets += [(field.spec.write, field.text()) for field in self._secret_fields() if field.text()]
        # Untouched defaults stay defaults, so a new version may change them.
        texts = {
            key: self.fields[key].spec.format(value) for key, value in values.items() if value != current[key]
        }
        plan = self.plan_editor.plan()
        return texts, (plan if plan != self._plan else None), secrets

    def _v2_secret_to_keep(self, values: dict[str, Any]) -> list[SecretWrite]:
        """A v2 shop changing to v3 API credentials: the client secret about to be replaced is the v2 one,
        which its v2 connections still renew their tokens with until they are moved, so it is kept as the
        v2 client secret (unless one is typed or stored already). Raises CredentialsError."""
        switching = (
            self._values["smartcar_api"] == "v2"
            and values.get("smartcar_api") == "v3"
            and not is_api_client_id(self._values["smartcar_client_id"])
        )
        if not (switching and self._counts.on_v2 and self.client_secret.text()):
            return []
        if self.v2_secret.text() or self._credentials.v2_client_secret() is not None:
            return []
        old = self._credentials.client_secret()
        # First, before the new client secret replaces it.
        return [(Credentials.set_v2_client_secret, old)] if old else []

    def _not_saved(self, why: str) -> str:
        return fill(self.tr("Nothing was saved: %1"), why)

    def _refuse(self, message: str) -> bool:
        show_problem(self.status_label, message)
        return False

    def _after_save(self) -> None:
        self._values = self._settings.values()
        for key, field in self.fields.items():
            field.load(self._values[key])
        self.plan_editor.mark_saved()
        self._counts = self._count_connections()
        self._show_secret_state()
        self._update_for_api()
        show_problem(self.status_label, None)
        self._mark_tabs()

    def _mark_tabs(self) -> None:
        """A tab with something wrong on it gets a red title, so a problem on a hidden tab is found."""
        labels = [field.problem for field in self.fields.values()]
        labels += [field.problem for field in self._secret_fields()]
        labels += [self.plan_editor.problems_label]
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            wrong = page is not None and any(
                not label.isHidden() and page.isAncestorOf(label) for label in labels
            )
            bar.setTabTextColor(index, QColor(PROBLEM_COLOUR) if wrong else QColor())

    # -- slots -------------------------------------------------------------------------------------

    def _check(self, field: SettingField[QWidget]) -> None:
        field.check()
        if field.key == "shop_logo":
            self._update_logo_preview()

    def _on_field_edited(self, field: SettingField[QWidget]) -> None:
        # Quiet while typing, but a message already on screen goes as soon as the value is right.
        if not field.problem.isHidden():
            field.check()

    def _on_unit_combo_current_index_changed(self, _index: int) -> None:
        self.plan_editor.set_unit(DistanceUnit(self.unit_combo.currentData()))

    def choose_logo_file(self) -> str:
        """The image the person picks ("" when they cancel); tests replace it."""
        start = str(Path(self.fields["shop_logo"].text()).parent) if self.fields["shop_logo"].text() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Shop logo"), start, self.tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif)")
        )
        return path

    def _on_logo_button_clicked(self) -> None:
        path = self.choose_logo_file()
        if path:
            self._logo_field.widget.setText(path)
            self._check(self.fields["shop_logo"])

    def _on_logo_clear_button_clicked(self) -> None:
        self._logo_field.widget.clear()
        self._check(self.fields["shop_logo"])

    def _update_logo_preview(self) -> None:
        path = self.fields["shop_logo"].text().strip()
        pixmap = QPixmap(path) if path and logo_problem(path) is None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not path else self.tr("Cannot show this file"))
            return
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW.shrunkBy(QMargins(8, 8, 8, 8)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_id_edited(self, key: str) -> None:
        field = self.fields[key]
        field.check()
        note = self.application_id_note if key == "smartcar_application_id" else self.client_id_note
        if not note.isHidden():  # a remark goes as soon as it no longer applies, never appears mid-typing
            self._update_id_notes()

    def _on_api_choice_value_chosen(self, api: str) -> None:
        application_id, client_id = self.application_id, self.client_id
        carried = carried_ids(api, application_id.text(), client_id.text())
        if carried is not None:
            application_id.widget.setText(carried[0])
            client_id.widget.setText(carried[1])
        self._show_secret_state(reset=False)  # what was typed stays
        self._update_for_api()
        if carried is not None and api == "v3":
            show_problem(self.application_id_note, smartcar_words(FILLED_FROM_V2))

    def _on_move_button_clicked(self) -> None:
        if self._session is None or self._tasks is None:
            return
        if not self.has_unsaved_changes():
            self._open_move_dialog()
            return
        checked = self._checked_changes()  # the move works with what is saved: save first
        if checked is not None:
            self._tasks.start(self._save_then_move(*checked), name="settings-move")

    async def _save_then_move(self, *checked: Any) -> None:
        if await self._save_checked(*checked):
            self._open_move_dialog()

    def _open_move_dialog(self) -> None:
        assert self._session is not None
        assert self._tasks is not None
        dialog = MoveToV3Dialog(
            self._session, self._tasks, self._count_connections, environ=self._environ, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connections_moved.connect(self._on_move_dialog_connections_moved)
        self.move_dialog = dialog
        dialog.open()

    def _on_move_dialog_connections_moved(self, report: object) -> None:
        # The move makes v3 the API of new connections; nothing else here changed while it ran.
        self._values = self._settings.values()
        self.fields["smartcar_api"].load(self._values["smartcar_api"])
        self._counts = self._count_connections()
        self._show_secret_state()
        self._update_for_api()
        self.connections_moved.emit(report)

    def _on_buttons_accepted(self) -> None:
        checked = self._checked_changes()  # what is wrong shows at once; only the write waits
        if checked is not None:
            self._save_tasks.start(self._save_and_close(*checked), name="settings-save")

    async def _save_and_close(self, *checked: Any) -> None:
        if await self._save_checked(*checked):
            self.accept()


def _store_secrets(credentials: Credentials, secrets: list[SecretWrite]) -> None:
    """Writes the typed secrets to the keyring, in order (on the database worker, inside the settings'
    transaction: a keyring that refuses leaves the database as it was). Raises CredentialsError."""
    for write, text in secrets:
        write(credentials, text)


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
