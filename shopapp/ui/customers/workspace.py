"""The Customers workspace: every customer in a searchable list sorted by last name, beside the chosen
customer's page. It shows what it is given; CustomerBookFlow reads and writes for it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopapp.i18n import fill
from shopapp.services.customer_book import CustomerEntry
from shopapp.ui.customers.customer_page import CustomerPageWidget
from shopapp.ui.customers.customer_table import (
    ENTRY_ROLE,
    CustomerColumn,
    CustomerFilterProxy,
    CustomerTableModel,
)
from shopapp.ui.panes.pane_style import make_muted
from shopapp.ui.row_menu import pop_up_row_menu

_LIST_SHARE = 0.45  # the list's share of the workspace's width at first: the page needs the room more


class CustomersWorkspace(QWidget):
    """Signals: customer_chosen(int) when a customer is selected; new_customer_requested(). The row menu
    sends the page's own signals (page.edit_customer_requested …) with the row's customer.
    Attributes: search_edit, new_customer_button, count_label, table, model, proxy, page (the page widget),
    empty_label, splitter."""

    customer_chosen = Signal(int)
    new_customer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen_id: int | None = None
        self._sized = False
        self._split = False
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search name, phone, plate, VIN…"))
        self.search_edit.setToolTip(
            self.tr("Finds customers by name, phone, email, or a car's plate, VIN, make or model")
        )
        self.new_customer_button = QPushButton(self.tr("New customer…"))
        self.count_label = make_muted(QLabel())
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_customer_button)
        self.model = CustomerTableModel(self)
        self.proxy = CustomerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CustomerColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CustomerColumn.CARS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.empty_label = make_muted(QLabel())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        self.page = CustomerPageWidget()
        self.page.setMinimumWidth(320)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.new_customer_button.clicked.connect(self.new_customer_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)

    # -- the list ----------------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[CustomerEntry]) -> None:
        """Shows a newly read list, keeping the search and the chosen customer."""
        self.model.set_entries(entries)
        if not self._sized and entries:
            self._size_columns()
        if self._chosen_id is not None and not self._select(self._chosen_id):
            self._chosen_id = None
            self.page.clear()
        self._update_count()

    def _size_columns(self) -> None:
        """The name about a quarter of the list, the phone and the last visit as wide as they need; the
        cars take the rest (each name and car list whole in its tooltip)."""
        self._sized = True
        header = self.table.horizontalHeader()
        width = max(self.table.viewport().width(), 400)
        header.resizeSection(CustomerColumn.NAME, min(200, max(110, round(width * 0.24))))
        for column in (CustomerColumn.CONTACT, CustomerColumn.LAST_VISIT):
            header.resizeSection(
                column, min(140, max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column)))
            )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized and self.model.rowCount():
            self._size_columns()

    def resizeEvent(self, event) -> None:
        """The first time the workspace has its width: the list gets its share, the page the rest."""
        super().resizeEvent(event)
        width = event.size().width()
        if not self._split and width > 0:
            self._split = True
            list_width = round(width * _LIST_SHARE)
            self.splitter.setSizes([list_width, width - list_width])

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self.proxy.rowCount() == 1:  # one match: show it, as a person would open it next
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n customer(s)", "", total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %n customer(s)", "", total), shown))
        if shown:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("No customer matches the search.")
                if total
                else self.tr("No customers yet. Use “New customer…” to add one.")
            )
            self.empty_label.show()

    def entries_shown(self) -> list[CustomerEntry]:
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    def selected_customer_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        entry = rows[0].data(ENTRY_ROLE) if rows else None
        return entry.customer_id if entry is not None else None

    def select_customer(self, customer_id: int) -> bool:
        """Selects the customer, clearing a search that hides them."""
        self._chosen_id = customer_id
        if self._select(customer_id):
            return True
        if self.search_edit.text():
            self.search_edit.clear()
            return self._select(customer_id)
        return False

    def _select(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _on_table_selection_changed(self, *_args) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self._chosen_id = customer_id
            self.customer_chosen.emit(customer_id)

    # -- the row menu ------------------------------------------------------------------------------------

    def row_menu(self) -> QMenu:
        """The selected customer's actions, with the words of their page's buttons (and the same signals)."""
        menu = QMenu(self)
        customer_id = self.selected_customer_id()
        page = self.page
        for button, signal in (
            (page.edit_button, page.edit_customer_requested),
            (page.add_car_button, page.add_car_requested),
            (page.merge_button, page.merge_requested),
            (page.remove_customer_button, page.remove_customer_requested),
        ):
            action = menu.addAction(button.text())
            action.setEnabled(customer_id is not None)
            action.triggered.connect(lambda _checked=False, signal=signal: signal.emit(customer_id))
        return menu

    def _on_table_context_menu(self, point: QPoint) -> None:
        pop_up_row_menu(self.table, point, self.row_menu)
