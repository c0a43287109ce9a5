"""A two-column form (labels on the left, fields with their messages under them on the right) on a
QGridLayout.

WORKAROUND: QFormLayout keeps a stale height-for-width for a field whose wrapped messages appear after it
was laid out (Qt 6.8-6.12): the messages were drawn squeezed over the next row, and a scroll area around the
form did not grow. QGridLayout recomputes it, so forms whose messages come and go use this instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class FormGrid(QGridLayout):
    """addRow(label, field) like QFormLayout; setRowVisible(field, visible) shows or hides a whole row.
    A label sits level with the first line of its field (the editor), however tall the field grows."""

    def __init__(self) -> None:
        super().__init__()
        self.setColumnStretch(1, 1)
        self.setVerticalSpacing(10)
        self._rows = 0
        self._labels: dict[int, QLabel] = {}
        self._first_line = QLineEdit().sizeHint().height()

    def addRow(self, label: str | QLabel, field: QWidget, *, text_only: bool = False) -> QLabel:
        """`text_only`: the field starts with text, not an editor (the label then aligns with that text)."""
        label_widget = label if isinstance(label, QLabel) else QLabel(label)
        label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not text_only:
            label_widget.setMinimumHeight(self._first_line)
        self.addWidget(label_widget, self._rows, 0, Qt.AlignmentFlag.AlignTop)
        self.addWidget(field, self._rows, 1)
        self._labels[id(field)] = label_widget
        self._rows += 1
        return label_widget

    def setRowVisible(self, field: QWidget, visible: bool) -> None:
        field.setVisible(visible)
        self._labels[id(field)].setVisible(visible)


def form_cell(*parts: QWidget | QHBoxLayout) -> QWidget:
    """A form's field: the editor (or a row of widgets), then its message and hints close under it."""
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(3)
    for part in parts:
        if isinstance(part, QHBoxLayout):
            box.addLayout(part)
        else:
            box.addWidget(part)
    return cell


def intro_form(page: QWidget, intro: QLabel, *, gap: int = 0) -> QFormLayout:
    """`page`'s layout: `intro` on top, `gap` pixels above a form whose labels are right-aligned and whose
    fields take the width; the form stays at the top, the height left over stays empty below it."""
    layout = QVBoxLayout(page)
    layout.addWidget(intro)
    if gap:
        layout.addSpacing(gap)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    layout.addLayout(form)
    layout.addStretch(1)
    return form
