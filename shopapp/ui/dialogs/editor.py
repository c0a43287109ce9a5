"""What every editing dialog shares: no silent loss of edits on Cancel/Escape/close, and problem messages
shown next to the field they are about."""

from __future__ import annotations

from collections.abc import Awaitable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp.tasks import BackgroundTasks

PROBLEM_COLOUR = "#b71c1c"
HINT_STYLE = "color: #5f6368;"  # untranslated: style sheet
T = TypeVar("T")


def problem_label() -> QLabel:
    """A red, wrapping message under a field; hidden while there is nothing to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def hint_label(text: str) -> QLabel:
    """Grey, wrapping help under a field: what it is and where to find it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def ok_cancel_buttons(ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK and Cancel, OK named for what it does ("Save customer"); the box, and its OK button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    return buttons, ok_button


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Opens `window` at width x height, or smaller on a small screen (1024x700 and up), leaving room for
    the title bar and a taskbar; whatever does not fit then scrolls inside it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    window.resize(min(width, room.width() - 40), min(height, room.height() - 80))


def saving_label() -> QLabel:
    """Grey "Saving…" beside the buttons while a save waits for the database; hidden otherwise."""
    label = hint_label(QCoreApplication.translate("EditorDialog", "Saving…"))
    label.hide()
    return label


def show_problem(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def sentence(message: str) -> str:
    """A parser's message ("expected a whole number…") as a sentence to show on its own."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?", ")")) else message + "."


class EditorDialog(QDialog):
    """A dialog whose edits are only lost when the person says so: Cancel, Escape and the window's close
    button all come through reject(), which asks before dropping unsaved edits.

    Subclasses say whether there is anything to lose (has_unsaved_changes); tests replace
    confirm_discard to answer the question without a message box. A save runs as a task of `tasks` (the
    window's), or of the dialog's own when none are given."""

    discard_box: QMessageBox | None = None  # the open "Discard changes?" question, if any
    saving = False  # a save is waiting for the database worker: the buttons wait with it
    # The save row: made by add_save_row (Settings makes its own, with a Save button instead of OK).
    buttons: QDialogButtonBox
    ok_button: QPushButton
    saving_label: QLabel

    def __init__(self, parent: QWidget | None = None, *, tasks: BackgroundTasks | None = None) -> None:
        super().__init__(parent)
        self._save_tasks = tasks or BackgroundTasks()

    def add_save_row(self, layout: QVBoxLayout, ok_text: str) -> QLabel:
        """The foot of a dialog that saves, added to `layout`: the red message about the save as a whole,
        the grey "Saving…", and OK/Cancel with OK named `ok_text`. Sets buttons, ok_button and saving_label
        (the ones start_saving and until_saved use); returns the message label."""
        message = problem_label()
        self.saving_label = saving_label()
        self.buttons, self.ok_button = ok_cancel_buttons(ok_text)
        layout.addWidget(message)
        layout.addWidget(self.saving_label)
        layout.addWidget(self.buttons)
        return message

    def start_saving(self, save: Coroutine[Any, Any, None], name: str) -> None:
        """Runs `save` (which awaits the write through until_saved) as a task named `name`, the dialog
        saying "Saving…" and its buttons waiting meanwhile."""
        self.show_saving(True, self.buttons, self.saving_label)
        self._save_tasks.start(save, name=name)

    async def until_saved(self, saving: Awaitable[T]) -> T:
        """Awaits the write of a save begun with start_saving; whatever its outcome, the buttons come back and
        "Saving…" goes before the caller says how it went."""
        try:
            return await saving
        finally:
            self.show_saving(False, self.buttons, self.saving_label)

    def show_saving(self, saving: bool, buttons: QDialogButtonBox, label: QLabel) -> None:
        """While a save runs on the database worker (seconds when another PC holds the write lock), the
        window stays live but this dialog's buttons wait, and it says it is saving."""
        self.saving = saving
        buttons.setEnabled(not saving)
        label.setVisible(saving)
        if saving:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def has_unsaved_changes(self) -> bool:
        return False

    def confirm_discard(self) -> bool | None:
        """True to drop the edits, False to keep editing, None when the question is put in a box that
        answers later. Never a blocking exec(): its nested loop would halt every task on the event loop
        (a background refresh included) for as long as the question stays open.

        Texts through QCoreApplication.translate("EditorDialog", ...), not self.tr(): the dialogs subclass
        this one, and self.tr() would look them up under the subclass's name."""
        question = QCoreApplication.translate("EditorDialog", "Discard changes?")
        box = QMessageBox(
            QMessageBox.Icon.Question, question, question, QMessageBox.StandardButton.NoButton, self
        )
        box.setInformativeText(
            QCoreApplication.translate("EditorDialog", "What you changed in this window has not been saved.")
        )
        discard = box.addButton(
            QCoreApplication.translate("EditorDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            QCoreApplication.translate("EditorDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._on_discard_box_finished(box.clickedButton() is discard))
        self.discard_box = box
        box.open()
        return None

    def _on_discard_box_finished(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            QDialog.reject(self)

    def reject(self) -> None:
        if self.saving:  # Escape or the close button mid-save: the save decides how the dialog ends
            return
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        super().reject()

    def fit_to_contents(self) -> None:
        """Grows the dialog when messages appear: wrapped text does not raise a window's minimum height."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(self.width())
        else:
            height = layout.totalSizeHint().height()
        if height > self.height():
            self.resize(self.width(), height)

    def focus_field(self, widget: QWidget) -> None:
        """Brings a field with a problem into view: the tab it is on first, then the field itself."""
        page: QWidget | None = widget
        scroll_areas = []
        while page is not None and page is not self:
            stack = page.parentWidget()
            tabs = stack.parentWidget() if stack is not None else None
            if isinstance(stack, QStackedWidget) and isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(page)
            if isinstance(page, QScrollArea):
                scroll_areas.append(page)
            page = stack
        for area in scroll_areas:  # a tab taller than the dialog scrolls; the field comes into sight
            area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
