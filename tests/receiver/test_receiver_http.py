"""`shopapp webhooks serve` on loopback, as Smartcar meets it: VERIFY, signatures on the raw body, refusals
that store nothing, duplicates stored once, events applied like a refresh (DESIGN.md "Live updates")."""

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import smartcar
from builders import customer, vehicle
from receiver_support import KEY, running_receiver, state_event, wait_until

from shopapp.store.models import LiveAnnouncement, LiveChange, OdometerReading, Vehicle, WebhookEvent


def _stored() -> int:
    return WebhookEvent.select().count()


def _state_of(event_id: str) -> str | None:
    row = WebhookEvent.get_or_none(WebhookEvent.event_id == event_id)
    return row.state if row else None


@pytest.fixture
def receiver(receiver_env):
    with running_receiver(receiver_env) as running:
        yield running


@pytest.fixture
def camry(store):
    return vehicle(customer("Ana Ruiz"), smartcar_id="veh-camry")


def test_verify_answers_with_the_hmac_the_official_sdk_computes(receiver):
    challenge = "3c1f6d2e-challenge-token"
    body = {
        "eventId": "v-1",
        "eventType": "VERIFY",
        "data": {"challenge": challenge},
        "meta": {"version": "4.0"},
    }
    answer = httpx.post(receiver.webhook_url, json=body, timeout=10)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json() == {"challenge": smartcar.hash_challenge(KEY, challenge)}
    assert _stored() == 0


def test_the_legacy_verify_shape_is_answered_too(receiver):
    body = {"eventName": "verify", "version": "2.0", "payload": {"challenge": "abc123"}}
    answer = httpx.post(receiver.webhook_url, json=body, timeout=10)
    assert answer.json() == {"challenge": smartcar.hash_challenge(KEY, "abc123")}


def test_verify_never_signs_a_body_for_a_stranger(receiver):
    # Were any challenge answered, a stranger could have a forged delivery signed by asking VERIFY for it.
    forged = state_event("veh-camry", odometer_km=1.0).decode()
    body = {"eventId": "v-2", "eventType": "VERIFY", "data": {"challenge": forged}}
    answer = httpx.post(receiver.webhook_url, json=body, timeout=10)
    assert answer.status_code == 400
    assert smartcar.hash_challenge(KEY, forged) not in answer.text


def test_a_signed_delivery_is_stored_acknowledged_and_applied(receiver, camry):
    reported = datetime.now(UTC) - timedelta(minutes=3)
    body = state_event("veh-camry", odometer_km=42150.7, reported=reported, event_id="e-1")
    assert smartcar.verify_payload(KEY, smartcar.hash_challenge(KEY, body.decode()), body.decode())
    answer = receiver.post(body)
    assert answer.status_code == 200
    assert answer.json() == {"eventId": "e-1", "stored": True}
    assert wait_until(lambda: _state_of("e-1") == "applied")
    car = Vehicle.get_by_id(camry.id)
    assert car.odometer_km == pytest.approx(42150.7)
    assert abs(car.odometer_at - reported) < timedelta(milliseconds=1)
    assert car.live_update_at is not None
    assert LiveChange.select().where(LiveChange.kind == "live").count() == 1


@pytest.mark.parametrize(
    ("case", "status"),
    [
        ("one byte changed", 401),
        ("no signature header", 401),
        ("signed with another key", 401),
        ("2 MiB body", 413),
        ("not JSON", 400),
        ("signed JSON that is not an event", 400),
        ("a replay delivered long ago", 400),
    ],
)
def test_bad_deliveries_get_their_status_and_store_nothing(receiver, camry, case, status):
    good = state_event("veh-camry", odometer_km=100.0)
    if case == "one byte changed":
        tampered = good.replace(b"100.0", b"900.0")
        answer = receiver.post(tampered, signature=smartcar.hash_challenge(KEY, good.decode()))
    elif case == "no signature header":
        answer = receiver.post(good, signature=None)
    elif case == "signed with another key":
        answer = receiver.post(good, signature=smartcar.hash_challenge("someone-else", good.decode()))
    elif case == "2 MiB body":
        answer = receiver.post(b'{"pad": "' + b"x" * (2 << 20) + b'"}')
    elif case == "not JSON":
        answer = receiver.post(b"eventId=1&eventType=VEHICLE_STATE")
    elif case == "signed JSON that is not an event":
        answer = receiver.post(json.dumps({"hello": "world"}).encode())
    else:
        old = datetime.now(UTC) - timedelta(days=30)
        answer = receiver.post(state_event("veh-camry", odometer_km=5.0, delivered=old))
    assert answer.status_code == status
    assert _stored() == 0
    assert OdometerReading.select().count() == 0
    assert KEY not in answer.text


