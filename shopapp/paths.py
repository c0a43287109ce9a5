"""Where ShopApp keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ShopApp"


def data_home(environ: os._Environ[str] | dict[str, str] | None = None) -> Path:
    """The data folder: `SHOPAPP_HOME`, else the platform's user data folder."""
    env = os.environ if environ is None else environ
    configured = env.get("SHOPAPP_HOME", "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir(home: Path) -> Path:
    return home / "logs"


def resources_dir() -> Path:
    """The `resources/` folder, in a source checkout or inside a PyInstaller bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
