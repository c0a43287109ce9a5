"""One shop setting on screen: its editor, the registry's parser and any stricter check, and the message
under it. The registry (shopapp.config.SETTINGS) stays the one place that says what a value may be."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from shopapp.config import SettingError, spec_for
from shopapp.ui.dialogs.editor import problem_label, sentence, show_problem

# A check on top of the registry's parser (e.g. that a shop email looks like one): message or None.
ExtraCheck = Callable[[str], str | None]

# The editor's own class, so a field made with a QLineEdit gives back a QLineEdit (covariant: the field
# never takes another widget after it is made).
EditorT = TypeVar("EditorT", bound=QWidget, covariant=True)
WidgetT = TypeVar("WidgetT", bound=QWidget)  # the same, for functions that make a field


class RadioChoice(QWidget):
    """Radio buttons in a row, one per value of a setting. `choices` are (value, label) pairs.

    Signals: value_chosen(str) when the person picks a value (not when it is set in code).
    Attributes: buttons (value -> QRadioButton)."""

    value_chosen = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        for value, label in choices:
            button = QRadioButton(label)
            self.buttons[value] = button
            self._group.addButton(button)
            row.addWidget(button)
            button.clicked.connect(lambda _checked=False, value=value: self.value_chosen.emit(value))
        row.addStretch(1)

    def value(self) -> str:
        return next((value for value, button in self.buttons.items() if button.isChecked()), "")

    def set_value(self, value: str) -> None:
        button = self.buttons.get(value) or next(iter(self.buttons.values()))
        button.setChecked(True)


class SettingField(Generic[EditorT]):
    """A setting's editor (QLineEdit, QPlainTextEdit, a QComboBox whose item data are the values, or a
    RadioChoice) and the label that shows what is wrong with it."""

    def __init__(self, key: str, widget: EditorT, extra_check: ExtraCheck | None = None) -> None:
        self.key = key
        self.spec = spec_for(key)
        self.widget = widget
        self.extra_check = extra_check
        self.problem = problem_label()
        self.loaded_text = ""

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        if isinstance(self.widget, QPlainTextEdit):
            return self.widget.toPlainText()
        if isinstance(self.widget, QComboBox):
            return str(self.widget.currentData())
        if isinstance(self.widget, RadioChoice):
            return self.widget.value()
        raise TypeError(type(self.widget))

    def load(self, value: Any) -> None:
        text = self.spec.format(value)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(text)
            self.widget.setCursorPosition(0)
        elif isinstance(self.widget, QPlainTextEdit):
            self.widget.setPlainText(text)
        elif isinstance(self.widget, QComboBox):
            self.widget.setCurrentIndex(max(self.widget.findData(text), 0))
        elif isinstance(self.widget, RadioChoice):
            self.widget.set_value(text)
        self.loaded_text = self.text()

    @property
    def edited(self) -> bool:
        return self.text() != self.loaded_text

    def parse(self) -> tuple[Any, str | None]:
        """(value, None) or (None, the message to show)."""
        text = self.text()
        try:
            value = self.spec.parse(text)
        except SettingError as exc:
            return None, sentence(str(exc))
        message = self.extra_check(text) if self.extra_check else None
        return (None, message) if message else (value, None)

    def check(self) -> bool:
        """Shows or clears the message; True when the value is good."""
        _value, message = self.parse()
        show_problem(self.problem, message)
        return message is None
