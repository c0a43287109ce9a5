"""The letter's page geometry in millimetres and its conversion to the pixels Qt's rich text lays out in."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

# Page geometry in millimetres. The address block starts 47 mm from the top edge and 22 mm from the left:
# inside the window of a DL (ISO 269) or US #10 window envelope once the letter is folded in three.
MARGIN_TOP_MM = 18.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 22.0
MARGIN_RIGHT_MM = 20.0
ADDRESS_TOP_MM = 47.0
FOOTER_FROM_BOTTOM_MM = 10.0
ADDRESS_WIDTH_MM = 85.0  # a DL window is 90 mm wide, a US #10 window 4.5 in; long names wrap inside it
LOGO_MAX_HEIGHT_MM = 20.0
LOGO_MAX_WIDTH_MM = 45.0


def default_dpi() -> float:
    """Qt's rich text lengths in px are in this many per inch (the primary screen's logical DPI)."""
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if app is not None else None  # type: ignore[attr-defined]
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def px(mm: float, dpi: float) -> float:
    return mm / 25.4 * dpi
