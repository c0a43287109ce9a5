"""Service history: what was done to the car, by this shop or (through Smartcar) by a dealer or other shop."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLabel, QWidget

from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.services.vehicle_detail import ServiceEntry, VehicleDetail
from shopapp.ui.display import day_text, distance_text, local_day
from shopapp.ui.panes.detail_table_widget import Cell, DetailTableWidget
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_widget
from shopapp.ui.panes.pane_style import make_muted
from shopapp.ui.panes.pane_text import money_text, service_source_text, service_work_text


class ServiceHistoryPane(NoticePane):
    """Attributes: summary_label, table (newest first), notice_label (instead of the table when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary_label = make_muted(QLabel())
        headers = (
            self.tr("Date"),
            self.tr("Odometer"),
            self.tr("Work done"),
            self.tr("Cost"),
            self.tr("Source"),
        )
        self.table = DetailTableWidget(headers, stretch_column=2, right_aligned=(1, 3))
        self.notice_label = NoticeWidget(self.tr("No services on record"))

        services = column_widget(self.summary_label, self.table, grow=self.table)
        self._pages = ContentOrNoticeWidget.filling(self, services, self.notice_label)

    def show_vehicle(
        self, detail: VehicleDetail, unit: DistanceUnit, currency: str, now: datetime | None = None
    ) -> None:
        """Costs as paid; one that names no currency (the front desk's own) is in `currency`, the shop's."""
        today = local_day(now)
        if not detail.services:
            self._pages.show_notice()
            self.table.set_rows([])
            return
        entries = sorted(detail.services, key=lambda entry: entry.performed_on, reverse=True)
        self.summary_label.setText(
            fill(
                self.tr("%n service(s) on record, the latest on %1", "", len(entries)),
                day_text(entries[0].performed_on, today),
            )
        )
        self.table.set_rows([self._row(entry, unit, currency, today) for entry in entries])
        self._pages.show_content()

    @staticmethod
    def _row(entry: ServiceEntry, unit: DistanceUnit, currency: str, today: date) -> list[Cell]:
        return [
            day_text(entry.performed_on, today),
            distance_text(entry.odometer_km, unit),
            service_work_text(entry.tasks, entry.notes),
            money_text(entry.cost_cents, entry.currency, currency),
            service_source_text(entry.source),
        ]
