"""Benchmark: refresh 1,000 vehicles against the simulator (100 ms per request) through Smartcar API v2 and
v3 on a plain asyncio event loop, and the official `smartcar` SDK reading the same v2 vehicles.

For each API and concurrency C it measures the first refresh (v2: three years of service history, a second
request per car; v3: the history comes in the one signals call) and the next, steady-state refresh, and
prints: wall time; the ideal ceil(requests / C) x 100 ms, `requests` being the API requests that refresh
made (counted at the HTTP transport; token requests not included); the ratio (DESIGN.md target: within
1.3x, first and steady, v2 and v3, at C = 8 and 16); the mean number of requests in flight (time-weighted,
counted at the HTTP transport: C would be every slot busy all the time); this process's CPU time per car
(every thread: the event loop and the database writer); the longest stall of the event loop (target:
under 50 ms; a full garbage collection here can take 40 ms, which the window avoids with gc.freeze() once
its rows are loaded); and, for v3, the application-token requests the simulator saw in that refresh and
in the whole v3 run, Connect included (target: one). Each concurrency starts from a copy of the same
freshly connected shop, so every first refresh is a real first one.

Then the SDK reading the four signals of the v2 refresh (odometer, engine oil, trouble codes, system
status) of the same connected vehicles with the same access tokens, one vehicle after another: the
straightforward way (one call per endpoint) and with its batch call (one call per vehicle). Target: our
steady-state refresh at concurrency 8 at least 20x faster than the SDK's straightforward way. The SDK is
synchronous: it runs in a worker thread, pointed at the simulator through its own variables
(SMARTCAR_API_ORIGIN...). At 100 ms a request it needs about 400 s (sequential) and 100 s (batch) for 1,000
vehicles; `--sdk-vehicles N` measures it on N vehicles spread over the fleet and extrapolates linearly to
the whole fleet (labelled as such); `--skip-sdk` leaves it out.

The app-level request bucket is off (simulator app_burst 0, shop api_burst 0) throughout. The simulator
serves v2 and v3 on one loopback port from its own process (as Smartcar is another machine: it must not
share this interpreter's lock with the code measured), a fresh one per API; Connect runs at 0 ms latency
first, only the refreshes and the SDK reads are measured.

Plain asyncio: this measures the refresher and the network, not a Qt loop (the window's responsiveness
is measured with the window, benchmarks/window_responsiveness.py).

Run: .venv/bin/python benchmarks/refresh_1000.py [--api v2|v3|both] [--concurrency 8 16] [--vehicles N]
     [--sdk-vehicles N] [--skip-sdk]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import math
import multiprocessing
import multiprocessing.connection
import os
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import smartcar
import smartcar.config

from shopapp.credentials import new_data_key
from shopapp.domain.plan import default_plan
from shopapp.services.connect import CONNECT_SCOPES, save_connection, save_v3_connection
from shopapp.services.refresh import Refresher, RefreshSummary
from shopapp.services.smartcar_source import SNAPSHOT_PATHS
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator, run_in_thread
from shopapp.smartcar import (
    AppCredentials,
    AppTokenSource,
    SmartcarAuth,
    SmartcarClient,
    SmartcarEndpoints,
    SmartcarV3Client,
)
from shopapp.smartcar.http_session import DEFAULT_LIMITS, create_http_client
from shopapp.store.database import DATABASE_FILE_NAME, backup_sqlite, open_store
from shopapp.store.models import Customer, Vehicle, db

LATENCY_MS = 100
CONCURRENCIES = (8, 16)
APIS = ("v2", "v3")
TARGET_RATIO = 1.3
TARGET_SPEEDUP = 20.0
TARGET_APP_TOKENS = 1
TOKEN_PATHS = ("/oauth/token", "/oauth2/token")  # token calls are not API requests (DESIGN.md plan limits)
LABELS = {
    "v2": {"first": "first refresh (+ service history)", "steady": "next refresh (steady state)"},
    "v3": {"first": "first refresh (history in the call)", "steady": "next refresh (steady state)"},
}

# The SDK's method for each signal our refresher reads (SNAPSHOT_PATHS), called in this order.
SDK_CALLS: dict[str, Callable[[smartcar.Vehicle], object]] = {
    "/odometer": smartcar.Vehicle.odometer,
    "/engine/oil": smartcar.Vehicle.engine_oil,
    "/diagnostics/dtcs": smartcar.Vehicle.diagnostic_trouble_codes,
    "/diagnostics/system_status": smartcar.Vehicle.diagnostic_system_status,
}
# The attribute of `vehicle.batch(...)`'s answer for each path (a callable that parses or raises).
SDK_BATCH_ATTRIBUTES = {
    "/odometer": "odometer",
    "/engine/oil": "engine_oil",
    "/diagnostics/dtcs": "diagnostic_trouble_codes",
    "/diagnostics/system_status": "diagnostic_system_status",
}
assert set(SDK_CALLS) == set(SDK_BATCH_ATTRIBUTES) == set(SNAPSHOT_PATHS), "refresh paths changed"


class StallMeter:
    """A task that wakes every 5 ms; the longest gap between its wake-ups beyond 5 ms is how long the
    event loop was blocked."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _tick(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            self.longest = max(self.longest, now - last - 0.005)
            last = now

    def start(self) -> None:
        self.longest = 0.0
        self._task = asyncio.create_task(self._tick())

    async def stop(self) -> float:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        return self.longest