def test_a_retried_event_is_acknowledged_and_stored_once(receiver, camry):
    body = state_event("veh-camry", odometer_km=500.0, event_id="e-retry")
    first, second = receiver.post(body), receiver.post(body)
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.json()["stored"], second.json()["stored"]) == (True, False)
    assert wait_until(lambda: _state_of("e-retry") == "applied")
    assert _stored() == 1
    assert OdometerReading.select().count() == 1


def test_an_older_odometer_delivered_late_does_not_replace_the_newer(receiver, camry):
    now = datetime.now(UTC)
    newer = state_event("veh-camry", odometer_km=1200.0, reported=now - timedelta(minutes=5))
    older = state_event("veh-camry", odometer_km=1100.0, reported=now - timedelta(hours=2))
    assert receiver.post(newer).status_code == 200
    assert wait_until(lambda: WebhookEvent.select().where(WebhookEvent.state == "applied").count() == 1)
    assert receiver.post(older).status_code == 200
    assert wait_until(lambda: WebhookEvent.select().where(WebhookEvent.state == "applied").count() == 2)
    car = Vehicle.get_by_id(camry.id)
    assert car.odometer_km == pytest.approx(1200.0)
    assert OdometerReading.select().count() == 2  # the older one is history, not the current value


def test_an_older_trouble_code_list_does_not_reopen_a_cleared_code(receiver, camry):
    now = datetime.now(UTC)
    cleared = state_event("veh-camry", trouble_codes=[], reported=now - timedelta(minutes=5))
    stale = state_event("veh-camry", trouble_codes=["P0420"], reported=now - timedelta(hours=1))
    receiver.post(cleared)
    assert wait_until(lambda: WebhookEvent.select().where(WebhookEvent.state == "applied").count() == 1)
    receiver.post(stale)
    assert wait_until(lambda: WebhookEvent.select().where(WebhookEvent.state == "applied").count() == 2)
    assert LiveAnnouncement.select().count() == 0
    assert not list(camry.trouble_codes)


def test_a_new_trouble_code_is_noted_for_the_windows_to_announce(receiver, camry):
    receiver.post(state_event("veh-camry", trouble_codes=["P0420"]))
    assert wait_until(lambda: LiveAnnouncement.select().count() == 1)
    announcement = LiveAnnouncement.get()
    assert (announcement.vehicle_id, announcement.kind, announcement.code) == (
        camry.id,
        "trouble_code",
        "P0420",
    )


def test_an_event_for_a_car_not_linked_yet_waits_and_is_applied_once_it_is(receiver, store):
    answer = receiver.post(state_event("veh-later", odometer_km=777.0, event_id="e-early"))
    assert answer.status_code == 200
    assert wait_until(lambda: _state_of("e-early") == "waiting")
    later = vehicle(customer("Ben Ode"), smartcar_id="veh-later")
    receiver.post(state_event("veh-other", odometer_km=1.0))  # any delivery wakes the applier
    assert wait_until(lambda: _state_of("e-early") == "applied", timeout=45)
    assert Vehicle.get_by_id(later.id).odometer_km == pytest.approx(777.0)


def test_health_reports_the_last_event(receiver, camry):
    assert receiver.health()["lastEventAt"] is None
    receiver.post(state_event("veh-camry", odometer_km=10.0))
    health = receiver.health()
    assert health["status"] == "ok"
    assert health["lastEventAt"] is not None
    assert sum(health["events"].values()) == 1


