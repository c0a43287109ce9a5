"""ShopApp's own icon (rendered from packaging/icons/shopapp.svg into resources/icons/ by
packaging/make_icons.py), for windows, dialogs and the About box."""

from __future__ import annotations

import functools
import re

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel

from shopapp.paths import resources_dir

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