@dataclass
class SdkRun:
    """One SDK pass over `vehicles` cars: wall time, HTTP requests made, per-signal outcomes."""

    vehicles: int
    seconds: float = 0.0
    requests: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)

    def extrapolated(self, fleet: int) -> float:
        return self.seconds / self.vehicles * fleet

    def describe(self) -> str:
        return ", ".join(f"{label} {count}" for label, count in sorted(self.outcomes.items()))

    def tally(self, read: Callable[[], object]) -> None:
        """Counts one signal read through the SDK: "ok", or the error it raised."""
        try:
            read()
        except smartcar.SmartcarException as exc:
            self.outcomes[_error_label(exc)] += 1
        else:
            self.outcomes["ok"] += 1


def _error_label(exc: smartcar.SmartcarException) -> str:
    kind, code = getattr(exc, "type", None), getattr(exc, "code", None)
    if kind:
        return f"error {kind}:{code}" if code else f"error {kind}"
    return f"error {getattr(exc, 'status_code', '?')} {exc}"


def sdk_sequential(cars: list[tuple[str, str]]) -> SdkRun:
    """The straightforward way: one SDK call per endpoint, one vehicle after another."""
    run = SdkRun(len(cars))
    started = time.perf_counter()
    for vehicle_id, access_token in cars:
        vehicle = smartcar.Vehicle(vehicle_id, access_token)
        for call in SDK_CALLS.values():
            run.requests += 1
            run.tally(partial(call, vehicle))
    run.seconds = time.perf_counter() - started
    return run


def sdk_batch(cars: list[tuple[str, str]]) -> SdkRun:
    """The SDK's batch call: one request per vehicle for the four paths, one vehicle after another (each
    item read through its callable, which parses it or raises its error)."""
    run = SdkRun(len(cars))
    started = time.perf_counter()
    for vehicle_id, access_token in cars:
        run.requests += 1
        try:
            answer = smartcar.Vehicle(vehicle_id, access_token).batch(list(SNAPSHOT_PATHS))
        except smartcar.SmartcarException as exc:
            run.outcomes[f"whole batch {_error_label(exc)}"] += len(SNAPSHOT_PATHS)
            continue
        for path in SNAPSHOT_PATHS:
            run.tally(getattr(answer, SDK_BATCH_ATTRIBUTES[path]))
    run.seconds = time.perf_counter() - started
    return run


