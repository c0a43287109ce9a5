"""Demo mode: a separate data folder fed by the in-process Smartcar simulator, so the app can be tried
with no account and no network, never touching the shop's own data.

The demo shop is built the way a real shop signing up today fills up, on Smartcar API v3: every customer's
cars are linked through the Connect path (authorize URL, the owner's approval, the redirect's user id, the
owner's connections listed), then the app's own refresher reads the fleet at intervals over the past months
so that charts and forecasts have a history. Then the desk's own customers are added: older cars kept by
hand (shopapp.services.demo_desk) and customers with no car on file yet.

That takes seconds, so the shop built is kept, prepared, in the demo folder (its database, its data key and
the simulator's grants and tokens): the next demo within a week copies it and opens at once, and a refresh in
the background brings it up to today.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
import shutil
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QCoreApplication

from shopapp import __version__
from shopapp.credentials import Credentials
from shopapp.domain.plan import ServicePlan
from shopapp.services.backup import back_up_database
from shopapp.services.connect import CONNECT_SCOPES, complete_connect
from shopapp.services.demo_desk import add_desk_customers
from shopapp.services.refresh import Refresher, RefreshLimits
from shopapp.services.request_gate import RequestGate
from shopapp.services.smartcar_app import SmartcarApp, SmartcarSession, session_on
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator
from shopapp.simulator.browser import approval_redirect, in_process_transport, visit_as_owner
from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.customers import save_contact_details
from shopapp.store.database import DATABASE_FILE_NAME
from shopapp.store.vehicles import cars_without_plate, save_plates

log = logging.getLogger(__name__)
DEMO_FOLDER = "demo"
PREPARED_FOLDER = "prepared"  # inside the demo folder, kept when the demo starts over
PREPARED_FORMAT = 2  # raised when what is kept changes; an older prepared shop is built again
PREPARED_FOR = timedelta(days=7)  # older, the shop is built again (the history would have a gap)
KEY_FILE = "demo-data-key"
_SIMULATOR_FILE = "simulator.json"
_ABOUT_FILE = "prepared.json"  # written last: a prepared folder without it is unfinished
DEMO_SEED = 7
DEMO_VEHICLES = 40
UNLINKED_CUSTOMERS = 2  # left for the window's "Connect a vehicle" to link
HISTORY_DAYS = 120
HISTORY_STEP = timedelta(days=12)
SIMULATOR_ORIGIN = "http://simulator.demo"  # never resolved: requests go to the in-process app


def demo_home(shop_home: Path) -> Path:
    return shop_home / DEMO_FOLDER


def demo_credentials(home: Path) -> Credentials:
    """The demo's data key lives in its folder (it seals tokens of a simulator, not of real cars), so demo
    mode works without a keyring and never touches the shop's real key."""
    key_file = home / KEY_FILE
    if not key_file.exists():
        from shopapp.credentials import new_data_key

        key_file.write_text(new_data_key(), encoding="ascii")
        key_file.chmod(0o600)
    return Credentials(environ={"SHOPAPP_DATA_KEY": key_file.read_text(encoding="ascii").strip()})


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class DemoSmartcar:
    """A SmartcarLink to the in-process simulator. Connect still runs through the app's real loopback
    listener; `open_browser` plays the owner's browser (the simulator approves and redirects)."""

    def __init__(self, sim: Simulator, redirect_uri: str | None = None, api: str = "v3") -> None:
        self.sim = sim
        self.api = api
        self.prepared = False  # True when the demo shop was copied from a prepared one (nothing to build)
        self._redirect_uri = redirect_uri or f"http://127.0.0.1:{free_loopback_port()}/callback"
        self._transport = in_process_transport(sim)

    def redirect_uri(self) -> str:
        return self._redirect_uri

    def app(self) -> SmartcarApp:
        """The simulator's application: v3 API credentials with the Application ID for Connect, and the v2
        OAuth client (whose id is that Application ID) for v2 connections."""
        application = self.sim.credentials
        v2 = AppCredentials(application.client_id, application.client_secret, self._redirect_uri)
        api = self.sim.api_credentials
        v3 = AppCredentials(
            api.client_id, api.client_secret, self._redirect_uri, application_id=application.client_id
        )
        return SmartcarApp(
            api=self.api,
            endpoints=SmartcarEndpoints.for_server(SIMULATOR_ORIGIN),
            credentials=v3 if self.api == "v3" else v2,
            v2_credentials=v2,
        )

    @asynccontextmanager
    async def session(self, gate: RequestGate | None = None) -> AsyncIterator[SmartcarSession]:
        async with create_http_client(self._transport) as http:
            yield session_on(http, self.app(), gate=gate)

    async def approval_redirect(self, authorize_url: str) -> str:
        """What the owner's browser is sent to after signing in at Connect (the simulator's answer)."""
        return await approval_redirect(self._transport, authorize_url)

    async def open_browser(self, url: str) -> None:
        """Plays the owner: approves, then follows the redirect over real loopback to the app's listener."""
        await visit_as_owner(self._transport, url)


