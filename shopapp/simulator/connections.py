"""v3 connections: one per (owner, car) that a live grant covers, read from the token store's grants.

A connection is a view, not a second record: Connect (v2 or v3), `Simulator.connect`, a disconnect and a
revocation all change grants, and the view follows. Only the connection id is remembered, so it stays the
same while the connection lasts and differs from the vehicle id, as in the real API.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from shopapp.simulator.fleet import Fleet
from shopapp.simulator.tokens import Grant, TokenStore


@dataclass(frozen=True, slots=True)
class Connection:
    """Attributes: id, user_id, vehicle_id, permissions (granted by the latest Connect and not withheld
    on that car, sorted), external_id (the latest one sent to Connect, if any), created_ts (the first
    Connect that covered the car), updated_ts (the latest), mode (always "live")."""

    id: str
    user_id: str
    vehicle_id: str
    permissions: tuple[str, ...]
    external_id: str | None
    created_ts: float
    updated_ts: float
    mode: str = "live"


@dataclass(slots=True)
class _Identity:
    id: str
    created_ts: float
    order: int


class ConnectionRegistry:
    """The application's connections. `client_id` names the application (read at each use)."""

    def __init__(self, tokens: TokenStore, fleet: Fleet, client_id: Callable[[], str]) -> None:
        self._tokens = tokens
        self._fleet = fleet
        self._client_id = client_id
        self._ids: dict[tuple[str, str], _Identity] = {}
        self._order = itertools.count()
        self._lock = threading.Lock()

    def all(self) -> list[Connection]:
        """Every live connection, oldest first (the real API sorts by connection date)."""
        covering: dict[tuple[str, str], list[Grant]] = {}
        for grant in self._live_grants(list(self._tokens.grants)):
            for vehicle_id in list(grant.vehicle_ids):
                covering.setdefault((grant.user_id, vehicle_id), []).append(grant)
        with self._lock:
            for key in set(self._ids) - set(covering):  # ended since last seen
                del self._ids[key]
        found = (self._connection(key, grants) for key, grants in covering.items())
        connections = [c for c in found if c is not None]
        with self._lock:
            connections.sort(key=lambda c: (c.created_ts, self._ids[(c.user_id, c.vehicle_id)].order))
        return connections

    def between(self, user_id: str, vehicle_id: str) -> Connection | None:
        """The live connection of this owner to this car, if there is one."""
        grants = [
            g for g in self._live_grants(self._tokens.grants_of(user_id)) if vehicle_id in g.vehicle_ids
        ]
        return self._connection((user_id, vehicle_id), grants)

    def of_vehicle(self, vehicle_id: str) -> Connection | None:
        """A live connection to this car, whoever made it (its owner, as a rule)."""
        vehicle = self._fleet.vehicles.get(vehicle_id)
        if vehicle is None:
            return None
        usual = self.between(vehicle.owner_id, vehicle_id)
        return usual or next((c for c in self.all() if c.vehicle_id == vehicle_id), None)

    def get(self, connection_id: str) -> Connection | None:
        with self._lock:
            key = next((key for key, identity in self._ids.items() if identity.id == connection_id), None)
        return None if key is None else self.between(*key)

    def forget_user(self, user_id: str) -> None:
        """Drops the remembered ids of this owner's connections (they ended), so a later Connect of the
        same owner starts new connections with new ids."""
        with self._lock:
            for key in [key for key in self._ids if key[0] == user_id]:
                del self._ids[key]

    def forget(self, connection: Connection) -> None:
        with self._lock:
            self._ids.pop((connection.user_id, connection.vehicle_id), None)

    def saved_state(self) -> list[list[Any]]:
        """The connections' ids as JSON-ready data, for restore_state() in another process."""
        with self._lock:
            return [[*key, i.id, i.created_ts, i.order] for key, i in self._ids.items()]

    def restore_state(self, state: list[list[Any]]) -> None:
        with self._lock:
            for user_id, vehicle_id, connection_id, created_ts, order in state:
                key = (str(user_id), str(vehicle_id))
                self._ids[key] = _Identity(str(connection_id), float(created_ts), int(order))
            self._order = itertools.count(max((int(entry[4]) for entry in state), default=-1) + 1)

    # --- helpers ---------------------------------------------------------------------------------------

    def _live_grants(self, grants: Iterable[Grant]) -> list[Grant]:
        client_id = self._client_id()
        return [g for g in grants if not g.revoked and g.client_id == client_id]

    def _connection(self, key: tuple[str, str], grants: list[Grant]) -> Connection | None:
        vehicle = self._fleet.vehicles.get(key[1])
        if not grants or vehicle is None:
            with self._lock:  # ended (a v2 disconnect, say): a later Connect starts a new connection
                self._ids.pop(key, None)
            return None
        with self._lock:
            identity = self._ids.get(key)
            if identity is None:
                first = min(g.created_ts for g in grants)
                identity = self._ids[key] = _Identity(str(uuid.uuid4()), first, next(self._order))
        latest = grants[-1]  # grants come oldest first: the last is the latest Connect
        external_ids = [g.options["external_id"] for g in grants if g.options.get("external_id")]
        return Connection(
            id=identity.id,
            user_id=key[0],
            vehicle_id=key[1],
            permissions=tuple(sorted(latest.scopes - vehicle.withheld_scopes)),
            external_id=external_ids[-1] if external_ids else None,
            created_ts=identity.created_ts,
            updated_ts=max(g.created_ts for g in grants),
        )
