"""Benchmark: refresh 1,000 vehicles against the simulator (100 ms per request) on the qasync event loop.

Prints the time against the ideal ceil(1000 / concurrency) x 100 ms (DESIGN.md target: within 1.3x) and the
longest stall of the Qt event loop while it runs (target: under 50 ms). The simulator serves on loopback
from a thread of this process; Connect runs at 0 ms latency first, only the refreshes are measured.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/refresh_1000.py [--vehicles N]
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtCore import QCoreApplication, QTimer

from shopapp.credentials import new_data_key
from shopapp.domain.plan import default_plan
from shopapp.services.connect import CONNECT_SCOPES, save_connection
from shopapp.services.refresh import Refresher
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator, run_in_thread
from shopapp.smartcar import AppCredentials, SmartcarAuth, SmartcarClient, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.database import open_store
from shopapp.store.models import Customer, Vehicle

LATENCY_MS = 100


class StallMeter:
    """A 5 ms Qt timer; the longest gap between its ticks beyond 5 ms is how long the loop was blocked."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last - 0.005)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest

    def close(self) -> None:
        self._timer.timeout.disconnect(self._tick)
        self._timer.deleteLater()


async def main(vehicles: int) -> None:
    key = new_data_key()
    open_store(Path(tempfile.mkdtemp(prefix="shopapp-refresh-bench-")), "")
    sim = Simulator.generate(vehicles=vehicles, seed=1)
    with run_in_thread(sim) as base:
        endpoints = SmartcarEndpoints.for_server(base)
        credentials = AppCredentials(
            sim.credentials.client_id, sim.credentials.client_secret, "http://localhost:8765/callback"
        )
        async with create_http_client() as http:
            auth = SmartcarAuth(http, endpoints, credentials)
            client = SmartcarClient(http, endpoints)
            started = time.perf_counter()
            for person in sim.customers:
                redirect = await http.get(auth.connect_url(state="bench", scopes=CONNECT_SCOPES))
                code = parse_qs(urlsplit(redirect.headers["Location"]).query)["code"][0]
                pair = await auth.exchange_code(code)
                owner = Customer.create(name=person.name, created_at=sim.clock.now())
                await save_connection(client, pair, owner.id, lambda: key)
            print(
                f"connected {Vehicle.select().count()} vehicles of {len(sim.customers)} owners "
                f"in {time.perf_counter() - started:.1f} s (0 ms latency)"
            )
            sim.config.latency_ms = LATENCY_MS
            tokens = TokenKeeper(auth, lambda: key)
            meter = StallMeter()
            for concurrency in (8, 16):
                for label in ("first refresh (with service history)", "next refresh (steady state)"):
                    refresher = Refresher(client, tokens, default_plan(), concurrency=concurrency)
                    meter.start()
                    summary = await refresher.refresh()
                    stall = meter.stop()
                    ideal = math.ceil(vehicles / concurrency) * LATENCY_MS / 1000
                    print(
                        f"concurrency {concurrency:2d}, {label}: {summary.seconds:.2f} s, "
                        f"ideal {ideal:.2f} s, "
                        f"{summary.seconds / ideal:.2f}x; failed {len(summary.failed)}; "
                        f"longest loop stall {stall * 1000:.0f} ms"
                    )
                Vehicle.update(history_synced_at=None).execute()  # the next concurrency starts afresh
            meter.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vehicles", type=int, default=1000)
    args = parser.parse_args()
    app = QCoreApplication([])
    qasync.run(main(args.vehicles))
