"""A horizontal gauge of oil life with the plan's change point marked on it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from shopapp.i18n import fill
from shopapp.ui.display import percent_text

_BAR_HEIGHT = 22


class OilGaugeWidget(QWidget):
    """Oil life as a filled bar (0–100 %) with a tick at the floor ("change at 20 %").

    The value and the floor are also given in words next to it and in the accessible name, so the colour
    is never the only carrier of the message.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: float | None = None
        self._floor: float | None = None
        self._colour = QColor("#1565c0")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None, floor: float | None, colour: QColor) -> None:
        self._value = None if value is None else min(1.0, max(0.0, value))
        self._floor = floor
        self._colour = QColor(colour)
        if floor is None:
            words = fill(self.tr("Oil life %1"), percent_text(value))
        else:
            words = fill(self.tr("Oil life %1, change at %2"), percent_text(value), percent_text(floor))
        self.setAccessibleName(words)
        self.setToolTip(words)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(140, _BAR_HEIGHT + self.fontMetrics().height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        bar = QRectF(0.5, 0.5, self.width() - 1.0, _BAR_HEIGHT)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(bar, 4, 4)
        if self._value is not None and self._value > 0:
            filled = QRectF(bar.left() + 1, bar.top() + 1, (bar.width() - 2) * self._value, bar.height() - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour)
            painter.drawRoundedRect(filled, 3, 3)
        if self._floor is not None:
            x = bar.left() + bar.width() * self._floor
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
            painter.drawLine(round(x), 0, round(x), _BAR_HEIGHT + 4)
            caption = fill(self.tr("change at %1"), percent_text(self._floor))
            metrics = self.fontMetrics()
            left = max(0, min(round(x) - 2, self.width() - metrics.horizontalAdvance(caption)))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(left, _BAR_HEIGHT + 4 + metrics.ascent(), caption)
        painter.end()
