"""Demo mode: a separate data folder fed by the in-process Smartcar simulator, so the app can be tried
with no account and no network, never touching the shop's own data.

The demo shop is built the way a real shop signing up today fills up, on Smartcar API v3: every customer's
cars are linked through the Connect path (authorize URL, the owner's approval, the redirect's user id, the
owner's connections listed), then the app's own refresher reads the fleet at intervals over the past months
so that charts and forecasts have a history.
"""

from __future__ import annotations

import random
import secrets
import shutil
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QCoreApplication

from shopapp.credentials import Credentials
from shopapp.domain.plan import ServicePlan
from shopapp.services.connect import CONNECT_SCOPES, complete_connect
from shopapp.services.refresh import Refresher, RefreshLimits
from shopapp.services.request_gate import RequestGate
from shopapp.services.smartcar_app import SmartcarApp, SmartcarSession, session_on
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator
from shopapp.simulator.browser import approval_redirect, in_process_transport, visit_as_owner
from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.customers import save_contact_details
from shopapp.store.vehicles import cars_without_plate, save_plates

DEMO_FOLDER = "demo"
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
    key_file = home / "demo-data-key"
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


def fresh_demo_folder(shop_home: Path) -> Path:
    """The demo starts over each time: the simulator's logins live in memory, so yesterday's demo tokens
    would mean nothing to today's simulator."""
    home = demo_home(shop_home)
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    return home


def demo_simulator(vehicles: int = DEMO_VEHICLES) -> Simulator:
    return Simulator.generate(
        vehicles=vehicles, seed=DEMO_SEED, start=datetime.now(UTC).replace(microsecond=0)
    )
