"""Applying stored deliveries, in the store's own process (review findings turned into tests): a failed
signal never erases what the newest applied report was, a good delivery clears a read error from the row,
a receiver whose lease ran out writes nothing, and the change feed keeps its newest note."""

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from builders import customer, vehicle
from receiver_support import state_event

from shopapp.domain.plan import default_plan
from shopapp.services.live_events import apply_events
from shopapp.store.live_changes import DESK, forget_old_changes, latest_change_id, note_change
from shopapp.store.models import LiveAnnouncement, TroubleCodeOccurrence, Vehicle
from shopapp.store.webhook_inbox import ClaimLost, EventToStore, claim_events, store_event

LEASE = timedelta(minutes=2)


def _failed_codes_event(vehicle_id: str, reported: datetime) -> bytes:
    envelope = json.loads(state_event(vehicle_id, trouble_codes=[], reported=reported))
    signal = envelope["data"]["signals"][0]
    signal.pop("body")
    signal["status"] = {"value": "ERROR", "error": {"type": "UPSTREAM", "code": "UNKNOWN_ISSUE"}}
    return json.dumps(envelope).encode()


def _apply(body: bytes, claimant: str = "me", now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    store_event(EventToStore(str(uuid.uuid4()), "VEHICLE_STATE", "veh-1", "user-1", body.decode(), now))
    apply_events(claim_events(claimant, now, LEASE, 50), default_plan(), "origin", now, claimant)


@pytest.fixture
def car(store):
    return vehicle(customer("Ana Ruiz"), smartcar_id="veh-1", powertrain="ICE")


def test_a_failed_signal_does_not_let_an_older_delivery_reopen_a_cleared_code(car):
    start = datetime.now(UTC) - timedelta(hours=1)
    _apply(state_event("veh-1", trouble_codes=[], reported=start + timedelta(minutes=20)))
    _apply(_failed_codes_event("veh-1", start + timedelta(minutes=30)))
    _apply(state_event("veh-1", trouble_codes=["P0420"], reported=start + timedelta(minutes=10)))
    assert TroubleCodeOccurrence.select().where(TroubleCodeOccurrence.cleared_at.is_null()).count() == 0
    assert LiveAnnouncement.select().count() == 0


def test_a_good_delivery_clears_the_read_error_a_failed_one_left(car):
    start = datetime.now(UTC) - timedelta(hours=1)
    _apply(_failed_codes_event("veh-1", start))
    assert Vehicle.get_by_id(car.id).last_error != ""
    _apply(state_event("veh-1", trouble_codes=[], reported=start + timedelta(minutes=5)))
    assert Vehicle.get_by_id(car.id).last_error == ""


def test_a_receiver_whose_lease_ran_out_writes_nothing(car):
    now = datetime.now(UTC)
    body = state_event("veh-1", odometer_km=1234.0)
    store_event(EventToStore("e-1", "VEHICLE_STATE", "veh-1", "user-1", body.decode(), now))
    slow = claim_events("slow", now, LEASE, 50)
    later = now + LEASE + timedelta(seconds=1)
    taken_over = claim_events("fast", later, LEASE, 50)
    assert [event.event_id for event in taken_over] == ["e-1"]
    apply_events(taken_over, default_plan(), "origin", later, "fast")
    with pytest.raises(ClaimLost):
        apply_events(slow, default_plan(), "origin", later, "slow")
    assert car.odometer_readings.count() == 1


def test_the_change_feed_keeps_its_newest_note_so_ids_never_go_back(car):
    old = datetime.now(UTC) - timedelta(days=5)
    for _ in range(3):
        note_change(DESK, None, "origin", old)
    newest = latest_change_id()
    forget_old_changes(datetime.now(UTC))
    assert latest_change_id() == newest
    assert note_change(DESK, None, "origin", datetime.now(UTC)) > newest
