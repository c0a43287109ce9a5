"""The installable bundle, built and started as a shop would: `--version` and `--self-check` on a fresh data
folder, offscreen. Slow (a PyInstaller build, ~30-60 s): runs only with SHOPAPP_TEST_BUNDLE=1 (CI sets it).
On Linux the build needs binutils (objdump)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from self_check_report import empty_shop_lines, report
from words import words

from shopapp import __version__
from shopapp.store.migrations import LATEST_VERSION

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("SHOPAPP_TEST_BUNDLE") != "1", reason="set SHOPAPP_TEST_BUNDLE=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI bundle test runs on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """dist/ShopApp built from this checkout into a temporary folder (the checkout's dist/ is left alone)."""
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            f"--distpath={out / 'dist'}",
            f"--workpath={out / 'build'}",
            "--no-check",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    executable = out / "dist" / "ShopApp" / "ShopApp"
    assert executable.is_file()
    return executable


def run(executable, *arguments, home):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SHOPAPP_", "SMARTCAR_", "PYTHON_KEYRING"))
    }
    env.update(SHOPAPP_HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    return subprocess.run([str(executable), *arguments], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.timeout(1200)
def test_the_bundle_prints_its_version(bundle, tmp_path):
    result = run(bundle, "--version", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"shopapp {__version__}"


@pytest.mark.timeout(1200)
@pytest.mark.child_process_output
def test_the_bundle_passes_its_self_check_on_a_fresh_data_folder(bundle, tmp_path):
    home = tmp_path / "new shop"  # a space in the path, as in "C:\Users\Front Desk"
    result = run(bundle, "--self-check", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    header, lines, summary = report(result.stdout)
    where = words("SelfCheck", "bundle in %1", bundle.parent)
    assert header == words(
        "SelfCheck", "ShopApp %1 self-check (%2; SHOPAPP_HOME=%3)", __version__, where, home
    )
    assert all(status == "ok" for status, _detail in lines.values())
    database_file = home / "shopapp.sqlite3"
    assert database_file.is_file()
    expected = empty_shop_lines(database_file, LATEST_VERSION)
    assert {check: lines[check][1] for check in expected} == expected
    template = len((ROOT / "resources" / "letters" / "reminder.html").read_text(encoding="utf-8"))
    assert lines["letter template"][1] == words(
        "SelfCheckCounts", "%1, %2 character(s)", "reminder.html", f"{template:,}", n=template
    )
    assert "offscreen" in lines["Qt"][1]
    assert "xcb" in lines["Qt"][1]
    # keyring's entry points were bundled: the OS keychains are known, even where none is reachable.
    assert "SecretService" in lines["keyring"][1]
    assert summary == words("SelfCheckCounts", "All %n check(s) passed.", n=8)


@pytest.mark.timeout(1200)
def test_the_bundle_leaves_out_screenshots_and_unused_qt(bundle):
    internal = bundle.parent / "_internal"
    assert (internal / "resources" / "dtc" / "obdex-generic-dtc.csv").is_file()
    assert (internal / "resources" / "icons" / "shopapp-256.png").is_file()
    assert not (internal / "resources" / "screenshots").exists()
    qt_libraries = {path.name for path in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    assert not {name for name in qt_libraries if "Qml" in name or "Quick" in name or "WebEngine" in name}