def point_sdk_at(base_url: str) -> None:
    """The SDK's documented variables; its config module reads them at import, hence the reload."""
    os.environ["SMARTCAR_API_ORIGIN"] = base_url
    os.environ["SMARTCAR_AUTH_ORIGIN"] = f"{base_url}/oauth/token"
    os.environ["SMARTCAR_CONNECT_ORIGIN"] = base_url
    importlib.reload(smartcar.config)
    assert base_url == smartcar.config.API_ORIGIN


def spread_sample(items: list, size: int) -> list:
    """`size` items evenly spread over `items` (all of them when size >= len(items))."""
    if size >= len(items):
        return list(items)
    return [items[i * len(items) // size] for i in range(size)]


def pass_fail(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


class InFlightMeter(httpx.AsyncBaseTransport):
    """The real transport, counting requests in flight: from the moment one is handed to the transport
    until its response body is closed. `begin()` starts a measurement, `end()` returns it."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self._in_flight = 0
        self._area = 0.0  # requests x seconds since begin()
        self._since = self._last = time.perf_counter()
        self.requests = 0  # API requests since begin(), token requests not counted
        self.token_requests = 0

    def begin(self) -> None:
        self._area, self.requests, self.token_requests = 0.0, 0, 0
        self._since = self._last = time.perf_counter()

    def end(self) -> float:
        """The time-weighted mean of requests in flight since begin()."""
        self._change(0)
        return self._area / max(1e-9, self._last - self._since)

    def _change(self, by: int) -> None:
        now = time.perf_counter()
        self._area += self._in_flight * (now - self._last)
        self._last = now
        self._in_flight += by

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(TOKEN_PATHS):
            self.token_requests += 1
        else:
            self.requests += 1
        self._change(+1)
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self._change(-1)
            raise
        response.stream = _CountedStream(response.stream, lambda: self._change(-1))
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _CountedStream(httpx.AsyncByteStream):
    def __init__(self, inner: Any, on_close: Callable[[], None]) -> None:
        self._inner = inner
        self._on_close: Callable[[], None] | None = on_close

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        if self._on_close is not None:
            self._on_close()
            self._on_close = None
        await self._inner.aclose()


def serve_simulator(vehicles: int, commands: multiprocessing.connection.Connection) -> None:
    """The simulator's process: serves the fleet, tells the base URL, owners and v2 client, then answers
    commands (see `_answer`) until told to stop (None)."""
    sim = Simulator.generate(vehicles=vehicles, seed=1)
    sim.config.app_burst = 0  # the app-level bucket off (it is by default; said here so it stays so)
    with run_in_thread(sim) as base:
        owners = [person.name for person in sim.customers]
        commands.send((base, owners, sim.credentials.client_id, sim.credentials.client_secret))
        while (command := commands.recv()) is not None:
            commands.send(_answer(sim, command))


def _answer(sim: Simulator, command: tuple) -> Any:
    name, *args = command
    if name == "latency":
        sim.config.latency_ms = args[0]
        return args[0]
    if name == "connect_all":  # every owner approves at Connect (v3 links them by user id)
        for person in sim.customers:
            sim.connect(person.id)
        return [(person.id, person.name) for person in sim.customers]
    if name == "api_credentials":
        return sim.api_credentials.client_id, sim.api_credentials.client_secret
    if name == "app_token_requests":
        return sim.app_token_requests
    raise ValueError(f"unknown simulator command {name!r}")


@contextlib.contextmanager
def simulator_process(vehicles: int):
    """Yields (commands, base URL, owner names, v2 client id, v2 client secret)."""
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(target=serve_simulator, args=(vehicles, theirs))
    process.start()
    try:
        yield ours, *ours.recv()
    finally:
        ours.send(None)
        process.join(timeout=30)


def ask(commands: multiprocessing.connection.Connection, *command: Any) -> Any:
    commands.send(command)
    return commands.recv()


def set_latency(commands: multiprocessing.connection.Connection, latency_ms: float) -> None:
    ask(commands, "latency", latency_ms)


@dataclass
class Measured:
    """One refresh: wall time, API requests made, mean requests in flight, loop stall, this process's CPU
    time (every thread) per car, token requests."""

    seconds: float
    requests: int
    in_flight: float
    stall: float
    failed: int
    cpu_per_car: float
    app_tokens: int | None = None  # v3: token requests the simulator saw during this refresh

    def ideal(self, concurrency: int) -> float:
        return math.ceil(self.requests / concurrency) * LATENCY_MS / 1000

    def ratio(self, concurrency: int) -> float:
        return self.seconds / self.ideal(concurrency)


def fresh_copy(template: Path) -> Path:
    """A new data folder beside the template holding a copy of the connected shop's database, opened and
    bound."""
    if not db.is_closed():
        db.close()
    home = Path(tempfile.mkdtemp(prefix="copy-", dir=template.parent.parent))
    copy = home / DATABASE_FILE_NAME
    source = open_store(template.parent, "")
    backup_sqlite(source, copy)
    source.close()
    open_store(home, "")
    return home


async def connect_v2(
    http: httpx.AsyncClient, auth: SmartcarAuth, client: SmartcarClient, owners: list[str], key: str
) -> None:
    """Every owner through Connect's code path: authorize URL, the simulator's approval, code exchange."""
    for name in owners:
        redirect = await http.get(auth.connect_url(state="bench", scopes=CONNECT_SCOPES))
        code = parse_qs(urlsplit(redirect.headers["Location"]).query)["code"][0]
        pair = await auth.exchange_code(code)
        owner = Customer.create(name=name, created_at=datetime.now(UTC))
        await save_connection(client, pair, owner.id, lambda: key)


async def connect_v3(v3: SmartcarV3Client, commands: multiprocessing.connection.Connection) -> None:
    """Every owner approves in the simulator; the shop then links them by user id, as Connect v3 does."""
    for user_id, name in ask(commands, "connect_all"):
        await save_v3_connection(v3, user_id, name)


async def run_api(
    api: str,
    vehicles: int,
    concurrencies: list[int],
    sdk_vehicles: int | None,
    skip_sdk: bool,
    scratch: Path,
) -> tuple[dict[tuple[int, str], Measured], int | None, dict[str, SdkRun], int]:
    """Connects a shop on `api` to its own simulator process, then measures a first and a steady-state
    refresh at each concurrency, each on its own copy of the shop (folders in `scratch`). Returns the
    measurements, the v3 run's token requests, the SDK runs and the fleet size."""
    key = new_data_key()
    template = Path(tempfile.mkdtemp(prefix=f"{api}-connected-", dir=scratch)) / DATABASE_FILE_NAME
    open_store(template.parent, "")
    measured: dict[tuple[int, str], Measured] = {}
    sdk_runs: dict[str, SdkRun] = {}
    app_tokens: int | None = None
    with simulator_process(vehicles) as (commands, base, owners, client_id, client_secret):
        endpoints = SmartcarEndpoints.for_server(base)
        meter = InFlightMeter(httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS))
        async with create_http_client(meter) as http:
            credentials = AppCredentials(client_id, client_secret, "http://localhost:8765/callback")
            auth = SmartcarAuth(http, endpoints, credentials)
            client = SmartcarClient(http, endpoints)
            v3 = None
            started = time.perf_counter()
            if api == "v2":
                await connect_v2(http, auth, client, owners, key)
            else:
                api_id, api_secret = ask(commands, "api_credentials")
                v3 = SmartcarV3Client(http, endpoints, AppTokenSource(http, endpoints, api_id, api_secret))
                await connect_v3(v3, commands)
            fleet = Vehicle.select().count()
            print(
                f"{api}: connected {fleet} vehicles of {len(owners)} owners "
                f"in {time.perf_counter() - started:.1f} s (0 ms latency)",
                flush=True,
            )
            db.close()
            set_latency(commands, LATENCY_MS)
            stalls = StallMeter()
            for concurrency in concurrencies:
                fresh_copy(template)
                tokens = TokenKeeper(auth if api == "v2" else None, lambda: key)
                for label in ("first", "steady"):
                    refresher = Refresher(client, tokens, default_plan(), concurrency=concurrency, v3=v3)
                    tokens_before = ask(commands, "app_token_requests") if v3 else None
                    stalls.start()
                    meter.begin()
                    cpu = time.process_time()
                    summary: RefreshSummary = await refresher.refresh()
                    cpu = (time.process_time() - cpu) / max(1, len(summary.results))
                    in_flight = meter.end()
                    stall = await stalls.stop()
                    run = Measured(
                        summary.seconds, meter.requests, in_flight, stall, len(summary.failed), cpu
                    )
                    if v3 is not None:
                        run.app_tokens = ask(commands, "app_token_requests") - tokens_before
                    measured[concurrency, label] = run
                    print(describe(api, concurrency, label, run), flush=True)
            if v3 is not None:
                app_tokens = ask(commands, "app_token_requests")
                print(
                    f"v3: the simulator saw {app_tokens} app-token request(s) in the whole v3 run, Connect "
                    f"included (target {TARGET_APP_TOKENS}: {pass_fail(app_tokens == TARGET_APP_TOKENS)})",
                    flush=True,
                )
            if api == "v2" and not skip_sdk:
                point_sdk_at(base)
                cars = [
                    (vehicle.smartcar_id, await tokens.access_token(vehicle.connection_id))
                    for vehicle in Vehicle.select()
                    .where(Vehicle.connection.is_null(False))
                    .order_by(Vehicle.id)
                ]
                sdk_runs = await measure_sdk(cars, sdk_vehicles)
        db.close()
    return measured, app_tokens, sdk_runs, fleet


async def measure_sdk(cars: list[tuple[str, str]], sdk_vehicles: int | None) -> dict[str, SdkRun]:
    sample = spread_sample(cars, sdk_vehicles if sdk_vehicles is not None else len(cars))
    runs: dict[str, SdkRun] = {}
    for name, how in (("sequential", sdk_sequential), ("batch", sdk_batch)):
        print(
            f"official smartcar SDK {smartcar.__version__}, {name}, on {len(sample)} of {len(cars)} "
            f"vehicles at {LATENCY_MS} ms (app bucket off)...",
            flush=True,
        )
        run = await asyncio.to_thread(how, sample)
        runs[name] = run
        per_request = run.seconds / run.requests * 1000
        line = (
            f"SDK {name}: {run.seconds:.2f} s measured for {run.vehicles} vehicles "
            f"({run.requests} requests, {per_request:.1f} ms each)"
        )
        if len(sample) < len(cars):
            line += f"; extrapolated to {len(cars)} vehicles: {run.extrapolated(len(cars)):.1f} s"
        print(f"{line}; signals: {run.describe()}", flush=True)
    return runs


def verdict(ratio: float) -> str:
    return "PASS" if ratio <= TARGET_RATIO else "MISSED"


def describe(api: str, concurrency: int, label: str, run: Measured) -> str:
    ratio = run.ratio(concurrency)
    line = (
        f"{api} C={concurrency:2d} {LABELS[api][label]}: {run.seconds:.2f} s for {run.requests} requests, "
        f"ideal {run.ideal(concurrency):.2f} s, {ratio:.2f}x {verdict(ratio)}; "
        f"mean in flight {run.in_flight:.1f} of {concurrency}; CPU {run.cpu_per_car * 1000:.1f} ms a car; "
        f"failed {run.failed}; longest loop stall {run.stall * 1000:.0f} ms"
    )
    if run.app_tokens is not None:
        line += f"; app-token requests {run.app_tokens}"
    return line


async def main(
    apis: list[str], concurrencies: list[int], vehicles: int, sdk_vehicles: int | None, skip_sdk: bool
) -> None:
    results: dict[str, dict[tuple[int, str], Measured]] = {}
    app_tokens: int | None = None
    sdk_runs: dict[str, SdkRun] = {}
    fleet = vehicles
    with tempfile.TemporaryDirectory(prefix="shopapp-refresh-bench-") as scratch:
        for api in apis:
            measured, tokens, sdk, fleet = await run_api(
                api, vehicles, concurrencies, sdk_vehicles, skip_sdk, Path(scratch)
            )
            results[api] = measured
            app_tokens = tokens if api == "v3" else app_tokens
            sdk_runs = sdk or sdk_runs
        db.initialize(None)
    print_table(fleet, concurrencies, results, app_tokens, sdk_runs, sdk_vehicles is not None)


def print_table(
    fleet: int,
    concurrencies: list[int],
    results: dict[str, dict[tuple[int, str], Measured]],
    app_tokens: int | None,
    sdk: dict[str, SdkRun],
    sampled: bool,
) -> None:
    rows: list[tuple[str, ...]] = []
    for api, measured in results.items():
        for concurrency in concurrencies:
            for label in ("first", "steady"):
                run = measured[concurrency, label]
                ratio = run.ratio(concurrency)
                rows.append(
                    (
                        f"{api}, C={concurrency}, {LABELS[api][label]}",
                        f"{run.seconds:.2f} s",
                        f"{run.ideal(concurrency):.2f} s",
                        f"{ratio:.2f}x",
                        verdict(ratio),
                        f"{run.in_flight:.1f}",
                        f"{run.cpu_per_car * 1000:.1f} ms",
                    )
                )
    width = max(len(row[0]) for row in rows)
    print(
        f"\n{fleet} vehicles, {LATENCY_MS} ms latency, app-level bucket off; target <= {TARGET_RATIO}x ideal"
    )
    print(f"  {'refresh':<{width}}  {'time':>8}  {'ideal':>8}  {'ratio':>6}  {'':6}  in flight  CPU a car")
    for label, seconds, ideal, ratio, mark, in_flight, cpu in rows:
        print(
            f"  {label:<{width}}  {seconds:>8}  {ideal:>8}  {ratio:>6}  {mark:<6}  {in_flight:>9}  {cpu:>9}"
        )
    if app_tokens is not None:
        mark = pass_fail(app_tokens == TARGET_APP_TOKENS)
        print(f"  v3 app-token requests, whole run (Connect included): {app_tokens} (target 1: {mark})")
    if sdk and "v2" in results and (8, "steady") in results["v2"]:
        note = " (extrapolated)" if sampled else ""
        ours8 = results["v2"][8, "steady"].seconds
        sequential, batch = sdk["sequential"].extrapolated(fleet), sdk["batch"].extrapolated(fleet)
        print(
            f"  SDK sequential, 4 calls/vehicle{note}: {sequential:.1f} s; "
            f"SDK batch, 1 call/vehicle: {batch:.1f} s"
        )
        print(
            f"  speed-up of ours (v2, C=8, steady) over SDK sequential{note}: {sequential / ours8:.1f}x "
            f"(target >= {TARGET_SPEEDUP:.0f}x: {pass_fail(sequential / ours8 >= TARGET_SPEEDUP)}); "
            f"over SDK batch: {batch / ours8:.1f}x"
        )
    print(flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--api", choices=("v2", "v3", "both"), default="both", help="default both")
    parser.add_argument(
        "--concurrency", type=int, nargs="+", default=list(CONCURRENCIES), help="default 8 16"
    )
    parser.add_argument("--vehicles", type=int, default=1000, help="fleet size (default 1000)")
    parser.add_argument(
        "--sdk-vehicles",
        type=int,
        default=None,
        metavar="N",
        help="measure the SDK on N vehicles spread over the fleet and extrapolate (default: all vehicles)",
    )
    parser.add_argument("--skip-sdk", action="store_true", help="leave the SDK comparison out")
    args = parser.parse_args()
    if args.vehicles < 1 or (args.sdk_vehicles is not None and args.sdk_vehicles < 1):
        parser.error("--vehicles and --sdk-vehicles must be at least 1")
    if any(c < 1 for c in args.concurrency):
        parser.error("--concurrency must be at least 1")
    chosen = list(APIS) if args.api == "both" else [args.api]
    asyncio.run(main(chosen, args.concurrency, args.vehicles, args.sdk_vehicles, args.skip_sdk))
