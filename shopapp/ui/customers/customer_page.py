"""One customer's page: contact details, postal address, preferred contact and notes; their cars, the
services done on them and the letters sent, each in a tab; and the buttons for what the front desk does with
a customer or one of their cars."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.services.customer_book import SHOP_SOURCE, CarOnPage, CustomerPage, ServiceOnPage
from shopapp.ui.display import UNKNOWN, day_text, distance_text, local_day, moment_text
from shopapp.ui.panes.detail_table_widget import DetailTableWidget
from shopapp.ui.panes.pane_style import make_muted
from shopapp.ui.panes.pane_text import money_text, service_source_text, service_work_text
from shopapp.ui.row_menu import pop_up_row_menu

_CONTACT_WAYS = {  # customer.preferred_contact as stored -> words
    "letter": QT_TRANSLATE_NOOP("CustomerPageWidget", "Letter"),
    "email": QT_TRANSLATE_NOOP("CustomerPageWidget", "Email"),
    "sms": QT_TRANSLATE_NOOP("CustomerPageWidget", "Text message"),
    "phone": QT_TRANSLATE_NOOP("CustomerPageWidget", "Phone call"),
}


def contact_way_text(way: str) -> str:
    known = _CONTACT_WAYS.get(way)
    return QCoreApplication.translate("CustomerPageWidget", str(known)) if known else (way or UNKNOWN)


class CustomerPageWidget(QWidget):
    """Shows a CustomerPage (show_customer), or a line saying to choose one (clear). A letter's channel reads
    in the words of the preferred contact.

    Signals (with the customer's or the car's id): edit_customer_requested, add_car_requested,
    merge_requested, remove_customer_requested, edit_car_requested, move_car_requested,
    remove_car_requested.
    Attributes: name_label, phone_label, email_label, address_label, preferred_label, notes_label, tabs,
    cars_table, services_table, letters_table, and the buttons (edit_button, add_car_button, merge_button,
    remove_customer_button, edit_car_button, move_car_button, remove_car_button); page (the shown one).
    """

    edit_customer_requested = Signal(int)
    add_car_requested = Signal(int)
    merge_requested = Signal(int)
    remove_customer_requested = Signal(int)
    edit_car_requested = Signal(int)
    move_car_requested = Signal(int)
    remove_car_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: CustomerPage | None = None
        self._setup_ui()
        self._connect_signals()
        self.clear()

    def _setup_ui(self) -> None:
        self.empty_label = make_muted(QLabel(self.tr("Choose a customer in the list to see their page.")))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)
        self.phone_label, self.email_label, self.address_label, self.preferred_label, self.notes_label = (
            self._value_label() for _ in range(5)
        )
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        details.addRow(self.tr("Phone:"), self.phone_label)
        details.addRow(self.tr("Email:"), self.email_label)
        details.addRow(self.tr("Address:"), self.address_label)
        details.addRow(self.tr("Preferred contact:"), self.preferred_label)
        details.addRow(self.tr("Notes:"), self.notes_label)
        self.edit_button = QPushButton(self.tr("Edit customer…"))
        self.add_car_button = QPushButton(self.tr("Add car…"))
        self.merge_button = QPushButton(self.tr("Merge with…"))
        self.merge_button.setToolTip(self.tr("Make one customer of this one and a duplicate of theirs"))
        self.remove_customer_button = QPushButton(self.tr("Remove customer…"))
        customer_buttons = QHBoxLayout()
        for button in (self.edit_button, self.add_car_button, self.merge_button):
            customer_buttons.addWidget(button)
        customer_buttons.addStretch(1)
        customer_buttons.addWidget(self.remove_customer_button)

        self.cars_table = DetailTableWidget(
            (self.tr("Car"), self.tr("Plate"), self.tr("Odometer")),
            stretch_column=0,
            right_aligned=(2,),
        )
        self.cars_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit_car_button = QPushButton(self.tr("Edit car…"))
        self.move_car_button = QPushButton(self.tr("Move car to…"))
        self.move_car_button.setToolTip(self.tr("Give the car, with its history, to another customer"))
        self.remove_car_button = QPushButton(self.tr("Remove car…"))
        car_buttons = QHBoxLayout()
        car_buttons.addWidget(self.edit_car_button)
        car_buttons.addWidget(self.move_car_button)
        car_buttons.addStretch(1)
        car_buttons.addWidget(self.remove_car_button)
        cars = QWidget()
        cars_layout = QVBoxLayout(cars)
        cars_layout.addWidget(self.cars_table, 1)
        cars_layout.addLayout(car_buttons)
        self.no_cars_label = make_muted(QLabel(self.tr("No car yet: use “Add car…” to enter one by hand.")))
        self.no_cars_label.setWordWrap(True)
        cars_layout.insertWidget(0, self.no_cars_label)

        self.services_table = DetailTableWidget(
            (
                self.tr("Date"),
                self.tr("Car"),
                self.tr("Work done"),
                self.tr("Odometer"),
                self.tr("Cost"),
            ),
            stretch_column=2,
            right_aligned=(3, 4),
        )
        self.letters_table = DetailTableWidget(
            (self.tr("Sent"), self.tr("By"), self.tr("Cars in it")), stretch_column=2
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(cars, "")
        self.tabs.addTab(self.services_table, "")
        self.tabs.addTab(self.letters_table, "")

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.name_label)
        content_layout.addLayout(details)
        content_layout.addLayout(customer_buttons)
        content_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.content, 1)

    def _value_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _connect_signals(self) -> None:
        def customer(signal):
            return lambda: self.page is not None and signal.emit(self.page.customer_id)

        def car(signal):
            return lambda: (chosen := self.selected_car()) is not None and signal.emit(chosen.vehicle_id)

        self.edit_button.clicked.connect(customer(self.edit_customer_requested))
        self.add_car_button.clicked.connect(customer(self.add_car_requested))
        self.merge_button.clicked.connect(customer(self.merge_requested))
        self.remove_customer_button.clicked.connect(customer(self.remove_customer_requested))
        self.edit_car_button.clicked.connect(car(self.edit_car_requested))
        self.move_car_button.clicked.connect(car(self.move_car_requested))
        self.remove_car_button.clicked.connect(car(self.remove_car_requested))
        self.cars_table.itemSelectionChanged.connect(self._update_car_buttons)
        self.cars_table.itemDoubleClicked.connect(lambda _item: car(self.edit_car_requested)())
        self.cars_table.customContextMenuRequested.connect(self._on_cars_table_context_menu)

    # -- showing -----------------------------------------------------------------------------------------

    def clear(self) -> None:
        """No customer chosen: a line saying to choose one."""
        self.page = None
        self.empty_label.show()
        self.content.hide()

    def show_customer(self, page: CustomerPage, unit: DistanceUnit, currency: str) -> None:
        chosen = (
            self.selected_car()
            if self.page is not None and self.page.customer_id == page.customer_id
            else None
        )
        self.page = page
        self.empty_label.hide()
        self.content.show()
        today = local_day(None)
        self.name_label.setText(page.name)
        self.phone_label.setText(page.phone or UNKNOWN)
        self.email_label.setText(page.email or UNKNOWN)
        self.address_label.setText("\n".join(page.address_lines) or UNKNOWN)
        self.preferred_label.setText(contact_way_text(page.preferred_contact))
        self.notes_label.setText(page.notes or UNKNOWN)
        self.cars_table.set_rows([self._car_row(car, unit) for car in page.cars])
        self.cars_table.setVisible(bool(page.cars))
        self.no_cars_label.setVisible(not page.cars)
        self.services_table.set_rows(
            [
                [
                    day_text(service.performed_on, today),
                    service.car_title,
                    self._work_text(service),
                    distance_text(service.odometer_km, unit),
                    money_text(service.cost_cents, service.currency, currency),
                ]
                for service in page.services
            ]
        )
        self.services_table.setColumnHidden(1, len(page.cars) < 2)  # one car: the column would repeat it
        self.letters_table.set_rows(
            [
                [
                    moment_text(letter.sent_at, today),
                    contact_way_text(letter.channel),
                    ", ".join(letter.car_titles) or UNKNOWN,
                ]
                for letter in page.letters
            ]
        )
        self.tabs.setTabText(0, fill(self.tr("Cars (%1)"), len(page.cars)))
        self.tabs.setTabText(1, fill(self.tr("Services (%1)"), len(page.services)))
        self.tabs.setTabText(2, fill(self.tr("Letters sent (%1)"), len(page.letters)))
        if page.cars:
            ids = [car.vehicle_id for car in page.cars]
            self.cars_table.selectRow(
                ids.index(chosen.vehicle_id) if chosen and chosen.vehicle_id in ids else 0
            )
        self._update_car_buttons()

    def _work_text(self, service: ServiceOnPage) -> str:
        """The tasks, and who did them when it was not this shop (a column of its own would squeeze them)."""
        work = service_work_text(service.tasks, "")
        if service.source == SHOP_SOURCE:
            return work
        return work + "\n" + fill(self.tr("Done by: %1"), service_source_text(service.source))

    def _car_row(self, car: CarOnPage, unit: DistanceUnit) -> list[str]:
        """The title over its VIN and how the shop knows the car: in the one wide column, a VIN is never
        cut."""
        known_by = self.tr("linked through Smartcar") if car.connected else self.tr("entered at the desk")
        second = fill(self.tr("VIN %1 · %2"), car.vin, known_by) if car.vin else known_by
        return [f"{car.title}\n{second}", car.plate or UNKNOWN, distance_text(car.odometer_km, unit)]

    def selected_car(self) -> CarOnPage | None:
        if self.page is None:
            return None
        rows = self.cars_table.selectionModel().selectedRows() if self.cars_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.page.cars):
            return None
        return self.page.cars[rows[0].row()]

    def select_car(self, vehicle_id: int) -> bool:
        if self.page is None:
            return False
        ids = [car.vehicle_id for car in self.page.cars]
        if vehicle_id not in ids:
            return False
        self.cars_table.selectRow(ids.index(vehicle_id))
        return True

    def _update_car_buttons(self) -> None:
        has_car = self.selected_car() is not None
        for button in (self.edit_car_button, self.move_car_button, self.remove_car_button):
            button.setEnabled(has_car)

    def car_menu(self) -> QMenu:
        """The selected car's actions (its right-click menu)."""
        menu = QMenu(self)
        for button in (self.edit_car_button, self.move_car_button, self.remove_car_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        return menu

    def _on_cars_table_context_menu(self, point: QPoint) -> None:
        pop_up_row_menu(self.cars_table, point, self.car_menu)
