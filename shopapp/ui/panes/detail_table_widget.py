"""A read-only table for a pane's short lists (services, systems, due items: tens of rows, not thousands)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

Cell = str | QTableWidgetItem
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (fill, text colour) of a status badge drawn as a pill
_PILL_PADDING = 8
_ROW_MARGIN = 5
_COLUMN_SHARE = 0.26  # of the table's width, for any one column but the stretching one
_NARROWEST_CAP = 90  # px: a column may always be this wide (a status badge, a date)


class BadgeDelegate(QStyledItemDelegate):
    """Draws cells that carry BADGE_ROLE as a rounded pill (symbol and word on the status colour), the rest
    as usual: a badge the size of its words reads better than a whole cell flooded with colour."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The row's background fills the whole cell; the text sits inside a margin, so wrapped lines of
        # neighbouring rows never touch.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        text, background.text = background.text, ""
        widget = background.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        colours = index.data(BADGE_ROLE)
        if not colours:
            inner = QStyleOptionViewItem(option)
            inner.rect = option.rect.adjusted(0, _ROW_MARGIN, 0, -_ROW_MARGIN)
            super().paint(painter, inner, index)
            return
        fill, text_colour = colours
        metrics = QFontMetrics(background.font)
        height = metrics.height() + 4
        pill = QRectF(
            option.rect.left() + 4,
            option.rect.top() + _ROW_MARGIN - 2,
            min(metrics.horizontalAdvance(text) + 2 * _PILL_PADDING, option.rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(background.font)
        painter.setPen(text_colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index) + QSize(0, 2 * _ROW_MARGIN)
        if index.data(BADGE_ROLE):
            size += QSize(2 * _PILL_PADDING, 0)
        return size


class DetailTableWidget(QTableWidget):
    """Wraps long text (reasons, descriptions, work done) and grows each row to fit it, so nothing is cut.

    stretch_column takes the width left over; the other columns fit their contents, each up to a share of
    the table's width (a long item name wraps rather than squeezing the reason to a letter a line in a
    narrow pane). With fit_rows the table is exactly as tall as its rows and never scrolls itself (for a
    table inside a scrolling column).
    """

    def __init__(
        self,
        headers: Sequence[str],
        *,
        stretch_column: int,
        right_aligned: Sequence[int] = (),
        fit_rows: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(headers), parent)
        self._fit_rows = fit_rows
        self._stretch_column = stretch_column
        self._right_aligned = frozenset(right_aligned)
        # Column widths settle over several layout passes; fit the rows once they have settled.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._setup_ui(headers)
        self._connect_signals()

    def _setup_ui(self, headers: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(headers))
        self.setItemDelegate(BadgeDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column in self._right_aligned:
            header_item = self.horizontalHeaderItem(column)
            if header_item is not None:  # a column without a label has no header item to align
                header_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.columnCount()):
            mode = QHeaderView.ResizeMode.Interactive  # sized by _fit_columns
            if column == self._stretch_column:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        if self._fit_rows:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _connect_signals(self) -> None:
        # A column that changes width re-wraps its text: the rows must follow or they would clip it.
        self.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        self._fit_timer.timeout.connect(self._fit_heights)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, cell in enumerate(cells):
                item = cell if isinstance(cell, QTableWidgetItem) else QTableWidgetItem(cell)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                # Numbers right-aligned so their digits line up; everything at the top of a wrapped row.
                horizontal = (
                    Qt.AlignmentFlag.AlignRight
                    if column in self._right_aligned
                    else Qt.AlignmentFlag.AlignLeft
                )
                item.setTextAlignment(horizontal | Qt.AlignmentFlag.AlignTop)
                self.setItem(row, column, item)
        self._fit_heights()

    def cell_texts(self) -> list[list[str]]:
        """What each row shows, for a quick look in tests and logs."""
        return [
            [item.text() if (item := self.item(row, column)) else "" for column in range(self.columnCount())]
            for row in range(self.rowCount())
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _on_header_section_resized(self, _index: int, _old: int, _new: int) -> None:
        self._fit_timer.start()

    def _fit_columns(self) -> None:
        """Each column but the stretching one as wide as its widest cell or title, at most its share."""
        header = self.horizontalHeader()
        most = max(_NARROWEST_CAP, round(self.viewport().width() * _COLUMN_SHARE))
        for column in range(self.columnCount()):
            if column != self._stretch_column:
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, min(wanted, most))

    def _fit_heights(self) -> None:
        self._fit_columns()
        self.resizeRowsToContents()
        if self._fit_rows:
            rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
            self.setFixedHeight(
                self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + 2
            )


def badge_item(text: str, background: QColor, foreground: QColor, *, bold: bool = True) -> QTableWidgetItem:
    """A status cell: symbol and word (readable without colour) on a pill of the status colour."""
    item = QTableWidgetItem(text)
    item.setData(BADGE_ROLE, (QColor(background), QColor(foreground)))
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item