def test_the_receiver_logs_no_secret(receiver_env, camry):
    from receiver_support import start_receiver, stop_receiver

    running = start_receiver(receiver_env)
    running.post(state_event("veh-camry", odometer_km=10.0))
    running.post(state_event("veh-camry", odometer_km=11.0), signature="deadbeef")
    code, err = stop_receiver(running)
    assert code in (0, -15)  # uvicorn stops gracefully, then ends by the signal it was sent (systemd: clean)
    assert "Application shutdown complete" in err
    assert KEY not in err
    assert "deadbeef" not in err
    assert "signature" in err  # the refusal is logged, in words


def _error_event(vehicle_id: str, error_type: str, code: str, state: str = "ERROR") -> bytes:
    envelope = {
        "eventId": f"err-{error_type}-{code}-{state}",
        "eventType": "VEHICLE_ERROR",
        "vehicleId": vehicle_id,
        "data": {
            "user": {"id": "user-1"},
            "vehicle": {"id": vehicle_id},
            "errors": [
                {
                    "type": error_type,
                    "code": code,
                    "state": state,
                    "description": "The vehicle could not be reached.",
                    "suggestedUserMessage": "Your car is out of reach.",
                    "signals": [{"code": "odometer-traveleddistance"}],
                }
            ],
        },
        "meta": {
            "version": "4.0",
            "deliveryId": "d",
            "deliveredAt": int(datetime.now(UTC).timestamp() * 1000),
        },
    }
    return json.dumps(envelope).encode()


def test_a_vehicle_error_marks_the_car_and_its_resolution_clears_it(receiver, camry):
    receiver.post(_error_event("veh-camry", "VEHICLE_STATE", "UNREACHABLE"))
    assert wait_until(lambda: Vehicle.get_by_id(camry.id).last_error != "")
    assert "could not be reached" in Vehicle.get_by_id(camry.id).last_error
    receiver.post(_error_event("veh-camry", "VEHICLE_STATE", "UNREACHABLE", state="RESOLVED"))
    assert wait_until(lambda: Vehicle.get_by_id(camry.id).last_error == "")


def test_an_owner_account_error_asks_for_reconnection(receiver, store):
    from shopapp.store.models import Connection

    now = datetime.now(UTC)
    link = Connection.create(api="v3", smartcar_user_id="user-1", created_at=now, updated_at=now)
    vehicle(customer("Cy Dale"), smartcar_id="veh-linked", connection=link)
    receiver.post(_error_event("veh-linked", "CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED"))
    assert wait_until(lambda: Connection.get_by_id(link.id).state == "needs_reconnect")


def test_a_graceful_stop_loses_no_acknowledged_event(receiver_env, camry):
    from receiver_support import start_receiver, stop_receiver

    running = start_receiver(receiver_env)
    start = datetime.now(UTC) - timedelta(hours=1)
    acknowledged = []
    for number in range(30):
        body = state_event(
            "veh-camry", odometer_km=100.0 + number, reported=start + timedelta(minutes=number)
        )
        answer = running.post(body)
        if answer.status_code == 200:
            acknowledged.append(answer.json()["eventId"])
    stop_receiver(running)  # SIGTERM at once: some events are stored but not applied yet
    assert len(acknowledged) == 30
    stored = {row.event_id for row in WebhookEvent.select()}
    assert stored == set(acknowledged)
    with running_receiver(receiver_env):  # the next start applies whatever was left
        assert wait_until(lambda: WebhookEvent.select().where(WebhookEvent.state == "applied").count() == 30)
    assert OdometerReading.select().count() == 30


def test_a_body_nested_deeper_than_any_event_is_refused_in_words(receiver):
    answer = receiver.post(b"[" * 200_000, signature=None)
    assert answer.status_code in (400, 401)
    assert receiver.post(b"[" * 200_000).status_code == 400  # signed: read, and refused as not JSON
    assert _stored() == 0