async def link_customer(
    link: DemoSmartcar, session: SmartcarSession, user_id: str, key: str, now: datetime
) -> int:
    """Links one simulated owner through Connect's path; returns the shop's customer id."""
    owner = link.sim.fleet.customer(user_id)
    if owner is None:
        raise RuntimeError(f"The demo's simulator has no owner {user_id}.")
    link.sim.approve_next_connect_as(user_id)
    state = secrets.token_urlsafe(16)
    location = await link.approval_redirect(session.connect_url(state=state, scopes=CONNECT_SCOPES))
    query = dict(parse_qsl(urlsplit(location).query))
    if query.get("state") != state:
        raise RuntimeError("The demo's Connect answered with another state.")
    outcome = await complete_connect(session, query, lambda: key, owner.name, lambda: now)
    _fill_in_customer(outcome.customer_id, owner)
    return outcome.customer_id


def _fill_in_customer(customer_id: int, owner) -> None:
    """What the front desk types in when a new customer first comes in: contact details and plates."""
    address = owner.address
    save_contact_details(
        customer_id,
        phone=owner.phone,
        email=owner.email,
        address_line1=address.line1,
        address_line2=address.line2 or "",
        city=address.city,
        region=address.region,
        postal_code=address.postal_code,
        country=address.country,
    )
    plates = {}
    for car in cars_without_plate(customer_id):
        rng = random.Random(car.vin or car.smartcar_id)  # v3 cars learn their VIN at the first read
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        plates[car.vehicle_id] = f"{rng.randint(1, 9)}{letters}{rng.randint(100, 999)}"
    save_plates(plates)


async def build_demo_shop(
    sim: Simulator,
    link: DemoSmartcar,
    credentials: Credentials,
    plan: ServicePlan,
    *,
    on_step: Callable[[str, int, int], None] = lambda text, done, total: None,
) -> None:
    """Fills the bound (empty) demo database: customers linked, then a refresh every few days over the
    past months with the simulator's clock moved along, ending at today."""
    today = sim.clock.now()
    key = credentials.ensure_data_key(sealed_pairs_exist=False)
    start = today - timedelta(days=HISTORY_DAYS)
    sim.clock.set(start)
    steps = int((today - start) / HISTORY_STEP) + 1
    owners = sim.customers[: max(1, len(sim.customers) - UNLINKED_CUSTOMERS)]
    async with link.session() as session:
        for index, owner in enumerate(owners):
            on_step(
                QCoreApplication.translate("DemoSteps", "Linking the demo customers' cars"),
                index,
                len(owners),
            )
            await link_customer(link, session, owner.id, key, sim.clock.now())
        refresher = Refresher(
            session.client,
            TokenKeeper(session.auth, lambda: key, now=sim.clock.now),
            plan,
            v3=session.v3,
            concurrency=16,
            limits=RefreshLimits(monthly_budget=100_000, api_burst=0),
            now=sim.clock.now,
        )
        for step in range(steps):
            on_step(QCoreApplication.translate("DemoSteps", "Reading the demo fleet's history"), step, steps)
            await refresher.refresh(trigger="demo")
            if step < steps - 1:
                sim.clock.advance(min(HISTORY_STEP, today - sim.clock.now()))
    sim.clock.set(today)
    sim.clock.ticking = True
    on_step(QCoreApplication.translate("DemoSteps", "Adding the cars the desk keeps by hand"), 0, 1)
    add_desk_customers(plan, today.astimezone().date(), DEMO_SEED)


