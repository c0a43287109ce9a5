"""Benchmark: the webhook receiver under load (issue 16), on a real PostgreSQL on loopback; figures printed,
nothing asserted (the exit status is 0 whatever the figures say).

The receiver runs as `shopapp webhooks serve` in a process of its own, on a fresh `*_bench` database in
which the simulated fleet's cars are the shop's (linked by their Smartcar ids, so every event applies).
This process is Smartcar: it prepares rate x seconds distinct signed VEHICLE_STATE events
(WebhookDeliverer.synthetic_events: each car's odometer 0.1 km further and oemUpdatedAt 1 s later than in
its previous event), lays the fault plan over them (FaultPlanner, seeded; default the `flaky` profile:
10 % duplicates, 5 % reordered, 1 % badly signed) and sends the whole plan evenly spread over `seconds`,
each request launched as a task at its time so a slow answer never delays the next one. A duplicate is
the same body and signature again (the receiver acknowledges it, `stored: false`); a reordered event goes
after its car's next event; a forged copy (wrong key) comes in addition to the good delivery and must be
refused with 401. Then it waits until the receiver has applied every stored event and stops it with
SIGTERM. The sender is a lean HTTP/1.1 client (keep-alive, a new connection whenever none is idle): with
httpx (`--client httpx`) this process spent more CPU than the receiver and its lag was measured instead.

Prints: deliveries sent by kind and rate; answers by status; accepted (`stored: true`), duplicates
acknowledged (`stored: false`), refused (401); acknowledgement latency (request start to answer) p50 / p99
/ max over signed deliveries and over forged ones, and the slowest 5-s windows (UTC, to match with
PostgreSQL's log); the sender's own lag; the load average; CPU of the receiver and of this process; what
was left to apply when sending ended and how long applying it took; the database's rows (webhook_event by
state, odometer_reading, live_change); and the proofs: lost = good events acknowledged (200) but not
stored, doubled = odometer rows beyond one per good event stored (each event carries a distinct (car,
oemUpdatedAt) odometer), unapplied = stored events not in state `applied`; unacknowledged = good events
no send of which got a 200 (Smartcar would retry those; not a loss).
Target on the 2-core machine: p99 acknowledgement < 100 ms, 0 lost, 0 doubled (TARGET MET / MISSED lines).
The machine is shared: compare the load average printed before reading much into a latency figure.

Diagnostics: `--probe-database` times a one-row commit every 20 ms from a process of its own (PostgreSQL's
own stalls, told from the receiver's); `--switch-interval MS` starts the receiver with that GIL switch
interval; `--trace-receiver` times its database calls (queue wait and run time of stores, applier passes);
`--profile-receiver FILE` runs it under cProfile (its event-loop thread only).

The database is reset (DROP SCHEMA public CASCADE): the script refuses any database whose name does not end
in `_bench`. Create it once: su postgres -c "createdb -O shopapp shopapp_bench".

Run: .venv/bin/python benchmarks/webhook_load.py [--rate 200] [--seconds 60] [--vehicles 200]
     [--faults flaky] [--database-url postgresql://shopapp:shopapp@127.0.0.1:5432/shopapp_bench]
     [--client raw|httpx] [--probe-database] [--trace-receiver] [--switch-interval MS]
     [--profile-receiver FILE.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import itertools
import json
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import peewee
from playhouse.db_url import connect

from shopapp.simulator import Simulator
from shopapp.simulator.webhook_delivery import DELIVERY_TIMEOUT_S, PreparedEvent, WebhookDeliverer
from shopapp.simulator.webhook_events import SIGNATURE_HEADER, USER_AGENT, forged_signature
from shopapp.simulator.webhook_faults import FaultPlanner, parse_webhook_faults
from shopapp.store.bulk import insert_rows
from shopapp.store.database import open_store
from shopapp.store.models import Customer, LiveChange, OdometerReading, Vehicle, WebhookEvent, db
from shopapp.store.rows import tuple_rows

DEFAULT_URL = "postgresql://shopapp:shopapp@127.0.0.1:5432/shopapp_bench"
PATH = "/smartcar/webhook"
TARGET_P99_MS = 100.0
APPLY_WAIT_S = 120.0
CONNECTIONS_PER_CLIENT = 20
PROBE_EVERY_S = 0.02
IDLE_REUSE_S = 3.0  # under uvicorn's keep-alive timeout (5 s)
WINDOW_S = 5.0
CREATED = datetime(2024, 1, 1, tzinfo=UTC)

FIRST, DUPLICATE, REORDERED, FORGED = "first", "duplicate", "reordered", "forged"


@dataclass(frozen=True, slots=True)
class Send:
    event: PreparedEvent
    kind: str  # FIRST (in order), REORDERED (after its car's next event), DUPLICATE, FORGED


@dataclass(frozen=True, slots=True)
class Answer:
    event_id: str
    kind: str
    status: int | None  # None: no answer (`error` says why)
    stored: bool | None  # the receiver's `stored` for a 200
    latency_s: float
    sent_at: float  # time.time() when the request started
    error: str | None = None


# --- the database -------------------------------------------------------------------------------------


def reset_database(url: str, home: Path) -> None:
    """Empties the bench database and migrates it to the latest schema (open_store binds the store)."""
    name = url.rsplit("/", 1)[-1].split("?", 1)[0]
    if not name.endswith("_bench"):
        sys.exit(
            f"Refusing to reset {name!r}: the benchmark only resets a database whose name ends in _bench."
        )
    database = connect(url)
    try:
        with database.connection_context():
            database.execute_sql("DROP SCHEMA public CASCADE")
            database.execute_sql("CREATE SCHEMA public")
    except peewee.OperationalError as exc:
        sys.exit(f'Cannot reach {name}: {exc}\nCreate it once: su postgres -c "createdb -O shopapp {name}"')
    finally:
        database.close()
    open_store(home, url)


def link_fleet(sim: Simulator) -> None:
    """The simulated owners as customers and their cars as the shop's, linked by Smartcar id."""
    with db.atomic():
        insert_rows(
            Customer,
            [
                {"name": person.name, "phone": person.phone, "email": person.email, "created_at": CREATED}
                for person in sim.customers
            ],
        )
        ids = [row[0] for row in tuple_rows(Customer.select(Customer.id).order_by(Customer.id))]
        by_owner = {person.id: row_id for person, row_id in zip(sim.customers, ids, strict=True)}  # fresh DB
        insert_rows(
            Vehicle,
            [
                {
                    "customer": by_owner[car.owner_id],
                    "smartcar_id": car.id,
                    "vin": car.vin,
                    "make": car.make,
                    "model": car.model,
                    "year": car.year,
                    "created_at": CREATED,
                }
                for car in sim.fleet.vehicles.values()
            ],
        )


