"""Renders the first-run screens offscreen: the welcome (resources/screenshots/welcome.png, shown in the
README) and, with --all, the four "Set up my shop" pages and About for a look before committing changes.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/first_run_screenshots.py [--all] [OUTPUT_FOLDER]
(default resources/screenshots). Look at every PNG before committing it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot_keyring import use_screenshot_keyring

from shopapp.config import Settings
from shopapp.credentials import Credentials
from shopapp.store.database import open_store
from shopapp.store.queries import load_settings, save_setting
from shopapp.ui.about_dialog import AboutDialog
from shopapp.ui.app import application
from shopapp.ui.setup_wizard import SetupWizard
from shopapp.ui.welcome_dialog import WelcomeDialog

ROOT = Path(__file__).resolve().parent.parent


def grab(widget, path: Path) -> None:
    widget.show()
    application().processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--all", action="store_true", help="also the wizard's pages and About")
    args = parser.parse_args()
    use_screenshot_keyring()
    application()
    args.output.mkdir(parents=True, exist_ok=True)
    grab(WelcomeDialog(), args.output / "welcome.png")
    if not args.all:
        return
    home = Path(tempfile.mkdtemp(prefix="shopapp-first-run-"))
    open_store(home, "")
    wizard = SetupWizard(Settings(load_settings, save_setting), Credentials(), environ={})
    wizard.shop_page.fields["shop_name"].widget.setText("Main Street Auto Repair")
    for page in range(1, 5):
        grab(wizard, args.output / f"setup-wizard-{page}.png")
        wizard.next()
    grab(AboutDialog(home), args.output / "about.png")


if __name__ == "__main__":
    main()
