"""Service history: what was done to the car, by this shop or (through Smartcar) by a dealer or other shop;
the shop's own records can be corrected or deleted from here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.services.vehicle_detail import ServiceEntry, VehicleDetail
from shopapp.ui.display import day_text, distance_text, local_day
from shopapp.ui.panes.detail_table_widget import Cell, DetailTableWidget
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_widget
from shopapp.ui.panes.pane_style import make_muted
from shopapp.ui.panes.pane_text import money_text, service_source_text, service_work_text
from shopapp.ui.row_menu import pop_up_row_menu


class ServiceHistoryPane(NoticePane):
    """The car's services, newest first, with "Edit service…" and "Delete service" for a selected record
    the shop entered (buttons under the table, and the table's context menu). The pane never writes: it
    asks.

    Signals: edit_requested(int), delete_requested(int): the record id of the selected service.
    Attributes: summary_label, table (newest first), notice_label (instead of the table when empty),
    edit_button, delete_button, entries (shown, in table order).
    """

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[ServiceEntry, ...] = ()
        self._setup_ui()
        self._connect_signals()
        self._update_buttons()

    def _setup_ui(self) -> None:
        self.summary_label = make_muted(QLabel())
        headers = (
            self.tr("Date"),
            self.tr("Odometer"),
            self.tr("Work done"),
            self.tr("Cost"),
            self.tr("Source"),
        )
        self.table = DetailTableWidget(headers, stretch_column=2, right_aligned=(1, 3))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.notice_label = NoticeWidget(self.tr("No services on record"))
        self.edit_button = QPushButton(self.tr("Edit service…"))
        self.edit_button.setToolTip(
            self.tr("Correct the date, odometer, work or cost of a service the shop recorded")
        )
        self.delete_button = QPushButton(self.tr("Delete service"))
        self.delete_button.setToolTip(
            self.tr("Delete a service the shop recorded by mistake (it can be undone from the status bar)")
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        services = column_widget(self.summary_label, self.table, buttons, grow=self.table)
        self._pages = ContentOrNoticeWidget.filling(self, services, self.notice_label)

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

    def show_vehicle(
        self, detail: VehicleDetail, unit: DistanceUnit, currency: str, now: datetime | None = None
    ) -> None:
        """Costs as paid; one that names no currency (the front desk's own) is in `currency`, the shop's."""
        today = local_day(now)
        selected = self.selected_entry()
        if not detail.services:
            self.entries = ()
            self._pages.show_notice()
            self.table.set_rows([])
            self._update_buttons()
            return
        entries = sorted(detail.services, key=lambda entry: entry.performed_on, reverse=True)
        self.entries = tuple(entries)
        self.summary_label.setText(
            fill(
                self.tr("%n service(s) on record, the latest on %1", "", len(entries)),
                day_text(entries[0].performed_on, today),
            )
        )
        self.table.set_rows([self._row(entry, unit, currency, today) for entry in entries])
        self._pages.show_content()
        if selected is None or not self.select_record(selected.record_id):
            self.table.clearSelection()
        self._update_buttons()

    def selected_entry(self) -> ServiceEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select_record(self, record_id: int) -> bool:
        for position, entry in enumerate(self.entries):
            if entry.record_id == record_id:
                self.table.selectRow(position)
                return True
        return False

    @staticmethod
    def can_change(entry: ServiceEntry | None) -> bool:
        """Only what the shop entered itself: the maker's history is the maker's."""
        return entry is not None and entry.source == "shop" and entry.record_id > 0

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self.can_change(entry))
        why = "" if entry is None or self.can_change(entry) else self._why_not()
        for button in (self.edit_button, self.delete_button):
            button.setStatusTip(why)
        self.edit_button.setVisible(bool(self.entries))
        self.delete_button.setVisible(bool(self.entries))

    def _why_not(self) -> str:
        return self.tr("Only services the shop recorded can be changed; this one is from the car's history.")

    def _on_table_custom_context_menu_requested(self, position: QPoint) -> None:
        pop_up_row_menu(self.table, position, self.context_menu)

    def context_menu(self) -> QMenu:
        """The selected service's actions (what the buttons do), for a right click on its row."""
        entry = self.selected_entry()
        menu = QMenu(self)
        for button, slot in (
            (self.edit_button, self._on_edit_button_clicked),
            (self.delete_button, self._on_delete_button_clicked),
        ):
            action = QAction(button.text(), menu)  # the same words as the buttons under the table
            action.setEnabled(self.can_change(entry))
            action.triggered.connect(slot)
            menu.addAction(action)
        if entry is not None and not self.can_change(entry):
            menu.addSeparator()
            note = menu.addAction(self._why_not())
            note.setEnabled(False)
        return menu

    def _on_edit_button_clicked(self) -> None:
        entry = self.selected_entry()
        if self.can_change(entry):
            assert entry is not None
            self.edit_requested.emit(entry.record_id)

    def _on_delete_button_clicked(self) -> None:
        entry = self.selected_entry()
        if self.can_change(entry):
            assert entry is not None
            self.delete_requested.emit(entry.record_id)

    @staticmethod
    def _row(entry: ServiceEntry, unit: DistanceUnit, currency: str, today: date) -> list[Cell]:
        return [
            day_text(entry.performed_on, today),
            distance_text(entry.odometer_km, unit),
            service_work_text(entry.tasks, entry.notes),
            money_text(entry.cost_cents, entry.currency, currency),
            service_source_text(entry.source),
        ]
