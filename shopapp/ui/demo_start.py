"""Demo mode's start: a fresh demo folder beside the shop's data, and the demo shop filled while the window
already shows (progress in the status bar)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopapp.resources import trouble_code_catalogue
from shopapp.services.demo import (
    DemoSmartcar,
    build_demo_shop,
    demo_credentials,
    demo_simulator,
    fresh_demo_folder,
)
from shopapp.services.refresh import RefreshProgress
from shopapp.services.shop_session import ShopSession, open_shop_database, shop_settings


def open_demo_session(shop_home: Path, vehicles: int | None = None) -> ShopSession:
    home = fresh_demo_folder(shop_home)
    open_shop_database(home, "")  # always SQLite in its own folder, whatever SHOPAPP_DATABASE_URL says
    settings = shop_settings()
    # untranslated: the made-up shop's name and US address are sample data, as the demo's customers are
    settings.set("shop_name", "Demo Auto Care")
    settings.set("shop_address", "100 Main Street\nSpringfield, IL 62701")  # untranslated: sample data
    settings.set("shop_phone", "(555) 010-0100")
    settings.set("api_burst", "0")  # the simulator keeps no request allowance
    sim = demo_simulator() if vehicles is None else demo_simulator(vehicles)
    return ShopSession(
        home, True, settings, demo_credentials(home), DemoSmartcar(sim), trouble_code_catalogue()
    )


async def fill_demo_shop(window) -> None:
    """Builds the demo shop (linking, four months of refreshes), then lists it and starts the refresh
    timer, as a real shop's window would at start-up."""
    link = window.session.link
    status = window.refresh_status
    status.started(QCoreApplication.translate("DemoStart", "Preparing the demo shop…"))

    def on_step(text: str, done: int, total: int) -> None:
        status.show_progress(RefreshProgress(done, total))
        status.label.setText(f"{text}…")

    await build_demo_shop(link.sim, link, window.session.credentials, window.session.plan(), on_step=on_step)
    status.finished()
    await window.load_rows_now()
    window.refresher.automatic_timer.start()
