"""What removing a car or a customer takes along, in the front desk's words: the one wording for the
window's question and for `shopapp cars remove`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from shopapp.i18n import fill
from shopapp.store.removal import RemovalImpact


class RemovalWords(QObject):
    """A QObject for self.tr(): lupdate reads plurals (%n) only there."""

    def takes_along(self, impact: RemovalImpact, *, whole_customer: bool) -> str:
        """One or two sentences; a customer's removal names their cars and letters too."""
        parts = []  # only what there is: "0 letters sent" would read as a warning about nothing
        if whole_customer and impact.cars:
            parts.append(self.tr("%n car(s)", "", impact.cars))
        if impact.services:
            parts.append(self.tr("%n service record(s)", "", impact.services))
        if whole_customer and impact.letters:
            parts.append(self.tr("%n letter(s) sent", "", impact.letters))
        if impact.readings:
            parts.append(self.tr("%n odometer and oil reading(s)", "", impact.readings))
        if parts:
            words = fill(self.tr("It takes along %1."), ", ".join(parts))
        else:
            words = self.tr("Nothing else is recorded about it.")
        if impact.connected_cars:  # the window ends them before it removes anything
            words += " " + self.tr(
                "The Smartcar link of %n car(s) is ended first: Smartcar is told and stops sharing it with the shop.",  # noqa: E501 (one literal for lupdate)
                "",
                impact.connected_cars,
            )
        return words
