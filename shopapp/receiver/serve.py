"""Serving the receiver with uvicorn: the shop's database opened once, stored events applied in the
background, a graceful stop on SIGTERM or Ctrl+C (requests in flight are answered, the batch being applied
is finished; whatever was acknowledged is in the database already)."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

import uvicorn
from starlette.applications import Starlette

from shopapp.receiver.app import Receiver, ReceiverOptions, create_receiver_app
from shopapp.receiver.applier import Applier
from shopapp.services.process_identity import this_process_text
from shopapp.store.worker import DatabaseWorker

log = logging.getLogger(__name__)

MANAGEMENT_TOKEN_ENV = "SMARTCAR_MANAGEMENT_TOKEN"
DEFAULT_HOST = "127.0.0.1"  # behind the TLS proxy on the same machine
DEFAULT_PORT = 8787
GRACEFUL_STOP_S = 10


def management_token(stored: str | None, environ: Mapping[str, str] | None = None) -> str | None:
    """The HMAC key: SMARTCAR_MANAGEMENT_TOKEN first (a server has no keyring), else the one stored in the
    keyring from the window's Settings."""
    env = os.environ if environ is None else environ
    return env.get(MANAGEMENT_TOKEN_ENV, "").strip() or (stored or "").strip() or None


@asynccontextmanager
async def receiver_in_process(options: ReceiverOptions, origin: str) -> AsyncIterator[Starlette]:
    """The receiver's ASGI app with its applier running on the current event loop, for an in-process
    transport (demo mode): what `serve` runs, without the server. `origin` names it in the change feed."""
    applier = Applier(origin)
    store_worker = DatabaseWorker()
    app = create_receiver_app(Receiver(options, store_worker, applier), applier)
    applier.start()  # (an in-process transport does not run the app's lifespan)
    try:
        yield app
    finally:
        await applier.stop()
        await store_worker.close()


def build_receiver(options: ReceiverOptions) -> tuple[Receiver, Applier]:
    applier = Applier(this_process_text())
    return Receiver(options, DatabaseWorker(), applier), applier


def serve(options: ReceiverOptions, host: str, port: int) -> None:
    """Runs until SIGTERM/SIGINT. The store must be open (shopapp.store.database.open_store)."""
    receiver, applier = build_receiver(options)
    config = uvicorn.Config(
        create_receiver_app(receiver, applier),
        host=host,
        port=port,
        lifespan="on",
        access_log=False,  # a line per delivery costs more than the delivery; refusals are logged
        timeout_graceful_shutdown=GRACEFUL_STOP_S,
        log_level="info",
    )
    log.info("Webhook receiver listening on %s:%d%s", host, port, options.path)
    uvicorn.Server(config).run()
