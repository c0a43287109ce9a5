"""Add or edit a customer: what is wrong is said next to the field, and nothing typed is lost unasked."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import fields, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.contact import CONTACT_WAYS, CustomerDraft
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.contact_words import draft_problems
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.editor import EditorDialog, problem_label, show_problem

# Returns the customer's id, or an awaitable of it (the window saves on its database worker).
SaveCustomer = Callable[[CustomerDraft, int | None], int | Awaitable[int]]

# Field -> (label, placeholder) for the one-line fields, in the order they are filled in; "" for none.
# QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated where shown (_translated).
_LINE_FIELDS: dict[str, tuple[object, object]] = {
    "name": (
        QT_TRANSLATE_NOOP("CustomerDialog", "Name:"),
        QT_TRANSLATE_NOOP("CustomerDialog", "As it should appear on letters"),
    ),
    "phone": (
        QT_TRANSLATE_NOOP("CustomerDialog", "Phone:"),
        QT_TRANSLATE_NOOP("CustomerDialog", "e.g. +1 (555) 010-2345 x12"),
    ),
    "email": (QT_TRANSLATE_NOOP("CustomerDialog", "Email:"), "name@example.com"),
    "address_line1": (
        QT_TRANSLATE_NOOP("CustomerDialog", "Address:"),
        QT_TRANSLATE_NOOP("CustomerDialog", "Street and number"),
    ),
    "address_line2": ("", QT_TRANSLATE_NOOP("CustomerDialog", "Apartment, suite, building (optional)")),
    "city": (QT_TRANSLATE_NOOP("CustomerDialog", "City:"), ""),
    "postal_code": (QT_TRANSLATE_NOOP("CustomerDialog", "Postal code:"), ""),
    "region": (QT_TRANSLATE_NOOP("CustomerDialog", "State / region:"), ""),
    "country": (QT_TRANSLATE_NOOP("CustomerDialog", "Country:"), ""),
}


# customer.preferred_contact as stored -> what the combo says (the customer page's words for them)
_CONTACT_WAY_LABELS: dict[str, object] = {
    "letter": QT_TRANSLATE_NOOP("CustomerDialog", "Letter"),
    "email": QT_TRANSLATE_NOOP("CustomerDialog", "Email"),
    "sms": QT_TRANSLATE_NOOP("CustomerDialog", "Text message"),
    "phone": QT_TRANSLATE_NOOP("CustomerDialog", "Phone call"),
}


def _translated(text: object) -> str:
    """A text of _LINE_FIELDS in the shop's language ("" stays empty: no label, no placeholder)."""
    return QCoreApplication.translate("CustomerDialog", str(text)) if text else ""