def inbox_by_state() -> dict[str, int]:
    query = WebhookEvent.select(WebhookEvent.state, peewee.fn.COUNT(WebhookEvent.id)).group_by(
        WebhookEvent.state
    )
    return {state: count for state, count in tuple_rows(query)}


# --- the receiver -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_receiver(
    home: Path, url: str, key: str, profile: str | None, switch_interval_ms: float | None, trace: bool
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "SHOPAPP_HOME": str(home),
        "SHOPAPP_DATABASE_URL": url,
        "SMARTCAR_MANAGEMENT_TOKEN": key,
        "QT_QPA_PLATFORM": "offscreen",
    }
    serve = ["webhooks", "serve", "--port", str(port)]
    if switch_interval_ms is not None or trace:  # the same command, after the changes asked for
        lines = ["import runpy, sys"]
        if switch_interval_ms is not None:
            lines.append(f"sys.setswitchinterval({switch_interval_ms / 1000!r})")
        if trace:
            lines.append(RECEIVER_TRACE.replace("TRACE_FILE", repr(str(home / "trace.json"))))
        lines.append(f"sys.argv = ['shopapp', *{serve!r}]; runpy.run_module('shopapp', run_name='__main__')")
        command = [sys.executable, "-c", "\n".join(lines)]
    else:
        runner = ["-m", "cProfile", "-o", profile] if profile else []
        command = [sys.executable, *runner, "-m", "shopapp", *serve]
    log = (home / "receiver.log").open("wb")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"The receiver exited ({process.returncode}):\n{receiver_log(home)}")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    process.kill()
    sys.exit(f"The receiver did not answer /healthz in 60 s:\n{receiver_log(home)}")


