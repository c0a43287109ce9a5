"""Demo mode's start: a fresh demo folder beside the shop's data, filled from the demo shop prepared at an
earlier start (copied: the list shows at once, then a refresh in the background brings it up to today), or
built while the window already shows (progress in the status bar) and then kept as the prepared one."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopapp.resources import trouble_code_catalogue
from shopapp.services.demo import (
    DEMO_VEHICLES,
    DemoSmartcar,
    build_demo_shop,
    demo_credentials,
    demo_simulator,
    fresh_demo_folder,
    prepared_demo,
    save_prepared_demo,
    start_from_prepared,
)
from shopapp.services.refresh import RefreshProgress
from shopapp.services.shop_session import ShopSession, open_shop_database, shop_settings

log = logging.getLogger(__name__)


def open_demo_session(shop_home: Path, vehicles: int | None = None) -> ShopSession:
    count = DEMO_VEHICLES if vehicles is None else vehicles
    home = fresh_demo_folder(shop_home)
    prepared = prepared_demo(shop_home, count)
    sim = None
    if prepared is not None:
        try:
            sim = start_from_prepared(prepared, home)
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("The prepared demo shop could not be used; building it again", exc_info=True)
            home = fresh_demo_folder(shop_home)
    open_shop_database(home, "")  # always SQLite in its own folder, whatever SHOPAPP_DATABASE_URL says
    settings = shop_settings()
    # untranslated: the made-up shop's name and US address are sample data, as the demo's customers are
    settings.set("shop_name", "Demo Auto Care")
    settings.set("shop_address", "100 Main Street\nSpringfield, IL 62701")  # untranslated: sample data
    settings.set("shop_phone", "(555) 010-0100")
    settings.set("api_burst", "0")  # the simulator keeps no request allowance
    link = DemoSmartcar(sim or demo_simulator(count))
    link.prepared = sim is not None
    return ShopSession(home, True, settings, demo_credentials(home), link, trouble_code_catalogue())


async def fill_demo_shop(window) -> None:
    """Lists the demo shop and starts the refresh timer, as a real shop's window would at start-up. A
    prepared shop is listed at once and refreshed in the background; otherwise the shop is built first
    (linking, four months of refreshes) and kept as the prepared one for the next demo."""
    link = window.session.link
    if link.prepared:
        await window.load_rows_now()
        window.refresher.start(trigger="demo")  # from the prepared shop's day up to now
        window.refresher.automatic_timer.start()
        return
    status = window.refresh_status
    status.started(QCoreApplication.translate("DemoStart", "Preparing the demo shop…"))

    def on_step(text: str, done: int, total: int) -> None:
        status.show_progress(RefreshProgress(done, total))
        status.label.setText(f"{text}…")

    await build_demo_shop(link.sim, link, window.session.credentials, window.session.plan(), on_step=on_step)
    status.finished()
    await window.load_rows_now()
    window.refresher.automatic_timer.start()
    try:
        # on the window's writer thread: the database copy never holds up the event loop
        await window.write(save_prepared_demo, window.session.home, link.sim, len(link.sim.fleet.vehicles))
    except Exception:  # the demo runs on; the next one builds its shop again
        log.warning("The demo shop could not be kept for the next demo", exc_info=True)
