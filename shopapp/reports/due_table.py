"""The due list as a plain-text table for a terminal (`shopapp due`): what customers and cars say is printed
through safe_text, so an escape sequence or a bidi override in a name cannot drive the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.local_format import short_date
from shopapp.reports.due_words import hidden_status, item_name, reason_text
from shopapp.services.due_list import DueRow

# The status column's words, by status value (and by hidden kind): upper case for what needs action now.
_STATUS_WORDS = {
    "overdue": QT_TRANSLATE_NOOP("DueTable", "OVERDUE"),
    "due": QT_TRANSLATE_NOOP("DueTable", "due"),
    "alert": QT_TRANSLATE_NOOP("DueTable", "ALERT"),
    "due_soon": QT_TRANSLATE_NOOP("DueTable", "due soon"),
    "ok": QT_TRANSLATE_NOOP("DueTable", "ok"),
    "snoozed": QT_TRANSLATE_NOOP("DueTable", "snoozed"),
    "dismissed": QT_TRANSLATE_NOOP("DueTable", "dismissed"),
}
_WIDTHS = (9, 22, 26, 20)


class DueTableCountWords(QObject):
    """The table's last line. A QObject only for self.tr(): lupdate reads plurals (%n) only there."""

    def items(self, count: int) -> str:
        return self.tr("%n item(s).", "", count)


def _status_words(value: str) -> str:
    return QCoreApplication.translate("DueTable", str(_STATUS_WORDS[value]))


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def write_due_table(
    rows: Sequence[DueRow], stream: TextIO, unit: DistanceUnit, today: date | None = None
) -> None:
    today = today or date.today()
    if not rows:
        stream.write(
            QCoreApplication.translate("DueTable", "Nothing is due. Every car is up to date.") + "\n"
        )
        return
    header = (
        QCoreApplication.translate("DueTable", "Status"),
        QCoreApplication.translate("DueTable", "Customer"),
        QCoreApplication.translate("DueTable", "Vehicle"),
        QCoreApplication.translate("DueTable", "Item"),
    )
    reason_header = QCoreApplication.translate("DueTable", "Reason")
    stream.write("  ".join(h.ljust(w) for h, w in zip(header, _WIDTHS, strict=True)) + f"  {reason_header}\n")
    for row in rows:
        status = _status_words(row.item.status.value)
        if row.item.suppressed:
            status = _status_words(hidden_status(row.item.suppressed))
        vehicle = f"{row.vehicle.title} {row.vehicle.plate}".strip()
        cells = (
            status,
            *(safe_text(text) for text in (row.vehicle.customer_name, vehicle, item_name(row.item))),
        )
        reason = safe_text(reason_text(row.item, unit))
        if row.item.due_date and row.item.status.value != "ok":
            reason = fill(
                QCoreApplication.translate("DueTable", "%1 — due %2"),
                reason,
                short_date(row.item.due_date, today),  # the reasons' own date style: one per surface
            )
        stream.write(
            "  ".join(_fit(c, w).ljust(w) for c, w in zip(cells, _WIDTHS, strict=True)) + f"  {reason}\n"
        )
    stream.write(f"\n{DueTableCountWords().items(len(rows))}\n")
