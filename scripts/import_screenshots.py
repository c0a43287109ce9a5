"""Renders File → Import customers… at its three steps offscreen, over a fresh demo shop, from a customer list
as an older shop system saves it (Windows-1252, `;`): the columns with the first lines, the check with its
merged and refused lines, and the result. resources/screenshots/import.png is the first (columns).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/import_screenshots.py [OUTPUT_FOLDER]
(default resources/screenshots; the other two steps go to OUTPUT_FOLDER/import-*.png only when a folder is
named). Look at every PNG before committing it.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
import tempfile
import unicodedata
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from screenshot_keyring import use_screenshot_keyring

from shopapp.domain.vin import build_vin
from shopapp.ui.app import application, ui_state_for
from shopapp.ui.demo_start import fill_demo_shop, open_demo_session
from shopapp.ui.main_window import MainWindow

WINDOW_SIZE = (1280, 800)
DIALOG_SIZE = (1100, 640)
PEOPLE = ("Siobhán O'Brien", "Zoë Ñúñez", "Jean-François Dupont", "Anaïs D'Arcy", "Björn Østergaard",
          "Mary-Kate MacDonald", "José García Márquez", "Hélène L'Écuyer", "Œdipe Lefèvre",
          "Renée St. John")  # fmt: skip
CARS = (
    ("1HG", "Honda", "Civic"),
    ("1FA", "Ford", "Focus"),
    ("4T1", "Toyota", "Camry"),
    ("JM1", "Mazda", "3"),
)


def previous_system_file(path: Path) -> None:
    rng = random.Random(15)
    lines = [
        "Customer Name;Phone;E-mail;Street;City;State;ZIP;VIN;Make;Model;Year;License;Last service;Mileage"
    ]
    today = date.today()
    for number, name in enumerate(PEOPLE):
        wmi, make, model = CARS[number % len(CARS)]
        year = 2008 + number
        vin = build_vin(wmi, f"{rng.randint(10000, 99999)}", year, rng)
        if number == 6:
            vin = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]  # a VIN typed wrong in the old system
        visit = (today - timedelta(days=40 + 37 * number)).strftime("%m/%d/%Y")
        plain = unicodedata.normalize("NFKD", name.split()[0].lower())
        email = "".join(ch for ch in plain if ch.isascii() and ch.isalpha()) + "@example.com"
        customer = f"{name};(986) 555-01{number:02d};{email};{100 + number} Main St;Boise;ID;83702"
        lines.append(
            f"{customer};{vin};{make};{model};{year};7B{number:03d}K;{visit};{41_000 + 3_517 * number:,}"
        )
    lines.append("Zoë Ñúñez;986-555-0101;;;;;;;Kia;Soul;2021;8C412Z;;12,400")  # her second car
    # A customer the demo shop already has (its first customer's phone, written another way).
    lines.append("Zoe Muller;208 555 0100;;;;;;;Subaru;Outback;2016;5H120B;;88,210")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


async def settle(seconds: float = 0.5) -> None:
    for _ in range(int(seconds / 0.02)):
        await asyncio.sleep(0.02)


async def main(output: Path, every_step: bool) -> None:
    home = Path(tempfile.mkdtemp(prefix="shopapp-screens-"))
    session = open_demo_session(home)
    window = MainWindow(session, ui_state_for(session.home))
    window.resize(*WINDOW_SIZE)
    window.show()
    await fill_demo_shop(window)
    source = home / "previous-system-customers.csv"
    previous_system_file(source)
    window.import_customers_action.trigger()
    dialog = window.import_dialog
    dialog.resize(*DIALOG_SIZE)
    dialog.choose_file(str(source))
    while dialog.file is None:
        await settle(0.05)
    await settle()
    dialog.grab().save(str(output / "import.png"))
    dialog.check_button.click()
    while dialog.plan is None:
        await settle(0.05)
    await settle()
    dialog.skip_bad.setChecked(True)
    await settle(0.1)
    if every_step:
        dialog.grab().save(str(output / "import-check.png"))
    dialog.import_button.click()
    while dialog.outcome is None:
        await settle(0.05)
    await settle()
    if every_step:
        dialog.grab().save(str(output / "import-result.png"))
    await window.shut_down()
    print(f"screenshots written to {output}")


if __name__ == "__main__":
    named = len(sys.argv) > 1
    target = Path(sys.argv[1]) if named else Path(__file__).resolve().parent.parent / "resources/screenshots"
    target.mkdir(parents=True, exist_ok=True)
    use_screenshot_keyring()
    app = application()
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(main(target, every_step=named))
