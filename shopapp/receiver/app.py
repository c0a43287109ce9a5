"""The webhook receiver as an ASGI app (starlette): Smartcar's deliveries in, stored before they are
acknowledged, applied in the background (DESIGN.md "Live updates").

Order of checks on a POST: size (413, nothing read past 1 MiB); `SC-Signature`, when there is one, on the raw
bytes in constant time before any parsing (401); JSON (400); an unsigned request is answered only if it is
VERIFY (with the HMAC of its challenge; VERIFY is not signed), else 401; then the event's shape and ids (400)
and age (400 for a replay older than the inbox remembers). Only then is anything stored;
a repeated eventId is acknowledged and not stored again. If the database cannot take the event, 503 tells
Smartcar to deliver it again later (it retries at 25, 50 and 100 s).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from json import loads
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from shopapp.receiver.applier import Applier
from shopapp.smartcar.webhooks import (
    FALLBACK_SIGNATURE_HEADER,
    SIGNATURE_HEADER,
    VERIFY,
    MalformedEvent,
    WebhookEvent,
    challenge_answer,
    event_type_of,
    read_event,
    signature_matches,
)
from shopapp.store.webhook_inbox import EventToStore, InboxCounts, inbox_counts, store_event
from shopapp.store.worker import DatabaseWorker

log = logging.getLogger(__name__)

DEFAULT_PATH = "/smartcar/webhook"
MAX_BODY_BYTES = 1 << 20  # 1 MiB: a delivery of every signal of a car is a few kilobytes
# A delivery older than this is a replay: Smartcar retries for 3 minutes, the inbox remembers eventIds for
# 30 days, so anything delivered over 7 days ago cannot be a retry and is refused before storing.
OLDEST_DELIVERY = timedelta(days=7)
STORE_TIMEOUT_S = 10.0  # well inside Smartcar's 15 s: an answer late is a delivery failed
# A VERIFY challenge is a random token. Anything else (above all a JSON body) is refused, or the challenge
# answer would sign whatever text a stranger sent: a forged delivery's signature.
_CHALLENGE = re.compile(r"[A-Za-z0-9._~+/=:-]{1,512}")


@dataclass(frozen=True, slots=True)
class ReceiverOptions:
    key: str  # the Application Management Token: never logged, never stored
    path: str = DEFAULT_PATH
    max_body_bytes: int = MAX_BODY_BYTES


def _fits_inbox(event: WebhookEvent) -> bool:
    """Whether its ids fit the inbox's columns (Smartcar's are UUIDs; anything far longer is not theirs)."""
    limits = ((event.event_id, 200), (event.event_type, 40), (event.vehicle_id, 100), (event.user_id, 100))
    return all(value is None or len(value) <= limit for value, limit in limits)


class _TooLarge(Exception):
    pass


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def _refused(status: int, why: str) -> JSONResponse:
    return JSONResponse({"error": why}, status_code=status)


class Receiver:
    """The routes and what they share: the options, the database thread that stores events and the
    applier. `now` is injectable for tests."""

    def __init__(
        self,
        options: ReceiverOptions,
        store_worker: DatabaseWorker,
        applier: Applier | None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.options = options
        self._worker = store_worker
        self._applier = applier
        self._now = now
        self.last_event_at: datetime | None = None

    async def receive(self, request: Request) -> Response:
        try:
            raw = await _body(request, self.options.max_body_bytes)
        except _TooLarge:
            log.warning("Refused a webhook delivery over %d bytes", self.options.max_body_bytes)
            return _refused(413, "body too large")
        signature = request.headers.get(SIGNATURE_HEADER) or request.headers.get(FALLBACK_SIGNATURE_HEADER)
        if signature is not None and not signature_matches(self.options.key, raw, signature):
            log.warning("Refused a webhook delivery with a wrong signature")
            return _refused(401, "signature does not match")
        try:
            envelope = loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):  # not UTF-8 JSON, or nested deeper than any event
            log.warning("Refused a webhook delivery that is not JSON")
            return _refused(400, "not JSON")
        if signature is None:  # only VERIFY comes unsigned
            if event_type_of(envelope) == VERIFY:
                return self._verify(envelope)
            log.warning("Refused a webhook delivery with no signature")
            return _refused(401, "signature missing")
        try:
            event = read_event(envelope)
        except MalformedEvent as exc:
            log.warning("Refused a signed webhook delivery: %s", exc)
            return _refused(400, "not a webhook event")
        if not _fits_inbox(event):
            log.warning("Refused a signed webhook delivery whose ids are longer than Smartcar's")
            return _refused(400, "ids too long")
        now = self._now()
        if event.delivered_at is not None and event.delivered_at < now - OLDEST_DELIVERY:
            log.warning(
                "Refused event %s delivered %s: a replay", event.event_id, event.delivered_at.isoformat()
            )
            return _refused(400, "delivered too long ago")
        to_store = EventToStore(
            event_id=event.event_id,
            event_type=event.event_type,
            smartcar_vehicle_id=event.vehicle_id,
            smartcar_user_id=event.user_id,
            body=raw.decode("utf-8"),
            received_at=now,
        )
        try:
            stored = await asyncio.wait_for(self._worker.run(store_event, to_store), STORE_TIMEOUT_S)
        except Exception:  # the database is down or locked: Smartcar delivers again later
            log.exception(
                "Could not store webhook event %s; answered 503 so Smartcar retries", event.event_id
            )
            return _refused(503, "cannot store the event now")
        self.last_event_at = now
        if stored and self._applier is not None:
            self._applier.wake()
        return JSONResponse({"eventId": event.event_id, "stored": stored})

    def _verify(self, envelope: dict[str, Any]) -> Response:
        data = envelope.get("data") if isinstance(envelope.get("data"), dict) else envelope.get("payload")
        challenge = data.get("challenge") if isinstance(data, dict) else None
        if not isinstance(challenge, str) or not _CHALLENGE.fullmatch(challenge):
            log.warning("Refused a VERIFY request whose challenge is not a plain token")
            return _refused(400, "challenge missing or not a plain token")
        log.info("Answered Smartcar's VERIFY challenge")
        return JSONResponse(challenge_answer(self.options.key, challenge))

    async def health(self, request: Request) -> Response:
        try:
            counts: InboxCounts = await asyncio.wait_for(self._worker.run(inbox_counts), STORE_TIMEOUT_S)
        except Exception as exc:
            log.warning("Health check: the database did not answer (%s)", type(exc).__name__)
            return JSONResponse({"status": "database unavailable"}, status_code=503)
        last = counts.last_received_at
        return JSONResponse(
            {
                "status": "ok",
                "lastEventAt": last.isoformat() if last else None,
                "events": counts.by_state,
                "applying": self._applier is not None and self._applier.running,
            }
        )


def create_receiver_app(receiver: Receiver, applier: Applier | None) -> Starlette:
    """The ASGI app; its lifespan starts the applier and, at shutdown, lets it finish the batch in hand
    (events acknowledged but not applied yet stay in the inbox for the next start)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if applier is not None:
            applier.start()
        try:
            yield
        finally:
            if applier is not None:
                await applier.stop()

    routes = [
        Route(receiver.options.path, receiver.receive, methods=["POST"]),
        Route("/healthz", receiver.health, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
