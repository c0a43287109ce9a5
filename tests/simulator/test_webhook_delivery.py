"""The simulator delivers webhooks: VERIFY as the official SDK computes it, deliveries the SDK's
verify_payload accepts, the same values the REST signals endpoint answers, only changes after the first
delivery, VEHICLE_ERROR for faults and their recovery, Smartcar's retry schedule (compressed), and
duplicates / reordering / forged signatures at seeded rates."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from collections import Counter
from datetime import timedelta
from types import SimpleNamespace

import httpx
import pytest
import smartcar
from simulator_support import API_CLIENT_FORM, v3_headers
from webhook_receiver_support import TinyReceiver, on_loopback

from shopapp.simulator import (
    CONTROL_HEADER,
    DEMO_MANAGEMENT_TOKEN,
    RETRY_GAPS_S,
    WebhookDeliverer,
    WebhookFaults,
    create_app,
    parse_webhook_faults,
)
from shopapp.simulator.webhook_faults import FaultPlanner

pytestmark = pytest.mark.asyncio

HOOK = "http://receiver.test/hook"


def in_process(sim, receiver: TinyReceiver, **options) -> WebhookDeliverer:
    return WebhookDeliverer(sim, HOOK, transport=httpx.ASGITransport(app=receiver.app), **options)


def connect_first_owners(sim, count: int = 3) -> list[str]:
    for customer in sim.customers[:count]:
        sim.connect(customer.id)
    return [c.vehicle_id for c in sim.connections.all()]


@pytest.fixture
def receiver() -> TinyReceiver:
    return TinyReceiver(DEMO_MANAGEMENT_TOKEN)


async def test_verify_over_http_matches_the_sdks_hash_challenge(sim, receiver):
    with on_loopback(receiver.app) as base:
        deliverer = WebhookDeliverer(sim, f"{base}/hook")
        assert await deliverer.verify() is True
    [request] = receiver.received
    envelope = request.envelope
    assert envelope["eventType"] == "VERIFY"
    assert set(envelope) == {"eventId", "eventType", "data", "meta"}
    assert len(envelope["data"]["challenge"]) >= 16
    assert envelope["meta"]["version"] == "4.0"
    assert envelope["meta"]["webhookId"] == deliverer.webhook_id
    assert envelope["meta"]["webhookName"] == deliverer.webhook.name
    assert envelope["meta"]["deliveredAt"].endswith("Z")
    assert "sc-signature" not in request.headers  # VERIFY is not signed
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("Smartcar/")
    assert sim.webhooks.webhook(deliverer.webhook_id).verified


async def test_an_unverified_webhook_gets_nothing_else(sim, receiver):
    connect_first_owners(sim)
    deliverer = in_process(sim, receiver)
    assert await deliverer.deliver_changes() == []
    receiver.answer_verify_wrongly = True
    assert await deliverer.verify() is False
    assert await deliverer.deliver_changes() == []
    assert receiver.deliveries() == []
    receiver.answer_verify_wrongly = False
    assert await deliverer.verify() is True
    assert receiver.deliveries() == []
    assert await deliverer.deliver_changes()
    assert receiver.deliveries("VEHICLE_STATE")


async def test_first_delivery_is_signed_and_carries_every_data_signal(sim, receiver):
    with on_loopback(receiver.app) as base:
        vehicle_ids = connect_first_owners(sim)
        deliverer = WebhookDeliverer(sim, f"{base}/hook")
        await deliverer.verify()
        attempts = await deliverer.deliver_changes()
    assert all(a.ok for a in attempts)
    deliveries = receiver.deliveries()
    assert sorted(d.envelope["vehicleId"] for d in deliveries) == sorted(vehicle_ids)
    for delivery in deliveries:
        assert receiver.signed_correctly(delivery)
        assert delivery.headers["content-type"] == "application/json"
        assert delivery.headers["user-agent"].startswith("Smartcar/")
        envelope = delivery.envelope
        assert envelope["eventType"] == "VEHICLE_STATE"
        data, meta = envelope["data"], envelope["meta"]
        vehicle = sim.fleet.vehicles[envelope["vehicleId"]]
        assert data["user"]["id"] == vehicle.owner_id
        assert data["vehicle"]["id"] == vehicle.id
        assert data["vehicle"]["make"] == vehicle.make
        assert data["vehicle"]["mode"] == "live"
        assert data["vehicle"]["powertrainType"] in (
            "ICE",
            "HEV",
            "BEV",
        )
        assert [t["code"] for t in data["triggers"]] == ["FIRST_DELIVERY"]
        codes = {s["code"] for s in data["signals"]}
        assert {
            "odometer-traveleddistance",
            "internalcombustionengine-oillife",
            "diagnostics-dtclist",
        } <= codes
        assert "vehicleidentification-vin" in codes
        assert "service-records" not in codes
        assert any(
            code.startswith("diagnostics-") and code not in ("diagnostics-dtclist", "diagnostics-dtccount")
            for code in codes
        )
        odometer = next(s for s in data["signals"] if s["code"] == "odometer-traveleddistance")
        assert set(odometer) == {"code", "name", "group", "body", "status", "meta"}
        assert odometer["status"] == {"value": "SUCCESS"}
        assert isinstance(odometer["meta"]["oemUpdatedAt"], int)
        assert odometer["meta"]["oemUpdatedAt"] > 10**12
        assert meta["version"] == "4.0"
        assert meta["mode"] == "LIVE"
        assert meta["webhookId"] == deliverer.webhook_id
        assert meta["webhookName"] == deliverer.webhook.name
        assert meta["signalCount"] == len(data["signals"])
        assert isinstance(meta["deliveredAt"], int)
        assert isinstance(meta["sequence"], int)
        # one changed byte and the SDK refuses it
        tampered = delivery.body.replace(b'"LIVE"', b'"LIVe"')
        assert not smartcar.verify_payload(
            DEMO_MANAGEMENT_TOKEN, delivery.headers["sc-signature"], tampered.decode()
        )


async def test_delivered_values_are_what_the_rest_signals_endpoint_answers(sim, receiver, client):
    vehicle_id = connect_first_owners(sim, 1)[0]
    sim.clock.advance(timedelta(days=2))
    deliverer = in_process(sim, receiver)
    await deliverer.verify()
    await deliverer.deliver_changes()
    [delivery] = [d for d in receiver.deliveries() if d.envelope["vehicleId"] == vehicle_id][:1]
    delivered = {s["code"]: s for s in delivery.envelope["data"]["signals"]}
    owner = sim.fleet.vehicles[vehicle_id].owner_id
    app_token = (await client.post("/oauth2/token", data=API_CLIENT_FORM)).json()["access_token"]
    answer = await client.get(f"/v3/vehicles/{vehicle_id}/signals", headers=v3_headers(app_token, owner))
    assert answer.status_code == 200
    rest = {item["id"]: item for item in answer.json()["data"]}
    odometer = rest["odometer-traveleddistance"]
    assert delivered["odometer-traveleddistance"]["body"] == odometer["attributes"]["body"]
    assert delivered["odometer-traveleddistance"]["meta"]["oemUpdatedAt"] == odometer["meta"]["oemUpdatedAt"]
    for code, signal in delivered.items():
        assert signal["status"]["value"] == rest[code]["attributes"]["status"]["value"], code
        assert signal.get("body") == rest[code]["attributes"].get("body"), code


async def test_later_passes_send_only_what_changed(sim, receiver):
    connect_first_owners(sim, 2)
    deliverer = in_process(sim, receiver)
    await deliverer.verify()
    first = await deliverer.deliver_changes()
    assert first
    assert await deliverer.deliver_changes() == []  # the clock stood still: nothing changed
    sim.clock.advance(timedelta(days=1))
    later = await deliverer.deliver_changes()
    assert later
    for delivery in receiver.deliveries()[len(first) :]:
        triggers = [t["code"] for t in delivery.envelope["data"]["triggers"]]
        assert "odometer-traveleddistance" in triggers
        assert "FIRST_DELIVERY" not in triggers
    sequences = [d.envelope["meta"]["sequence"] for d in receiver.deliveries()]
    assert sequences == sorted(sequences)
    assert len(set(sequences)) == len(sequences)


async def test_a_new_subscription_starts_with_first_delivery_again(sim, receiver):
    vehicle_id = connect_first_owners(sim, 1)[0]
    deliverer = in_process(sim, receiver)
    await deliverer.verify()
    await deliverer.deliver_changes()
    [subscription] = sim.webhooks.subscriptions(vehicle_id=vehicle_id)
    sim.webhooks.unsubscribe(subscription.id)
    sim.webhooks.subscribe(deliverer.webhook_id, subscription.user_id, vehicle_id, sim.clock.timestamp())
    await deliverer.deliver_changes()
    last = [d for d in receiver.deliveries() if d.envelope["vehicleId"] == vehicle_id][-1]
    assert [t["code"] for t in last.envelope["data"]["triggers"]] == ["FIRST_DELIVERY"]


async def test_vehicle_error_for_a_sleeping_car_then_resolved(sim, receiver):
    vehicle_id = connect_first_owners(sim, 1)[0]
    deliverer = in_process(sim, receiver)
    await deliverer.verify()
    await deliverer.deliver_changes()
    sim.faults.force("asleep", vehicle_id=vehicle_id, times=None)
    sim.clock.advance(timedelta(days=1))
    await deliverer.deliver_changes()
    errors = [d for d in receiver.deliveries("VEHICLE_ERROR") if d.envelope["vehicleId"] == vehicle_id]
    assert len(errors) == 1
    assert receiver.signed_correctly(errors[0])
    [entry] = errors[0].envelope["data"]["errors"]
    assert (entry["type"], entry["code"], entry["state"]) == ("VEHICLE_STATE", "ASLEEP", "ERROR")
    assert entry["description"]
    assert entry["suggestedUserMessage"]
    assert entry["resolution"]["type"]
    assert any(s["code"] == "odometer-traveleddistance" for s in entry["signals"])
    states_before = len(
        [d for d in receiver.deliveries("VEHICLE_STATE") if d.envelope["vehicleId"] == vehicle_id]
    )
    assert states_before == 1  # asleep: no state
    await deliverer.deliver_changes()
    assert len(receiver.deliveries("VEHICLE_ERROR")) == 1  # said once
    sim.faults.clear()
    await deliverer.deliver_changes()
    mine = [d for d in receiver.deliveries() if d.envelope["vehicleId"] == vehicle_id]
    assert mine[-2].event_type == "VEHICLE_ERROR"
    assert mine[-2].envelope["data"]["errors"][0]["state"] == "RESOLVED"
    assert mine[-1].event_type == "VEHICLE_STATE"


async def test_vehicle_error_when_the_owner_revokes_access(sim, receiver):
    vehicle_id = connect_first_owners(sim, 1)[0]
    deliverer = in_process(sim, receiver)
    await deliverer.verify()
    await deliverer.deliver_changes()
    sim.revoke_user(sim.fleet.vehicles[vehicle_id].owner_id)
    await deliverer.deliver_changes()
    [error] = [d for d in receiver.deliveries("VEHICLE_ERROR") if d.envelope["vehicleId"] == vehicle_id]
    [entry] = error.envelope["data"]["errors"]
    assert (entry["type"], entry["state"], entry["resolution"]["type"]) == (
        "CONNECTED_SERVICES_ACCOUNT",
        "ERROR",
        "REAUTHENTICATE",
    )


async def test_a_failing_receiver_sees_the_same_event_at_the_retry_schedule(sim):
    receiver = TinyReceiver(DEMO_MANAGEMENT_TOKEN, statuses=[500, 503])
    connect_first_owners(sim, 1)
    with on_loopback(receiver.app) as base:
        deliverer = WebhookDeliverer(sim, f"{base}/hook", retry_scale=0.01)
        await deliverer.verify()
        sim.enroll_connected()
        # one car only, so the receiver's statuses go to its event's attempts
        keep = sim.webhooks.subscriptions()[0]
        for other in sim.webhooks.subscriptions()[1:]:
            sim.webhooks.unsubscribe(other.id)
        attempts = await deliverer.deliver_changes()
    assert [a.status_code for a in attempts] == [500, 503, 200]
    deliveries = receiver.deliveries()
    assert len(deliveries) == 3
    assert {d.event_id for d in deliveries} == {attempts[0].event_id}
    assert len({d.envelope["meta"]["deliveryId"] for d in deliveries}) == 3
    assert all(receiver.signed_correctly(d) for d in deliveries)
    assert deliveries[0].envelope["vehicleId"] == keep.vehicle_id
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(deliveries)]
    for gap, expected in zip(gaps, RETRY_GAPS_S[:2], strict=True):
        assert expected * 0.01 <= gap < expected * 0.01 + 0.2


async def test_four_attempts_then_the_event_is_dropped(sim):
    receiver = TinyReceiver(DEMO_MANAGEMENT_TOKEN, statuses=[500] * 10)
    connect_first_owners(sim, 1)
    deliverer = in_process(sim, receiver, retry_scale=0.001)
    await deliverer.verify()
    attempts = await deliverer.deliver_changes()
    by_event = Counter(a.event_id for a in attempts)
    assert set(by_event.values()) == {4}
    assert [a.attempt for a in attempts if a.event_id == attempts[0].event_id] == [1, 2, 3, 4]


async def test_a_timeout_or_refused_connection_is_a_failed_attempt(sim):
    slow = TinyReceiver(DEMO_MANAGEMENT_TOKEN, delay_s=1.0)
    connect_first_owners(sim, 1)
    deliverer = in_process(sim, slow, retry_scale=0.0, timeout_s=0.1)
    await deliverer.verify()
    attempts = await deliverer.deliver_changes()
    assert attempts
    assert all(a.error == "timeout" and a.status_code is None for a in attempts)
    refused = WebhookDeliverer(sim, "http://127.0.0.1:9/hook", retry_scale=0.0, timeout_s=1.0)
    sim.webhooks.mark_verified(refused.webhook_id)
    tried = await refused.deliver_changes()
    assert tried
    assert all(a.status_code is None and a.error for a in tried)
    assert len(tried) == 4 * len({a.event_id for a in tried})


async def test_fault_plan_rates_are_seeded():
    faults = WebhookFaults("bench", duplicate=0.10, reorder=0.05, bad_signature=0.01)
    events = [SimpleNamespace(vehicle_id=f"car-{i % 50}", n=i) for i in range(20_000)]
    plans = []
    for _ in range(2):
        planner = FaultPlanner(faults, seed=4)
        plans.append(planner.plan(events) + planner.release_held())
    assert [(s.event.n, s.forged) for s in plans[0]] == [(s.event.n, s.forged) for s in plans[1]]
    sends = plans[0]
    genuine = Counter(s.event.n for s in sends if not s.forged)
    assert set(genuine) == set(range(20_000))  # nothing lost
    assert 0.09 < sum(1 for c in genuine.values() if c == 2) / 20_000 < 0.11
    assert 0.007 < sum(1 for s in sends if s.forged) / 20_000 < 0.013
    order = [s.event.n for s in sends if not s.forged]
    first_seen = list(dict.fromkeys(order))
    late = sum(1 for a, b in itertools.pairwise(first_seen) if b < a)
    assert 0.04 < late / 20_000 < 0.06


async def test_faults_reach_the_receiver(sim, receiver):
    connect_first_owners(sim, 3)
    deliverer = in_process(sim, receiver, faults=parse_webhook_faults("duplicate=1,bad_signature=1"))
    await deliverer.verify()
    await deliverer.deliver_changes()
    deliveries = receiver.deliveries()
    good = [d for d in deliveries if receiver.signed_correctly(d)]
    forged = [d for d in deliveries if not receiver.signed_correctly(d)]
    events = {d.event_id for d in deliveries}
    assert Counter(d.event_id for d in good) == dict.fromkeys(events, 2)
    assert Counter(d.event_id for d in forged) == dict.fromkeys(events, 1)


async def test_a_reordered_event_arrives_after_the_cars_next_one(sim, receiver):
    connect_first_owners(sim, 1)
    deliverer = in_process(sim, receiver, faults=WebhookFaults("late", reorder=1.0))
    await deliverer.verify()
    assert await deliverer.deliver_changes() == []  # held back
    sim.clock.advance(timedelta(days=1))
    await deliverer.deliver_changes()
    deliveries = receiver.deliveries()
    by_car: dict[str, list[int]] = {}
    for delivery in deliveries:
        by_car.setdefault(delivery.envelope["vehicleId"], []).append(delivery.envelope["meta"]["sequence"])
    assert by_car
    assert all(len(seq) == 2 and seq[0] > seq[1] for seq in by_car.values())
    assert all(
        [t["code"] for t in d.envelope["data"]["triggers"]] == ["FIRST_DELIVERY"] for d in deliveries[1::2]
    )


async def test_synthetic_events_for_a_load_benchmark(sim, receiver):
    deliverer = in_process(sim, receiver)
    events = deliverer.synthetic_events(3 * len(sim.fleet.vehicles))
    assert len({e.event_id for e in events}) == len(events)
    odometers: dict[str, list[float]] = {}
    for event in events:
        assert smartcar.verify_payload(DEMO_MANAGEMENT_TOKEN, event.signature, event.body.decode())
        envelope = json.loads(event.body)
        odometer = next(s for s in envelope["data"]["signals"] if s["code"] == "odometer-traveleddistance")
        odometers.setdefault(event.vehicle_id, []).append(odometer["body"]["value"])
    assert all(values == sorted(values) and len(set(values)) == 3 for values in odometers.values())
    async with deliverer.client() as http:
        sent = await deliverer.send_prepared(http, events[0])
        forged = await deliverer.send_prepared(http, events[1], bad_signature=True)
    assert sent.status_code == 200
    assert sent.latency_s >= 0
    assert forged.status_code == 200  # this receiver checks nothing; the signature is what differs
    assert receiver.signed_correctly(receiver.received[0])
    assert not receiver.signed_correctly(receiver.received[1])


async def test_admin_routes_register_verify_and_deliver(sim, receiver):
    connect_first_owners(sim, 2)
    control = {CONTROL_HEADER: sim.control_token}
    with on_loopback(receiver.app) as base:
        transport = httpx.ASGITransport(app=create_app(sim))
        async with httpx.AsyncClient(transport=transport, base_url="http://simulator.test") as admin:
            refused = await admin.post("/_simulator/webhooks", json={"url": f"{base}/hook"})
            assert refused.status_code == 403
            bad = await admin.post("/_simulator/webhooks", json={"url": "ftp://x"}, headers=control)
            assert bad.status_code == 400
            made = await admin.post(
                "/_simulator/webhooks", json={"url": f"{base}/hook", "retryScale": 0.01}, headers=control
            )
            assert made.status_code == 201, made.text
            webhook = made.json()
            assert webhook["autoEnroll"] is True
            assert webhook["verified"] is False
            verified = await admin.post(f"/_simulator/webhooks/{webhook['id']}/verify", headers=control)
            assert verified.json() == {"verified": True}
            delivered = await admin.post(f"/_simulator/webhooks/{webhook['id']}/deliver", headers=control)
            assert delivered.status_code == 200
            attempts = delivered.json()["attempts"]
            assert attempts
            assert all(a["statusCode"] == 200 for a in attempts)
            listed = await admin.get(f"/_simulator/webhooks/{webhook['id']}/attempts")
            assert len(listed.json()["attempts"]) == len(attempts) + 1  # and the VERIFY
            missing = await admin.post("/_simulator/webhooks/nope/deliver", headers=control)
            assert missing.status_code == 404
    assert len(receiver.deliveries("VEHICLE_STATE")) == len(attempts)


@pytest.fixture
def self_signed(tmp_path) -> tuple[str, str]:
    """A certificate for 127.0.0.1 that no system trusts (as Caddy's `tls internal` root is not)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    certificate, key = tmp_path / "receiver.crt", tmp_path / "receiver.key"
    subprocess.run(
        [
            *(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
            ),
            *("-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)),
        ],
        check=True,
        capture_output=True,
    )
    return str(certificate), str(key)


async def test_https_with_a_private_ca(sim, receiver, self_signed):
    with on_loopback(receiver.app, certificate=self_signed) as base:
        trusting = WebhookDeliverer(sim, f"{base}/hook", verify=self_signed[0])
        assert await trusting.verify() is True
        untrusting = WebhookDeliverer(sim, f"{base}/hook")
        assert await untrusting.verify() is False
        assert untrusting.attempts[-1].error == "ConnectError"


@pytest.mark.parametrize("fault", ["upstream", "timeout"])
async def test_an_unreachable_car_is_reported_unreachable(sim, receiver, fault):
    vehicle_id = connect_first_owners(sim, 1)[0]
    deliverer = in_process(sim, receiver)
    await deliverer.verify()
    await deliverer.deliver_changes()
    sim.faults.force(fault, vehicle_id=vehicle_id, times=None)
    await deliverer.deliver_changes()
    [error] = [d for d in receiver.deliveries("VEHICLE_ERROR") if d.envelope["vehicleId"] == vehicle_id]
    [entry] = error.envelope["data"]["errors"]
    assert (entry["type"], entry["code"], entry["state"]) == ("VEHICLE_STATE", "UNREACHABLE", "ERROR")
