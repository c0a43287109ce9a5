"""Due items: every task and alert of the vehicle with its status badge, reason and due date/odometer."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from shopapp.domain.due import DueItem
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_words import item_name
from shopapp.services.vehicle_detail import VehicleDetail
from shopapp.ui.dialogs.snooze_dialog import SnoozeDialog
from shopapp.ui.display import item_look, local_day
from shopapp.ui.panes.detail_table_widget import Cell, DetailTableWidget, badge_item
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_widget
from shopapp.ui.panes.pane_style import make_muted
from shopapp.ui.panes.pane_text import due_reason_text, due_when_text
from shopapp.ui.row_menu import pop_up_row_menu


class DueItemsPane(NoticePane):
    """The car's items, most urgent first, with the front desk's snooze / dismiss / show again for the
    selected one (buttons under the table, and the table's context menu). The pane never writes: it asks.

    Signals: snooze_requested(str, int): item key and number of days; dismiss_requested(str): hide the
    item until the next service; show_again_requested(str): undo a snooze or dismissal.
    Attributes: summary_label ("2 items need action"), table (most urgent first), notice_label,
    snooze_button, dismiss_button, show_again_button, snooze_dialog (the last one opened), items (shown).
    """

    snooze_requested = Signal(str, int)
    dismiss_requested = Signal(str)
    show_again_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[DueItem, ...] = ()
        self.snooze_dialog: SnoozeDialog | None = None
        self._setup_ui()
        self._connect_signals()
        self._update_buttons()

    def _setup_ui(self) -> None:
        self.summary_label = make_muted(QLabel())
        headers = (self.tr("Status"), self.tr("Item"), self.tr("Reason"), self.tr("Due"))
        self.table = DetailTableWidget(headers, stretch_column=2)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.notice_label = NoticeWidget(self.tr("Nothing on the service plan for this vehicle yet"))
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.snooze_button.setToolTip(
            self.tr(
                "Hide the selected item from the due list and the letters for some days (its due date stays)"
            )
        )
        self.dismiss_button = QPushButton(self.tr("Dismiss until next service"))
        self.dismiss_button.setToolTip(
            self.tr("Hide the selected item until a service is recorded for the car (its due date stays)")
        )
        self.show_again_button = QPushButton(self.tr("Show again"))
        self.show_again_button.setToolTip(self.tr("Put the selected hidden item back on the due list"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.show_again_button)
        buttons.addStretch(1)

        items = column_widget(self.summary_label, self.table, buttons, grow=self.table)
        self._pages = ContentOrNoticeWidget.filling(self, items, self.notice_label)

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.customContextMenuRequested.connect(self._on_table_custom_context_menu_requested)
        self.snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.show_again_button.clicked.connect(self._on_show_again_button_clicked)

    def selected_item(self) -> DueItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.items):
            return None
        return self.items[rows[0].row()]

    def select_item(self, key: str) -> bool:
        for position, item in enumerate(self.items):
            if item.key == key:
                self.table.selectRow(position)
                return True
        return False

    def show_vehicle(self, detail: VehicleDetail, unit: DistanceUnit, now: datetime | None = None) -> None:
        today = local_day(now)
        selected = self.selected_item()
        items = detail.due_items  # already most urgent first, as the list and the letters order them
        self.items = tuple(items)
        if not items:
            self._pages.show_notice()
            self.table.set_rows([])
            self._update_buttons()
            return
        action = sum(1 for item in items if item.needs_action)
        hidden = sum(1 for item in items if item.suppressed)
        parts = [
            self.tr("%n item(s) need(s) action", "", action) if action else self.tr("Nothing needs action")
        ]
        if hidden:
            parts.append(self.tr("%n hidden from the due list by the front desk", "", hidden))
        self.summary_label.setText(" · ".join(parts))
        self.table.set_rows([self._row(item, unit, today) for item in items])
        self._pages.show_content()
        # The same item stays selected when the car is shown again (after a snooze, say).
        if selected is None or not self.select_item(selected.key):
            self.table.clearSelection()
        self._update_buttons()

    # -- the front desk's choices ---------------------------------------------------------------------

    @staticmethod
    def can_hide(item: DueItem | None) -> bool:
        return item is not None and item.needs_action

    @staticmethod
    def can_show_again(item: DueItem | None) -> bool:
        return item is not None and item.suppressed is not None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.snooze_button.setEnabled(self.can_hide(item))
        self.dismiss_button.setEnabled(self.can_hide(item))
        self.show_again_button.setEnabled(self.can_show_again(item))

    def _on_table_custom_context_menu_requested(self, position: QPoint) -> None:
        pop_up_row_menu(self.table, position, self.context_menu)

    def context_menu(self) -> QMenu:
        """The selected item's actions (what the buttons do), for a right click on its row."""
        item = self.selected_item()
        menu = QMenu(self)
        for button, enabled, slot in (
            (self.snooze_button, self.can_hide(item), self._on_snooze_button_clicked),
            (self.dismiss_button, self.can_hide(item), self._on_dismiss_button_clicked),
            (self.show_again_button, self.can_show_again(item), self._on_show_again_button_clicked),
        ):
            action = QAction(button.text(), menu)  # the same words as the buttons under the table
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            menu.addAction(action)
        return menu

    def _on_snooze_button_clicked(self) -> None:
        item = self.selected_item()
        if not self.can_hide(item):
            return
        assert item is not None
        dialog = SnoozeDialog(item.key, item_name(item), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.snooze_chosen.connect(self.snooze_requested)
        self.snooze_dialog = dialog
        dialog.open()

    def _on_dismiss_button_clicked(self) -> None:
        item = self.selected_item()
        if self.can_hide(item):
            assert item is not None
            self.dismiss_requested.emit(item.key)

    def _on_show_again_button_clicked(self) -> None:
        item = self.selected_item()
        if self.can_show_again(item):
            assert item is not None
            self.show_again_requested.emit(item.key)

    @staticmethod
    def _row(item: DueItem, unit: DistanceUnit, today: date) -> list[Cell]:
        look = item_look(item)
        cells: list[Cell] = [
            badge_item(look.badge, look.colour, look.text_colour),
            item_name(item),
            due_reason_text(item, unit, today),
            due_when_text(item, unit, today),
        ]
        if item.suppressed:
            # Hidden items stay listed (the desk may want to undo it) but read as set aside.
            font = QFont()
            font.setItalic(True)
            for column in (1, 2, 3):
                cell = QTableWidgetItem(str(cells[column]))
                cell.setFont(font)
                cells[column] = cell
        return cells
