"""Benchmark: refresh 1,000 vehicles against the simulator (100 ms per request) on a plain asyncio event
loop, and the official `smartcar` SDK reading the same vehicles, in the same run.

Prints our refresh time against the ideal ceil(1000 / concurrency) x 100 ms (DESIGN.md target: within
1.3x at concurrency 8 and 16) and the longest stall of the event loop while it runs (target: under
50 ms); then the SDK reading the same four signals (odometer, engine oil, trouble codes, system status)
of the same connected vehicles with the same access tokens, one vehicle after another: the
straightforward way (one call per endpoint) and with its batch call (one call per vehicle). Target: our
refresh at concurrency 8 at least 20x faster than the SDK's straightforward way. The app-level request
bucket is off (simulator app_burst 0) throughout.

The simulator serves on loopback from its own process (as Smartcar is another machine: it must not share
this interpreter's lock with the code measured); Connect runs at 0 ms latency first, only the refreshes
and the SDK reads are measured. The SDK is synchronous: it runs in a worker thread, pointed
at the simulator through its own variables (SMARTCAR_API_ORIGIN...). At 100 ms a request it needs about
400 s (sequential) and 100 s (batch) for 1,000 vehicles; `--sdk-vehicles N` measures it on N vehicles
spread over the fleet and extrapolates linearly to the whole fleet (labelled as such).

Plain asyncio: this measures the refresher and the network, not a Qt loop (the window's responsiveness
is measured with the window). PySide6 6.12.0 on Python 3.11 leaked a reference to None per Qt call and
crashed a qasync run of this benchmark ("none_dealloc"); pyproject.toml keeps 3.11 on PySide6 < 6.12.

Run: .venv/bin/python benchmarks/refresh_1000.py [--vehicles N] [--sdk-vehicles N]
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import smartcar
import smartcar.config

from shopapp.credentials import new_data_key
from shopapp.domain.plan import default_plan
from shopapp.services.connect import CONNECT_SCOPES, save_connection
from shopapp.services.refresh import Refresher
from shopapp.services.smartcar_source import SNAPSHOT_PATHS
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator, run_in_thread
from shopapp.smartcar import AppCredentials, SmartcarAuth, SmartcarClient, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.database import open_store
from shopapp.store.models import Customer, Vehicle

LATENCY_MS = 100
CONCURRENCIES = (8, 16)
TARGET_RATIO = 1.3
TARGET_SPEEDUP = 20.0

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
            try:
                call(vehicle)
            except smartcar.SmartcarException as exc:
                run.outcomes[_error_label(exc)] += 1
            else:
                run.outcomes["ok"] += 1
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
            try:
                getattr(answer, SDK_BATCH_ATTRIBUTES[path])()
            except smartcar.SmartcarException as exc:
                run.outcomes[_error_label(exc)] += 1
            else:
                run.outcomes["ok"] += 1
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


def serve_simulator(vehicles: int, commands: multiprocessing.connection.Connection) -> None:
    """The simulator's process: serves the fleet, tells the base URL and owners, then takes latency
    changes until told to stop (None)."""
    sim = Simulator.generate(vehicles=vehicles, seed=1)
    sim.config.app_burst = 0  # the app-level bucket off (it is by default; said here so it stays so)
    with run_in_thread(sim) as base:
        owners = [person.name for person in sim.customers]
        commands.send((base, owners, sim.credentials.client_id, sim.credentials.client_secret))
        while (latency := commands.recv()) is not None:
            sim.config.latency_ms = latency
            commands.send(latency)


@contextlib.contextmanager
def simulator_process(vehicles: int):
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.get_context("spawn").Process(target=serve_simulator, args=(vehicles, theirs))
    process.start()
    try:
        yield ours, *ours.recv()
    finally:
        ours.send(None)
        process.join(timeout=30)


def set_latency(commands: multiprocessing.connection.Connection, latency_ms: float) -> None:
    commands.send(latency_ms)
    commands.recv()


async def main(vehicles: int, sdk_vehicles: int | None) -> None:
    key = new_data_key()
    open_store(Path(tempfile.mkdtemp(prefix="shopapp-refresh-bench-")), "")
    with simulator_process(vehicles) as (commands, base, owners, client_id, client_secret):
        point_sdk_at(base)
        endpoints = SmartcarEndpoints.for_server(base)
        credentials = AppCredentials(client_id, client_secret, "http://localhost:8765/callback")
        async with create_http_client() as http:
            auth = SmartcarAuth(http, endpoints, credentials)
            client = SmartcarClient(http, endpoints)
            started = time.perf_counter()
            for name in owners:
                redirect = await http.get(auth.connect_url(state="bench", scopes=CONNECT_SCOPES))
                code = parse_qs(urlsplit(redirect.headers["Location"]).query)["code"][0]
                pair = await auth.exchange_code(code)
                owner = Customer.create(name=name, created_at=datetime.now(UTC))
                await save_connection(client, pair, owner.id, lambda: key)
            fleet = Vehicle.select().count()
            print(
                f"connected {fleet} vehicles of {len(owners)} owners "
                f"in {time.perf_counter() - started:.1f} s (0 ms latency)",
                flush=True,
            )
            set_latency(commands, LATENCY_MS)
            tokens = TokenKeeper(auth, lambda: key)
            meter = StallMeter()
            ours: dict[tuple[int, str], float] = {}
            for concurrency in CONCURRENCIES:
                for label in ("first", "steady"):
                    refresher = Refresher(client, tokens, default_plan(), concurrency=concurrency)
                    meter.start()
                    summary = await refresher.refresh()
                    stall = await meter.stop()
                    ours[concurrency, label] = summary.seconds
                    ideal = math.ceil(fleet / concurrency) * LATENCY_MS / 1000
                    what = (
                        "first refresh (with service history)"
                        if label == "first"
                        else "next refresh (steady state)"
                    )
                    print(
                        f"concurrency {concurrency:2d}, {what}: {summary.seconds:.2f} s, "
                        f"ideal {ideal:.2f} s, "
                        f"{summary.seconds / ideal:.2f}x; failed {len(summary.failed)}; "
                        f"longest loop stall {stall * 1000:.0f} ms",
                        flush=True,
                    )
                Vehicle.update(history_synced_at=None).execute()  # the next concurrency starts afresh
            # The same connected vehicles and the same access tokens, for the SDK.
            cars = [
                (vehicle.smartcar_id, await tokens.access_token(vehicle.connection_id))
                for vehicle in Vehicle.select().where(Vehicle.connection.is_null(False)).order_by(Vehicle.id)
            ]
        sample = spread_sample(cars, sdk_vehicles if sdk_vehicles is not None else len(cars))
        sampled = len(sample) < len(cars)
        sdk_runs: dict[str, SdkRun] = {}
        for name, how in (("sequential", sdk_sequential), ("batch", sdk_batch)):
            print(
                f"official smartcar SDK {smartcar.__version__}, {name}, on {len(sample)} of {len(cars)} "
                f"vehicles at {LATENCY_MS} ms (app bucket off)...",
                flush=True,
            )
            run = await asyncio.to_thread(how, sample)
            sdk_runs[name] = run
            per_request = run.seconds / run.requests * 1000
            line = (
                f"SDK {name}: {run.seconds:.2f} s measured for {run.vehicles} vehicles "
                f"({run.requests} requests, {per_request:.1f} ms each)"
            )
            if sampled:
                line += f"; extrapolated to {len(cars)} vehicles: {run.extrapolated(len(cars)):.1f} s"
            print(f"{line}; signals: {run.describe()}", flush=True)

    print_table(fleet, ours, sdk_runs, sampled)


def print_table(
    fleet: int, ours: dict[tuple[int, str], float], sdk: dict[str, SdkRun], sampled: bool
) -> None:
    note = " (extrapolated)" if sampled else ""
    sequential, batch = sdk["sequential"].extrapolated(fleet), sdk["batch"].extrapolated(fleet)
    ours8 = ours[8, "steady"]
    rows: list[tuple[str, str, str]] = []
    for concurrency in CONCURRENCIES:
        ideal = math.ceil(fleet / concurrency) * LATENCY_MS / 1000
        ratio = ours[concurrency, "steady"] / ideal
        rows.append((f"ours, C={concurrency}, steady state", f"{ours[concurrency, 'steady']:.2f} s", ""))
        rows.append((f"ideal ceil({fleet}/{concurrency}) x {LATENCY_MS} ms", f"{ideal:.2f} s", ""))
        rows.append(
            (
                f"ratio to ideal, C={concurrency}",
                f"{ratio:.2f}x",
                f"target <= {TARGET_RATIO}x: {pass_fail(ratio <= TARGET_RATIO)}",
            )
        )
    for concurrency in CONCURRENCIES:
        rows.append(
            (
                f"ours, C={concurrency}, first refresh (+ service history)",
                f"{ours[concurrency, 'first']:.2f} s",
                "for information",
            )
        )
    if sampled:
        for name in ("sequential", "batch"):
            run = sdk[name]
            rows.append((f"SDK {name}, measured on {run.vehicles} vehicles", f"{run.seconds:.2f} s", ""))
    rows.append((f"SDK sequential, 4 calls/vehicle{note}", f"{sequential:.1f} s", ""))
    rows.append((f"SDK batch, 1 call/vehicle{note}", f"{batch:.1f} s", ""))
    rows.append(
        (
            f"speed-up ours C=8 over SDK sequential{note}",
            f"{sequential / ours8:.1f}x",
            f"target >= {TARGET_SPEEDUP:.0f}x: {pass_fail(sequential / ours8 >= TARGET_SPEEDUP)}",
        )
    )
    rows.append((f"speed-up ours C=8 over SDK batch{note}", f"{batch / ours8:.1f}x", ""))
    width = max(len(row[0]) for row in rows)
    print(
        f"\n{fleet} vehicles, {LATENCY_MS} ms latency, app-level bucket off"
        f"{', SDK extrapolated linearly from a sample' if sampled else ''}"
    )
    for label, value, remark in rows:
        print(f"  {label:<{width}}  {value:>9}  {remark}".rstrip())
    print(flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--vehicles", type=int, default=1000, help="fleet size (default 1000)")
    parser.add_argument(
        "--sdk-vehicles",
        type=int,
        default=None,
        metavar="N",
        help="measure the SDK on N vehicles spread over the fleet and extrapolate (default: all vehicles)",
    )
    args = parser.parse_args()
    if args.vehicles < 1 or (args.sdk_vehicles is not None and args.sdk_vehicles < 1):
        parser.error("--vehicles and --sdk-vehicles must be at least 1")
    asyncio.run(main(args.vehicles, args.sdk_vehicles))
