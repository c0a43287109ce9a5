"""Odometer readings over time, painted with QPainter (QtCharts is in PySide6-Addons, not shipped)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from shopapp.domain.due import add_months
from shopapp.domain.units import DistanceUnit, km_to
from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.services.vehicle_detail import Point
from shopapp.ui.display import day_text
from shopapp.ui.panes.pane_style import FORECAST_COLOUR, LINE_COLOUR, SUSPECT_COLOUR

# The legend's entries, in English: they also say which mark an entry draws. Marked for lupdate here and
# translated where shown (legend_entries()).
LEGEND_READINGS = str(QT_TRANSLATE_NOOP("OdometerChartWidget", "Readings"))
LEGEND_SUSPECT = str(QT_TRANSLATE_NOOP("OdometerChartWidget", "Suspect reading (left out of forecasts)"))
LEGEND_FORECAST = str(QT_TRANSLATE_NOOP("OdometerChartWidget", "Forecast"))

_DAY = 86_400.0
_MARKERS_UP_TO = 40  # beyond this many readings the dots would merge into a thick line
_DAY_STEPS = (1, 2, 3, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)
_SAMPLE_WIDTH = 22


def nice_step(raw: float) -> float:
    """The 1-2-5 step at or above `raw`, so axis labels read as round numbers."""
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _seconds(day: date) -> float:
    return datetime.combine(day, time()).timestamp()  # local midnight: the day the front desk reads


class OdometerChartWidget(QWidget):
    """Good readings as a line, suspect ones as red crosses (clamped to the chart's edge when they jumped
    far off), and the forecast as a dashed extension, with a legend naming each kind drawn.

    Methods for tests: legend_entries(), good_count, suspect_count, has_forecast.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._good: list[tuple[float, float]] = []
        self._suspect: list[tuple[float, float]] = []
        self._forecast: tuple[float, float] | None = None
        self._unit = DistanceUnit.MI
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 150)
        self.setAccessibleName(self.tr("Odometer chart"))

    def set_readings(
        self, points: Sequence[Point], forecast: tuple[date, float] | None, unit: DistanceUnit
    ) -> None:
        self._unit = unit
        self._good = [
            (point.at.timestamp(), km_to(unit, point.value)) for point in points if not point.suspect
        ]
        self._suspect = [
            (point.at.timestamp(), km_to(unit, point.value)) for point in points if point.suspect
        ]
        # A forecast only makes sense drawn on from a good reading.
        self._forecast = (
            (_seconds(forecast[0]) + _DAY / 2, km_to(unit, forecast[1])) if forecast and self._good else None
        )
        if self._forecast:
            description = self.tr("%n reading(s), %1 suspect, with a forecast", "", len(self._good))
        else:
            description = self.tr("%n reading(s), %1 suspect", "", len(self._good))
        self.setAccessibleDescription(fill(description, len(self._suspect)))
        self.update()

    @property
    def good_count(self) -> int:
        return len(self._good)

    @property
    def suspect_count(self) -> int:
        return len(self._suspect)

    @property
    def has_forecast(self) -> bool:
        return self._forecast is not None

    def legend_entries(self) -> list[str]:
        """The legend's words, as shown."""
        return [self._legend_text(kind) for kind in self._legend_kinds()]

    def _legend_kinds(self) -> list[str]:
        """The legend's entries in English (LEGEND_*): what is drawn, so what the legend explains."""
        kinds = []
        if self._good:
            kinds.append(LEGEND_READINGS)
        if self._suspect:
            kinds.append(LEGEND_SUSPECT)
        if self._forecast:
            kinds.append(LEGEND_FORECAST)
        return kinds

    @staticmethod
    def _legend_text(kind: str) -> str:
        return QCoreApplication.translate("OdometerChartWidget", kind)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if self._good or self._suspect:
                self._paint_chart(painter)
            else:
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No odometer readings yet")
                )
        finally:
            painter.end()

    # -- layout of the drawing -------------------------------------------------------------------------

    def _value_range(self) -> tuple[float, float, float]:
        """(low, high, step) of the distance axis, from the good readings and the forecast; suspect readings
        do not stretch it (one impossible jump would flatten the real line)."""
        values = [value for _, value in self._good]
        if self._forecast:
            values.append(self._forecast[1])
        values = values or [value for _, value in self._suspect]
        low, high = min(values), max(values)
        if high - low < 10:
            pad = max(5.0, abs(high) * 0.01)
            low, high = max(0.0, low - pad), high + pad
        step = nice_step((high - low) / 4)
        return math.floor(low / step) * step, math.ceil(high / step) * step, step

    def _time_range(self) -> tuple[float, float]:
        times = [at for at, _ in self._good + self._suspect]
        if self._forecast:
            times.append(self._forecast[0])
        start, end = min(times), max(times)
        if end - start < _DAY:
            middle = (start + end) / 2
            return middle - _DAY, middle + _DAY
        pad = (end - start) * 0.03  # keeps the first and last markers off the axes
        return start - pad, end + pad

    def _date_ticks(self, start: float, end: float, room: int) -> list[date]:
        """Local days to label: about `room` of them, on whole days, or on month starts for long spans."""
        first, last = datetime.fromtimestamp(start).date(), datetime.fromtimestamp(end).date()
        span = max(1, (last - first).days)
        wanted = max(1, room - 1)
        days = next((step for step in _DAY_STEPS if span / step <= wanted), None)
        ticks: list[date] = []
        if days is not None:
            day = first + timedelta(days=1) if _seconds(first) < start else first
            while day <= last:
                ticks.append(day)
                day += timedelta(days=days)
            return ticks
        months = next((step for step in _MONTH_STEPS if span / (30.4 * step) <= wanted), _MONTH_STEPS[-1])
        day = add_months(first.replace(day=1), 1)
        while day <= last:
            ticks.append(day)
            day = add_months(day, months)
        return ticks

    def _legend_rows(self, width: float) -> list[list[tuple[float, str, str]]]:
        """Rows of (x, kind, words) that fit `width`."""
        metrics = self.fontMetrics()
        rows: list[list[tuple[float, str, str]]] = [[]]
        x = 0.0
        for kind in self._legend_kinds():
            words = self._legend_text(kind)
            needed = _SAMPLE_WIDTH + 6 + metrics.horizontalAdvance(words)
            if rows[-1] and x + needed > width:
                rows.append([])
                x = 0.0
            rows[-1].append((x, kind, words))
            x += needed + 18
        return rows

    # -- painting --------------------------------------------------------------------------------------

    def _paint_chart(self, painter: QPainter) -> None:
        palette = self.palette()
        metrics = self.fontMetrics()
        today = date.today()
        low, high, step = self._value_range()
        values = [low + index * step for index in range(round((high - low) / step) + 1)]
        labels = [f"{whole_number(value)} {self._unit.value}" for value in values]  # as format_distance()
        left = max(metrics.horizontalAdvance(label) for label in labels) + 10
        right = self.width() - 12.0
        legend = self._legend_rows(right - left)
        top = 6.0 + len(legend) * (metrics.height() + 4) + 8
        bottom = self.height() - metrics.height() - 10.0
        plot = QRectF(left, top, max(10.0, right - left), max(10.0, bottom - top))
        start, end = self._time_range()

        def to_x(at: float) -> float:
            return plot.left() + (at - start) / (end - start) * plot.width()

        def to_y(value: float) -> float:
            ratio = (value - low) / (high - low) if high > low else 0.5
            return plot.bottom() - min(1.0, max(0.0, ratio)) * plot.height()

        self._paint_legend(painter, legend, left)
        grid = QPen(palette.color(QPalette.ColorRole.Midlight), 1)
        text = palette.color(QPalette.ColorRole.WindowText)
        for value, label in zip(values, labels, strict=True):
            y = to_y(value)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            box = QRectF(0, y - metrics.height() / 2, left - 8, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        label_width = metrics.horizontalAdvance(day_text(date(2099, 9, 30), today)) + 24  # a long date
        last_right = -1e9
        for day in self._date_ticks(start, end, max(2, int(plot.width() // label_width))):
            x = to_x(_seconds(day))
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() + 4))
            label = day_text(day, today)
            width = metrics.horizontalAdvance(label)
            label_left = min(max(0.0, x - width / 2), self.width() - width - 2.0)
            if label_left > last_right + 8:
                painter.setPen(text)
                painter.drawText(QPointF(label_left, bottom + 6 + metrics.ascent()), label)
                last_right = label_left + width
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        good = [QPointF(to_x(at), to_y(value)) for at, value in self._good]
        if self._forecast and good:
            forecast = QPointF(to_x(self._forecast[0]), to_y(self._forecast[1]))
            self._paint_forecast(painter, good[-1], forecast, plot)
        if good:
            pen = QPen(LINE_COLOUR, 2)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(good))
            if len(good) <= _MARKERS_UP_TO:
                painter.setBrush(LINE_COLOUR)
                for point in good:
                    painter.drawEllipse(point, 3.0, 3.0)
        painter.setPen(QPen(SUSPECT_COLOUR, 2))
        for at, value in self._suspect:
            self._paint_cross(painter, QPointF(to_x(at), to_y(value)))

    def _paint_forecast(self, painter: QPainter, last: QPointF, forecast: QPointF, plot: QRectF) -> None:
        pen = QPen(FORECAST_COLOUR, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(last, forecast)
        painter.setPen(QPen(FORECAST_COLOUR, 2))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawEllipse(forecast, 4.5, 4.5)
        label = f"≈ {whole_number(self._forecast[1])} {self._unit.value}" if self._forecast else ""
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(label)
        x = min(max(plot.left() + 2, forecast.x() - width / 2), plot.right() - width)
        y = forecast.y() - 10 if forecast.y() - 10 - metrics.height() > plot.top() else forecast.y() + 10
        baseline = y if y < forecast.y() else y + metrics.ascent()
        painter.drawText(QPointF(x, baseline), label)

    @staticmethod
    def _paint_cross(painter: QPainter, centre: QPointF, size: float = 5.0) -> None:
        painter.drawLine(centre + QPointF(-size, -size), centre + QPointF(size, size))
        painter.drawLine(centre + QPointF(-size, size), centre + QPointF(size, -size))

    def _paint_legend(self, painter: QPainter, rows: list[list[tuple[float, str, str]]], left: float) -> None:
        metrics = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for index, row in enumerate(rows):
            y = 6.0 + index * (metrics.height() + 4)
            middle = y + metrics.height() / 2
            for x, kind, words in row:
                sample = left + x
                if kind == LEGEND_READINGS:
                    painter.setPen(QPen(LINE_COLOUR, 2))
                    painter.drawLine(QPointF(sample, middle), QPointF(sample + _SAMPLE_WIDTH, middle))
                    painter.setBrush(LINE_COLOUR)
                    painter.drawEllipse(QPointF(sample + _SAMPLE_WIDTH / 2, middle), 3.0, 3.0)
                elif kind == LEGEND_SUSPECT:
                    painter.setPen(QPen(SUSPECT_COLOUR, 2))
                    self._paint_cross(painter, QPointF(sample + _SAMPLE_WIDTH / 2, middle))
                else:
                    painter.setPen(QPen(FORECAST_COLOUR, 2, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(sample, middle), QPointF(sample + _SAMPLE_WIDTH, middle))
                painter.setPen(text)
                painter.drawText(QPointF(sample + _SAMPLE_WIDTH + 6, y + metrics.ascent()), words)
