"""A tiny webhook receiver for the simulator's delivery tests (not the product's receiver): it records every
request, answers VERIFY with the official SDK's `smartcar.hash_challenge`, and answers other deliveries with
the statuses it is told to (then 200). It checks no signature: the tests do, with `smartcar.verify_payload`.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import smartcar
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass(frozen=True)
class Received:
    body: bytes
    headers: dict[str, str]
    at: float  # time.monotonic()

    @property
    def envelope(self) -> dict[str, Any]:
        return json.loads(self.body)

    @property
    def event_id(self) -> str:
        return self.envelope["eventId"]

    @property
    def event_type(self) -> str:
        return self.envelope["eventType"]


class TinyReceiver:
    def __init__(
        self, management_token: str, statuses: list[int] | None = None, delay_s: float = 0.0
    ) -> None:
        self.management_token = management_token
        self.statuses = list(statuses or [])
        self.delay_s = delay_s
        self.answer_verify_wrongly = False
        self.received: list[Received] = []
        self.app = Starlette(routes=[Route("/hook", self.hook, methods=["POST"])])

    async def hook(self, request: Request) -> Response:
        body = await request.body()
        self.received.append(
            Received(body, {k.lower(): v for k, v in request.headers.items()}, time.monotonic())
        )
        envelope = json.loads(body)
        if envelope.get("eventType") == "VERIFY":
            key = "wrong" if self.answer_verify_wrongly else self.management_token
            return JSONResponse({"challenge": smartcar.hash_challenge(key, envelope["data"]["challenge"])})
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return Response(status_code=self.statuses.pop(0) if self.statuses else 200)

    def deliveries(self, event_type: str | None = None) -> list[Received]:
        return [r for r in self.received if r.event_type != "VERIFY" and event_type in (None, r.event_type)]

    def signed_correctly(self, received: Received) -> bool:
        signature = received.headers.get("sc-signature", "")
        return smartcar.verify_payload(self.management_token, signature, received.body.decode("utf-8"))


@contextmanager
def on_loopback(app: Starlette, *, certificate: tuple[str, str] | None = None) -> Iterator[str]:
    """Serves `app` with uvicorn on a free loopback port in a thread; yields its base URL. With
    `certificate` (certificate file, key file) it serves HTTPS."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    tls = {"ssl_certfile": certificate[0], "ssl_keyfile": certificate[1]} if certificate else {}
    config = uvicorn.Config(
        app, log_config=None, log_level="warning", access_log=False, lifespan="off", ws="none", **tls
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("The receiver did not start.")
        time.sleep(0.01)
    try:
        yield f"{'https' if certificate else 'http'}://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
