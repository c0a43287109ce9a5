"""Odometer: the latest good reading in the shop's unit, distance per day, the forecast and the chart."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.services.vehicle_detail import VehicleDetail
from shopapp.ui.display import distance_text, local_day, rate_text
from shopapp.ui.panes.odometer_chart_widget import OdometerChartWidget
from shopapp.ui.panes.pane_labels import ContentOrNoticeWidget, NoticePane, NoticeWidget, column_widget
from shopapp.ui.panes.pane_style import NOTE_BANNER, make_muted, scaled_font
from shopapp.ui.panes.pane_text import (
    desk_reading_text,
    missing_signal_text,
    odometer_forecast_text,
    reading_text,
    signal_note_text,
    suspect_text,
)


class OdometerPane(NoticePane):
    """Attributes: value_label, read_label, rate_label, forecast_label, suspect_label, chart (an
    OdometerChartWidget), notice_label (instead of all of it when there is no reading to show), note_label
    (a problem with the last read, above otherwise usable readings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.value_label = self._stat_value(1.6)
        self.read_label = make_muted(self._stat_value(1.0, bold=False))
        self.rate_label = self._stat_value(1.25)
        self.forecast_label = self._stat_value(1.25)
        self.suspect_label = make_muted(QLabel())
        self.suspect_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_BANNER)
        self.chart = OdometerChartWidget()
        self.notice_label = NoticeWidget()

        stats = QGridLayout()
        stats.setHorizontalSpacing(24)
        stats.setVerticalSpacing(2)
        stats.addWidget(make_muted(QLabel(self.tr("Odometer"))), 0, 0)
        stats.addWidget(make_muted(QLabel(self.tr("Distance per day"))), 0, 1)
        stats.addWidget(make_muted(QLabel(self.tr("Forecast"))), 0, 2)
        stats.addWidget(self.value_label, 1, 0, Qt.AlignmentFlag.AlignBottom)
        stats.addWidget(self.rate_label, 1, 1, Qt.AlignmentFlag.AlignBottom)
        stats.addWidget(self.forecast_label, 1, 2, Qt.AlignmentFlag.AlignBottom)
        stats.addWidget(self.read_label, 2, 0, 1, 3)
        for column in range(3):
            stats.setColumnStretch(column, 1)

        readings = column_widget(
            self.note_label, stats, self.suspect_label, self.chart, grow=self.chart, spacing=8
        )
        self._pages = ContentOrNoticeWidget.filling(self, readings, self.notice_label)

    def _stat_value(self, factor: float, *, bold: bool = True) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFont(scaled_font(self, factor, bold=bold))
        return label

    def show_vehicle(self, detail: VehicleDetail, unit: DistanceUnit, now: datetime | None = None) -> None:
        today = local_day(now)
        signal = detail.signal("odometer")
        self.chart.set_readings(detail.odometer, detail.odometer_forecast, unit)
        if not detail.odometer:
            self.notice_label.setText(missing_signal_text(signal, self.tr("No odometer reading yet")))
            self._pages.show_notice()
            return
        latest = detail.latest_odometer
        self.note_label.setText(signal_note_text("odometer", signal))
        self.note_label.setVisible(bool(self.note_label.text()))
        self.value_label.setText(distance_text(latest.value if latest else None, unit))
        if latest is None:
            read = self.tr("Every reading so far looks wrong")
        elif detail.kept_at_desk:  # a car kept at the desk: read off its dashboard at a visit
            read = desk_reading_text(latest.at, now)
        else:
            read = fill(self.tr("Read %1"), reading_text(latest.at, now))
        self.read_label.setText(read)
        self.rate_label.setText(
            rate_text(detail.km_per_day, unit) if detail.km_per_day is not None else self.tr("Not known yet")
        )
        self.forecast_label.setText(odometer_forecast_text(detail.odometer_forecast, unit, today))
        suspects = sum(1 for point in detail.odometer if point.suspect)
        self.suspect_label.setText(suspect_text(suspects))
        self.suspect_label.setVisible(suspects > 0)
        self._pages.show_content()
