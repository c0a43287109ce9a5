"""Demo mode runs the webhook receiver in-process and the simulator delivers to it: the demo shop's cars
are updated live, noted for the window under the receiver's own origin (so the window reloads them), and
closing the window stops it cleanly."""

import asyncio
import contextlib

import pytest

from shopapp.services.process_identity import this_process_text
from shopapp.store.models import LiveChange, Vehicle, WebhookEvent
from shopapp.ui.demo_live import run_demo_live_updates

pytestmark = pytest.mark.asyncio


async def test_the_demo_s_cars_are_updated_live(live_demo):
    _session, sim = live_demo
    task = asyncio.ensure_future(run_demo_live_updates(sim, interval_s=0.05))
    try:
        cars = Vehicle.select().where(Vehicle.smartcar_id.is_null(False)).count()  # (desk cars get none)
        for _ in range(200):
            if Vehicle.select().where(Vehicle.live_update_at.is_null(False)).count() == cars:
                break
            await asyncio.sleep(0.05)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    linked = Vehicle.select().where(Vehicle.smartcar_id.is_null(False))
    assert linked.where(Vehicle.live_update_at.is_null()).count() == 0
    assert WebhookEvent.select().where(WebhookEvent.state != "applied").count() == 0
    origins = {change.origin for change in LiveChange.select().where(LiveChange.kind == "live")}
    assert origins
    assert this_process_text() not in origins
