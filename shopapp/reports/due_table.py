"""The due list as a plain-text table for a terminal (`shopapp due`): what customers and cars say is printed
through safe_text, so an escape sequence or a bidi override in a name cannot drive the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_words import hidden_status, reason_text
from shopapp.services.due_list import DueRow

_STATUS_WORDS = {"overdue": "OVERDUE", "due": "due", "alert": "ALERT", "due_soon": "due soon", "ok": "ok"}
_WIDTHS = (9, 22, 26, 20)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def write_due_table(rows: Sequence[DueRow], stream: TextIO, unit: DistanceUnit) -> None:
    if not rows:
        stream.write("Nothing is due. Every car is up to date.\n")
        return
    header = ("Status", "Customer", "Vehicle", "Item")
    stream.write("  ".join(h.ljust(w) for h, w in zip(header, _WIDTHS, strict=True)) + "  Reason\n")
    for row in rows:
        status = _STATUS_WORDS[row.item.status.value]
        if row.item.suppressed:
            status = hidden_status(row.item.suppressed)
        vehicle = f"{row.vehicle.title} {row.vehicle.plate}".strip()
        cells = (status, *(safe_text(text) for text in (row.vehicle.customer_name, vehicle, row.item.item)))
        reason = safe_text(reason_text(row.item, unit))
        if row.item.due_date and row.item.status.value != "ok":
            reason += f" — due {row.item.due_date.isoformat()}"
        stream.write(
            "  ".join(_fit(c, w).ljust(w) for c, w in zip(cells, _WIDTHS, strict=True)) + f"  {reason}\n"
        )
    stream.write(f"\n{len(rows)} item(s).\n")
