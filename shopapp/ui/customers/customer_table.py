"""The customer list as a Qt item model, and the proxy that searches it. Thin adapters over CustomerEntry
(shopapp.services.customer_book): the search and the last-name order are the domain's."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from shopapp.domain.customer_order import matches
from shopapp.services.customer_book import CustomerEntry
from shopapp.ui.display import UNKNOWN, day_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the CustomerEntry itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class CustomerColumn(IntEnum):
    NAME = 0
    CONTACT = 1
    CARS = 2
    LAST_VISIT = 3


_TITLES = {
    CustomerColumn.NAME: QT_TRANSLATE_NOOP("CustomerTable", "Customer"),
    CustomerColumn.CONTACT: QT_TRANSLATE_NOOP("CustomerTable", "Phone or email"),
    CustomerColumn.CARS: QT_TRANSLATE_NOOP("CustomerTable", "Cars"),
    CustomerColumn.LAST_VISIT: QT_TRANSLATE_NOOP("CustomerTable", "Last visit"),
}


def cars_text(entry: CustomerEntry) -> str:
    """ "2021 Toyota Camry (ABC 123), 2018 Ford Focus"; "no car yet" for a customer without one."""
    if not entry.cars:
        return QCoreApplication.translate("CustomerTable", "no car yet")
    return ", ".join(f"{car.title} ({car.plate})" if car.plate else car.title for car in entry.cars)


def contact_text(entry: CustomerEntry) -> str:
    """The phone, else the email: one short value keeps the cars in sight (both are in the tooltip)."""
    return entry.phone or entry.email or UNKNOWN


def contact_tooltip(entry: CustomerEntry) -> str:
    return "\n".join(value for value in (entry.phone, entry.email) if value) or UNKNOWN


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[CustomerEntry] = []

    def set_entries(self, entries: Sequence[CustomerEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[CustomerEntry]:
        return self._entries

    def row_of(self, customer_id: int) -> int | None:
        return next(
            (row for row, entry in enumerate(self._entries) if entry.customer_id == customer_id), None
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CustomerColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CustomerTable", str(_TITLES[CustomerColumn(section)]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = CustomerColumn(index.column())
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == CustomerColumn.NAME:
                return entry.name
            if column == CustomerColumn.CONTACT:
                return contact_text(entry) if role == Qt.ItemDataRole.DisplayRole else contact_tooltip(entry)
            if column == CustomerColumn.CARS:
                return (
                    cars_text(entry)
                    if role == Qt.ItemDataRole.DisplayRole
                    else "\n".join(cars_text(entry).split(", "))
                )
            return day_text(entry.last_visit) if entry.last_visit else UNKNOWN
        if role == Qt.ItemDataRole.ForegroundRole and column == CustomerColumn.CARS and not entry.cars:
            return Qt.GlobalColor.darkGray
        if role == SORT_ROLE:
            if column == CustomerColumn.NAME:
                return f"{entry.sort_key[0]}\x00{entry.sort_key[1]}"
            if column == CustomerColumn.CONTACT:
                return contact_text(entry).casefold()
            if column == CustomerColumn.CARS:
                return len(entry.cars)
            return entry.last_visit.isoformat() if entry.last_visit else ""
        return None


class CustomerFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose customer matches every word of the search (customer_order.matches)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, query: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 replaced invalidateRowsFilter
            self.beginFilterChange()
            self._query = query
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._query = query
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._query.strip():
            return True
        model = self.sourceModel()
        entry = model.index(source_row, 0, source_parent).data(ENTRY_ROLE)
        return entry is not None and matches(entry.haystack, self._query)
