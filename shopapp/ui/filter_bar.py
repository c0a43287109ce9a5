"""The bar above the vehicle list: instant search and a status filter with a count on every button. Several
statuses can be chosen at once (the list shows cars with an item in any of them); "All" clears them."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from shopapp.domain.due import Status
from shopapp.local_format import whole_number
from shopapp.ui.display import STATUS_LOOKS
from shopapp.ui.models.vehicle_table import VehicleFilterProxy

SEARCH_PAUSE_MS = 120  # typing "smith" filters once, not five times
_ALL = "all"


class FilterBarWidget(QWidget):
    """Signals: search_changed(str) after a short pause in typing; statuses_changed(list) with the chosen
    statuses ([] for all; "reconnect" for cars whose connection must be renewed)."""

    search_changed = Signal(str)
    statuses_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        # Two rows: the search keeps its full width and the buttons never push the list wider.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search name, phone, plate, VIN, make or model"))
        self.search_field.setClearButtonEnabled(True)
        column.addWidget(self.search_field)
        layout = QHBoxLayout()
        layout.setSpacing(2)
        column.addLayout(layout)
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(False)  # Overdue + Alert together; "All" is kept apart by hand
        self.status_buttons: dict[str, QToolButton] = {}
        choices: list[tuple[str, str]] = [(_ALL, self.tr("All"))]
        choices += [(status.value, STATUS_LOOKS[status].badge) for status in Status]
        choices.append((VehicleFilterProxy.RECONNECT, self.tr("⟳ Reconnect")))
        tips = self._tooltips()
        combine = self.tr("Choose more than one to see them together.")
        for key, label in choices:
            button = QToolButton()
            button.setCheckable(True)
            button.setProperty("label", label)
            button.setText(label)
            button.setToolTip(tips[key] if key == _ALL else f"{tips[key]}\n{combine}")
            self.status_group.addButton(button)
            self.status_buttons[key] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.status_buttons[_ALL].setChecked(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)

    def _tooltips(self) -> dict[str, str]:
        """Whole sentences per button (a translation cannot lower-case a status word into a sentence)."""
        return {
            _ALL: self.tr("Show every vehicle"),
            Status.OVERDUE.value: self.tr("Cars with an overdue item."),
            Status.DUE.value: self.tr("Cars with an item due now."),
            Status.ALERT.value: self.tr("Cars with a warning light, a trouble code or a lost connection."),
            Status.DUE_SOON.value: self.tr("Cars with an item due soon."),
            Status.OK.value: self.tr("Cars with nothing to do."),
            VehicleFilterProxy.RECONNECT: self.tr("Cars whose owner must connect them to Smartcar again."),
        }

    def _connect_signals(self) -> None:
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.status_group.buttonToggled.connect(self._on_status_group_button_toggled)

    def _on_search_field_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self.search_changed.emit(self.search_field.text())

    def _on_status_group_button_toggled(self, button: QToolButton, checked: bool) -> None:
        """ "All" and the statuses exclude each other; with nothing chosen, "All" comes back."""
        all_button = self.status_buttons[_ALL]
        with QSignalBlocker(self.status_group):
            if button is all_button and checked:
                for other in self._status_only_buttons():
                    other.setChecked(False)
            elif button is not all_button and checked:
                all_button.setChecked(False)
            elif not any(other.isChecked() for other in self._status_only_buttons()):
                all_button.setChecked(True)  # nothing chosen (the last status, or "All" itself, un-ticked)
        self.statuses_changed.emit(self.chosen_statuses())

    def _status_only_buttons(self) -> list[QToolButton]:
        return [button for key, button in self.status_buttons.items() if key != _ALL]

    def chosen_statuses(self) -> list:
        """The chosen statuses (Status values, "reconnect"), [] for all."""
        return [
            VehicleFilterProxy.RECONNECT if key == VehicleFilterProxy.RECONNECT else Status(key)
            for key, button in self.status_buttons.items()
            if key != _ALL and button.isChecked()
        ]

    def choose(self, *keys: str) -> None:
        """Chooses exactly these filter buttons: "all", Status values, "reconnect"."""
        with QSignalBlocker(self.status_group):
            for key, button in self.status_buttons.items():
                button.setChecked(key in keys)
        self.statuses_changed.emit(self.chosen_statuses())

    def show_counts(self, counts: dict) -> None:
        for key, button in self.status_buttons.items():
            count = counts.get(key, 0)  # Status is a StrEnum: "overdue" finds Status.OVERDUE
            button.setText(f"{button.property('label')} ({whole_number(count)})")
