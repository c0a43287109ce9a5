"""The front desk says what drives a car (for a car Smartcar does not describe, e.g. on API v2): the
service plan follows it, so an electric car gets no oil change and no engine air filter."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from shopapp.domain.powertrain import Powertrain
from shopapp.i18n import fill
from shopapp.ui.dialogs.powertrain_choice import powertrain_name
from shopapp.ui.dialogs.radio_column import radio_column


class PowertrainDialog(QDialog):
    """Attributes: buttons (one radio per powertrain, and `not_known_button`), button_box. chosen() is the
    choice once accepted (None: not known)."""

    def __init__(self, car_title: str, current: Powertrain | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Powertrain of %1"), car_title))
        intro = QLabel(
            self.tr(
                "What drives this car? The service plan follows it: by default an electric car gets no oil change and no engine air filter, a hybrid gets both."  # noqa: E501 (one literal for lupdate)
            )
        )
        intro.setWordWrap(True)
        box = QGroupBox(self.tr("Powertrain"))
        self.buttons = {powertrain: QRadioButton(powertrain_name(powertrain)) for powertrain in Powertrain}
        self.not_known_button = QRadioButton(self.tr("Not known (every task of the plan applies)"))
        self._group = radio_column(box, *self.buttons.values(), self.not_known_button)
        (self.buttons[current] if current is not None else self.not_known_button).setChecked(True)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(420)

    def chosen(self) -> Powertrain | None:
        return next((powertrain for powertrain, button in self.buttons.items() if button.isChecked()), None)
