"""System status: every system the car reports, alerts first and marked in words as well as colour."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from shopapp.domain.due import Status
from shopapp.services.vehicle_detail import SystemState, VehicleDetail
from shopapp.ui.display import STATUS_LOOKS, UNKNOWN, day_text, local_day
from shopapp.ui.panes.detail_table_widget import DetailTableWidget, badge_item
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_widget
from shopapp.ui.panes.pane_style import NOTE_BANNER, make_heading
from shopapp.ui.panes.pane_text import missing_signal_text, signal_note_text

_ALERT_SYMBOL = STATUS_LOOKS[Status.ALERT].symbol
_OK_SYMBOL = STATUS_LOOKS[Status.OK].symbol


class SystemStatusPane(NoticePane):
    """Attributes: summary_label ("1 system reports an alert"), note_label (the signal's state when not
    plainly OK), table (one row per system, alert rows first), notice_label (instead of the table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.summary_label = make_heading(QLabel())
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_BANNER)
        headers = (self.tr("Status"), self.tr("System"), self.tr("Description"), self.tr("Since"))
        self.table = DetailTableWidget(headers, stretch_column=2)
        self.notice_label = NoticeWidget()

        systems = column_widget(self.note_label, self.summary_label, self.table, grow=self.table)
        self._pages = ContentOrNoticeWidget.filling(self, systems, self.notice_label)

    def show_vehicle(self, detail: VehicleDetail, now: datetime | None = None) -> None:
        today = local_day(now)
        signal = detail.signal("system_status")
        if not detail.systems:
            self.notice_label.setText(missing_signal_text(signal, self.tr("No system status reported yet")))
            self._pages.show_notice()
            return
        # The service already sorts alerts first; sort again so a hand-built detail reads the same way.
        systems = sorted(detail.systems, key=lambda state: (state.status != "ALERT", state.name.casefold()))
        alerts = [state for state in systems if state.status == "ALERT"]
        # The symbol leads the words in every language, as on the status badges.
        if alerts:
            words = self.tr("%n system(s) report(s) an alert", "", len(alerts))
            self.summary_label.setText(f"{_ALERT_SYMBOL} {words}")
        else:
            words = self.tr("All %n system(s) OK", "", len(systems))
            self.summary_label.setText(f"{_OK_SYMBOL} {words}")
        self.note_label.setText(signal_note_text("system_status", signal))
        self.note_label.setVisible(bool(self.note_label.text()))
        self.table.set_rows([self._row(state, today) for state in systems])
        self._pages.show_content()

    def _row(self, state: SystemState, today: date) -> list[QTableWidgetItem | str]:
        alert = state.status == "ALERT"
        look = STATUS_LOOKS[Status.ALERT if alert else Status.OK]
        if alert:
            words = self.tr("ALERT", "a vehicle system's status, in capitals as the car reports it")
            status = badge_item(f"{_ALERT_SYMBOL} {words}", look.colour, look.text_colour, bold=True)
        else:
            words = self.tr("OK", "a vehicle system reports no problem")
            status = QTableWidgetItem(f"{_OK_SYMBOL} {words}")
            status.setForeground(look.colour)
        description = (state.description or "").strip() or (self.tr("Alert reported") if alert else UNKNOWN)
        cells: list[QTableWidgetItem | str] = [
            status,
            state.name or state.system_id,
            description,
            day_text(state.since.astimezone().date(), today),
        ]
        if alert:
            font = QFont()
            font.setBold(True)
            for column in (1, 2):
                item = QTableWidgetItem(str(cells[column]))
                item.setFont(font)
                cells[column] = item
        return cells
