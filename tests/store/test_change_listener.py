"""The PostgreSQL change listener: woken by another connection's committed change, and listening again by
itself after the server dropped its connection."""

import threading
from datetime import UTC, datetime

import peewee
import pytest

from shopapp.store.change_listener import ChangeListener, can_listen
from shopapp.store.live_changes import LIVE, note_change
from shopapp.store.models import db


@pytest.fixture
def postgres_only(store):
    if not isinstance(store, peewee.PostgresqlDatabase):
        pytest.skip("NOTIFY is PostgreSQL's")
    return store


def test_only_postgresql_is_listened_to(store):
    assert can_listen() == isinstance(store, peewee.PostgresqlDatabase)


@pytest.mark.postgres
def test_a_committed_change_wakes_the_listener_even_after_the_server_dropped_it(postgres_only):
    woken = threading.Semaphore(0)
    listener = ChangeListener(woken.release)
    listener.start()
    try:
        assert listener.listening.wait(5)
        note_change(LIVE, [1], "receiver|1|1.00", datetime.now(UTC))
        assert woken.acquire(timeout=5)

        # The server ends the listening connection (a restart, an administrator): it comes back by itself
        # and wakes the window once, for whatever was noted meanwhile.
        db.execute_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%%' AND pid <> pg_backend_pid() AND datname = current_database()"
        )
        assert woken.acquire(timeout=10)  # the catch-up after reconnecting
        assert listener.listening.wait(5)
        note_change(LIVE, [1], "receiver|1|1.00", datetime.now(UTC))
        assert woken.acquire(timeout=5)
    finally:
        listener.stop()
    assert not listener.listening.is_set()
