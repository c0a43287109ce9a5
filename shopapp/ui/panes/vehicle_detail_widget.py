"""The detail of the vehicle selected in the list: a header, then one tab per pane."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from shopapp.domain.due import Status
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.money_format import locale_currency
from shopapp.services.vehicle_detail import VehicleDetail
from shopapp.ui.display import STATUS_LOOKS
from shopapp.ui.panes.due_items_pane import DueItemsPane
from shopapp.ui.panes.header_pane import VehicleHeaderPane
from shopapp.ui.panes.odometer_pane import OdometerPane
from shopapp.ui.panes.oil_life_pane import OilLifePane
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticeWidget, column_widget
from shopapp.ui.panes.service_history_pane import ServiceHistoryPane
from shopapp.ui.panes.system_status_pane import SystemStatusPane
from shopapp.ui.panes.trouble_codes_pane import TroubleCodesPane

_ALERT = STATUS_LOOKS[Status.ALERT].symbol
_MARGIN = 6


class VehicleDetailWidget(QWidget):
    """Shows one VehicleDetail; renders what it is given and never reads or writes the database itself.

    Signals: review_requested(int), the occurrence id of a trouble code the user marked reviewed (the
    window records it and shows the vehicle again); from the due items pane, snooze_requested(str, int)
    (item key, days), dismiss_requested(str) and show_again_requested(str) (item key), for the vehicle
    shown (detail.vehicle_id); from the services pane, service_edit_requested(int) and
    service_delete_requested(int) (a service record id of the shop's).
    Attributes: placeholder_label, header_pane, tabs, due_items_pane, oil_pane, odometer_pane,
    trouble_codes_pane, systems_pane, services_pane; detail (the VehicleDetail shown, or None).
    """

    review_requested = Signal(int)
    snooze_requested = Signal(str, int)
    dismiss_requested = Signal(str)
    show_again_requested = Signal(str)
    service_edit_requested = Signal(int)
    service_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: VehicleDetail | None = None
        self._setup_ui()
        self._connect_signals()
        self.show_vehicle(None, DistanceUnit.MI)

    def _setup_ui(self) -> None:
        self.placeholder_label = NoticeWidget(self.tr("Select a vehicle to see its details"))
        self.header_pane = VehicleHeaderPane()
        self.due_items_pane = DueItemsPane()
        self.oil_pane = OilLifePane()
        self.odometer_pane = OdometerPane()
        self.trouble_codes_pane = TroubleCodesPane()
        self.systems_pane = SystemStatusPane()
        self.services_pane = ServiceHistoryPane()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # A title is never shortened ("Odome…" says nothing); a pane too narrow for every tab scrolls them.
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        # Due items first: it answers the front desk's question "what does this car need?".
        self.tabs.addTab(self.due_items_pane, self.tr("Due"))
        self.tabs.addTab(self.oil_pane, self.tr("Oil"))
        self.tabs.addTab(self.odometer_pane, self.tr("Odometer"))
        self.tabs.addTab(self.trouble_codes_pane, self.tr("Codes"))
        self.tabs.addTab(self.systems_pane, self.tr("Systems"))
        self.tabs.addTab(self.services_pane, self.tr("Services"))

        detail = column_widget(self.header_pane, self.tabs, grow=self.tabs, margin=_MARGIN, spacing=6)
        self._pages = ContentOrNoticeWidget.filling(
            self, detail, self.placeholder_label, margin=0, notice_first=True
        )

    def _connect_signals(self) -> None:
        self.trouble_codes_pane.review_requested.connect(self.review_requested)
        self.due_items_pane.snooze_requested.connect(self.snooze_requested)
        self.due_items_pane.dismiss_requested.connect(self.dismiss_requested)
        self.due_items_pane.show_again_requested.connect(self.show_again_requested)
        self.services_pane.edit_requested.connect(self.service_edit_requested)
        self.services_pane.delete_requested.connect(self.service_delete_requested)

    def tabs_width(self) -> int:
        """The width that shows every tab title whole, without scroll arrows."""
        bar = self.tabs.tabBar()
        return sum(bar.tabSizeHint(index).width() for index in range(bar.count())) + 2 * _MARGIN + 24

    @property
    def showing_placeholder(self) -> bool:
        return self._pages.showing_notice

    def show_vehicle(
        self,
        detail: VehicleDetail | None,
        unit: DistanceUnit,
        *,
        currency: str | None = None,
        now: datetime | None = None,
    ) -> None:
        """Shows `detail` (None: the placeholder), distances in `unit`, money in `currency` (the shop's ISO
        4217 code; None: the shop locale's); `now` fixes the clock for tests."""
        self.detail = detail
        if detail is None:
            self._pages.show_notice()
            return
        self.header_pane.show_vehicle(detail, now)
        self.due_items_pane.show_vehicle(detail, unit, now)
        self.oil_pane.show_vehicle(detail, now)
        self.odometer_pane.show_vehicle(detail, unit, now)
        currency = currency or locale_currency()
        self.trouble_codes_pane.show_vehicle(detail, currency, now)
        self.systems_pane.show_vehicle(detail, now)
        self.services_pane.show_vehicle(detail, unit, currency, now)
        self._update_tab_titles(detail)
        self._pages.show_content()

    def _update_tab_titles(self, detail: VehicleDetail) -> None:
        """Counts and the alert symbol in the tab titles, so a problem shows without opening its tab."""
        action = sum(1 for item in detail.due_items if item.needs_action)
        alerts = sum(1 for state in detail.systems if state.status == "ALERT")
        self._set_tab_title(self.due_items_pane, self.tr("Due"), action)
        self._set_tab_title(self.trouble_codes_pane, self.tr("Codes"), len(detail.active_codes), alert=True)
        self._set_tab_title(self.systems_pane, self.tr("Systems"), alerts, alert=True)
        self._set_tab_title(self.services_pane, self.tr("Services"), len(detail.services))

    def _set_tab_title(self, pane: QWidget, title: str, count: int, *, alert: bool = False) -> None:
        text = (
            fill(self.tr("%1 (%2)", "a tab's title and how many things it lists"), title, count)
            if count
            else title
        )
        self.tabs.setTabText(self.tabs.indexOf(pane), f"{_ALERT} {text}" if alert and count else text)
