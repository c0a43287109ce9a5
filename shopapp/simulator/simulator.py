"""The whole simulated world in one object: fleet, clock, knobs, tokens, limits, faults, Connect queue."""

from __future__ import annotations

import asyncio
import secrets
import threading
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from shopapp.simulator import telemetry
from shopapp.simulator.clients import (
    DEMO_API_CLIENT_ID,
    DEMO_API_CLIENT_SECRET,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_MANAGEMENT_TOKEN,
    ClientCredentials,
)
from shopapp.simulator.clock import SimClock
from shopapp.simulator.config import SimulatorConfig
from shopapp.simulator.connections import ConnectionRegistry
from shopapp.simulator.faults import FaultInjector
from shopapp.simulator.fleet import ALL_SCOPES, Customer, Fleet, Vehicle, generate_fleet
from shopapp.simulator.limits import PlanLimits
from shopapp.simulator.resources import odometer_value, oil_life_value
from shopapp.simulator.tokens import TokenPair, TokenStore
from shopapp.simulator.webhook_registry import Subscription, WebhookRegistry

if TYPE_CHECKING:  # the deliverer imports this module
    from shopapp.simulator.webhook_delivery import WebhookDeliverer

CONNECT_ERRORS = frozenset(
    {
        "access_denied",
        "invalid_subscription",
        "configuration_error",
        "no_vehicles",
        "vehicle_incompatible",
        "server_error",
    }
)


@dataclass(frozen=True, slots=True)
class ConnectFailure:
    """A Connect attempt that ends in an error redirect instead of a code."""

    error: str
    description: str


@dataclass(frozen=True, slots=True)
class VehicleReading:
    """What the API would answer for a car right now (the simulator's truth, for tests and the admin view).

    recorded_at is SC-Data-Age; odometer values are rounded as the API rounds them; oil_life is None for
    electric cars; trouble_codes are (code, since or None); systems are (system id, status, description).
    """

    vehicle_id: str
    recorded_at: datetime
    odometer_km: float
    odometer_miles: float
    oil_life: float | None
    trouble_codes: tuple[tuple[str, datetime | None], ...]
    systems: tuple[tuple[str, str, str | None], ...]


