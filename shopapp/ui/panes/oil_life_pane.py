"""Oil life: the latest value on a gauge, the previous reading, the trend and when it reaches the floor."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shopapp.domain.due import Status
from shopapp.domain.due_reasons import Trigger
from shopapp.domain.plan import OilCapability
from shopapp.services.vehicle_detail import VehicleDetail
from shopapp.ui.display import STATUS_LOOKS, local_day, moment_text, percent_text
from shopapp.ui.panes.detail_table_widget import Cell, DetailTableWidget
from shopapp.ui.panes.oil_gauge_widget import OilGaugeWidget
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_widget
from shopapp.ui.panes.pane_style import NOTE_BANNER, make_heading, make_muted, scaled_font
from shopapp.ui.panes.pane_text import (
    missing_signal_text,
    oil_forecast_text,
    oil_trend_text,
    points_change_text,
    previous_oil_text,
    reading_text,
    signal_note_text,
)

HISTORY_ROWS = 12
_NEUTRAL = QColor("#1565c0")


class OilLifePane(NoticePane):
    """Attributes: gauge, value_label, read_label, previous_label, trend_label, forecast_label,
    notice_label (shown instead of the readings when there is no value to show, with the reason),
    note_label (a problem with the last read, above otherwise usable readings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.value_label = QLabel()
        self.value_label.setFont(scaled_font(self.value_label, 2.2, bold=True))
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("100 %") + 8)
        self.gauge = OilGaugeWidget()
        self.read_label = self._value_text()
        self.previous_label = self._value_text()
        self.trend_label = self._value_text()
        self.forecast_label = self._value_text()
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_BANNER)
        self.note_label.hide()
        self.notice_label = NoticeWidget()
        self.hint_label = make_muted(QLabel())
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_label = make_heading(QLabel(self.tr("Recent readings")), 1.0)
        self.history_table = DetailTableWidget(
            (self.tr("Read"), self.tr("Oil life"), self.tr("Change")), stretch_column=2, right_aligned=(1,)
        )

        gauge_row = QHBoxLayout()
        gauge_row.setSpacing(14)
        gauge_row.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignTop)
        gauge_row.addWidget(self.gauge, 1, Qt.AlignmentFlag.AlignVCenter)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(16)
        form.addRow(make_muted(QLabel(self.tr("Read"))), self.read_label)
        form.addRow(make_muted(QLabel(self.tr("Previous reading"))), self.previous_label)
        form.addRow(make_muted(QLabel(self.tr("Trend"))), self.trend_label)
        form.addRow(make_muted(QLabel(self.tr("Forecast"))), self.forecast_label)

        readings = column_widget(
            self.note_label,
            gauge_row,
            form,
            4,
            self.history_label,
            self.history_table,
            grow=self.history_table,
            spacing=12,
        )

        notice = QWidget()
        notice_layout = QVBoxLayout(notice)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self.notice_label)
        notice_layout.addWidget(self.hint_label)
        notice_layout.addStretch(2)

        self._pages = ContentOrNoticeWidget.filling(self, readings, notice)

    @staticmethod
    def _value_text() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def show_vehicle(self, detail: VehicleDetail, now: datetime | None = None) -> None:
        today = local_day(now)
        signal = detail.signal("engine_oil")
        if detail.oil_capability is OilCapability.NO_ENGINE_OIL:
            self._show_notice(
                self.tr("No engine oil (electric vehicle)"),
                self.tr("Electric cars have no oil to change, so no oil change is planned."),
            )
            return
        if detail.oil_life is None:
            hint = ""
            if detail.oil_capability is not OilCapability.REPORTED:
                hint = self.tr(
                    "Oil changes for this car are planned by distance and time instead (see Due items)."
                )
            if detail.kept_at_desk:  # kept at the desk: only a linked car reports its oil life
                self._show_notice(self.tr("Oil life is read from cars linked to Smartcar."), hint)
            else:
                self._show_notice(missing_signal_text(signal, self.tr("No oil-life reading yet")), hint)
            return
        # A value read earlier stays useful when the latest read failed: show it, with the reason above.
        self.note_label.setText(signal_note_text("engine_oil", signal))
        self.note_label.setVisible(bool(self.note_label.text()))
        self.value_label.setText(percent_text(detail.oil_life))
        self.gauge.set_value(detail.oil_life, detail.oil_floor, self._colour(detail))
        self.read_label.setText(reading_text(detail.oil_at, now))
        good = [point for point in detail.oil if not point.suspect]
        previous = good[-2] if len(good) >= 2 else None
        self.previous_label.setText(
            previous_oil_text(previous.value if previous else None, previous.at if previous else None, today)
        )
        self.trend_label.setText(oil_trend_text(detail.oil_decline_per_day))
        self.forecast_label.setText(
            oil_forecast_text(detail.oil_life, detail.oil_floor, detail.oil_reaches_floor_on, today)
        )
        self.history_table.set_rows(self._history_rows(detail, today))
        self._pages.show_content()

    def _history_rows(self, detail: VehicleDetail, today: date) -> list[list[Cell]]:
        """The latest readings, newest first, each with its change from the good reading before it: a
        jump up is an oil change, a suspect value is shown but marked as left out."""
        rows: list[list[Cell]] = []
        previous = None
        for point in detail.oil:
            value = percent_text(point.value)
            if point.suspect:
                rows.append([moment_text(point.at, today), value, self.tr("Suspect: left out of the trend")])
                continue
            change = (
                self.tr("First reading") if previous is None else points_change_text(point.value - previous)
            )
            rows.append([moment_text(point.at, today), value, change])
            previous = point.value
        return rows[::-1][:HISTORY_ROWS]

    def _show_notice(self, text: str, hint: str) -> None:
        self.notice_label.setText(text)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self._pages.show_notice()

    @staticmethod
    def _colour(detail: VehicleDetail) -> QColor:
        """The oil-life item's status colour, so the gauge agrees with the due list."""
        item = next((item for item in detail.due_items if item.trigger is Trigger.OIL_LIFE), None)
        if item is not None:
            return STATUS_LOOKS[item.status].colour
        if detail.oil_floor is not None and detail.oil_life is not None:
            return STATUS_LOOKS[Status.DUE if detail.oil_life <= detail.oil_floor else Status.OK].colour
        return _NEUTRAL
