"""Listening for the change feed's NOTIFY on PostgreSQL (store/live_changes.py): a connection of its own, on a
thread of its own, that calls back as soon as another process commits a change, so an open window need not
poll the server every few seconds. A dropped connection (a server restart, a network hiccup) is opened again
quietly; until then the window's slow fallback poll keeps it up to date."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import peewee

from shopapp.store.live_changes import CHANGES_CHANNEL
from shopapp.store.models import db

log = logging.getLogger(__name__)

_WAKE_SECONDS = 1.0  # how often the thread looks up from waiting, to notice stop()
_RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)  # waits before each reconnection attempt, the last repeated


def can_listen() -> bool:
    """True when the open database delivers NOTIFY (PostgreSQL); elsewhere a reader polls."""
    return isinstance(db.obj, peewee.PostgresqlDatabase)


class ChangeListener:
    """LISTENs on CHANGES_CHANNEL on a connection built from the open database's parameters, and calls
    `on_change()` on its own thread for each notification (and once after each reconnection, since
    notifications sent while it was away are lost). `stop()` ends the thread within about a second."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        database = db.obj
        if not isinstance(database, peewee.PostgresqlDatabase):
            raise TypeError("only a PostgreSQL database sends notifications")
        self._connect_params = dict(database.connect_params)
        if database.database.startswith("postgresql://"):
            self._connect_params.setdefault("conninfo", database.database)
        else:
            self._connect_params.setdefault("dbname", database.database)
        self._on_change = on_change
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="shopapp-listen", daemon=True)
        self.listening = threading.Event()  # set while a LISTEN is in place (tests wait for it)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        self._stopping.set()
        if wait and self._thread.is_alive():
            self._thread.join(timeout=_WAKE_SECONDS * 5)

    def _run(self) -> None:
        failures = 0
        first = True
        while not self._stopping.is_set():
            try:
                self._listen(catch_up=not first)
                failures = 0
            except Exception as exc:  # any driver error: the connection is gone, try again later
                self.listening.clear()
                delay = _RETRY_SECONDS[min(failures, len(_RETRY_SECONDS) - 1)]
                failures += 1
                log.info(
                    "Change listener lost its connection (%s); again in %.0f s", type(exc).__name__, delay
                )
                self._stopping.wait(delay)
            first = False

    def _listen(self, catch_up: bool) -> None:
        import psycopg  # only where PostgreSQL is used (the "postgres" extra)

        # Keepalives: a server that vanished without closing the connection is noticed within a minute or so.
        params = {
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
            "connect_timeout": 5,  # a server that does not answer must not hold up a closing window
        }
        with psycopg.connect(**(params | self._connect_params), autocommit=True) as connection:
            connection.execute(f'LISTEN "{CHANGES_CHANNEL}"')
            self.listening.set()
            if catch_up and not self._stopping.is_set():
                self._on_change()
            while not self._stopping.is_set():
                if list(connection.notifies(timeout=_WAKE_SECONDS, stop_after=1)):
                    list(connection.notifies(timeout=0))  # a burst wakes the window once: it reads them all
                    if not self._stopping.is_set():  # a closed window is not called back
                        self._on_change()
        self.listening.clear()
