"""Live updates end to end through HTTPS, as a shop deploys them (README: Live updates): Caddy runs the
shipped packaging/server/Caddyfile (its `tls internal` hint taken, on free high ports, every file it writes in
the test's folder) in front of `shopapp webhooks serve`, and deliveries reach the receiver through it with
TLS checked against Caddy's own root certificate. The systemd unit and the env file are checked against the
receiver's command line and the Caddyfile, so the files a shop copies are the ones tested."""

from __future__ import annotations

import os
import shlex
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from receiver_support import KEY, PATH, free_port, running_receiver, wait_until
from simulated_smartcar import Shop

from shopapp.cli.parser import build_parser
from shopapp.receiver.serve import GRACEFUL_STOP_S, MANAGEMENT_TOKEN_ENV
from shopapp.simulator import Simulator
from shopapp.simulator.app import create_app
from shopapp.simulator.webhook_delivery import WebhookDeliverer
from shopapp.simulator.webhook_faults import parse_webhook_faults
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.models import Vehicle, WebhookEvent

SERVER_FILES = Path(__file__).resolve().parents[2] / "packaging" / "server"
SHIPPED_CADDYFILE = SERVER_FILES / "Caddyfile"
SHIPPED_SITE_LINE = "webhooks.example-shop.com {"
SHIPPED_UPSTREAM_LINE = "reverse_proxy 127.0.0.1:8787"
SHIPPED_LOCAL_HINT = "# tls internal"


def caddy_binary() -> str:
    found = shutil.which("caddy")
    if found:
        return found
    # CI installs Debian's caddy (.ci/run): there a missing binary is a broken set-up, not a reason to skip.
    if os.environ.get("CI") == "true" or os.environ.get("SHOPAPP_TEST_CADDY") == "1":
        pytest.fail("caddy is not installed, and CI must run this test (apt-get install caddy)")
    pytest.skip("caddy is not installed (apt-get install caddy); CI runs this test")


def caddyfile_for_test(shipped: str, *, https_port: int, http_port: int, upstream: str, data: Path) -> str:
    """The shipped Caddyfile with its `tls internal` hint taken, served as localhost on a free port, in front
    of the test's receiver; the global options keep Caddy off the real machine: no admin endpoint, no trust
    store changes, certificates in `data`, no HTTP/3 (a UDP port of its own)."""
    for line in (SHIPPED_SITE_LINE, SHIPPED_UPSTREAM_LINE, SHIPPED_LOCAL_HINT):
        assert shipped.count(line) == 1, f"the shipped Caddyfile no longer has exactly one {line!r}"
    site = (
        shipped.replace(SHIPPED_SITE_LINE, f"localhost:{https_port} {{")
        .replace(SHIPPED_UPSTREAM_LINE, f"reverse_proxy {upstream}")
        .replace(SHIPPED_LOCAL_HINT, SHIPPED_LOCAL_HINT.removeprefix("# "))
    )
    options = f"""{{
\tadmin off
\tlocal_certs
\tskip_install_trust
\tdefault_bind 127.0.0.1
\tauto_https disable_redirects
\tservers {{
\t\tprotocols h1 h2
\t}}
\thttp_port {http_port}
\thttps_port {https_port}
\tstorage file_system {{
\t\troot {data}
\t}}
}}

"""
    return options + site


@dataclass
class Proxy:
    base_url: str
    root_certificate: Path

    @property
    def webhook_url(self) -> str:
        return self.base_url + PATH

    def tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.root_certificate))


def _caddy_ready(base_url: str, root_certificate: Path) -> bool:
    if not root_certificate.exists():
        return False
    try:
        context = ssl.create_default_context(cafile=str(root_certificate))
        return httpx.get(base_url + "/healthz", verify=context, timeout=2).status_code == 200
    except (httpx.TransportError, ssl.SSLError):
        return False


@pytest.fixture
def proxy(sqlite_only, receiver_env, tmp_path) -> Iterator[Proxy]:
    """The receiver on loopback and Caddy in front of it, both running for the test. On SQLite only: HTTPS
    is the point here, and the receiver on PostgreSQL has tests of its own."""
    caddy = caddy_binary()
    https_port, http_port = free_port(), free_port()
    caddy_home = tmp_path / "caddy"
    data = caddy_home / "data"
    data.mkdir(parents=True)
    with running_receiver(receiver_env) as receiver:
        config = caddy_home / "Caddyfile"
        config.write_text(
            caddyfile_for_test(
                SHIPPED_CADDYFILE.read_text(),
                https_port=https_port,
                http_port=http_port,
                upstream=receiver.base_url.removeprefix("http://"),
                data=data,
            )
        )
        # HOME and the XDG folders in the test's folder too: Caddy writes nothing of the real user's.
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(caddy_home),
            "XDG_DATA_HOME": str(caddy_home / "xdg-data"),
            "XDG_CONFIG_HOME": str(caddy_home / "xdg-config"),
        }
        log_path = caddy_home / "caddy.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [caddy, "run", "--config", str(config), "--adapter", "caddyfile"],
                env=env,
                cwd=caddy_home,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        proxy = Proxy(f"https://localhost:{https_port}", data / "pki" / "authorities" / "local" / "root.crt")
        try:
            ready = wait_until(
                lambda: process.poll() is not None or _caddy_ready(proxy.base_url, proxy.root_certificate),
                timeout=30,
            )
            if not ready or process.poll() is not None:
                pytest.fail(f"caddy did not start:\n{log_path.read_text()}")
            yield proxy
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            print(f"--- caddy log ---\n{log_path.read_text()}")  # shown when the test fails


