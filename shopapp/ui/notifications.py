"""Announcing what a refresh or a live update found that the front desk should hear about at once: a new
trouble code or a new system alert, once each (the store reports a code or alert as new only when its spell
begins; a live update's announcement is claimed by one window only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStatusBar, QSystemTrayIcon, QWidget

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.i18n import fill
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
        for code in outcome.new_trouble_codes:
            lines.append(trouble_code_finding(result.customer, result.vehicle, code, catalogue))
        for system_id in outcome.new_system_alerts:
            lines.append(system_alert_finding(result.customer, result.vehicle, system_id))
    return lines


def trouble_code_finding(customer: str, vehicle: str, code: str, catalogue: TroubleCodeCatalogue) -> str:
    words = QCoreApplication.translate("Notifications", "%1's %2: new trouble code %3 (%4)")
    return fill(words, customer, vehicle, code, catalogue.describe(code).title)


def system_alert_finding(customer: str, vehicle: str, system_id: str) -> str:
    words = QCoreApplication.translate("Notifications", "%1's %2: %3 alert")
    return fill(words, customer, vehicle, system_display_name(system_id))


class NotificationText(QObject):
    """The counted words of an announcement. A QObject only for self.tr(): lupdate marks a message as plural
    (%n) only there."""

    def headline(self, lines: list[str]) -> str:
        """The first finding, and how many more there are."""
        if len(lines) == 1:
            return lines[0]
        return fill(self.tr("%1 — and %n more finding(s)", "", len(lines) - 1), lines[0])

    def title(self, count: int) -> str:
        return self.tr("New finding") if count == 1 else self.tr("%n new finding(s)", "", count)


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
        text = NotificationText()
        self._status_bar.showMessage(text.headline(lines), STATUS_BAR_MS)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(
                text.title(len(lines)), "\n".join(lines[:5]), QSystemTrayIcon.MessageIcon.Warning
            )
