"""Delivering webhooks from a Simulator to a receiver (reference/smartcar-v3.md sections 7.2-7.6).

deliverer = WebhookDeliverer(sim, "https://shop.example/smartcar/webhook")   # registers a webhook
await deliverer.verify()            # VERIFY; True when the answer is the HMAC of the challenge
await deliverer.deliver_changes()   # one pass: VEHICLE_STATE / VEHICLE_ERROR for what changed
deliverer.attempts                  # every attempt: status code, latency, eventId, deliveryId

- Nothing but VERIFY reaches a webhook that has not passed VERIFY (or is disabled).
- A pass looks at every car subscribed to the webhook (auto-enrollment applied first): the first pass
  after a car is subscribed sends its full state with trigger FIRST_DELIVERY; later ones send a car's state
  when a signal's value (body or status) changed since the last delivery, its triggers naming those
  signals. A car asleep or unreachable (`sim.faults.force("asleep"|"upstream"|"timeout", vehicle_id=...)`
  with no path) or whose connection ended gets one VEHICLE_ERROR (state ERROR) and no state until it
  recovers, then a VEHICLE_ERROR with state RESOLVED.
- An attempt fails on a non-2xx answer, after `timeout_s` (Smartcar: 15 s) or on a connection error, and
  is retried RETRY_GAPS_S later (25, 50, then 100 s, each times `retry_scale`): 4 attempts in all, the same
  eventId every time and a new deliveryId each attempt. First attempts go out in event order; retries run
  alongside and a pass returns once they are done.
- `faults` (WebhookFaults) duplicates, reorders and forges deliveries, seeded (see webhook_faults).
- For a load benchmark: `synthetic_events(n)` prepares n distinct signed VEHICLE_STATE bodies quickly and
  `send_prepared(client, event, bad_signature=...)` sends one and returns its status and latency.
- `start_in_thread(interval_s)` runs VERIFY then a pass every interval in a thread of its own (its own
  event loop), as `shopapp simulate --webhook-url` does; `stop()` ends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import itertools
import json
import logging
import secrets
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from shopapp.simulator.faults import FaultKind
from shopapp.simulator.fleet import ALL_SCOPES, Vehicle
from shopapp.simulator.simulator import Simulator
from shopapp.simulator.webhook_events import (
    ACCESS_ENDED,
    ASLEEP,
    FIRST_DELIVERY_TRIGGER,
    SIGNATURE_HEADER,
    UNREACHABLE,
    USER_AGENT,
    VERIFY,
    OutgoingEvent,
    VehicleProblem,
    epoch_ms,
    error_entry,
    error_event,
    forged_signature,
    hmac_hex,
    signals_json,
    state_event,
    verify_envelope,
)
from shopapp.simulator.webhook_faults import WEBHOOK_FAULT_PROFILES, FaultPlanner, PlannedSend, WebhookFaults
from shopapp.simulator.webhook_registry import DEFAULT_WEBHOOK_NAME, Subscription, Webhook

log = logging.getLogger(__name__)

RETRY_GAPS_S = (25.0, 50.0, 100.0)  # after the first attempt: 0, +25, +50, +100 s (2 min 55 s in all)
DELIVERY_TIMEOUT_S = 15.0
_STANDING_PROBLEMS = {
    FaultKind.ASLEEP: ASLEEP,
    FaultKind.UPSTREAM: UNREACHABLE,
    FaultKind.TIMEOUT: UNREACHABLE,
}


@dataclass(frozen=True, slots=True)
class DeliveryAttempt:
    """One HTTP request to the receiver. status_code None: no answer (timeout or connection error, named
    in `error`); attempt 1-4 (retries of one send); forged: a copy with a wrong signature (never retried);
    started: time.monotonic() when it was sent."""

    event_id: str
    delivery_id: str
    event_type: str
    vehicle_id: str | None
    attempt: int
    status_code: int | None
    latency_s: float
    error: str | None
    forged: bool
    started: float

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300

    def as_json(self) -> dict[str, Any]:
        return {
            "eventId": self.event_id,
            "deliveryId": self.delivery_id,
            "eventType": self.event_type,
            "vehicleId": self.vehicle_id,
            "attempt": self.attempt,
            "statusCode": self.status_code,
            "latencyMs": round(self.latency_s * 1000, 3),
            "error": self.error,
            "forged": self.forged,
        }


@dataclass(frozen=True, slots=True)
class PreparedEvent:
    """A VEHICLE_STATE body made ahead of time (benchmarks): sent as is, with its signature."""

    event_id: str
    vehicle_id: str
    body: bytes
    signature: str


@dataclass(frozen=True, slots=True)
class SendResult:
    status_code: int | None
    latency_s: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(slots=True)
class _CarState:
    """What was last delivered for one subscription: signal code -> (status, body), and open problems."""

    values: dict[str, Any] | None = None
    problems: tuple[VehicleProblem, ...] = ()


def _tls(verify: bool | str) -> bool | ssl.SSLContext:
    # A CA file (Caddy's `tls internal` root, say) becomes a context: httpx 0.28 deprecates verify=<path>.
    return ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify


class WebhookDeliverer:
    """Delivers one webhook of `sim` to `callback_url`, signed with `management_token` (default
    sim.management_token). Without `webhook_id` it registers a new webhook (`name`, `auto_enroll`).
    `transport` (e.g. httpx.ASGITransport(app=receiver)) delivers in-process; `verify` is True, False or
    a CA file for HTTPS. Registered in sim.webhook_deliverers under the webhook's id."""

    def __init__(
        self,
        sim: Simulator,
        callback_url: str,
        *,
        management_token: str | None = None,
        webhook_id: str | None = None,
        name: str = DEFAULT_WEBHOOK_NAME,
        auto_enroll: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str = True,
        retry_scale: float = 1.0,
        timeout_s: float = DELIVERY_TIMEOUT_S,
        faults: WebhookFaults = WEBHOOK_FAULT_PROFILES["none"],
        seed: int = 0,
    ) -> None:
        if retry_scale < 0 or timeout_s <= 0:
            raise ValueError("retry_scale must be 0 or more and timeout_s more than 0.")
        self.sim = sim
        self.callback_url = callback_url
        self.management_token = management_token or sim.management_token
        if webhook_id is None:
            webhook_id = sim.webhooks.register(callback_url, name=name, auto_enroll=auto_enroll).id
        elif sim.webhooks.webhook(webhook_id) is None:
            raise KeyError(f"No webhook {webhook_id!r}.")
        self.webhook_id = webhook_id
        self.retry_scale = retry_scale
        self.timeout_s = timeout_s
        self.planner: FaultPlanner[OutgoingEvent] = FaultPlanner(faults, seed)
        self.attempts: list[DeliveryAttempt] = []
        self._transport = transport
        self._verify = verify
        self._cars: dict[str, _CarState] = {}  # by subscription id: a new subscription starts afresh
        self._sequence = itertools.count(epoch_ms(sim.clock.timestamp()))
        self._lock = threading.Lock()
        self._collecting = threading.Lock()  # the admin surface and the thread may both run passes
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        sim.webhook_deliverers[webhook_id] = self

    @property
    def webhook(self) -> Webhook:
        webhook = self.sim.webhooks.webhook(self.webhook_id)
        assert webhook is not None  # webhooks are never removed
        return webhook

    @property
    def faults(self) -> WebhookFaults:
        return self.planner.faults

    def client(self) -> httpx.AsyncClient:
        """An HTTP client as deliveries use it (the transport, TLS and timeout given): `async with`."""
        return httpx.AsyncClient(
            transport=self._transport,
            verify=_tls(self._verify),
            timeout=self.timeout_s,
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,  # a 3xx counts as a failure (section 7.6)
        )

    # --- VERIFY ----------------------------------------------------------------------------------------

    async def verify(self) -> bool:
        """Sends VERIFY (unsigned, a fresh random challenge) and marks the webhook verified when the answer
        is 200 with `{"challenge": hex HMAC-SHA256(management token, challenge)}`; returns whether it was."""
        webhook = self.webhook
        challenge = secrets.token_hex(16)
        event_id, delivery_id = str(uuid.uuid4()), str(uuid.uuid4())
        body = verify_envelope(event_id, challenge, webhook, delivery_id, self.sim.clock.timestamp())
        async with self.client() as http:
            started = time.monotonic()
            answer, error = await self._post(http, body, None)
        latency = time.monotonic() - started
        status = answer.status_code if answer is not None else None
        self._record(
            DeliveryAttempt(event_id, delivery_id, VERIFY, None, 1, status, latency, error, False, started)
        )
        passed = (
            answer is not None
            and status == 200
            and _answers(answer, hmac_hex(self.management_token, challenge))
        )
        self.sim.webhooks.mark_verified(webhook.id, passed)
        return passed

    # --- passes ----------------------------------------------------------------------------------------

    async def deliver_changes(self) -> list[DeliveryAttempt]:
        """One pass (see the module's doc); returns the attempts it made. Nothing for an unverified or
        disabled webhook."""
        webhook = self.webhook
        if not webhook.verified or not webhook.enabled:
            return []
        events = self.collect_events()
        sends = self.planner.plan(events)
        return await self._send_all(sends) if sends else []

    async def release_held(self) -> list[DeliveryAttempt]:
        """Sends the events a reorder fault still holds back (at the end of a run)."""
        sends = self.planner.release_held()
        return await self._send_all(sends) if sends else []

    def collect_events(self) -> list[OutgoingEvent]:
        """The events this pass sends, in the order they happened; remembers them as delivered."""
        with self._collecting:
            return self._collect_events()

    def _collect_events(self) -> list[OutgoingEvent]:
        sim = self.sim
        webhook = self.webhook
        sim.enroll_connected()
        now = sim.clock.timestamp()
        long_units = sim.config.v3_unit_spelling == "long"
        events: list[OutgoingEvent] = []
        for subscription in sim.webhooks.subscriptions(webhook_id=webhook.id):
            vehicle = sim.fleet.vehicles.get(subscription.vehicle_id)
            if vehicle is None:
                continue
            with self._lock:
                state = self._cars.setdefault(subscription.id, _CarState())
            connection = sim.connections.between(subscription.user_id, vehicle.id)
            problems = self._problems(vehicle, connection is None)
            errors = [error_entry(p, "ERROR", vehicle) for p in problems if p not in state.problems]
            errors += [error_entry(p, "RESOLVED", vehicle) for p in state.problems if p not in problems]
            if errors:
                events.append(self._error(webhook, subscription, vehicle, errors))
            state.problems = problems
            if problems or connection is None:
                continue  # a car that cannot report sends no state
            signals = signals_json(vehicle, frozenset(connection.permissions), now, long_units)
            values = {item["code"]: (item["status"], item.get("body")) for item in signals}
            if state.values is None:
                triggers = [dict(FIRST_DELIVERY_TRIGGER)]
            else:
                triggers = [
                    {"code": item["code"], "name": item["name"], "group": item["group"]}
                    for item in signals
                    if state.values.get(item["code"]) != values[item["code"]]
                ]
                if not triggers:
                    continue
            state.values = values
            event_id = str(uuid.uuid4())
            events.append(
                state_event(
                    event_id, webhook, subscription.user_id, vehicle, triggers, signals, next(self._sequence)
                )
            )
        return events

    def _problems(self, vehicle: Vehicle, access_ended: bool) -> tuple[VehicleProblem, ...]:
        if access_ended:
            return (ACCESS_ENDED,)
        kind = self.sim.faults.standing(vehicle.id)
        problem = _STANDING_PROBLEMS.get(kind) if kind is not None else None
        return (problem,) if problem is not None else ()

    def _error(
        self, webhook: Webhook, subscription: Subscription, vehicle: Vehicle, errors: list[dict[str, Any]]
    ) -> OutgoingEvent:
        event_id = str(uuid.uuid4())
        return error_event(event_id, webhook, subscription.user_id, vehicle, errors, next(self._sequence))

    # --- sending ---------------------------------------------------------------------------------------

    async def _send_all(self, sends: list[PlannedSend[OutgoingEvent]]) -> list[DeliveryAttempt]:
        made: list[DeliveryAttempt] = []
        retries: list[asyncio.Task[list[DeliveryAttempt]]] = []
        async with self.client() as http:
            for send in sends:
                first = await self._attempt(http, send.event, 1, forged=send.forged)
                made.append(first)
                if not first.ok and not send.forged:
                    retries.append(asyncio.create_task(self._retry(http, send.event)))
            for task in retries:
                made.extend(await task)
        return made

    async def _retry(self, http: httpx.AsyncClient, event: OutgoingEvent) -> list[DeliveryAttempt]:
        made = []
        for number, gap in enumerate(RETRY_GAPS_S, start=2):
            await asyncio.sleep(gap * self.retry_scale)
            attempt = await self._attempt(http, event, number)
            made.append(attempt)
            if attempt.ok:
                break
        else:
            log.info("Webhook event %s dropped after %d attempts", event.event_id, len(RETRY_GAPS_S) + 1)
        return made

    async def _attempt(
        self, http: httpx.AsyncClient, event: OutgoingEvent, number: int, *, forged: bool = False
    ) -> DeliveryAttempt:
        delivery_id = str(uuid.uuid4())
        body = event.render(delivery_id, epoch_ms(self.sim.clock.timestamp()))
        signature = (forged_signature if forged else hmac_hex)(self.management_token, body)
        started = time.monotonic()
        answer, error = await self._post(http, body, signature)
        attempt = DeliveryAttempt(
            event.event_id,
            delivery_id,
            event.event_type,
            event.vehicle_id,
            number,
            answer.status_code if answer is not None else None,
            time.monotonic() - started,
            error,
            forged,
            started,
        )
        self._record(attempt)
        return attempt

    async def _post(
        self, http: httpx.AsyncClient, body: bytes, signature: str | None
    ) -> tuple[httpx.Response | None, str | None]:
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers[SIGNATURE_HEADER] = signature
        try:
            # wait_for as well as the client's timeout: an in-process transport applies none.
            posting = http.post(self.callback_url, content=body, headers=headers)
            return await asyncio.wait_for(posting, self.timeout_s), None
        except (httpx.TimeoutException, TimeoutError):
            return None, "timeout"
        except httpx.HTTPError as exc:
            return None, type(exc).__name__

    def _record(self, attempt: DeliveryAttempt) -> None:
        with self._lock:
            self.attempts.append(attempt)

    # --- benchmarks ------------------------------------------------------------------------------------

    def synthetic_events(self, count: int) -> list[PreparedEvent]:
        """`count` distinct signed VEHICLE_STATE events spread round-robin over the fleet's cars (their
        owners as users), each car's odometer 0.1 km further and its oemUpdatedAt 1 s later than in its
        previous event; the other signals are the car's state now. Meant for load: the car's signals are
        built once, then only the odometer and the ids change."""
        sim = self.sim
        webhook = self.webhook
        now = sim.clock.timestamp()
        cars = list(sim.fleet.vehicles.values())
        if not cars or count <= 0:
            return []
        templates = [signals_json(car, frozenset(ALL_SCOPES), now, False) for car in cars]
        trigger = {"code": "odometer-traveleddistance", "name": "TraveledDistance", "group": "Odometer"}
        prepared = []
        for index in range(count):
            car_index, step = index % len(cars), index // len(cars) + 1
            car = cars[car_index]
            signals = []
            for item in templates[car_index]:
                if item["code"] == "odometer-traveleddistance":
                    oem_ms = item["meta"]["oemUpdatedAt"] + 1000 * step
                    tenths = round(item["body"]["value"] * 10) + step  # whole tenths: never two alike
                    body = {**item["body"], "value": tenths / 10}
                    item = {**item, "body": body, "meta": {"oemUpdatedAt": oem_ms, "retrievedAt": oem_ms}}
                signals.append(item)
            event = state_event(
                str(uuid.uuid4()), webhook, car.owner_id, car, [trigger], signals, next(self._sequence)
            )
            body_bytes = event.render(str(uuid.uuid4()), epoch_ms(now) + index)
            prepared.append(
                PreparedEvent(event.event_id, car.id, body_bytes, hmac_hex(self.management_token, body_bytes))
            )
        return prepared

    async def send_prepared(
        self, client: httpx.AsyncClient, event: PreparedEvent, *, bad_signature: bool = False
    ) -> SendResult:
        """Sends a prepared body once with its signature (or a forged one) through `client` (see client())."""
        signature = forged_signature(self.management_token, event.body) if bad_signature else event.signature
        started = time.monotonic()
        answer, error = await self._post(client, event.body, signature)
        return SendResult(
            answer.status_code if answer is not None else None, time.monotonic() - started, error
        )

    # --- running on its own ----------------------------------------------------------------------------

    async def run(self, interval_s: float, *, report: Callable[[bool], None] | None = None) -> None:
        """VERIFY (its outcome to `report`), then a pass every `interval_s` until stop(); each pass runs
        as a task of its own so retries never hold up the next one."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        passed = await self.verify()
        if report is not None:
            report(passed)
        passes: set[asyncio.Task[list[DeliveryAttempt]]] = set()
        try:
            while not self._stopping.is_set():
                task = asyncio.create_task(self.deliver_changes())
                passes.add(task)
                task.add_done_callback(passes.discard)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), interval_s)
        finally:
            for task in list(passes):
                task.cancel()
            await asyncio.gather(*passes, return_exceptions=True)

    def start_in_thread(self, interval_s: float, *, report: Callable[[bool], None] | None = None) -> None:
        """run() in a daemon thread with its own event loop (the server's loop stays the server's)."""
        self._stopping.clear()

        def main() -> None:
            try:
                asyncio.run(self.run(interval_s, report=report))
            except Exception:  # a bug here must not pass silently, nor take the server down
                log.exception("The webhook deliverer stopped")

        self._thread = threading.Thread(target=main, name=f"webhooks-{self.webhook_id[:8]}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ends run() (from any thread) and waits for start_in_thread's thread."""
        self._stopping.set()
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(wake.set)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def _answers(answer: httpx.Response, expected: str) -> bool:
    try:
        body = json.loads(answer.content)
    except ValueError:
        return False
    given = body.get("challenge") if isinstance(body, dict) else None
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())
