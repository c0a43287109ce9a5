"""Announcing what a refresh found that the front desk should hear about at once: a new trouble code or a
new system alert, once each (the store reports a code or alert as new only when its spell begins)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon, QWidget

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.services.refresh import RefreshSummary
from shopapp.system_names import system_display_name

STATUS_BAR_MS = 30_000


def findings(summary: RefreshSummary, catalogue: TroubleCodeCatalogue) -> list[str]:
    """One sentence per new code or alert, e.g. "Jane Doe's 2019 Toyota Camry: new trouble code P0420
    (Catalyst System Efficiency Below Threshold)"."""
    lines = []
    for result in summary.results:
        outcome = result.outcome
        if outcome is None:
            continue
        owner = f"{result.customer}'s {result.vehicle}"
        for code in outcome.new_trouble_codes:
            lines.append(f"{owner}: new trouble code {code} ({catalogue.describe(code).title})")
        for system_id in outcome.new_system_alerts:
            lines.append(f"{owner}: {system_display_name(system_id)} alert")
    return lines


class Notifier:
    """Shows findings in the status bar and, where the desktop has a tray, as a desktop notification."""

    def __init__(self, parent: QWidget, status_bar: QStatusBar, icon: QIcon) -> None:
        self._status_bar = status_bar
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, parent)
            self.tray.setToolTip("ShopApp")
            self.tray.show()
        self.announced: list[str] = []

    def announce(self, lines: list[str]) -> None:
        if not lines:
            return
        self.announced.extend(lines)
        headline = lines[0] if len(lines) == 1 else f"{lines[0]} — and {len(lines) - 1} more finding(s)"
        self._status_bar.showMessage(headline, STATUS_BAR_MS)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            title = "New finding" if len(lines) == 1 else f"{len(lines)} new findings"
            self.tray.showMessage(title, "\n".join(lines[:5]), QSystemTrayIcon.MessageIcon.Warning)