class Simulator:
    """A Smartcar-compatible world. Serve it with `create_app(sim)`; steer it directly from Python.

    Attributes: fleet, clock (SimClock), config (SimulatorConfig, change at will), credentials (the one
    accepted application: its v2 OAuth client, whose id is also the Application ID Connect takes),
    api_credentials (the v3 API client of the client-credentials grant), tokens (TokenStore), connections
    (ConnectionRegistry: the v3 view of the grants), faults (FaultInjector: `sim.faults.force(...)`),
    limits (PlanLimits), webhooks (WebhookRegistry: webhooks and subscriptions), management_token (the
    Application Management Token webhooks are signed with; default DEMO_MANAGEMENT_TOKEN, settable),
    webhook_deliverers (WebhookDeliverer by webhook id, for the admin surface).

    Statistics for tests: app_token_requests (requests at `/oauth2/token`, failed ones included),
    v3_requests_missing_user_id (v3 requests without the sc-user-id they needed), v3_vehicle_requests
    (a Counter of v3 vehicle requests by kind: "vehicle", "signals", "signal").
    """

    def __init__(
        self,
        fleet: Fleet,
        *,
        clock: SimClock | None = None,
        config: SimulatorConfig | None = None,
        credentials: ClientCredentials | None = None,
        api_credentials: ClientCredentials | None = None,
        management_token: str = DEMO_MANAGEMENT_TOKEN,
    ) -> None:
        self.fleet = fleet
        self.clock = clock or SimClock(datetime.fromtimestamp(fleet.anchor_ts, UTC))
        self.config = config or SimulatorConfig()
        self.credentials = credentials or ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
        self.api_credentials = api_credentials or ClientCredentials(
            DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET
        )
        self.tokens = TokenStore(self.config)
        self.connections = ConnectionRegistry(self.tokens, fleet, lambda: self.credentials.client_id)
        self.v3_requests_missing_user_id = 0
        self.v3_vehicle_requests: Counter[str] = Counter()
        seed = self.config.fault_seed if self.config.fault_seed is not None else fleet.seed
        self.faults = FaultInjector(seed, lambda: self.config.faults)
        self.limits = PlanLimits(self.config)
        self.webhooks = WebhookRegistry()
        self.management_token = management_token
        self.webhook_deliverers: dict[str, WebhookDeliverer] = {}
        self._lock = threading.Lock()
        self._connect_failures: deque[ConnectFailure] = deque()
        self._next_connect_user: str | None = None
        self._connect_turn = 0
        # Lets a caller steer this world over HTTP (the /_simulator/ controls); printed by `simulate`.
        self.control_token = secrets.token_urlsafe(24)

    @classmethod
    def generate(
        cls,
        vehicles: int = 25,
        seed: int = 0,
        *,
        start: datetime | None = None,
        ticking: bool = False,
        config: SimulatorConfig | None = None,
        credentials: ClientCredentials | None = None,
        api_credentials: ClientCredentials | None = None,
        management_token: str = DEMO_MANAGEMENT_TOKEN,
    ) -> Simulator:
        """A fresh world of `vehicles` cars. Same seed and start: same fleet, same histories, same faults.
        start defaults to now (UTC, whole seconds); ticking makes the clock follow the wall clock too."""
        start = start or datetime.now(UTC).replace(microsecond=0)
        fleet = generate_fleet(vehicles, seed, start)
        return cls(
            fleet,
            clock=SimClock(start, ticking=ticking),
            config=config,
            credentials=credentials,
            api_credentials=api_credentials,
            management_token=management_token,
        )

    # --- the fleet -------------------------------------------------------------------------------------

    @property
    def customers(self) -> tuple[Customer, ...]:
        return self.fleet.customers

    def vehicle(self, id_or_vin: str) -> Vehicle:
        vehicle = self.fleet.vehicle(id_or_vin)
        if vehicle is None:
            raise KeyError(f"No simulated vehicle {id_or_vin!r}.")
        return vehicle

    def reading(self, id_or_vin: str) -> VehicleReading:
        vehicle = self.vehicle(id_or_vin)
        at = telemetry.recorded_at(vehicle, self.clock.timestamp())

        def moment(ts: float | None) -> datetime | None:
            return None if ts is None else datetime.fromtimestamp(ts, UTC)

        return VehicleReading(
            vehicle_id=vehicle.id,
            recorded_at=datetime.fromtimestamp(at, UTC),
            odometer_km=odometer_value(vehicle, at, imperial=False),
            odometer_miles=odometer_value(vehicle, at, imperial=True),
            oil_life=oil_life_value(vehicle, at),
            trouble_codes=tuple(
                (tc.code, moment(tc.since_ts)) for tc in telemetry.active_trouble_codes(vehicle, at)
            ),
            systems=tuple(
                (s.system_id, "ALERT" if s.alert else "OK", s.description)
                for s in telemetry.system_states(vehicle, at)
            ),
        )

    def perform_oil_change(self, id_or_vin: str) -> None:
        """The shop changed the oil now: oil life starts again from full (the history is not rewritten)."""
        self.vehicle(id_or_vin).manual_oil_changes.append(self.clock.timestamp())

    # --- connections -----------------------------------------------------------------------------------

    def connect(
        self,
        user_id: str,
        scopes: Iterable[str] = ALL_SCOPES,
        vehicle_ids: Iterable[str] | None = None,
        *,
        external_id: str | None = None,
    ) -> TokenPair:
        """Connect a user without the browser dance (demo seeding, tests): a grant (which `/v3/connections`
        lists too, with `external_id` if given) and its first v2 tokens (a v3 client just ignores them)."""
        customer = self.fleet.customer(user_id)
        if customer is None:
            raise KeyError(f"No simulated user {user_id!r}.")
        chosen = list(vehicle_ids) if vehicle_ids is not None else list(customer.vehicle_ids)
        now = self.clock.timestamp()
        options = {"external_id": external_id} if external_id else None
        grant = self.tokens.create_grant(
            user_id, self.credentials.client_id, frozenset(scopes), chosen, now, options
        )
        return self.tokens.issue_pair(grant, now)

    def revoke_user(self, user_id: str) -> int:
        """The owner withdrew the app's access: refreshes fail (invalid_grant), v2 calls answer 401, and
        their v3 connections end (v3 calls for them answer 403)."""
        count = self.tokens.revoke_user(user_id)
        self.connections.forget_user(user_id)
        return count

    def enroll_connected(self) -> list[Subscription]:
        """Auto-enrollment: every connected car joins every auto-enrolling webhook (new subscriptions)."""
        return self.webhooks.enroll_connected(self.connections.all(), self.clock.timestamp())

    # --- v3 application tokens and statistics ---------------------------------------------------------

    @property
    def app_token_requests(self) -> int:
        """Requests at the client-credentials token endpoint (`/oauth2/token`), failed ones included."""
        return self.tokens.app_token_requests

    def expire_app_tokens(self) -> None:
        """Every app token issued so far answers 401 from now on, so a client must fetch a new one."""
        self.tokens.expire_app_tokens()

    def count_v3_vehicle_request(self, kind: str) -> None:
        with self._lock:
            self.v3_vehicle_requests[kind] += 1

    def count_v3_missing_user_id(self) -> None:
        with self._lock:
            self.v3_requests_missing_user_id += 1

    def fail_next_connect(self, error: str = "access_denied", description: str | None = None) -> None:
        """The next /oauth/authorize redirects with this Connect error instead of a code (queued)."""
        if error not in CONNECT_ERRORS:
            raise ValueError(
                f"Unknown Connect error {error!r}; choose one of {', '.join(sorted(CONNECT_ERRORS))}."
            )
        text = (
            description
            or {
                "access_denied": "User denied access to the requested scope of permissions.",
                "no_vehicles": "The user's connected services account has no vehicles.",
                "vehicle_incompatible": "The vehicle is not compatible with the requested permissions.",
                "invalid_subscription": "The user's connected services subscription is inactive.",
                "configuration_error": "The application is not configured for this request.",
                "server_error": "Smartcar encountered an unexpected error. Please try again.",
            }[error]
        )
        with self._lock:
            self._connect_failures.append(ConnectFailure(error, text))

    def approve_next_connect_as(self, user_id: str) -> None:
        if self.fleet.customer(user_id) is None:
            raise KeyError(f"No simulated user {user_id!r}.")
        with self._lock:
            self._next_connect_user = user_id

    def take_connect_failure(self) -> ConnectFailure | None:
        with self._lock:
            return self._connect_failures.popleft() if self._connect_failures else None

    def choose_connect_user(self, single_select_vin: str | None, make: str | None) -> Customer | None:
        """Who signs in at Connect: the owner of the pinned VIN, a user named by
        approve_next_connect_as, else the next user not yet connected (round-robin once all are),
        preferring one with a car of the bypassed make."""
        if single_select_vin:
            vehicle = self.fleet.vehicle(single_select_vin)
            if vehicle is not None:
                return self.fleet.customer(vehicle.owner_id)
        customers = self.fleet.customers
        if not customers:
            return None
        with self._lock:
            if self._next_connect_user is not None:
                chosen = self.fleet.customer(self._next_connect_user)
                self._next_connect_user = None
                return chosen
            connected = self.tokens.connected_user_ids()
            order = [customers[(self._connect_turn + i) % len(customers)] for i in range(len(customers))]
            if make:
                wanted = make.upper()
                with_make = [c for c in order if any(v.make == wanted for v in self.fleet.vehicles_of(c))]
                order = with_make + [c for c in order if c not in with_make]
            fresh = [c for c in order if c.id not in connected]
            chosen = (fresh or order)[0]
            self._connect_turn = (customers.index(chosen) + 1) % len(customers)
            return chosen

    # --- request helpers -------------------------------------------------------------------------------

    async def delay(self) -> None:
        if self.config.latency_ms > 0:
            await asyncio.sleep(self.config.latency_ms / 1000.0)
