"""The webhook receiver as Smartcar meets it: `shopapp webhooks serve` in a process of its own on loopback,
and deliveries built and signed as reference/smartcar-v3.md section 7 shows them."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import smartcar

KEY = "amt-for-the-receiver-tests"
PATH = "/smartcar/webhook"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class RunningReceiver:
    process: subprocess.Popen
    base_url: str

    @property
    def webhook_url(self) -> str:
        return self.base_url + PATH

    def post(self, body: bytes, signature: str | None = "sign", **headers: str) -> httpx.Response:
        """POSTs raw bytes, signed with KEY unless `signature` is given (None: no header at all)."""
        sent = {"Content-Type": "application/json", **headers}
        if signature == "sign":
            sent["SC-Signature"] = smartcar.hash_challenge(KEY, body.decode("utf-8", errors="replace"))
        elif signature is not None:
            sent["SC-Signature"] = signature
        return httpx.post(self.webhook_url, content=body, headers=sent, timeout=20)

    def health(self) -> dict:
        return httpx.get(self.base_url + "/healthz", timeout=10).json()


def start_receiver(env_extra: dict[str, str] | None = None, key: str = KEY) -> RunningReceiver:
    port = free_port()
    env = {**os.environ, "SMARTCAR_MANAGEMENT_TOKEN": key, **(env_extra or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "shopapp", "webhooks", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"receiver exited {process.returncode}: {process.stderr.read()}")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return RunningReceiver(process, base)
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("receiver did not start in 30 s")


def stop_receiver(receiver: RunningReceiver, sig: int = signal.SIGTERM) -> tuple[int, str]:
    if receiver.process.poll() is None:
        receiver.process.send_signal(sig)
    try:
        _, err = receiver.process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        receiver.process.kill()
        _, err = receiver.process.communicate()
    return receiver.process.returncode, err


@contextmanager
def running_receiver(env_extra: dict[str, str] | None = None, key: str = KEY) -> Iterator[RunningReceiver]:
    receiver = start_receiver(env_extra, key)
    try:
        yield receiver
    finally:
        _, log = stop_receiver(receiver)
        print(f"--- receiver {receiver.base_url} log ---\n{log}")  # shown when the test fails


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def signal_element(code: str, body: object, reported: datetime) -> dict:
    return {
        "code": code,
        "name": code,
        "group": code.partition("-")[0],
        "body": body,
        "status": {"value": "SUCCESS"},
        "meta": {"oemUpdatedAt": epoch_ms(reported), "retrievedAt": epoch_ms(reported)},
    }


def state_event(
    vehicle_id: str,
    *,
    odometer_km: float | None = None,
    trouble_codes: Sequence[str] | None = None,
    reported: datetime | None = None,
    event_id: str | None = None,
    delivered: datetime | None = None,
) -> bytes:
    """A VEHICLE_STATE delivery carrying the signals given (and only those)."""
    reported = reported or datetime.now(UTC)
    signals = []
    if odometer_km is not None:
        signals.append(
            signal_element("odometer-traveleddistance", {"unit": "km", "value": odometer_km}, reported)
        )
    if trouble_codes is not None:
        signals.append(
            signal_element(
                "diagnostics-dtclist",
                {"values": [{"code": code, "timestamp": None} for code in trouble_codes]},
                reported,
            )
        )
    envelope = {
        "eventId": event_id or str(uuid.uuid4()),
        "eventType": "VEHICLE_STATE",
        "vehicleId": vehicle_id,
        "data": {
            "user": {"id": "user-1", "externalId": None},
            "vehicle": {"id": vehicle_id, "make": "TOYOTA", "model": "Camry", "year": 2021, "mode": "live"},
            "triggers": [
                {"code": "odometer-traveleddistance", "name": "TraveledDistance", "group": "Odometer"}
            ],
            "signals": signals,
        },
        "meta": {
            "version": "4.0",
            "deliveryId": str(uuid.uuid4()),
            "deliveredAt": epoch_ms(delivered or datetime.now(UTC)),
            "webhookId": "webhook-1",
            "webhookName": "ShopApp",
            "signalCount": len(signals),
            "mode": "LIVE",
        },
    }
    return json.dumps(envelope).encode("utf-8")


def wait_until(predicate, timeout: float = 10.0, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)
