"""Renders ShopApp's icon set from packaging/icons/shopapp.svg: PNGs (16-512 px), a Windows .ico and a
macOS .icns, plus the window-icon PNGs the running app loads from resources/icons/.

Run it after editing the SVG (the results are committed, so a build does not need to):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Rendering uses QtSvg (in PySide6-Essentials); the two containers are written here, no Pillow needed.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
SOURCE = ICONS / "shopapp.svg"
APP_RESOURCES = ROOT / "resources" / "icons"

PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for title bars, taskbar, Explorer
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # QIcon picks the nearest; 512 is not needed at runtime
# ICNS element types holding PNG data (Apple's "icns" format; the @2x ones are the Retina variants).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 @2x
    (b"ic10", 1024),  # 512 @2x
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk."""
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (PNG entries are read by Windows Vista and later).

    Layout: ICONDIR (reserved 0, type 1, count), one 16-byte ICONDIRENTRY per image, then the images.
    A width or height of 256 is written as 0."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        if not 1 <= size <= 256 or png_size(data) != (size, size):
            raise ValueError(f"an .ico holds square images of 1-256 px, not {png_size(data)} for {size}")
        side = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def icns_bytes(elements: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: the magic `icns` and the file length, then (type, length incl. 8, data) elements."""
    body = b"".join(kind + struct.pack(">I", len(data) + 8) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg} as SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(svg: Path = SOURCE, out: Path = ICONS, app_resources: Path = APP_RESOURCES) -> list[Path]:
    """Writes every icon file; returns their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *WINDOW_ICON_SIZES, *(size for _kind, size in ICNS_TYPES)})
    rendered = {size: render_png(svg, size) for size in sizes}
    written = []
    out.mkdir(parents=True, exist_ok=True)
    app_resources.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        written.append(_write(out / f"shopapp-{size}.png", rendered[size]))
    for size in WINDOW_ICON_SIZES:
        written.append(_write(app_resources / f"shopapp-{size}.png", rendered[size]))
    written.append(_write(out / "shopapp.ico", ico_bytes({size: rendered[size] for size in ICO_SIZES})))
    written.append(
        _write(out / "shopapp.icns", icns_bytes((kind, rendered[size]) for kind, size in ICNS_TYPES))
    )
    return written


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


if __name__ == "__main__":
    for path in make_icons():
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
