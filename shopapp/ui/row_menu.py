"""A right-click on a table row: the row becomes the selection (unless it is part of a wider selection
already, so a menu can act on several rows) and the row's menu opens where the pointer is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView


def pop_up_row_menu(table: QTableView, point: QPoint, menu_for_selection: Callable[[], QMenu]) -> None:
    """Opens `menu_for_selection()` for the row under `point` (a viewport position, as the table's
    customContextMenuRequested gives it); nothing below the last row opens nothing."""
    index = table.indexAt(point)
    if not index.isValid():
        return
    selection = table.selectionModel()
    if not selection.isRowSelected(index.row(), index.parent()):
        table.selectRow(index.row())
    menu = menu_for_selection()
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(table.viewport().mapToGlobal(point))
