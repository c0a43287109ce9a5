"""Smartcar Connect, after the owner approved: store the sealed token pair and the connection's vehicles.

Still to come in this module (next step of the Connect-and-refresh issue): the one-shot loopback listener
that receives the redirect, checks `state` and answers the browser.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from shopapp.credentials import seal_token_pair
from shopapp.services.tokens import token_context
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.errors import CompatibilityError, PermissionDeniedError
from shopapp.smartcar.results import TokenPair
from shopapp.store.models import Connection, Vehicle, db

# Optional scopes asked for at Connect (DESIGN.md command line contract).
CONNECT_SCOPES = (
    "read_vehicle_info",
    "read_vin",
    "read_odometer",
    "read_engine_oil",
    "read_diagnostics",
    "read_service_history",
)


@dataclass(frozen=True, slots=True)
class LinkedVehicle:
    vehicle_id: int
    title: str
    missing_permissions: tuple[str, ...]


async def save_connection(
    client: SmartcarClient,
    pair: TokenPair,
    customer_id: int,
    data_key: Callable[[], str],
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> tuple[Connection, list[LinkedVehicle]]:
    """Creates (or, for an owner who connects again, updates) the connection and its vehicles.

    The owner is recognised by Smartcar's user id, each car by its Smartcar id, so reconnecting never
    duplicates anything. Attributes and VIN are read for each car and its permissions checked; signals are
    left to the first refresh.
    """
    user_id = (await client.user(pair.access_token)).user_id
    vehicle_ids = (await client.vehicle_ids(pair.access_token)).vehicle_ids
    details = await asyncio.gather(*(_describe(client, pair.access_token, vid) for vid in vehicle_ids))
    stamp = now()
    with db.atomic():
        connection = Connection.get_or_none(Connection.smartcar_user_id == user_id)
        if connection is None:
            connection = Connection.create(
                customer=customer_id, smartcar_user_id=user_id, created_at=stamp, updated_at=stamp
            )
        connection.customer = customer_id
        connection.scopes = " ".join(CONNECT_SCOPES)
        connection.sealed_tokens = seal_token_pair(pair, data_key(), token_context(connection.id))
        connection.access_expires_at, connection.refresh_expires_at = (
            pair.access_expires_at,
            pair.refresh_expires_at,
        )
        connection.state, connection.state_reason, connection.refreshing_until = "ok", "", None
        connection.updated_at = stamp
        connection.save()
        linked = []
        for smartcar_id, (attributes, vin, granted) in zip(vehicle_ids, details, strict=True):
            vehicle = Vehicle.get_or_none(Vehicle.smartcar_id == smartcar_id) or Vehicle(
                smartcar_id=smartcar_id, created_at=stamp
            )
            vehicle.customer, vehicle.connection = customer_id, connection
            if attributes is not None:
                vehicle.make, vehicle.model, vehicle.year = attributes.make, attributes.model, attributes.year
            if vin:
                vehicle.vin = vin
            vehicle.save()
            missing = tuple(scope for scope in CONNECT_SCOPES if granted is not None and scope not in granted)
            linked.append(LinkedVehicle(vehicle.id, vehicle.title, missing))
    return connection, linked


async def _describe(client: SmartcarClient, token: str, vehicle_id: str):
    attributes = await _optional(client.attributes(token, vehicle_id))
    vin = await _optional(client.vin(token, vehicle_id))
    permissions = await _optional(client.permissions(token, vehicle_id))
    return attributes, vin.vin if vin else "", set(permissions.permissions) if permissions else None


async def _optional(call):
    """A car that cannot (501) or may not (403) give a detail is still linked."""
    try:
        return await call
    except (CompatibilityError, PermissionDeniedError):
        return None
