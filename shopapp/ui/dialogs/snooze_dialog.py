"""Snooze a due item for a number of days: the item leaves the due list and the letters until then, and
its due date stays where it is."""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from shopapp.i18n import fill
from shopapp.local_format import weekday_date
from shopapp.ui.dialogs.editor import ok_cancel_buttons

DEFAULT_DAYS = 14
MAX_DAYS = 365


class SnoozeDialog(QDialog):
    """Asks for how many days to hide one item. Open it with open(), never exec().

    Signals: snooze_chosen(str, int): the item key and the number of days, when OK is pressed.
    Attributes: days_spin, until_label, ok_button.
    """

    snooze_chosen = Signal(str, int)

    def __init__(
        self,
        item_key: str,
        item_name: str,
        *,
        days: int = DEFAULT_DAYS,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._item_key = item_key
        self._today = today or date.today()
        self.setWindowTitle(fill(self.tr("Snooze — %1"), item_name))
        self._setup_ui(item_name, days)
        self._connect_signals()
        self._update_until()

    def _setup_ui(self, item_name: str, days: int) -> None:
        intro = QLabel(
            fill(
                self.tr(
                    "Hide <b>%1</b> from the due list and the reminder letters for a while. "
                    "Its due date does not change."
                ),
                html.escape(item_name),
            )
        )
        intro.setWordWrap(True)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(days)  # its suffix ("days", "day") follows the value: _update_until()
        self.until_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Snooze for:"), self.days_spin)
        form.addRow(self.tr("Shows again on:"), self.until_label)
        self.buttons, self.ok_button = ok_cancel_buttons(self.tr("Snooze"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(400, self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.days_spin.valueChanged.connect(self._update_until)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def until(self) -> date:
        return self._today + timedelta(days=self.days_spin.value())

    def _update_until(self, *_args) -> None:
        self.days_spin.setSuffix(self.tr(" day(s)", "", self.days_spin.value()))
        self.until_label.setText(weekday_date(self.until(), self._today))

    def accept(self) -> None:
        self.snooze_chosen.emit(self._item_key, self.days_spin.value())
        super().accept()
