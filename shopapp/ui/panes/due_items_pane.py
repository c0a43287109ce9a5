"""Due items: every task and alert of the vehicle with its status badge, reason and due date/odometer."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QTableWidgetItem, QVBoxLayout, QWidget

from shopapp.domain.due import DueItem
from shopapp.domain.units import DistanceUnit
from shopapp.services.vehicle_detail import VehicleDetail
from shopapp.ui.display import STATUS_LOOKS
from shopapp.ui.panes.detail_table_widget import Cell, DetailTableWidget, badge_item
from shopapp.ui.panes.pane_labels import NoticeWidget
from shopapp.ui.panes.pane_style import make_muted
from shopapp.ui.panes.pane_text import due_reason_text, due_when_text

NO_ITEMS = "Nothing on the service plan for this vehicle yet"
HEADERS = ("Status", "Item", "Reason", "Due")


class DueItemsPane(QWidget):
    """Attributes: summary_label ("2 items need action"), table (most urgent first), notice_label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary_label = make_muted(QLabel())
        self.table = DetailTableWidget(HEADERS, stretch_column=2)
        self.notice_label = NoticeWidget(NO_ITEMS)

        items = QWidget()
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.summary_label)
        items_layout.addWidget(self.table, 1)
        self._pages = QStackedWidget()
        self._items_page = self._pages.addWidget(items)
        self._notice_page = self._pages.addWidget(self.notice_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self._pages)

    @property
    def showing_notice(self) -> bool:
        return self._pages.currentIndex() == self._notice_page

    def show_vehicle(self, detail: VehicleDetail, unit: DistanceUnit, now: datetime | None = None) -> None:
        today = now.astimezone().date() if now else date.today()
        items = detail.due_items  # already most urgent first, as the list and the letters order them
        if not items:
            self._pages.setCurrentIndex(self._notice_page)
            self.table.set_rows([])
            return
        action = sum(1 for item in items if item.needs_action)
        hidden = sum(1 for item in items if item.suppressed)
        summary = f"{action} item{'s' if action != 1 else ''} need{'s' if action == 1 else ''} action"
        if action == 0:
            summary = "Nothing needs action"
        if hidden:
            summary += f" · {hidden} hidden from the due list by the front desk"
        self.summary_label.setText(summary)
        self.table.set_rows([self._row(item, unit, today) for item in items])
        self._pages.setCurrentIndex(self._items_page)

    @staticmethod
    def _row(item: DueItem, unit: DistanceUnit, today: date) -> list[Cell]:
        look = STATUS_LOOKS[item.status]
        cells: list[Cell] = [
            badge_item(look.badge, look.colour, look.text_colour),
            item.item,
            due_reason_text(item),
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
