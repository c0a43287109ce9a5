"""The icon set and the Linux desktop files that the bundle ships: the right sizes in valid containers, and
files that the freedesktop validators accept."""

import importlib.util
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "packaging" / "icons"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "com.shopapp.ShopApp"


def load_make_icons():
    # By path: the repository's packaging/ folder is not a package (and must not shadow PyPI's `packaging`).
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = load_make_icons()


def test_every_png_has_the_size_its_name_says():
    for size in make_icons.PNG_SIZES:
        assert make_icons.png_size((ICONS / f"shopapp-{size}.png").read_bytes()) == (size, size)
    for size in make_icons.WINDOW_ICON_SIZES:
        path = ROOT / "resources" / "icons" / f"shopapp-{size}.png"
        assert make_icons.png_size(path.read_bytes()) == (size, size)


def test_the_ico_directory_points_at_each_png():
    data = (ICONS / "shopapp.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(make_icons.ICO_SIZES):
        width, height, _colours, _reserved, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        assert make_icons.png_size(data[offset : offset + length]) == (size, size)
    assert offset + length == len(data)


def test_the_icns_elements_add_up_to_the_file():
    data = (ICONS / "shopapp.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    position, seen = 8, {}
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack_from(">I", data, position + 4)
        seen[kind] = make_icons.png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert seen == {kind: size for kind, size in make_icons.ICNS_TYPES}


def test_the_containers_refuse_what_windows_cannot_show():
    with pytest.raises(ValueError, match="1-256"):
        make_icons.ico_bytes({512: (ICONS / "shopapp-512.png").read_bytes()})
    with pytest.raises(ValueError, match="not a PNG"):
        make_icons.png_size(b"GIF89a")


def pixels(path):
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())


def test_the_committed_icons_are_what_the_svg_renders_to(qapp, tmp_path):
    written = make_icons.make_icons(ICONS / "shopapp.svg", tmp_path / "out", tmp_path / "resources")
    assert {path.name for path in written} >= {"shopapp.ico", "shopapp.icns", "shopapp-512.png"}
    # Rerun packaging/make_icons.py after editing the SVG. A newer Qt may anti-alias a little differently,
    # so compare pixels with a tolerance rather than bytes.
    for size in (16, 64, 256):
        fresh, committed = (
            pixels(tmp_path / "out" / f"shopapp-{size}.png"),
            pixels(ICONS / f"shopapp-{size}.png"),
        )
        assert len(fresh) == len(committed)
        off = sum(abs(a - b) > 24 for a, b in zip(fresh, committed, strict=True))
        assert off <= len(fresh) // 100, f"{size} px: {off} of {len(fresh)} channel values differ"


def test_desktop_entry_and_metainfo_name_the_same_application():
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate_accepts_the_desktop_entry():
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert not result.stdout.strip(), result.stdout  # no warnings either


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_validates_the_metainfo():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