def fresh_demo_folder(shop_home: Path) -> Path:
    """The demo starts over each time: the simulator's logins live in memory, so yesterday's demo tokens
    would mean nothing to today's simulator. Only the prepared shop is kept."""
    home = demo_home(shop_home)
    home.mkdir(parents=True, exist_ok=True)
    for entry in home.iterdir():
        if entry.name == PREPARED_FOLDER:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    return home


@dataclass(frozen=True, slots=True)
class PreparedDemo:
    """A demo shop built earlier (folder: its files; built_at: the simulator's start; vehicles: how many)."""

    folder: Path
    built_at: datetime
    vehicles: int


def prepared_demo(shop_home: Path, vehicles: int, now: datetime | None = None) -> PreparedDemo | None:
    """The prepared demo shop of this data folder, when there is one of this version, this size and less
    than a week old."""
    folder = demo_home(shop_home) / PREPARED_FOLDER
    try:
        about = json.loads((folder / _ABOUT_FILE).read_text(encoding="utf-8"))
        built_at = datetime.fromisoformat(about["built_at"])
        fits = (
            about["format"] == PREPARED_FORMAT
            and about["version"] == __version__
            and about["seed"] == DEMO_SEED
            and about["vehicles"] == vehicles
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    age = (now or datetime.now(UTC)) - built_at
    files = (DATABASE_FILE_NAME, KEY_FILE, _SIMULATOR_FILE)
    if not fits or not timedelta(0) <= age < PREPARED_FOR or not all((folder / f).is_file() for f in files):
        return None
    return PreparedDemo(folder, built_at, vehicles)


def start_from_prepared(prepared: PreparedDemo, home: Path) -> Simulator:
    """Copies the prepared shop into the (fresh) demo folder and returns its simulator: the same fleet, the
    grants and tokens it had issued, its clock at now. Raises OSError or ValueError when it cannot."""
    state = json.loads((prepared.folder / _SIMULATOR_FILE).read_text(encoding="utf-8"))
    shutil.copyfile(prepared.folder / DATABASE_FILE_NAME, home / DATABASE_FILE_NAME)
    shutil.copyfile(prepared.folder / KEY_FILE, home / KEY_FILE)
    (home / KEY_FILE).chmod(0o600)
    sim = demo_simulator(prepared.vehicles, start=prepared.built_at)
    sim.tokens.restore_state(state["tokens"])
    sim.connections.restore_state(state["connections"])
    sim.clock.set(datetime.now(UTC).replace(microsecond=0))
    sim.clock.ticking = True
    return sim


def save_prepared_demo(home: Path, sim: Simulator, vehicles: int) -> Path:
    """Keeps the demo shop just built (the bound database) for the next demos. Blocking (a database
    copy): run it off the event loop. Returns the prepared folder."""
    folder = home / PREPARED_FOLDER
    unfinished = home / f"{PREPARED_FOLDER}.new"
    if unfinished.exists():
        shutil.rmtree(unfinished)
    unfinished.mkdir()
    back_up_database(unfinished / DATABASE_FILE_NAME)
    shutil.copyfile(home / KEY_FILE, unfinished / KEY_FILE)
    (unfinished / KEY_FILE).chmod(0o600)
    state = {"tokens": sim.tokens.saved_state(), "connections": sim.connections.saved_state()}
    (unfinished / _SIMULATOR_FILE).write_text(json.dumps(state), encoding="utf-8")
    about = {
        "format": PREPARED_FORMAT,
        "version": __version__,
        "seed": DEMO_SEED,
        "vehicles": vehicles,
        "built_at": datetime.fromtimestamp(sim.fleet.anchor_ts, UTC).isoformat(),
    }
    (unfinished / _ABOUT_FILE).write_text(json.dumps(about), encoding="utf-8")
    if folder.exists():
        shutil.rmtree(folder)
    unfinished.rename(folder)
    log.info("Prepared the demo shop in %s", folder)
    return folder


def demo_simulator(vehicles: int = DEMO_VEHICLES, start: datetime | None = None) -> Simulator:
    """The demo's world: the same fleet for the same start."""
    return Simulator.generate(
        vehicles=vehicles, seed=DEMO_SEED, start=start or datetime.now(UTC).replace(microsecond=0)
    )
