"""Builds ShopApp's one-folder bundle (dist/ShopApp/) with PyInstaller, then runs the bundle's own
`--version` and `--self-check` as a smoke test.

    .venv/bin/python packaging/build.py [--distpath DIR] [--workpath DIR] [--no-check]

Needs the `packaging` extra (`pip install -e '.[packaging]'`); on Linux also binutils (`objdump`) and a
Python with its shared library (pyenv's has it; Debian's needs `libpython3.X`). Exit status: 0 built (and
checked), 1 the build or the check failed, 2 a missing tool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "shopapp.spec"


def bundle_executable(distpath: Path) -> Path:
    """The bundle's main executable (the console twin on Windows, so its output can be read)."""
    if sys.platform == "win32":
        return distpath / "ShopApp" / "shopapp-cli.exe"
    if sys.platform == "darwin":
        return distpath / "ShopApp.app" / "Contents" / "MacOS" / "ShopApp"
    return distpath / "ShopApp" / "ShopApp"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def missing_tools() -> list[str]:
    problems = []
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        problems.append("PyInstaller is not installed: pip install -e '.[packaging]'")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        problems.append("objdump is missing: install binutils (apt-get install binutils)")
    return problems


def build(distpath: Path, workpath: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={distpath}",
        f"--workpath={workpath}",
        str(SPEC),
    ]
    print("build:", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def smoke_test(executable: Path) -> None:
    """--version and --self-check on a throwaway data folder, offscreen."""
    with tempfile.TemporaryDirectory(prefix="shopapp-selfcheck-") as home:
        env = {**os.environ, "SHOPAPP_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("SHOPAPP_DATABASE_URL", None)
        for argument in ("--version", "--self-check"):
            print(f"check: {executable.name} {argument}", flush=True)
            subprocess.run([str(executable), argument], env=env, check=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--no-check", action="store_true", help="skip running the built bundle")
    args = parser.parse_args(argv)
    problems = missing_tools()
    if problems:
        for problem in problems:
            print(f"build: {problem}", file=sys.stderr)
        return 2
    started = time.monotonic()
    try:
        build(args.distpath.resolve(), args.workpath.resolve())
        executable = bundle_executable(args.distpath.resolve())
        bundle = executable.parents[2] if sys.platform == "darwin" else executable.parent
        print(
            f"build: {bundle} ({folder_size(bundle) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s",
            flush=True,
        )
        if not args.no_check:
            smoke_test(executable)
    except subprocess.CalledProcessError as exc:
        print(f"build: failed ({exc})", file=sys.stderr)
        return 1
    except subprocess.TimeoutExpired as exc:
        print(f"build: the bundle did not answer in time ({exc})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
