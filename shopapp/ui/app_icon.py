"""ShopApp's own icon (rendered from packaging/icons/shopapp.svg into resources/icons/ by
packaging/make_icons.py), for windows, dialogs and the About box; and the logo-and-title heading the About
and Welcome windows open with."""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from shopapp.paths import resources_dir
from shopapp.ui.dialogs.editor import HINT_STYLE

_SIZED = re.compile(r"shopapp-(\d+)\.png")


@functools.cache
def app_icon() -> QIcon:
    """Every rendered size in one QIcon (Qt picks the nearest); an empty icon if the files are missing."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("shopapp-*.png")):
        if _SIZED.fullmatch(path.name):
            icon.addFile(str(path))
    return icon


def app_pixmap(size: int) -> QPixmap:
    return app_icon().pixmap(size, size)


def logo_label(size: int) -> QLabel:
    """The icon at `size` pixels as a dialog's logo (About, Welcome), with 2 pixels of room round it."""
    logo = QLabel()
    logo.setPixmap(app_pixmap(size))
    logo.setFixedSize(size + 4, size + 4)
    return logo


def logo_heading(
    logo_size: int, title: QLabel, *lines: QLabel, tagline: str, centred: bool = False
) -> QHBoxLayout:
    """The logo beside a heading: `title` large and bold, then `lines`, then `tagline` in grey.
    `centred`: the logo and the heading centred on each other (Welcome), else both at the top (About)."""
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    tagline_label = QLabel(tagline)
    tagline_label.setStyleSheet(HINT_STYLE)
    heading = QVBoxLayout()
    heading.setSpacing(2)
    if centred:
        heading.addStretch(1)
    for label in (title, *lines, tagline_label):
        heading.addWidget(label)
    if centred:
        heading.addStretch(1)
    logo = logo_label(logo_size)
    top = QHBoxLayout()
    top.setSpacing(14)
    if centred:
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(logo)
    else:
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
    top.addLayout(heading, 1)
    return top