class CustomerDialog(EditorDialog):
    """A new customer (customer_id None) or an existing one.

    `save(draft, customer_id) -> id` stores the customer (shopapp.services.front_desk.save_customer); when
    it returns an awaitable (the window runs the save on its database worker) the dialog says "Saving…"
    until it ends. The dialog closes only once it has succeeded, so a refused save keeps every edit on
    screen.

    Signals: customer_saved(int) with the customer's id.
    Attributes: edits (field -> QLineEdit), notes_edit, preferred_contact (QComboBox), problem_labels
    (field -> QLabel), ok_button, status_label, saving_label, customer_id (set once saved).
    """

    customer_saved = Signal(int)

    def __init__(
        self,
        save: SaveCustomer,
        draft: CustomerDraft | None = None,
        customer_id: int | None = None,
        parent: QWidget | None = None,
        *,
        tasks: BackgroundTasks | None = None,
    ) -> None:
        super().__init__(parent, tasks=tasks)
        self._save = save
        self._initial = draft or CustomerDraft()
        self.customer_id = customer_id
        if customer_id is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.setWindowTitle(fill(self.tr("Edit customer — %1"), self._initial.name))
        self._setup_ui()
        self._connect_signals()
        self.set_draft(self._initial)

    def _setup_ui(self) -> None:
        self.edits: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        for field, (_label, placeholder) in _LINE_FIELDS.items():
            edit = QLineEdit()
            edit.setPlaceholderText(_translated(placeholder))
            edit.setObjectName(f"{field}_edit")
            self.edits[field] = edit
            self.problem_labels[field] = problem_label()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr("Anything the front desk should know (best time to call, fleet…)")
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.preferred_contact = QComboBox()
        self.preferred_contact.setObjectName("preferred_contact_combo")
        for way in CONTACT_WAYS:
            self.preferred_contact.addItem(_translated(_CONTACT_WAY_LABELS[way]), way)

        # One grid; city beside postal code and region beside country, as an address is written.
        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        rows = (
            (("name", 3),),
            (("phone", 3),),
            (("email", 3),),
            (("address_line1", 3),),
            (("address_line2", 3),),
            (("city", 1), ("postal_code", 1)),
            (("region", 1), ("country", 1)),
        )
        for row, cells in enumerate(rows):
            for column, (field, span) in zip((0, 2), cells, strict=False):
                label = _translated(_LINE_FIELDS[field][0])
                grid.addWidget(self._label(label), row, column, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self._cell(field), row, column + 1, 1, span)
        grid.addWidget(self._label(self.tr("Preferred contact:")), len(rows), 0)
        grid.addWidget(self.preferred_contact, len(rows), 1)
        grid.addWidget(self._label(self.tr("Notes:")), len(rows) + 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes_edit, len(rows) + 1, 1, 1, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.status_label = self.add_save_row(layout, self.tr("Save customer"))
        self.resize(560, 0)

    def _label(self, text: str) -> QLabel:
        # As tall as a line edit, so the label sits level with its field even when a message shows under it.
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumHeight(self.edits["name"].sizeHint().height())
        return label

    def _cell(self, field: str) -> QWidget:
        """The field with its problem message under it."""
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edits[field])
        box.addWidget(self.problem_labels[field])
        box.addStretch(1)
        return _wrap(box)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for field, edit in self.edits.items():
            edit.editingFinished.connect(lambda field=field: self._check_field(field))
            edit.textEdited.connect(lambda _text, field=field: self._on_field_text_edited(field))

    # -- the draft ---------------------------------------------------------------------------------

    def draft(self) -> CustomerDraft:
        values = {field: edit.text() for field, edit in self.edits.items()}
        return CustomerDraft(
            **values,
            notes=self.notes_edit.toPlainText(),
            preferred_contact=self.preferred_contact.currentData(),
        )

    def set_draft(self, draft: CustomerDraft) -> None:
        for field in (f.name for f in fields(CustomerDraft)):
            if field in self.edits:
                self.edits[field].setText(getattr(draft, field))
        self.notes_edit.setPlainText(draft.notes)
        way = draft.cleaned().preferred_contact
        if self.preferred_contact.findData(way) < 0:  # a word another program stored: kept, not lost
            self.preferred_contact.addItem(way, way)
        self.preferred_contact.setCurrentIndex(self.preferred_contact.findData(way))

    def has_unsaved_changes(self) -> bool:
        # a way stored empty reads as the default the combo shows: no change by merely opening the dialog
        initial = replace(self._initial, preferred_contact=self._initial.cleaned().preferred_contact)
        return self.draft() != initial

    # -- checking ----------------------------------------------------------------------------------

    def _on_field_text_edited(self, field: str) -> None:
        # Not while typing a first time (an address is "wrong" until it is finished), but a message on
        # screen goes away as soon as the value is right.
        if not self.problem_labels[field].isHidden():
            self._check_field(field)

    def _check_field(self, field: str) -> None:
        if field == "name" and not self.edits["name"].text().strip():
            return  # leaving an empty name on the way to the phone field is no mistake yet
        show_problem(self.problem_labels[field], draft_problems(self.draft()).get(field))
        self.fit_to_contents()

    def _on_buttons_accepted(self) -> None:
        problems = draft_problems(self.draft())
        for field, label in self.problem_labels.items():
            show_problem(label, problems.get(field))
        if problems:
            self.edits.get(next(iter(problems)), self.preferred_contact).setFocus()
            message = self.tr("Correct the fields marked in red; nothing was saved yet.")
            show_problem(self.status_label, message)
            self.fit_to_contents()
            return
        show_problem(self.status_label, None)
        draft = self.draft()
        try:
            saved = self._save(draft, self.customer_id)
        except (UserFacingError, ValueError) as exc:
            self._refuse(exc)
            return
        if not inspect.isawaitable(saved):
            self._saved(draft, saved)
            return
        self.start_saving(self._wait_for_save(draft, saved), "customer-save")

    async def _wait_for_save(self, draft: CustomerDraft, saving: Awaitable[int]) -> None:
        try:
            customer_id = await self.until_saved(saving)
        except (UserFacingError, ValueError) as exc:
            self._refuse(exc)
            return
        except Exception:
            bug = self.tr("Not saved: something went wrong inside ShopApp (see the log file).")
            show_problem(self.status_label, bug)
            raise  # a bug: the window logs it and names the log file
        self._saved(draft, customer_id)

    def _refuse(self, error: Exception) -> None:
        words = error.words() if isinstance(error, UserFacingError) else str(error)
        show_problem(self.status_label, fill(self.tr("Not saved: %1"), words))
        self.fit_to_contents()

    def _saved(self, draft: CustomerDraft, customer_id: int) -> None:
        self.customer_id = customer_id
        self._initial = draft
        self.customer_saved.emit(customer_id)
        self.accept()


def _wrap(layout) -> QWidget:
    widget = QWidget()
    widget.setLayout(layout)
    return widget
