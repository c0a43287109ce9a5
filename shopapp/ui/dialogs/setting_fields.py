"""One shop setting on screen: its editor, the registry's parser and any stricter check, and the message
under it. The registry (shopapp.config.SETTINGS) stays the one place that says what a value may be."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from shopapp.config import SettingError, spec_for
from shopapp.ui.dialogs.editor import problem_label, sentence, show_problem

# A check on top of the registry's parser (e.g. that a shop email looks like one): message or None.
ExtraCheck = Callable[[str], str | None]


class SettingField:
    """A setting's editor (QLineEdit, QPlainTextEdit or a QComboBox whose item data are the values) and the
    label that shows what is wrong with it."""

    def __init__(self, key: str, widget: QWidget, extra_check: ExtraCheck | None = None) -> None:
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