def _stored(state: str | None = None) -> int:
    query = WebhookEvent.select()
    return (query.where(WebhookEvent.state == state) if state else query).count()


async def _simulated_shop(vehicles: int, seed: int) -> Simulator:
    """Smartcar simulated, signing with the receiver's key, and the shop's cars linked to it through v3."""
    sim = Simulator.generate(vehicles=vehicles, seed=seed, management_token=KEY)
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        await Shop(sim, http, api="v3").connect_everyone()
    return sim


@pytest.mark.asyncio
async def test_the_webhook_verifies_through_https_and_only_with_a_certificate_checked(proxy):
    sim = Simulator.generate(vehicles=1, seed=81, management_token=KEY)
    # Smartcar accepts only a trusted certificate. Caddy's own root is not one the usual roots know, so
    # the simulator verifying as Smartcar does fails on TLS: what passes below passed through checked TLS.
    untrusted = WebhookDeliverer(sim, proxy.webhook_url)
    assert not await untrusted.verify()
    assert untrusted.attempts[-1].status_code is None
    trusted = WebhookDeliverer(sim, proxy.webhook_url, verify=str(proxy.root_certificate))
    assert await trusted.verify()
    assert trusted.attempts[-1].status_code == 200
    assert _stored() == 0


@pytest.mark.asyncio
async def test_the_simulator_s_deliveries_through_https_reach_the_shop_s_cars(proxy):
    sim = await _simulated_shop(vehicles=3, seed=82)
    deliverer = WebhookDeliverer(sim, proxy.webhook_url, verify=str(proxy.root_certificate), retry_scale=0)
    assert await deliverer.verify()
    delivered = await deliverer.deliver_changes()
    assert delivered
    assert all(attempt.status_code == 200 for attempt in delivered)
    assert wait_until(lambda: _stored("applied") == len(delivered))
    for car in Vehicle.select():
        assert car.odometer_km == pytest.approx(sim.reading(car.smartcar_id).odometer_km, abs=0.05)
        assert car.live_update_at is not None
    async with httpx.AsyncClient(verify=proxy.tls(), timeout=10) as client:
        health = (await client.get(proxy.base_url + "/healthz")).json()
    assert health["lastEventAt"] is not None


@pytest.mark.asyncio
async def test_forged_and_oversized_deliveries_are_refused_through_the_proxy(proxy):
    sim = await _simulated_shop(vehicles=2, seed=83)
    deliverer = WebhookDeliverer(
        sim,
        proxy.webhook_url,
        verify=str(proxy.root_certificate),
        retry_scale=0,
        faults=parse_webhook_faults("bad_signature=1"),  # every event also goes out once badly signed
    )
    assert await deliverer.verify()
    delivered = await deliverer.deliver_changes()
    forged = [attempt for attempt in delivered if attempt.forged]
    genuine = [attempt for attempt in delivered if not attempt.forged]
    assert forged
    assert all(attempt.status_code == 401 for attempt in forged)
    assert all(attempt.status_code == 200 for attempt in genuine)
    assert wait_until(lambda: _stored("applied") == len(genuine))
    # Smartcar's deliveries are a few kilobytes; a stranger's 2 MiB is refused by Caddy itself (the
    # Caddyfile's @too_large), before the receiver reads a byte of it.
    async with httpx.AsyncClient(verify=proxy.tls(), timeout=20) as client:
        oversized = await client.post(proxy.webhook_url, content=b'{"pad": "' + b"x" * (2 << 20) + b'"}')
    assert oversized.status_code == 413
    assert oversized.headers.get_list("server") == ["Caddy"]  # no "uvicorn": answered by the proxy
    assert _stored() == len(genuine)


def test_the_shipped_unit_env_file_and_caddyfile_fit_the_receiver_and_each_other():
    unit = [
        tuple(line.split("=", 1))
        for line in (SERVER_FILES / "shopapp-webhooks.service").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    ]
    settings = dict(unit)
    command = shlex.split(settings["ExecStart"])
    assert command[0].endswith("/bin/shopapp")
    args = build_parser().parse_args(command[1:])
    assert (args.command, args.webhooks_command) == ("webhooks", "serve")
    assert f"reverse_proxy {args.host}:{args.port}" == SHIPPED_UPSTREAM_LINE  # Caddy proxies to the unit
    assert int(settings["TimeoutStopSec"]) > GRACEFUL_STOP_S  # the graceful stop is not cut short
    assert ("Environment", f"SHOPAPP_HOME=%S/{settings['StateDirectory']}") in unit
    example = (SERVER_FILES / "webhooks.env.example").read_text().splitlines()
    variables = {line.split("=", 1)[0] for line in example if "=" in line and not line.startswith("#")}
    assert variables == {"SHOPAPP_DATABASE_URL", MANAGEMENT_TOKEN_ENV}
