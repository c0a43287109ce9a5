"""Demo mode's live updates: the shop's webhook receiver runs in the window's process, and the simulator
delivers its cars' changes to it as Smartcar would (signed, VERIFY first), through an in-process transport
instead of the internet. So the demo shows live updates arriving (the status bar's "Live updates: last …",
the list following) exactly as a shop with a receiver sees them.

Not started by demo mode yet: closing a demo window that ran it hung now and then in the test runs (the
window's wind-down waiting on a future nobody resolved), which is not understood yet."""

from __future__ import annotations

import asyncio
import logging

import httpx

from shopapp.receiver.app import DEFAULT_PATH, ReceiverOptions
from shopapp.receiver.serve import receiver_in_process
from shopapp.services.process_identity import this_process_text
from shopapp.simulator import Simulator
from shopapp.simulator.webhook_delivery import WebhookDeliverer

log = logging.getLogger(__name__)

DELIVERY_INTERVAL_S = 20.0  # the simulated fleet drives in real time: a pass finds a few cars moved on
_RECEIVER_URL = f"http://demo-receiver.invalid{DEFAULT_PATH}"  # never resolved: the transport is in-process


async def run_demo_live_updates(sim: Simulator, interval_s: float = DELIVERY_INTERVAL_S) -> None:
    """Runs until cancelled (the window closing): the receiver's applier and the simulator's deliveries."""
    # Its own origin, as a separate receiver process would have: the window reloads what it applies.
    options = ReceiverOptions(key=sim.management_token)
    async with receiver_in_process(options, f"{this_process_text()}/demo-receiver") as app:
        deliverer = WebhookDeliverer(sim, _RECEIVER_URL, transport=httpx.ASGITransport(app=app))
        if not await deliverer.verify():
            log.warning("The demo's webhook receiver did not pass VERIFY; no live updates in this demo")
            return
        while True:
            await deliverer.deliver_changes()
            await asyncio.sleep(interval_s)
