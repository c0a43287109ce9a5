"""Smartcar Connect for a native app: the owner approves in the browser, Smartcar redirects to our one-shot
loopback listener, and the shop saves the owner's connection and vehicles.

v3 (the API a shop signing up today gets): the redirect names the owner (`user_id`); the owner's cars come
from `GET /v3/connections` and no secret is stored at all. v2: the redirect's code becomes a token pair,
sealed under the shop's data key, which is settled before the browser opens so an owner never approves
only to hit a missing key.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from shopapp.credentials import Credentials, seal_token_pair
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.loopback import BrowserPage, LoopbackListener
from shopapp.services.smartcar_app import SetupError, SmartcarSession, SmartcarSetup, smartcar_setup
from shopapp.services.tokens import sealed_samples, token_context
from shopapp.smartcar.client import SmartcarClient
from shopapp.smartcar.errors import (
    AuthenticationError,
    CompatibilityError,
    PermissionDeniedError,
    SmartcarError,
)
from shopapp.smartcar.results import TokenPair
from shopapp.smartcar.v3_client import SmartcarV3Client
from shopapp.store.customers import CustomerName, customer_names
from shopapp.store.owner_links import CarAtConnect, SavedLink, SealedPair, save_owner_link

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
CALLS_PER_LINKED_VEHICLE = 3

# Connect's redirect errors (reference section 2.2), in the front desk's words (translated when raised).
CONNECT_ERRORS = {
    "access_denied": QT_TRANSLATE_NOOP(
        "ConnectWords", "The owner chose not to share the car's data with the shop."
    ),
    "no_vehicles": QT_TRANSLATE_NOOP(
        "ConnectWords", "The owner's connected-services account has no cars in it."
    ),
    "vehicle_incompatible": QT_TRANSLATE_NOOP(
        "ConnectWords", "This car cannot share the data ShopApp needs through Smartcar."
    ),
    "invalid_subscription": QT_TRANSLATE_NOOP(
        "ConnectWords", "The owner's connected-services subscription with the car maker is not active."
    ),
    "configuration_error": QT_TRANSLATE_NOOP(
        "ConnectWords",
        "The shop's Smartcar application is set up wrongly (check the redirect URI registered in the Smartcar dashboard).",  # noqa: E501 (one literal for lupdate)
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "ConnectWords", "Smartcar had a problem; try Connect again in a few minutes."
    ),
}

# The English source text; ConnectFailed carries it translated, as a StillOnV2 (the window tells its own way
# out: match the type, not the words).
STILL_ON_V2 = str(
    QT_TRANSLATE_NOOP(
        "ConnectWords",
        "Smartcar answered the way a v2 application does (an approval code but no user id): the shop's Smartcar application is not on API v3 yet. Upgrade it to v3 in the Smartcar dashboard (your application → Settings), or keep using v2 with `shopapp config set smartcar_api v2` and the v2 client id and secret.",  # noqa: E501 (one literal for lupdate)
    )
)


class ConnectFailed(UserFacingError):
    """Connect ended without linking a car; the message is for the front desk."""


class StillOnV2(ConnectFailed):
    """Smartcar answered as a v2 application to a shop set up for v3 (the message is STILL_ON_V2)."""


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
        titles = ", ".join(vehicle.title for vehicle in self.vehicles) or QCoreApplication.translate(
            "ConnectWords", "no cars"
        )
        return fill(
            QCoreApplication.translate("ConnectWords", "Linked for %1: %2."), self.customer_name, titles
        )


# The customer a new connection belongs to: an existing customer's id, a name (found or added), or None
# (whoever the owner's earlier connection belonged to, else a new customer to be named by the front desk).
CustomerChoice = int | str | None


def unnamed_customer() -> str:
    """The name a new customer gets until the front desk names them (stored in the shop's language)."""
    return QCoreApplication.translate("ConnectWords", "New customer")


def connect_setup(
    settings: Mapping[str, object], credentials: Credentials, environ: Mapping[str, str] | None = None
) -> SmartcarSetup:
    """What Connect still needs on this computer, in order (client id, secret, Application ID, data key):
    the window's Connect dialog and `shopapp connect` both ask this before starting. A v2 Connect seals the
    owner's token pair, so a v2 shop needs its data key here (the one already sealing stored pairs, if any);
    v3 seals nothing."""
    v2 = str(settings.get("smartcar_api", "v3")) == "v2"
    return smartcar_setup(settings, credentials, environ, sealed_pairs=v2 and bool(sealed_samples(1)))


def customers_to_choose() -> list[CustomerName]:
    """Every customer by name: whom the cars of a new connection may belong to."""
    return customer_names()


async def run_connect(
    session: SmartcarSession,
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
    # v2: a missing or wrong key fails here, before the owner approves anything; v3 seals nothing.
    key = data_key() if session.api == "v2" else ""
    state = secrets.token_urlsafe(24)
    finished: dict[str, object] = {}

    async def on_redirect(query: Mapping[str, str]) -> BrowserPage:
        try:
            outcome = await complete_connect(session, query, lambda: key, customer, now)
        except ConnectFailed as exc:
            finished["error"] = exc
            return BrowserPage(
                False, QCoreApplication.translate("ConnectWords", "The car was not linked"), str(exc)
            )
        finished["outcome"] = outcome
        return BrowserPage(
            True, QCoreApplication.translate("ConnectWords", "Car linked to the shop"), outcome.describe()
        )

    async with LoopbackListener(redirect_uri, state, on_redirect) as listener:
        external_id = str(customer) if isinstance(customer, int) else None
        show_url(session.connect_url(state=state, scopes=CONNECT_SCOPES, external_id=external_id))
        try:
            async with asyncio.timeout(give_up_after):
                await listener.handled()
        except TimeoutError:
            raise ConnectFailed(_no_answer_words(give_up_after)) from None
    if "error" in finished:
        raise finished["error"]  # type: ignore[misc]
    return finished["outcome"]  # type: ignore[return-value]


class ConnectCountWords(QObject):
    """Connect's sentences with a count (a QObject for self.tr(), the only plural lupdate sees). Unparented,
    no signals: usable on any thread."""

    def no_answer(self, minutes: int) -> str:
        return self.tr(
            "No answer from Smartcar Connect within %n minute(s); start Connect again.", "", minutes
        )


def _no_answer_words(seconds: float) -> str:
    minutes = seconds / 60
    if minutes.is_integer():
        return ConnectCountWords().no_answer(int(minutes))
    # A wait of part of a minute (tests): no plural to choose.
    return fill(
        QCoreApplication.translate(
            "ConnectWords", "No answer from Smartcar Connect within %1 minutes; start Connect again."
        ),
        f"{minutes:g}",
    )


async def complete_connect(
    session: SmartcarSession,
    query: Mapping[str, str],
    data_key: Callable[[], str],
    customer: CustomerChoice,
    now: Callable[[], datetime],
) -> ConnectOutcome:
    """Links the cars of an owner whose approval came back as `query` (the redirect's parameters): v3 by
    the user id it names, v2 by exchanging its code. Raises ConnectFailed with a message for the user."""
    error = query.get("error")
    if error:
        known = CONNECT_ERRORS.get(error)
        if known is not None:
            message = QCoreApplication.translate("ConnectWords", str(known))
        else:
            message = fill(
                QCoreApplication.translate("ConnectWords", "Smartcar Connect stopped (%1)."), error
            )
        if error == "vehicle_incompatible" and query.get("make"):
            car = " ".join(filter(None, (query.get("year"), query.get("make"), query.get("model"))))
            message = fill(
                QCoreApplication.translate(
                    "ConnectWords", "The %1 cannot share the data ShopApp needs through Smartcar."
                ),
                car,
            )
        log.info("Connect ended with %s", error)
        raise ConnectFailed(message)
    if session.api == "v3":
        user_id = (query.get("user_id") or "").strip()
        if not user_id:
            if query.get("code"):
                raise StillOnV2(QCoreApplication.translate("ConnectWords", STILL_ON_V2))
            raise ConnectFailed(
                QCoreApplication.translate(
                    "ConnectWords", "Smartcar's answer named no owner; start Connect again."
                )
            )
    elif not query.get("code"):
        raise ConnectFailed(
            QCoreApplication.translate(
                "ConnectWords", "Smartcar's answer carried no approval code; start Connect again."
            )
        )
    try:
        if session.api == "v3":
            connection, linked = await save_v3_connection(session.v3_client(), user_id, customer, now=now)
        else:
            pair = await session.v2_auth().exchange_code(query["code"])
            connection, linked = await save_connection(session.client, pair, customer, data_key, now=now)
    except SmartcarError as exc:
        raise ConnectFailed(
            fill(QCoreApplication.translate("ConnectWords", "Smartcar did not complete the link: %1"), exc)
        ) from exc
    except SetupError as exc:
        raise ConnectFailed(str(exc)) from exc
    return ConnectOutcome(connection.customer_id, connection.customer_name, tuple(linked))


async def save_connection(
    client: SmartcarClient,
    pair: TokenPair,
    customer: CustomerChoice,
    data_key: Callable[[], str],
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> tuple[SavedLink, list[LinkedVehicle]]:
    """Creates (or, for an owner who connects again, updates) the connection and its vehicles.

    The owner is recognised by Smartcar's user id, each car by its Smartcar id, so reconnecting never
    duplicates anything. Attributes and VIN are read for each car and its permissions checked; signals are
    left to the first refresh.
    """
    user_id = (await client.user(pair.access_token)).user_id
    vehicle_ids = (await client.vehicle_ids(pair.access_token)).vehicle_ids
    details = await asyncio.gather(*(_describe(client, pair.access_token, vid) for vid in vehicle_ids))
    cars = [
        CarAtConnect(
            smartcar_id,
            attributes=(attributes.make, attributes.model, attributes.year)
            if attributes is not None
            else None,
            vin=vin or None,
            # attributes, VIN and permissions: three calls against the car's monthly quota
            calls_spent=CALLS_PER_LINKED_VEHICLE,
        )
        for smartcar_id, (attributes, vin, _) in zip(vehicle_ids, details, strict=True)
    ]

    def seal(connection_id: int) -> SealedPair:
        sealed = seal_token_pair(pair, data_key(), token_context(connection_id))
        return SealedPair(sealed, pair.access_expires_at, pair.refresh_expires_at)

    link = save_owner_link(
        user_id,
        customer,
        cars,
        scopes=" ".join(CONNECT_SCOPES),
        stamp=now(),
        unnamed_customer=unnamed_customer(),
        seal=seal,
    )
    linked = [
        LinkedVehicle(
            car.vehicle_id,
            car.title,
            tuple(scope for scope in CONNECT_SCOPES if granted is not None and scope not in granted),
        )
        for car, (_, _, granted) in zip(link.cars, details, strict=True)
    ]
    return link, linked


async def save_v3_connection(
    v3: SmartcarV3Client,
    user_id: str,
    customer: CustomerChoice,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> tuple[SavedLink, list[LinkedVehicle]]:
    """Creates (or, for an owner who connects again, updates) a v3 connection and its vehicles from the
    owner's connections (every page; not billed). Nothing secret is stored: the user id is the key."""
    granted = await v3.connections(user_id=user_id)
    if not granted:
        raise ConnectFailed(
            QCoreApplication.translate(
                "ConnectWords",
                "Smartcar says this owner shared no car with the shop; start Connect again and select a car.",
            )
        )
    link = save_owner_link(
        user_id,
        customer,
        [
            CarAtConnect(
                item.vehicle_id,
                attributes=(item.make, item.model, item.year) if item.make else None,
                powertrain=item.powertrain_type.upper() if item.powertrain_type else None,
            )
            for item in granted
        ],
        scopes=" ".join(sorted({name for item in granted for name in item.permissions})),
        stamp=now(),
        unnamed_customer=unnamed_customer(),
        api="v3",
    )
    linked = [
        LinkedVehicle(
            car.vehicle_id,
            car.title,
            tuple(scope for scope in CONNECT_SCOPES if scope not in item.permissions),
        )
        for car, item in zip(link.cars, granted, strict=True)
    ]
    return link, linked


async def _describe(client: SmartcarClient, token: str, vehicle_id: str):
    attributes = await _optional(client.attributes(token, vehicle_id))
    vin = await _optional(client.vin(token, vehicle_id))
    permissions = await _optional(client.permissions(token, vehicle_id))
    return attributes, vin.vin if vin else "", set(permissions.permissions) if permissions else None


async def _optional(call):
    """A car that cannot (501) or may not (403) give a detail is still linked; so is one whose detail could
    not be read just now (a timeout, a 5xx after the retries): the code is spent, so the link is saved and
    the next refresh fills in what is missing."""
    try:
        return await call
    except (CompatibilityError, PermissionDeniedError):
        return None
    except SmartcarError as exc:
        if isinstance(exc, AuthenticationError):
            raise
        log.warning("Connect: a car's detail could not be read (%s); the next refresh fills it in", exc.type)
        return None
