"""What the window works on: the shop's data folder and database, its settings, secrets and way to Smartcar
(the real one, or the demo's simulator)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shopapp.config import Settings
from shopapp.credentials import Credentials
from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit
from shopapp.services.plan_store import load_plan
from shopapp.services.smartcar_link import ShopSmartcar, SmartcarLink
from shopapp.services.vehicle_detail import VehicleDetail, vehicle_detail
from shopapp.services.vehicle_list import VehicleRow, vehicle_rows

# StoreError (a shop database that cannot be opened or changed), DatabaseWorker (the thread big reads and the
# window's writes run on) and run_on_own_thread (one write from a dialog opened without the window) are
# re-exported for the window, which reaches the store only through services (tests/test_layers.py).
from shopapp.store.database import StoreError as StoreError
from shopapp.store.database import open_store
from shopapp.store.queries import load_settings, save_setting
from shopapp.store.worker import DatabaseWorker as DatabaseWorker
from shopapp.store.worker import run_on_own_thread as run_on_own_thread


def open_shop_database(home: Path, url: str | None = None) -> None:
    """Opens, migrates and binds the shop's database (`url` defaults to SHOPAPP_DATABASE_URL; "" forces
    the SQLite file in `home`); StoreError with a message for the front desk when it cannot."""
    open_store(home, url)


def shop_settings() -> Settings:
    """The shop's settings, read from and written to its database."""
    return Settings(load_settings, save_setting)


@dataclass
class ShopSession:
    """home: the data folder; demo: True for demo mode (its own folder, fed by the simulator)."""

    home: Path
    demo: bool
    settings: Settings
    credentials: Credentials
    link: SmartcarLink
    catalogue: TroubleCodeCatalogue

    @classmethod
    def for_shop(cls, home: Path, catalogue: TroubleCodeCatalogue) -> ShopSession:
        settings = shop_settings()
        credentials = Credentials()
        return cls(home, False, settings, credentials, ShopSmartcar(settings.values, credentials), catalogue)

    def plan(self) -> ServicePlan:
        return load_plan()

    def unit(self) -> DistanceUnit:
        return DistanceUnit(self.settings.get("distance_unit"))

    def currency(self) -> str:
        """The shop's currency (ISO 4217 code): repair costs are shown as money only in it."""
        return str(self.settings.get("currency"))

    def vehicle_rows(self) -> list[VehicleRow]:
        """Blocking (about a second at 10,000 cars): call it from a worker thread."""
        # Reading the 9,500-code catalogue (~100 ms) belongs on this thread too: otherwise the first new
        # code a refresh reports would read it on the event loop.
        len(self.catalogue)
        return vehicle_rows(today=date.today(), plan=self.plan(), unit=self.unit(), catalogue=self.catalogue)

    def vehicle_rows_of(self, vehicle_ids: Collection[int]) -> list[VehicleRow]:
        """The rows of these cars only (those still there): blocking, call it from a worker thread."""
        len(self.catalogue)
        return vehicle_rows(
            today=date.today(), plan=self.plan(), unit=self.unit(), catalogue=self.catalogue, only=vehicle_ids
        )

    def vehicle_detail(self, row: VehicleRow) -> VehicleDetail:
        return vehicle_detail(row.vehicle_id, plan=self.plan(), catalogue=self.catalogue, due_items=row.items)
