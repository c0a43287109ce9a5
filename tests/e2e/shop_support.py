"""A shop folder whose customers are connected to a simulator served on loopback, for tests that run
`shopapp` commands in their own processes."""

import asyncio
import os
import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from shopapp.credentials import new_data_key
from shopapp.services.connect import save_connection, save_v3_connection
from shopapp.simulator import Simulator
from shopapp.smartcar import AppTokenSource, SmartcarEndpoints, SmartcarV3Client
from shopapp.smartcar.auth import token_pair_from_body
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.database import open_store
from shopapp.store.models import db
from shopapp.store.queries import save_setting


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shop_environment(
    home: Path,
    base: str,
    sim: Simulator,
    key: str,
    *,
    api: str = "v2",
    port: int | None = None,
    **extra: str,
) -> dict[str, str]:
    """The variables of a shop on `sim`. api "v2": the v2 OAuth client (and the shop's setting says v2);
    "v3": the v3 API credentials and the Application ID, plus the v2 client secret for connections not yet
    moved."""
    ours = ("SMARTCAR_", "SHOPAPP_")
    env = {name: value for name, value in os.environ.items() if not name.startswith(ours)}
    env.update(
        SHOPAPP_HOME=str(home),
        SHOPAPP_DATA_KEY=key,
        SMARTCAR_API_ORIGIN=base,
        SMARTCAR_AUTH_ORIGIN=f"{base}/oauth/token",
        SMARTCAR_CONNECT_ORIGIN=base,
        SMARTCAR_IAM_TOKEN_URL=f"{base}/oauth2/token",
        SMARTCAR_VEHICLE_API_V3_ORIGIN=base,
        SMARTCAR_MANAGEMENT_API_ORIGIN=base,
        SMARTCAR_REDIRECT_URI=f"http://localhost:{port or free_port()}/callback",
        PYTHONUNBUFFERED="1",
    )
    if api == "v2":
        env.update(
            SMARTCAR_CLIENT_ID=sim.credentials.client_id, SMARTCAR_CLIENT_SECRET=sim.credentials.client_secret
        )
    else:
        env.update(
            SMARTCAR_CLIENT_ID=sim.api_credentials.client_id,
            SMARTCAR_CLIENT_SECRET=sim.api_credentials.client_secret,
            SMARTCAR_APPLICATION_ID=sim.credentials.client_id,
            SMARTCAR_V2_CLIENT_SECRET=sim.credentials.client_secret,
        )
    env.update(extra)
    open_store(home)
    save_setting("smartcar_api", api)
    db.close()
    return env


def connect_everyone(
    home: Path, base: str, sim: Simulator, *, issued_ago: timedelta = timedelta(0), **settings: str
) -> str:
    """Links every simulated owner into the shop at `home` with a pair issued `issued_ago` (so a test can
    have every access token about to expire) and saves `settings`; returns the shop's data key."""
    key = new_data_key()
    open_store(home)
    for name, value in settings.items():
        save_setting(name, value)

    async def link() -> None:
        async with create_http_client() as http:
            client = SmartcarClient(http, SmartcarEndpoints.for_server(base))
            for person in sim.customers:
                issued = sim.connect(person.id)
                pair = token_pair_from_body(issued.body(), sim.clock.now() - issued_ago)
                await save_connection(client, pair, person.name, lambda: key, now=sim.clock.now)

    asyncio.run(link())
    db.close()
    return key


def connect_everyone_v3(home: Path, base: str, sim: Simulator) -> None:
    """Links every simulated owner into the v3 shop at `home`, as Connect's last step does: from the owner's
    user id, with no secret stored."""
    open_store(home)

    async def link() -> None:
        async with create_http_client() as http:
            endpoints = SmartcarEndpoints.for_server(base)
            token = AppTokenSource(
                http, endpoints, sim.api_credentials.client_id, sim.api_credentials.client_secret
            )
            client = SmartcarV3Client(http, endpoints, token)
            for person in sim.customers:
                sim.connect(person.id)  # the owner's approval at Connect
                await save_v3_connection(client, person.id, person.name, now=sim.clock.now)

    asyncio.run(link())
    db.close()


def shopapp(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args], env=env, capture_output=True, text=True, timeout=timeout
    )
