"""Smartcar Connect for a native app: the owner approves in the browser, Smartcar redirects to our one-shot
loopback listener, and the code becomes a sealed token pair, a connection and its vehicles.

The data key is settled before the browser opens, so an owner never approves only to hit a missing key.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import fn

from shopapp.credentials import seal_token_pair
from shopapp.domain.schedule import calls_after_spending
from shopapp.services.loopback import BrowserPage, LoopbackListener
from shopapp.services.tokens import token_context
from shopapp.smartcar.auth import SmartcarAuth
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.errors import CompatibilityError, PermissionDeniedError, SmartcarError
from shopapp.smartcar.results import TokenPair
from shopapp.store.models import Connection, Customer, Vehicle, db

log = logging.getLogger(__name__)

# Optional scopes asked for at Connect (DESIGN.md command line contract).
CONNECT_SCOPES = (
    "read_vehicle_info",
    "read_vin",
    "read_odometer",
    "read_engine_oil",
    "read_diagnostics",
    "read_service_history",
)
# Connect's authorization code lives 10 minutes; waiting longer could never succeed.
CONNECT_TIMEOUT_SECONDS = 600.0
UNNAMED_CUSTOMER = "New customer"
CALLS_PER_LINKED_VEHICLE = 3

# Connect's redirect errors (reference section 2.2), in the front desk's words.
CONNECT_ERRORS = {
    "access_denied": "The owner chose not to share the car's data with the shop.",
    "no_vehicles": "The owner's connected-services account has no cars in it.",
    "vehicle_incompatible": "This car cannot share the data ShopApp needs through Smartcar.",
    "invalid_subscription": "The owner's connected-services subscription with the car maker is not active.",
    "configuration_error": "The shop's Smartcar application is set up wrongly (check the redirect URI "
    "registered in the Smartcar dashboard).",
    "server_error": "Smartcar had a problem; try Connect again in a few minutes.",
}


class ConnectFailed(Exception):
    """Connect ended without linking a car; the message is for the front desk."""


@dataclass(frozen=True, slots=True)
class LinkedVehicle:
    vehicle_id: int
    title: str
    missing_permissions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConnectOutcome:
    customer_id: int
    customer_name: str
    vehicles: tuple[LinkedVehicle, ...]

    def describe(self) -> str:
        titles = ", ".join(vehicle.title for vehicle in self.vehicles) or "no cars"
        return f"Linked for {self.customer_name}: {titles}."


# The customer a new connection belongs to: an existing customer's id, a name (found or added), or None
# (whoever the owner's earlier connection belonged to, else a new customer to be named by the front desk).
CustomerChoice = int | str | None


async def run_connect(
    auth: SmartcarAuth,
    client: SmartcarClient,
    redirect_uri: str,
    data_key: Callable[[], str],
    *,
    customer: CustomerChoice = None,
    show_url: Callable[[str], None],
    give_up_after: float = CONNECT_TIMEOUT_SECONDS,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> ConnectOutcome:
    """Runs one Connect: listens on the redirect URI, hands the authorize URL to `show_url` (print it, open
    the browser), and links the approved cars. Raises ConnectFailed with a clear message, or ListenerError
    when the redirect port cannot be used."""
    key = data_key()  # a missing or wrong key fails here, before the owner approves anything
    state = secrets.token_urlsafe(24)
    finished: dict[str, object] = {}

    async def on_redirect(query: Mapping[str, str]) -> BrowserPage:
        try:
            outcome = await complete_connect(auth, client, query, lambda: key, customer, now)
        except ConnectFailed as exc:
            finished["error"] = exc
            return BrowserPage(False, "The car was not linked", str(exc))
        finished["outcome"] = outcome
        return BrowserPage(True, "Car linked to the shop", outcome.describe())

    async with LoopbackListener(redirect_uri, state, on_redirect) as listener:
        show_url(auth.connect_url(state=state, scopes=CONNECT_SCOPES))
        try:
            async with asyncio.timeout(give_up_after):
                await listener.handled()
        except TimeoutError:
            raise ConnectFailed(
                f"No answer from Smartcar Connect within {give_up_after / 60:g} minutes; start Connect again."
            ) from None
    if "error" in finished:
        raise finished["error"]  # type: ignore[misc]
    return finished["outcome"]  # type: ignore[return-value]


async def complete_connect(
    auth: SmartcarAuth,
    client: SmartcarClient,
    query: Mapping[str, str],
    data_key: Callable[[], str],
    customer: CustomerChoice,
    now: Callable[[], datetime],
) -> ConnectOutcome:
    """Links the cars of an owner whose approval came back as `query` (the redirect's parameters): the
    code exchanged, the connection and cars saved. Raises ConnectFailed with a message for the user."""
    error = query.get("error")
    if error:
        message = CONNECT_ERRORS.get(error, f"Smartcar Connect stopped ({error}).")
        if error == "vehicle_incompatible" and query.get("make"):
            car = " ".join(filter(None, (query.get("year"), query.get("make"), query.get("model"))))
            message = f"The {car} cannot share the data ShopApp needs through Smartcar."
        log.info("Connect ended with %s", error)
        raise ConnectFailed(message)
    code = query.get("code")
    if not code:
        raise ConnectFailed("Smartcar's answer carried no approval code; start Connect again.")
    try:
        pair = await auth.exchange_code(code)
        connection, linked = await save_connection(client, pair, customer, data_key, now=now)
    except SmartcarError as exc:
        raise ConnectFailed(f"Smartcar did not complete the link: {exc}") from exc
    owner = Customer.get_by_id(connection.customer_id)
    return ConnectOutcome(owner.id, owner.name, tuple(linked))


async def save_connection(
    client: SmartcarClient,
    pair: TokenPair,
    customer: CustomerChoice,
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
        customer_id = _choose_customer(customer, connection, stamp)
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
            # attributes, VIN and permissions: three calls against the car's monthly quota
            vehicle.calls_month, vehicle.calls_used = calls_after_spending(
                stamp, vehicle.calls_month, vehicle.calls_used, CALLS_PER_LINKED_VEHICLE
            )
            vehicle.save()
            missing = tuple(scope for scope in CONNECT_SCOPES if granted is not None and scope not in granted)
            linked.append(LinkedVehicle(vehicle.id, vehicle.title, missing))
    return connection, linked


def _choose_customer(choice: CustomerChoice, connection: Connection | None, stamp: datetime) -> int:
    if isinstance(choice, int):
        return choice
    if choice is None and connection is not None:
        return connection.customer_id
    name = (choice or "").strip() or UNNAMED_CUSTOMER
    existing = (
        Customer.select().where(fn.LOWER(Customer.name) == name.lower()).order_by(Customer.id).first()
        if choice
        else None
    )
    return existing.id if existing else Customer.create(name=name, created_at=stamp).id


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
