"""Receivers sharing the shop's PostgreSQL server (the CI's real one): an event is stored and applied once
however many receivers take it, and a receiver killed between storing and applying loses nothing."""

import signal
import threading
from datetime import UTC, datetime, timedelta

import peewee
import psycopg
import pytest
from builders import customer, vehicle
from receiver_support import running_receiver, start_receiver, state_event, stop_receiver, wait_until
from store_database import POSTGRES_URL

from shopapp.store.models import LiveChange, OdometerReading, Vehicle, WebhookEvent

pytestmark = pytest.mark.postgres


@pytest.fixture
def camry(store):
    if not isinstance(store, peewee.PostgresqlDatabase):
        pytest.skip("receivers sharing one PostgreSQL server")
    return vehicle(customer("Ana Ruiz"), smartcar_id="veh-camry")


def _applied() -> int:
    return WebhookEvent.select().where(WebhookEvent.state == "applied").count()


def test_two_receivers_taking_the_same_event_at_once_store_and_apply_it_once(receiver_env, camry):
    with running_receiver(receiver_env) as first, running_receiver(receiver_env) as second:
        for attempt in range(5):
            body = state_event("veh-camry", odometer_km=1000.0 + attempt, event_id=f"same-{attempt}")
            answers = {}
            go = threading.Barrier(2)

            def deliver(receiver, name, body=body, go=go, answers=answers):
                go.wait()
                answers[name] = receiver.post(body)

            threads = [threading.Thread(target=deliver, args=(r, n)) for r, n in ((first, 1), (second, 2))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert [answers[n].status_code for n in (1, 2)] == [200, 200]
            assert sorted(answers[n].json()["stored"] for n in (1, 2)) == [False, True]
        assert wait_until(lambda: _applied() == 5)
    assert WebhookEvent.select().count() == 5
    assert OdometerReading.select().count() == 5
    assert Vehicle.get_by_id(camry.id).odometer_km == pytest.approx(1004.0)


def test_events_spread_over_two_receivers_are_each_applied_once(receiver_env, camry):
    start = datetime.now(UTC) - timedelta(hours=3)
    with running_receiver(receiver_env) as first, running_receiver(receiver_env) as second:
        for number in range(60):
            receiver = first if number % 2 else second
            reported = start + timedelta(minutes=number)
            body = state_event("veh-camry", odometer_km=2000.0 + number, reported=reported)
            assert receiver.post(body).status_code == 200
        assert wait_until(lambda: _applied() == 60, timeout=30)
    # A reading applied twice would have failed on the unique (car, time, source) index and left an
    # event failed; every one is applied and every reading is there once.
    assert OdometerReading.select().count() == 60
    assert WebhookEvent.select().where(WebhookEvent.state != "applied").count() == 0
    assert Vehicle.get_by_id(camry.id).odometer_km == pytest.approx(2059.0)


def test_a_receiver_killed_between_storing_and_applying_loses_nothing(receiver_env, camry):
    receiver = start_receiver(receiver_env)
    blocker = psycopg.connect(POSTGRES_URL)
    try:
        # Hold the car's row: the receiver stores and acknowledges, then its applier waits on the row.
        blocker.execute('SELECT 1 FROM "vehicle" WHERE "id" = %s FOR UPDATE', (camry.id,))
        answer = receiver.post(state_event("veh-camry", odometer_km=3210.0, event_id="acked-then-killed"))
        assert answer.status_code == 200
        assert wait_until(lambda: WebhookEvent.get(WebhookEvent.event_id == "acked-then-killed").claimed_by)
        stop_receiver(receiver, signal.SIGKILL)
    finally:
        blocker.rollback()
        blocker.close()
    left = WebhookEvent.get(WebhookEvent.event_id == "acked-then-killed")
    assert left.state == "new"
    assert OdometerReading.select().count() == 0
    with running_receiver(receiver_env):
        assert wait_until(lambda: _applied() == 1, timeout=20)
    assert Vehicle.get_by_id(camry.id).odometer_km == pytest.approx(3210.0)
    assert LiveChange.select().where(LiveChange.kind == "live").count() == 1
