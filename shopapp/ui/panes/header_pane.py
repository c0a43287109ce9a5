"""The top of the detail: who owns the car, which car it is, and whether its Smartcar link still works."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from shopapp.i18n import fill
from shopapp.services.vehicle_detail import VehicleDetail
from shopapp.ui.panes.pane_labels import ElidedLabelWidget
from shopapp.ui.panes.pane_style import NOTE_BANNER, WARNING_BANNER, make_heading, make_muted
from shopapp.ui.panes.pane_text import (
    NEEDS_RECONNECT,
    connection_text,
    contact_text,
    desk_reading_text,
    refresh_text,
    vehicle_text,
)


class VehicleHeaderPane(QFrame):
    """Customer, vehicle and connection of the vehicle shown.

    Attributes: name_label, contact_label, vehicle_label, status_label (connection and last refresh),
    reconnect_label (the banner shown when the customer must reconnect), error_label (the last refresh's
    error, when there is one).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.name_label = make_heading(ElidedLabelWidget(), 1.35)
        self.contact_label = ElidedLabelWidget()
        self.vehicle_label = make_heading(ElidedLabelWidget(), 1.05)
        self.status_label = make_muted(ElidedLabelWidget())
        self.reconnect_label = self._banner(WARNING_BANNER)
        self.error_label = self._banner(NOTE_BANNER)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 6)
        layout.setSpacing(3)
        layout.addWidget(self.name_label)
        layout.addWidget(self.contact_label)
        layout.addSpacing(4)
        layout.addWidget(self.vehicle_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.reconnect_label)
        layout.addWidget(self.error_label)

    @staticmethod
    def _banner(style: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # reasons and errors come from outside: never markup
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def show_vehicle(self, detail: VehicleDetail, now: datetime | None = None) -> None:
        self.name_label.setText(detail.customer_name.strip() or self.tr("Unnamed customer"))
        self.contact_label.setText(contact_text(detail.customer_phone, detail.customer_email))
        self.vehicle_label.setText(vehicle_text(detail.title, detail.plate, detail.vin))
        needs_reconnect = detail.connection_state == NEEDS_RECONNECT
        if detail.kept_at_desk:  # kept at the desk: when its odometer was read off the dashboard
            status = desk_reading_text(detail.data_as_of, now, in_header=True)
        else:
            link = (
                ""
                if needs_reconnect
                else f"{connection_text(detail.connection_state, detail.connection_reason)} · "
            )
            status = link + refresh_text(detail.last_refresh_at, now, detail.data_as_of)
        self.status_label.setText(status)
        # The symbol and the words carry the message; the red banner only makes it hard to miss.
        self.reconnect_label.setText(
            "▲ " + connection_text(detail.connection_state, detail.connection_reason)
            if needs_reconnect
            else ""
        )
        self.reconnect_label.setVisible(needs_reconnect)
        error = detail.last_error.strip()
        self.error_label.setText(
            fill(self.tr("The last refresh reported a problem: %1"), error) if error else ""
        )
        self.error_label.setVisible(bool(error))