def stop_receiver(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


# --trace-receiver: times every call the receiver's database threads run (DatabaseWorker.run: a store, a
# health check, an applier pass): how long it waited for its thread and how long it ran, written to
# TRACE_FILE every second (uvicorn ends the process by re-raising SIGTERM: no atexit). Measures, changes
# nothing of what the receiver does.
RECEIVER_TRACE = """
import json, threading, time
from shopapp.store import worker as _worker
_records = []
_run = _worker.DatabaseWorker.run
async def _timed_run(self, function, *args):
    submitted = time.perf_counter()
    def timed(*inner):
        started = time.perf_counter()
        try:
            return function(*inner)
        finally:
            ended = time.perf_counter()
            _records.append((getattr(function, '__name__', '?'), started - submitted, ended - started))
    return await _run(self, timed, *args)
_worker.DatabaseWorker.run = _timed_run
def _dump():
    while True:
        time.sleep(1.0)
        with open(TRACE_FILE, 'w') as out:
            json.dump(list(_records), out)
threading.Thread(target=_dump, daemon=True).start()
"""


def trace_lines(home: Path) -> list[str]:
    path = home / "trace.json"
    if not path.exists():
        return ["  (no trace written)"]
    by_name: dict[str, list[tuple[float, float]]] = {}
    for name, waited, ran in json.loads(path.read_text()):
        by_name.setdefault(name, []).append((waited * 1000, ran * 1000))
    lines = []
    for name, timings in sorted(by_name.items()):
        waited = [w for w, _ in timings]
        ran = [r for _, r in timings]
        lines.append(
            f"  {name} ({len(timings)}): waited for its thread p50 {percentile(waited, 0.5):.1f} / p99 "
            f"{percentile(waited, 0.99):.1f} / max {max(waited):.1f} ms; "
            f"ran p50 {percentile(ran, 0.5):.1f} / p99 {percentile(ran, 0.99):.1f} / max {max(ran):.1f} ms, "
            f"{sum(ran) / 1000:.1f} s in all"
        )
    return lines


def receiver_log(home: Path) -> str:
    return (home / "receiver.log").read_text(errors="replace")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- Smartcar's side ----------------------------------------------------------------------------------


def plan_sends(events: list[PreparedEvent], planner: FaultPlanner[PreparedEvent]) -> list[Send]:
    """The planner's sends, each named: an event's first good send is FIRST unless a later event of its car
    went before it (REORDERED); its next good sends are DUPLICATEs; forged copies are FORGED."""
    position = {event.event_id: index for index, event in enumerate(events)}
    planned = planner.plan(events) + planner.release_held()
    newest_sent: dict[str, int] = {}
    seen: set[str] = set()
    sends = []
    for item in planned:
        event = item.event
        if item.forged:
            sends.append(Send(event, FORGED))
            continue
        if event.event_id in seen:
            sends.append(Send(event, DUPLICATE))
            continue
        seen.add(event.event_id)
        index = position[event.event_id]
        late = index < newest_sent.get(event.vehicle_id, -1)
        newest_sent[event.vehicle_id] = max(index, newest_sent.get(event.vehicle_id, -1))
        sends.append(Send(event, REORDERED if late else FIRST))
    return sends


class RawHttp:
    """A lean HTTP/1.1 client: keep-alive connections, a new one whenever none is idle (as many as requests in
    flight, like Smartcar's senders). httpx costs this process ~1 ms of CPU a request and its pool scans
    every connection per request: once the receiver slows, this process becomes the bottleneck it measures."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._host, self._port, self._path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []  # last used at
        self.opened = 0

    async def post(self, body: bytes, signature: str) -> tuple[int, bytes]:
        head = (
            f"POST {self._path} HTTP/1.1\r\nHost: {self._host}:{self._port}\r\nUser-Agent: {USER_AGENT}\r\n"
            f"Content-Type: application/json\r\n{SIGNATURE_HEADER}: {signature}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("ascii")
        reader = writer = None
        while self._idle:  # the most recently used first; uvicorn closes one idle for 5 s
            reader, writer, used_at = self._idle.pop()
            if time.monotonic() - used_at < IDLE_REUSE_S and not reader.at_eof():
                break
            writer.close()
            reader = writer = None
        if reader is None or writer is None:
            reader, writer = await asyncio.open_connection(self._host, self._port)
            self.opened += 1
        try:
            writer.write(head + body)
            status_line, *header_lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            headers = dict(line.lower().split(": ", 1) for line in header_lines if ": " in line)
            content = await reader.readexactly(int(headers.get("content-length", "0")))
        except BaseException:
            writer.close()
            raise
        if headers.get("connection") == "close":
            writer.close()
        else:
            self._idle.append((reader, writer, time.monotonic()))
        return int(status_line.split(" ", 2)[1]), content

    async def close(self) -> None:
        for _, writer, _ in self._idle:
            writer.close()
        self._idle.clear()


class HttpxSenders:
    """The same through httpx: `clients` AsyncClients, CONNECTIONS_PER_CLIENT connections each, round-robin
    (one pool of hundreds of connections costs more CPU here than the receiver spends)."""

    def __init__(self, url: str, clients: int) -> None:
        limits = httpx.Limits(
            max_connections=CONNECTIONS_PER_CLIENT, max_keepalive_connections=CONNECTIONS_PER_CLIENT
        )
        self._url = url
        self._clients = [
            httpx.AsyncClient(limits=limits, timeout=15.0, headers={"User-Agent": USER_AGENT})
            for _ in range(clients)
        ]
        self._turn = itertools.count()

    async def post(self, body: bytes, signature: str) -> tuple[int, bytes]:
        client = self._clients[next(self._turn) % len(self._clients)]
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signature}
        response = await client.post(self._url, content=body, headers=headers)
        return response.status_code, response.content

    async def close(self) -> None:
        for client in self._clients:
            await client.aclose()


async def deliver(http: RawHttp | HttpxSenders, key: str, send: Send) -> Answer:
    signature = forged_signature(key, send.event.body) if send.kind == FORGED else send.event.signature
    sent_at, started = time.time(), time.perf_counter()
    try:
        status, content = await asyncio.wait_for(http.post(send.event.body, signature), DELIVERY_TIMEOUT_S)
    except (OSError, TimeoutError, asyncio.IncompleteReadError, httpx.HTTPError) as exc:
        return Answer(
            send.event.event_id,
            send.kind,
            None,
            None,
            time.perf_counter() - started,
            sent_at,
            type(exc).__name__,
        )
    latency = time.perf_counter() - started
    stored = bool(json.loads(content).get("stored")) if status == 200 else None
    return Answer(send.event.event_id, send.kind, status, stored, latency, sent_at)


async def send_all(
    sends: list[Send], url: str, key: str, seconds: float, client: str, clients: int
) -> tuple[list[Answer], list[float], int]:
    """Sends the plan evenly over `seconds` (send j at t0 + j x gap), each as its own task; returns the
    answers, how late each send started against its time, and how many connections the raw client opened."""
    gap = seconds / len(sends)
    http = RawHttp(url) if client == "raw" else HttpxSenders(url, clients)
    try:
        loop = asyncio.get_running_loop()
        tasks = []
        lateness = []
        t0 = loop.time() + 0.05
        for index, send in enumerate(sends):
            due = t0 + index * gap
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            lateness.append(max(0.0, loop.time() - due))
            tasks.append(asyncio.create_task(deliver(http, key, send)))
        answers = await asyncio.gather(*tasks)
    finally:
        await http.close()
    return list(answers), lateness, http.opened if isinstance(http, RawHttp) else 0


def probe_database(url: str, stop: Any, results: Any) -> None:
    """In a process of its own: a one-row INSERT committed every PROBE_EVERY_S on a connection of its own,
    each timed, until `stop` is set; sends [(time.time() at start, seconds)] to `results`. Tells a stall of
    PostgreSQL itself (a checkpoint's fsyncs, another database's load) from one of the receiver."""
    database = connect(url)
    timings = []
    with database.connection_context():
        database.execute_sql("CREATE TEMPORARY TABLE probe (id serial PRIMARY KEY, at double precision)")
        while not stop.wait(PROBE_EVERY_S):
            at, started = time.time(), time.perf_counter()
            with database.atomic():
                database.execute_sql("INSERT INTO probe (at) VALUES (%s)", (at,))
            timings.append((at, time.perf_counter() - started))
    database.close()
    results.send(timings)


@contextlib.contextmanager
def database_probe(url: str, enabled: bool) -> Iterator[list[tuple[float, float]] | None]:
    if not enabled:
        yield None
        return
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=probe_database, args=(url, stop, sending), daemon=True)
    process.start()
    timings: list[tuple[float, float]] = []
    try:
        yield timings
    finally:
        stop.set()
        timings.extend(receiving.recv())
        process.join()


# --- figures ------------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def latency_line(label: str, latencies: list[float]) -> str:
    if not latencies:
        return f"  {label}: none"
    ms = [value * 1000 for value in latencies]
    return (
        f"  {label} ({len(ms)}): p50 {percentile(ms, 0.50):.1f} ms, p99 {percentile(ms, 0.99):.1f} ms, "
        f"max {max(ms):.1f} ms, mean {statistics.fmean(ms):.1f} ms"
    )


def worst_windows(samples: list[tuple[float, float]], count: int = 3) -> str:
    """The `count` WINDOW_S-long windows with the longest max of (time.time(), seconds) samples, as
    "HH:MM:SS max N ms p99 M ms (K samples)", for matching with PostgreSQL's log."""
    windows: dict[int, list[float]] = {}
    for at, seconds in samples:
        windows.setdefault(int(at // WINDOW_S), []).append(seconds * 1000)
    worst = sorted(windows.items(), key=lambda item: max(item[1]), reverse=True)[:count]
    return "; ".join(
        f"{datetime.fromtimestamp(key * WINDOW_S, UTC):%H:%M:%S} max {max(ms):.0f} ms p99 "
        f"{percentile(ms, 0.99):.0f} ms ({len(ms)})"
        for key, ms in worst
    )


def verdict(label: str, met: bool, detail: str) -> str:
    return f"{'TARGET MET' if met else 'TARGET MISSED'}: {label} ({detail})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rate", type=float, default=200.0, help="good events per second (default 200)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to send (default 60)")
    parser.add_argument("--vehicles", type=int, default=200, help="cars in the fleet (default 200)")
    parser.add_argument("--faults", default="flaky", help="webhook fault profile (default flaky)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw", help="HTTP client (default raw)")
    parser.add_argument(
        "--clients", type=int, default=16, help=f"httpx clients, {CONNECTIONS_PER_CLIENT} connections each"
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument(
        "--probe-database",
        action="store_true",
        help=f"time a one-row commit every {PROBE_EVERY_S * 1000:.0f} ms on a connection of its own",
    )
    parser.add_argument(
        "--switch-interval",
        type=float,
        metavar="MS",
        help="the receiver's GIL switch interval (sys.setswitchinterval; Python's default is 5 ms)",
    )
    parser.add_argument(
        "--trace-receiver",
        action="store_true",
        help="time the receiver's database calls (queue wait and run time of stores and applier passes)",
    )
    parser.add_argument("--profile-receiver", metavar="FILE", help="run the receiver under cProfile")
    args = parser.parse_args()
    faults = parse_webhook_faults(args.faults)
    count = round(args.rate * args.seconds)

    home = Path(tempfile.mkdtemp(prefix="shopapp-webhook-load-"))
    started = time.perf_counter()
    sim = Simulator.generate(args.vehicles, seed=args.seed)
    reset_database(args.database_url, home)
    link_fleet(sim)
    process, base = start_receiver(
        home,
        args.database_url,
        sim.management_token,
        args.profile_receiver,
        args.switch_interval,
        args.trace_receiver,
    )
    url = base + PATH
    deliverer = WebhookDeliverer(sim, url)
    events = deliverer.synthetic_events(count)
    sends = plan_sends(events, FaultPlanner(faults, args.seed))
    print(
        f"Set-up: {args.vehicles} linked cars, {count} events prepared, receiver pid {process.pid} at {base} "
        f"({time.perf_counter() - started:.1f} s); log {home / 'receiver.log'}",
        flush=True,
    )

    gc.collect()
    gc.freeze()  # the prepared events stay: no full collection walks them mid-run
    receiver_cpu, own_cpu = cpu_seconds(process.pid), time.process_time()
    load_before = os.getloadavg()[0]
    sending_started = time.perf_counter()
    with database_probe(args.database_url, args.probe_database) as probe:
        answers, lateness, opened = asyncio.run(
            send_all(sends, url, sim.management_token, args.seconds, args.client, args.clients)
        )
    sending_s = time.perf_counter() - sending_started
    load_after = os.getloadavg()[0]
    receiver_cpu_sending = cpu_seconds(process.pid) - receiver_cpu
    own_cpu = time.process_time() - own_cpu

    backlog = inbox_by_state()
    to_apply = sum(n for state, n in backlog.items() if state != "applied")
    apply_started = time.perf_counter()
    states = backlog
    while time.perf_counter() - apply_started < APPLY_WAIT_S:
        states = inbox_by_state()
        if sum(n for state, n in states.items() if state != "applied") == 0:
            break
        time.sleep(0.2)
    applied_s = time.perf_counter() - apply_started
    receiver_cpu_all = cpu_seconds(process.pid) - receiver_cpu
    exit_code = stop_receiver(process)
    # uvicorn re-raises the SIGTERM it caught once its graceful shutdown is done: -15 is a clean stop too.
    graceful = exit_code in (0, -signal.SIGTERM) and "Application shutdown complete" in receiver_log(home)

    kinds = Counter(send.kind for send in sends)
    by_status = Counter(answer.status for answer in answers)
    errors = Counter(answer.error for answer in answers if answer.error)
    accepted = sum(1 for answer in answers if answer.stored is True)
    acknowledged = sum(1 for answer in answers if answer.stored is False)
    rejected = by_status.get(401, 0)
    signed = [answer.latency_s for answer in answers if answer.kind != FORGED and answer.status is not None]
    forged = [answer.latency_s for answer in answers if answer.kind == FORGED and answer.status is not None]

    sent_ids = {event.event_id for event in events}
    stored_ids = {row[0] for row in tuple_rows(WebhookEvent.select(WebhookEvent.event_id))}
    odometer_rows = OdometerReading.select().count()
    distinct_readings = (
        OdometerReading.select(OdometerReading.vehicle, OdometerReading.recorded_at).distinct().count()
    )
    live_changes = LiveChange.select().count()
    acknowledged_ids = {a.event_id for a in answers if a.kind != FORGED and a.status == 200}
    lost = len(acknowledged_ids - stored_ids)  # acknowledged, so Smartcar would never send it again
    stray = len(stored_ids - sent_ids)
    unacknowledged = len(sent_ids - acknowledged_ids)  # no 200 for any send: Smartcar would retry it
    doubled = odometer_rows - len(stored_ids & sent_ids)
    unapplied = sum(n for state, n in states.items() if state != "applied")
    p99_ms = percentile(signed, 0.99) * 1000 if signed else float("inf")

    print(
        f"Faults: {faults.name} (duplicate {faults.duplicate}, reorder {faults.reorder}, "
        f"bad signature {faults.bad_signature})"
    )
    print(
        f"Sent: {len(sends)} deliveries in {sending_s:.1f} s ({len(sends) / sending_s:.0f}/s; "
        f"{count} good events at {count / sending_s:.0f}/s): good in order {kinds[FIRST]}, "
        f"duplicate {kinds[DUPLICATE]}, reordered {kinds[REORDERED]}, forged {kinds[FORGED]}"
    )
    statuses = ", ".join(
        f"{status if status is not None else 'no answer'}: {n}"
        for status, n in sorted(by_status.items(), key=str)
    )
    print(f"Answers by status: {statuses}" + (f"; errors {dict(errors)}" if errors else ""))
    print(
        f"Accepted (stored: true): {accepted}; duplicates acknowledged (stored: false): {acknowledged}; "
        f"rejected (401): {rejected}"
    )
    print("Acknowledgement latency:")
    print(latency_line("signed deliveries", signed))
    print(latency_line("forged deliveries", forged))
    print(
        f"  slowest {WINDOW_S:.0f}-s windows (UTC, signed): "
        + worst_windows([(a.sent_at, a.latency_s) for a in answers if a.kind != FORGED and a.status])
    )
    if probe is not None:
        probe_ms = [seconds * 1000 for _, seconds in probe]
        print(
            f"Database probe ({len(probe_ms)} one-row commits on their own connection): p50 "
            f"{percentile(probe_ms, 0.5):.1f} ms, p99 {percentile(probe_ms, 0.99):.1f} ms, "
            f"max {max(probe_ms):.1f} ms; "
            f"slowest windows: {worst_windows(probe)}"
        )
    lateness_ms = [value * 1000 for value in lateness]
    print(
        f"Sender behind schedule: p99 {percentile(lateness_ms, 0.99):.1f} ms, max {max(lateness_ms):.1f} ms "
        f"(this process's own lag, not the receiver's); client {args.client}"
        + (f", {opened} connections opened" if args.client == "raw" else f", {args.clients} clients")
    )
    print(f"Load average (1 min) before / after sending: {load_before:.2f} / {load_after:.2f} (2 CPUs)")
    print(
        f"CPU: receiver {receiver_cpu_sending:.1f} s while sending "
        f"({receiver_cpu_sending / sending_s * 100:.0f} % of a core), {receiver_cpu_all:.1f} s until all "
        f"applied; this process {own_cpu:.1f} s while sending"
    )
    print(f"Still to apply when sending ended: {to_apply}; all applied {applied_s:.2f} s after sending ended")
    if args.trace_receiver:
        print("Receiver's database threads (--trace-receiver):")
        for line in trace_lines(home):
            print(line)
    print(f"Receiver stopped with SIGTERM: exit {exit_code}, {'graceful' if graceful else 'NOT graceful'}")
    states_text = ", ".join(f"{state} {n}" for state, n in sorted(states.items()))
    print(
        f"Database: webhook_event {sum(states.values())} ({states_text}); odometer_reading {odometer_rows} "
        f"({distinct_readings} distinct (car, time)); live_change {live_changes}"
    )
    print(
        f"Proofs: lost {lost} (acknowledged but not stored), stray {stray} (stored but never sent), "
        f"doubled {doubled} (odometer rows - good events stored), unapplied {unapplied}; "
        f"unacknowledged {unacknowledged} (no 200 for any send: Smartcar would retry them, 25 s later)"
    )
    print(
        verdict(f"p99 acknowledgement < {TARGET_P99_MS:.0f} ms", p99_ms < TARGET_P99_MS, f"{p99_ms:.1f} ms")
    )
    print(
        verdict(
            "0 lost",
            lost == 0 and stray == 0,
            f"lost {lost}, stray {stray}; {unacknowledged} left to Smartcar's retries",
        )
    )
    print(verdict("0 doubled", doubled == 0 and distinct_readings == odometer_rows, f"doubled {doubled}"))
    print(verdict("0 unapplied", unapplied == 0, f"unapplied {unapplied}"))
    if not graceful or unapplied or lost or errors:
        print(f"--- receiver log (last lines) ---\n{receiver_log(home)[-3000:]}")


if __name__ == "__main__":
    main()
