"""A group box's radio buttons, one under the other: the "which cars" / "who" choice of the export and the
reminder letters."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget


def radio_column(box: QWidget, *buttons: QRadioButton) -> QButtonGroup:
    """`buttons` stacked in `box`, exclusive as one group (the group is given back: keep it on the dialog
    so the choice is one, whatever else `box` comes to hold)."""
    group = QButtonGroup(box)
    column = QVBoxLayout(box)
    for button in buttons:
        group.addButton(button)
        column.addWidget(button)
    return group
