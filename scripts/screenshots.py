"""Renders the README's screenshots offscreen from a fresh demo shop: the main window with a car that has
an active trouble code and a system alert selected, and the settings dialog (Shop, Service plan, Smartcar).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--customers] [OUTPUT_FOLDER]
(default resources/screenshots; --customers: only the Customers workspace's shots). Look at every PNG
before committing it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from screenshot_keyring import use_screenshot_keyring

from shopapp.services.front_desk import record_service
from shopapp.ui.app import application, ui_state_for
from shopapp.ui.demo_start import fill_demo_shop, open_demo_session
from shopapp.ui.dialogs.smartcar_fields import EXAMPLE_API_CLIENT_ID, EXAMPLE_APPLICATION_ID
from shopapp.ui.main_window import MainWindow

WINDOW_SIZE = (1600, 900)
# The window as a front desk's laptop and a small office screen show it: (name, size), each shot twice,
# before a car is selected and with one selected.
DESK_SIZES = (("1280x800", (1280, 800)), ("1024x700", (1024, 700)))
SETTINGS_SIZE = (760, 560)
SMARTCAR_TAB_SIZE = (760, 700)  # the tallest tab, whole, as the dialog opens on a 1280x800 screen


async def settle(seconds: float = 0.6) -> None:
    for _ in range(int(seconds / 0.02)):
        await asyncio.sleep(0.02)


def showcase_row(window: MainWindow):
    """A car with a catalogued trouble code and a system alert: the list's most telling example."""
    catalogue = window.session.catalogue
    rows = [window.model.row_at(index) for index in range(window.model.rowCount())]

    def score(row) -> tuple:
        codes = [item.key[4:] for item in row.items if item.key.startswith("dtc:")]
        alerts = [item for item in row.items if item.key.startswith("system:")]
        known = sum(catalogue.describe(code).in_catalogue for code in codes)
        return (bool(codes) and bool(alerts), known, len(alerts))

    return max(rows, key=score)


async def desk_sizes(output: Path) -> None:
    """main-window-1280x800.png, main-window-1280x800-selected.png, and the same at 1024x700: each from a
    window opened at that size, as a new install opens (no remembered splitter or columns)."""
    for name, size in DESK_SIZES:
        session = open_demo_session(Path(tempfile.mkdtemp(prefix="shopapp-screens-")))
        window = MainWindow(session, ui_state_for(session.home))
        window.resize(*size)
        window.show()
        await fill_demo_shop(window)
        await settle()
        window.grab().save(str(output / f"main-window-{name}.png"))
        window.select_vehicle(showcase_row(window).vehicle_id)
        await settle()
        window.grab().save(str(output / f"main-window-{name}-selected.png"))
        await window.shut_down()
        window.close()


async def record_some_visits(window: MainWindow) -> None:
    """Services the shop itself recorded over the last weeks (the demo's history comes from the cars'
    makers), as a shop that has used ShopApp for a while has them: the list's Last visit column."""
    plan = window.session.plan()
    task = plan.tasks[0].key
    owners: set[int] = set()
    rows = window.model.rows()
    cars = Counter(row.listing.customer_id for row in rows)
    for row in sorted(rows, key=lambda row: -cars[row.listing.customer_id]):  # the showcase among them
        if row.listing.customer_id in owners or len(owners) >= 16:
            continue
        owners.add(row.listing.customer_id)
        day = date.today() - timedelta(days=6 * len(owners) - 5)
        await window.write(partial(record_service, row.vehicle_id, day, [task], [], None, None, "", plan))


async def customers_workspace(output: Path) -> None:
    """customers.png (1280x800, the README's) and customers-1024x700.png: the Customers workspace with the
    customer who has the most cars chosen, their services in sight."""
    for name, size in DESK_SIZES:
        session = open_demo_session(Path(tempfile.mkdtemp(prefix="shopapp-screens-")))
        window = MainWindow(session, ui_state_for(session.home))
        window.resize(*size)
        window.show()
        await fill_demo_shop(window)
        await record_some_visits(window)
        window.workspaces.setCurrentWidget(window.customers)
        await settle()
        entries = window.customers.entries_shown()
        showcase = max(entries, key=lambda entry: len(entry.cars))  # the first of those with the most
        window.customers.select_customer(showcase.customer_id)
        await settle()
        window.customers.page.tabs.setCurrentIndex(1)  # the services: the page's richest tab
        await settle(0.2)
        shot = "customers.png" if name == DESK_SIZES[0][0] else f"customers-{name}.png"
        window.grab().save(str(output / shot))
        await window.shut_down()
        window.close()


async def main(output: Path, *, customers_only: bool = False) -> None:
    await customers_workspace(output)
    if customers_only:
        return
    await desk_sizes(output)
    session = open_demo_session(Path(tempfile.mkdtemp(prefix="shopapp-screens-")))
    window = MainWindow(session, ui_state_for(session.home))
    window.resize(*WINDOW_SIZE)
    window.show()
    await fill_demo_shop(window)
    row = showcase_row(window)
    window.select_vehicle(row.vehicle_id)
    await settle()
    window.grab().save(str(output / "main-window.png"))
    window.detail.tabs.setCurrentWidget(window.detail.trouble_codes_pane)
    await settle(0.2)
    window.grab().save(str(output / "main-window-trouble-codes.png"))
    window.detail.tabs.setCurrentWidget(window.detail.odometer_pane)
    await settle(0.2)
    window.grab().save(str(output / "main-window-odometer.png"))
    window.settings_action.trigger()  # the dialog File → Settings opens
    dialog = window.settings_dialog
    dialog.resize(*SETTINGS_SIZE)
    await settle(0.2)
    dialog.grab().save(str(output / "settings-shop.png"))
    dialog.tabs.setCurrentIndex(2)
    await settle(0.2)
    dialog.grab().save(str(output / "settings-service-plan.png"))
    # The Smartcar tab as a shop fills it in: the two IDs pasted, a client secret already kept.
    session.credentials.set_client_secret("screenshot-secret")
    dialog.fields["smartcar_application_id"].widget.setText(EXAMPLE_APPLICATION_ID)
    dialog.fields["smartcar_client_id"].widget.setText(EXAMPLE_API_CLIENT_ID)
    dialog.client_secret.reset()
    dialog.resize(*SMARTCAR_TAB_SIZE)
    dialog.tabs.setCurrentIndex(3)
    await settle(0.2)
    dialog.grab().save(str(output / "settings-smartcar.png"))
    dialog.confirm_discard = lambda: True
    dialog.reject()
    await window.shut_down()
    print(f"screenshots written to {output}")


if __name__ == "__main__":
    only_customers = "--customers" in sys.argv[1:]  # just the Customers workspace's shots
    arguments = [argument for argument in sys.argv[1:] if argument != "--customers"]
    target = (
        Path(arguments[0]) if arguments else Path(__file__).resolve().parent.parent / "resources/screenshots"
    )
    target.mkdir(parents=True, exist_ok=True)
    use_screenshot_keyring()
    app = application()
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(main(target, customers_only=only_customers))
