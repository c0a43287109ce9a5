"""The panes' shared look: heading fonts, muted text and banner colours, so every pane reads alike."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

# Banners: pale fill, dark text and a border, so the message also stands out in greyscale and high contrast.
WARNING_BANNER = (
    "QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #e57373;"  # untranslated: style sheet
    " border-radius: 4px; padding: 6px 8px; font-weight: bold; }"  # untranslated: style sheet
)
NOTE_BANNER = (
    "QLabel { background: #fff8e1; color: #5d4300; border: 1px solid #ffd54f;"  # untranslated: style sheet
    " border-radius: 4px; padding: 4px 8px; }"  # untranslated: style sheet
)
CARD_FRAME = (
    "#card { border: 1px solid palette(mid); border-radius: 6px;"  # untranslated: style sheet
    " background: palette(base); }"  # untranslated: style sheet
)
ALERT_CARD_FRAME = (
    "#card { border: 1px solid #ab47bc; border-left: 4px solid #6a1b9a;"  # untranslated: style sheet
    " border-radius: 6px; background: palette(base); }"  # untranslated: style sheet
)

SUSPECT_COLOUR = QColor("#c62828")
LINE_COLOUR = QColor("#1565c0")
FORECAST_COLOUR = QColor("#5c6bc0")


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def make_heading(label: QLabel, factor: float = 1.15) -> QLabel:
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def make_muted(label: QLabel) -> QLabel:
    """Secondary text (dates, descriptions): the palette's placeholder colour keeps dark themes readable."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label
