"""Choosing another customer (to move a car to, or to merge with): a search over the same words as the
customer list, and one line per customer with their cars."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from shopapp.domain.customer_order import matches
from shopapp.services.customer_book import CustomerEntry
from shopapp.ui.customers.customer_table import cars_text
from shopapp.ui.dialogs.editor import ok_cancel_buttons


class CustomerChooserDialog(QDialog):
    """Every customer of `entries` but `excluded_id`. chosen_id() once accepted.
    Attributes: intro_label, search_edit, list_widget, ok_button."""

    def __init__(
        self,
        entries: Sequence[CustomerEntry],
        excluded_id: int,
        *,
        title: str,
        intro: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._entries = [entry for entry in entries if entry.customer_id != excluded_id]
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search: name, phone, email, plate, VIN, make or model"))
        self.list_widget = QListWidget()
        for entry in self._entries:
            item = QListWidgetItem(f"{entry.name} — {cars_text(entry)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.customer_id)
            item.setToolTip(" · ".join(value for value in (entry.phone, entry.email) if value))
            self.list_widget.addItem(item)
        self.buttons, self.ok_button = ok_cancel_buttons(ok_text)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 460)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.list_widget.currentItemChanged.connect(self._on_list_current_changed)
        self.list_widget.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_search_edit_text_changed(self, text: str) -> None:
        first_shown = None
        for row, entry in enumerate(self._entries):
            item = self.list_widget.item(row)
            hidden = not matches(entry.haystack, text)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.list_widget.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.list_widget.setCurrentItem(first_shown)
        self._on_list_current_changed()

    def _on_list_current_changed(self, *_args) -> None:
        current = self.list_widget.currentItem()
        self.ok_button.setEnabled(current is not None and not current.isHidden())

    def choose(self, customer_id: int) -> bool:
        for row in range(self.list_widget.count()):
            item = self.list_widget.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == customer_id:
                self.list_widget.setCurrentItem(item)
                return True
        return False

    def chosen_id(self) -> int | None:
        current = self.list_widget.currentItem()
        return None if current is None or current.isHidden() else int(current.data(Qt.ItemDataRole.UserRole))
