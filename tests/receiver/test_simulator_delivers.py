"""The simulator as Smartcar, the receiver as the shop's: VERIFY passes, first deliveries and changes are
applied to the shop's cars, faults (duplicates, reordering, forged signatures) lose and double nothing, and
`shopapp webhooks subscribe` subscribes through the simulator's management API (both endpoint readings)."""

import asyncio
from datetime import timedelta

import httpx
import pytest
from receiver_support import running_receiver, wait_until
from simulated_smartcar import Shop

from shopapp.cli import main
from shopapp.simulator import Simulator
from shopapp.simulator.app import create_app
from shopapp.simulator.server import run_in_thread
from shopapp.simulator.webhook_delivery import WebhookDeliverer
from shopapp.simulator.webhook_faults import parse_webhook_faults
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.models import OdometerReading, Vehicle, WebhookEvent


async def _linked_shop(sim: Simulator) -> None:
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        await Shop(sim, http, api="v3").connect_everyone()


def _applied() -> int:
    return WebhookEvent.select().where(WebhookEvent.state == "applied").count()


@pytest.mark.asyncio
async def test_the_simulator_s_deliveries_reach_the_shop_s_cars(sqlite_only):
    sim = Simulator.generate(vehicles=4, seed=71)
    await _linked_shop(sim)
    with running_receiver(key=sim.management_token) as receiver:
        deliverer = WebhookDeliverer(sim, receiver.webhook_url, retry_scale=0.001)
        assert await deliverer.verify()
        first = await deliverer.deliver_changes()
        assert first
        assert all(attempt.ok for attempt in first)
        assert wait_until(lambda: _applied() == len(first))
        for car in Vehicle.select():
            truth = sim.reading(car.smartcar_id)
            assert car.odometer_km == pytest.approx(truth.odometer_km, abs=0.05)
            assert car.live_update_at is not None
        sim.clock.advance(timedelta(hours=6))
        later = await deliverer.deliver_changes()
        assert later
        assert wait_until(lambda: _applied() == len(first) + len(later))
        for car in Vehicle.select():
            assert car.odometer_km == pytest.approx(sim.reading(car.smartcar_id).odometer_km, abs=0.05)


@pytest.mark.asyncio
async def test_duplicates_reordering_and_forgeries_lose_and_double_nothing(sqlite_only):
    sim = Simulator.generate(vehicles=3, seed=72)
    await _linked_shop(sim)
    with running_receiver(key=sim.management_token) as receiver:
        faults = parse_webhook_faults("flaky,duplicate=0.3,reorder=0.3,bad_signature=0.3")
        deliverer = WebhookDeliverer(sim, receiver.webhook_url, retry_scale=0.001, faults=faults, seed=5)
        assert await deliverer.verify()
        for _ in range(8):
            sim.clock.advance(timedelta(hours=3))
            await deliverer.deliver_changes()
        await deliverer.release_held()
        attempts = [a for a in deliverer.attempts if a.event_type != "VERIFY"]
        forged = [a for a in attempts if a.forged]
        good_events = {a.event_id for a in attempts if not a.forged}
        assert forged
        assert all(a.status_code == 401 for a in forged)
        assert len([a for a in attempts if not a.forged]) > len(good_events)  # duplicates were sent
        assert wait_until(lambda: _applied() == len(good_events))
    assert WebhookEvent.select().count() == len(good_events)
    # Every car's readings: one per distinct report, whatever came twice or late.
    assert OdometerReading.select().count() == len(good_events)
    for car in Vehicle.select():
        assert car.odometer_km == pytest.approx(sim.reading(car.smartcar_id).odometer_km, abs=0.05)


@pytest.mark.parametrize("paths", ["spec", "blog"])
def test_subscribe_finds_cars_already_enrolled_and_subscribes_the_rest(
    sqlite_only, monkeypatch, capsys, without_smartcar_variables, paths
):
    sim = Simulator.generate(vehicles=3, seed=73)
    sim.config.subscription_paths = paths
    asyncio.run(_linked_shop(sim))
    webhook = sim.webhooks.register("https://shop.example/smartcar/webhook", auto_enroll=False)
    (first_car,) = [car for car in Vehicle.select().order_by(Vehicle.id).limit(1)]
    user_of = {car.smartcar_id: car.connection.smartcar_user_id for car in Vehicle.select()}
    sim.webhooks.subscribe(
        webhook.id, user_of[first_car.smartcar_id], first_car.smartcar_id, sim.clock.timestamp()
    )
    with run_in_thread(sim) as base:
        for name, value in {
            "SMARTCAR_CLIENT_ID": sim.api_credentials.client_id,
            "SMARTCAR_CLIENT_SECRET": sim.api_credentials.client_secret,
            "SMARTCAR_APPLICATION_ID": sim.credentials.client_id,
            "SMARTCAR_IAM_TOKEN_URL": f"{base}/oauth2/token",
            "SMARTCAR_MANAGEMENT_API_ORIGIN": base,
        }.items():
            monkeypatch.setenv(name, value)
        assert main(["webhooks", "subscribe"]) == 0
        capsys.readouterr()
        assert {(s.webhook_id, s.vehicle_id) for s in sim.webhooks.subscriptions()} == {
            (webhook.id, car_id) for car_id in user_of
        }
        assert main(["webhooks", "subscribe"]) == 0  # again: every car is already subscribed
        out, _ = capsys.readouterr()
        assert sim.api_credentials.client_secret not in out
    assert len(sim.webhooks.subscriptions()) == len(user_of)
