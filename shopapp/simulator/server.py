"""Serving a simulator on 127.0.0.1 with uvicorn: in the foreground for `shopapp simulate`, or in a
background thread for tests."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO
from urllib.parse import urlsplit

import uvicorn

from shopapp.simulator.admin import CONTROL_HEADER, control_token
from shopapp.simulator.app import create_app
from shopapp.simulator.clients import ClientCredentials, api_credentials, app_credentials
from shopapp.simulator.config import SimulatorConfig
from shopapp.simulator.faults import parse_fault_profile
from shopapp.simulator.simulator import Simulator
from shopapp.simulator.webhook_delivery import WebhookDeliverer
from shopapp.simulator.webhook_faults import parse_webhook_faults

HOST = "127.0.0.1"  # loopback only: the simulator hands out tokens without asking anyone


def _bind(port: int) -> socket.socket:
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP, and
    # without it Nagle plus delayed ACKs add ~40 ms to every keep-alive request.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if os.name != "nt":  # on Windows SO_REUSEADDR would let two servers share the port
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
        # Listening now, not when uvicorn gets round to it: a client that connects the moment the base URL
        # is printed waits in the backlog instead of being refused on a busy machine.
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def _uvicorn(sim: Simulator, *, access_log: bool = False) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(sim),
        log_config=None,  # keep the host application's logging set-up (and its secret redaction)
        log_level="warning",
        access_log=access_log,
        lifespan="off",
        ws="none",
        timeout_graceful_shutdown=2,  # a TIMEOUT fault may be holding a request for minutes
    )
    return uvicorn.Server(config)


API_CHOICES = ("both", "v2", "v3")


def apply_api_choice(config: SimulatorConfig, api: str) -> None:
    """`--api`: "both" serves v2 and v3 with a v3 application; "v2" answers v3 paths with 404 and makes
    Connect act as an application not yet upgraded; "v3" answers v2 paths with 404 (as once Smartcar
    switches v2 off) while Connect and the legacy code exchange keep working."""
    if api not in API_CHOICES:
        raise ValueError(f"Unknown API choice {api!r}; choose one of {', '.join(API_CHOICES)}.")
    config.served_apis = api
    config.application_api = "v2" if api == "v2" else "v3"


def _secret_note(credentials: ClientCredentials) -> str:
    return (
        f"(from {credentials.secret_variable})" if credentials.from_environment else credentials.client_secret
    )


def banner(simulator: Simulator, base_url: str) -> str:
    """What `serve` prints: the base URL on the first line, then credentials and how to use the server, and
    the run's control token for the steering endpoints. A client secret taken from the environment is never
    shown; the demo ones are (they are no secret)."""
    base = base_url.rstrip("/")
    client = simulator.credentials
    api_client = simulator.api_credentials
    config = simulator.config
    fleet = simulator.fleet
    lines = [
        base,
        f"client id:     {client.client_id} (v2 OAuth client; the Application ID Connect takes)",
        f"client secret: {_secret_note(client)}",
        f"api client id: {api_client.client_id} (v3 client credentials; secret {_secret_note(api_client)})",
        f"fleet:         {len(fleet.vehicles)} vehicles, {len(fleet.customers)} customers, seed {fleet.seed}",
        f"knobs:         faults {config.faults.name}, latency {config.latency_ms:g} ms, "
        f"api {config.served_apis}",
        "point the official Smartcar SDK (or shopapp) at it with:",
        f"  SMARTCAR_API_ORIGIN={base}",
        f"  SMARTCAR_AUTH_ORIGIN={base}/oauth/token",
        f"  SMARTCAR_CONNECT_ORIGIN={base}",
        f"  SMARTCAR_VEHICLE_API_V3_ORIGIN={base}",
        f"  SMARTCAR_IAM_TOKEN_URL={base}/oauth2/token",
        f"  SMARTCAR_MANAGEMENT_API_ORIGIN={base}",
        f"customers and their cars: {base}/_simulator/customers",
        f"control token: {control_token(simulator)} (send it as {CONTROL_HEADER} to POST /_simulator/...)",
        "Ctrl+C stops it.",
    ]
    return "\n".join(lines) + "\n"


def serve(
    *,
    port: int = 0,
    vehicles: int = 25,
    seed: int = 0,
    latency_ms: float = 0.0,
    faults: str = "none",
    api: str = "both",
    environ: Mapping[str, str] | None = None,
    config: SimulatorConfig | None = None,
    out: TextIO | None = None,
    simulator: Simulator | None = None,
    webhook_url: str | None = None,
    management_token: str | None = None,
    webhook_interval_s: float = 60.0,
    webhook_faults: str = "none",
) -> None:
    """Serves a simulator on 127.0.0.1 until interrupted (Ctrl+C, SIGTERM), then returns. Port 0 picks a
    free port.

    The first line written to `out` (default stdout) is the base URL, e.g. `http://127.0.0.1:8765`, then
    the application credentials in use and how to point the official SDK at the server. The clock follows
    the wall clock. `api` is "both", "v2" or "v3" (see apply_api_choice). `config` gives full control over
    the knobs (then latency_ms, faults and api are ignored); `simulator` serves a world built elsewhere.
    Credentials come from `environ` (default os.environ): SMARTCAR_CLIENT_ID beginning with `client_` and
    SMARTCAR_CLIENT_SECRET set the v3 API client; SMARTCAR_APPLICATION_ID (+ SMARTCAR_V2_CLIENT_SECRET), or
    another SMARTCAR_CLIENT_ID with SMARTCAR_CLIENT_SECRET, set the application; else the demo pairs.
    With `webhook_url` a webhook with auto-enrollment is registered for that URL, signed with
    `management_token` (default: the simulator's, DEMO_MANAGEMENT_TOKEN unless set), and a thread sends
    VERIFY at start (one line says whether it passed) and then delivers changes every
    `webhook_interval_s` seconds with the webhook fault profile `webhook_faults` ("none", "flaky", ...).
    Raises ValueError for a bad fault profile, API choice or webhook URL and OSError when the port is
    taken, before printing anything.
    """
    out = out or sys.stdout
    environ = os.environ if environ is None else environ
    delivery_faults = parse_webhook_faults(webhook_faults)
    if webhook_url is not None and urlsplit(webhook_url).scheme not in ("http", "https"):
        raise ValueError(f"The webhook URL must be an http or https URL, not {webhook_url!r}.")
    if webhook_interval_s <= 0:
        raise ValueError("The webhook interval must be more than 0 seconds.")
    if simulator is None:
        if config is None:
            config = SimulatorConfig(latency_ms=latency_ms, faults=parse_fault_profile(faults))
            apply_api_choice(config, api)
        simulator = Simulator.generate(
            vehicles,
            seed,
            ticking=True,
            config=config,
            credentials=app_credentials(environ),
            api_credentials=api_credentials(environ),
        )
    if management_token:
        simulator.management_token = management_token
    sock = _bind(port)
    base = f"http://{HOST}:{sock.getsockname()[1]}"
    out.write(banner(simulator, base))
    deliverer = None
    if webhook_url is not None:
        deliverer = WebhookDeliverer(
            simulator, webhook_url, auto_enroll=True, faults=delivery_faults, seed=simulator.fleet.seed
        )
        out.write(
            f"webhook:       {deliverer.webhook_id} -> {webhook_url}, every {webhook_interval_s:g} s, "
            f"faults {delivery_faults.name}, auto-enrollment on\n"
        )
    out.flush()

    def report(passed: bool) -> None:
        verdict = "passed" if passed else "FAILED: nothing else will be delivered"
        out.write(f"webhook verification {verdict} ({webhook_url})\n")
        out.flush()

    if deliverer is not None:
        deliverer.start_in_thread(webhook_interval_s, report=report)
    try:
        # uvicorn re-raises Ctrl+C after its graceful shutdown; here that is simply the end.
        with contextlib.suppress(KeyboardInterrupt):
            _uvicorn(simulator).run(sockets=[sock])
    finally:
        if deliverer is not None:
            deliverer.stop()


@contextmanager
def run_in_thread(sim: Simulator, *, port: int = 0, startup_timeout: float = 10.0) -> Iterator[str]:
    """`with run_in_thread(sim) as base_url:` serves `sim` on a free loopback port in a daemon thread and
    stops it (and waits for the thread) on exit."""
    sock = _bind(port)
    base = f"http://{HOST}:{sock.getsockname()[1]}"
    server = _uvicorn(sim)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported to the caller's thread below
            failure.append(exc)

    thread = threading.Thread(target=run, name=f"simulator-{base}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if failure or not thread.is_alive():
            sock.close()
            raise RuntimeError("The simulator server did not start.") from (failure[0] if failure else None)
        if time.monotonic() > deadline:
            server.should_exit = True
            thread.join(startup_timeout)
            raise RuntimeError("The simulator server did not start in time.")
        time.sleep(0.01)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=15)
