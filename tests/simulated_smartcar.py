"""The shop's Smartcar clients wired to an in-process simulator, as the service tests build them: the
simulator's own app credentials, its clock as the shop's clock, and retries fast enough for a test."""

from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

import httpx

from shopapp.credentials import new_data_key
from shopapp.domain.plan import default_plan
from shopapp.services.connect import CONNECT_SCOPES, complete_connect, save_connection, save_v3_connection
from shopapp.services.refresh import Refresher
from shopapp.services.smartcar_app import SmartcarApp, session_on
from shopapp.services.tokens import TokenKeeper
from shopapp.simulator import Simulator
from shopapp.smartcar import (
    AppCredentials,
    AppTokenSource,
    RetryPolicy,
    SmartcarAuth,
    SmartcarClient,
    SmartcarEndpoints,
    SmartcarV3Client,
)
from shopapp.store.models import Customer

# The data key the shop seals its tokens with, one for the test run.
KEY = new_data_key()
# Four attempts, millisecond back-off; 5 s of budget is far above any real time these tests spend.
FAST = RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=0.01, max_total_seconds=5)
SIMULATOR_SERVER = "http://simulator.test"
REDIRECT_URI = "http://localhost:8765/callback"


def v2_credentials(sim: Simulator) -> AppCredentials:
    """The v2 app the simulator knows (its client id and secret), redirecting to the shop's listener."""
    return AppCredentials(sim.credentials.client_id, sim.credentials.client_secret, REDIRECT_URI)


class SmartcarOnSimulator(NamedTuple):
    """The shop's v2 Connect and vehicle clients, its v3 client and its token keeper on one simulator."""

    auth: SmartcarAuth
    client: SmartcarClient
    v3: SmartcarV3Client
    tokens: TokenKeeper


def smartcar_on(
    sim: Simulator, http: httpx.AsyncClient, *, retry: RetryPolicy = FAST, gate=None, sleep=None
) -> SmartcarOnSimulator:
    """The clients on `http` (whose transport is the simulator), reading time from the simulator's clock;
    `gate` paces both vehicle clients and `sleep`, when given, is how the token keeper waits."""
    endpoints = SmartcarEndpoints.for_server(SIMULATOR_SERVER)
    now = sim.clock.now
    auth = SmartcarAuth(http, endpoints, v2_credentials(sim), retry=retry, now=now)
    app_token = AppTokenSource(
        http, endpoints, sim.api_credentials.client_id, sim.api_credentials.client_secret, now=now
    )
    waits = {} if sleep is None else {"sleep": sleep}
    return SmartcarOnSimulator(
        auth=auth,
        client=SmartcarClient(http, endpoints, retry=retry, gate=gate),
        v3=SmartcarV3Client(http, endpoints, app_token, retry=retry, gate=gate),
        tokens=TokenKeeper(auth, lambda: KEY, now=now, **waits),
    )


async def connect_redirect_query(http: httpx.AsyncClient, auth, state: str = "s") -> dict[str, list[str]]:
    """Opens `auth`'s Connect URL (a SmartcarAuth's or a session's) for the shop's scopes at the simulator,
    whose owner approves at once, and returns the query of the redirect it answers with: `code` (v2) or
    `user_id` (v3), and `state`."""
    redirect = await http.get(auth.connect_url(state=state, scopes=CONNECT_SCOPES))
    return parse_qs(urlsplit(redirect.headers["Location"]).query)


async def approved_pair(http: httpx.AsyncClient, auth: SmartcarAuth, state: str = "s"):
    """The owner the simulator has lined up approves the shop's Connect scopes; the v2 code in the
    redirect is exchanged for that owner's token pair."""
    query = await connect_redirect_query(http, auth, state)
    return await auth.exchange_code(query["code"][0])


async def connect_every_owner_on_v2(sim: Simulator, http: httpx.AsyncClient, smartcar) -> None:
    """Connect is approved once for each of the simulator's customers, and each is saved as a shop customer
    (name and phone) with a v2 connection (sealed token pair) and its cars."""
    for person in sim.customers:
        pair = await approved_pair(http, smartcar.auth)
        owner = Customer.create(name=person.name, phone=person.phone, created_at=sim.clock.now())
        await save_connection(smartcar.client, pair, owner.id, lambda: KEY, now=sim.clock.now)


async def connect_every_owner_through(api: str, sim: Simulator, http: httpx.AsyncClient, smartcar) -> None:
    """Each of the simulator's customers in turn approves Connect as themselves and is saved under their
    name: on "v3" by the user id the redirect carries (no secret stored), on "v2" with the exchanged
    code's sealed token pair."""
    for person in sim.customers:
        sim.approve_next_connect_as(person.id)
        query = await connect_redirect_query(http, smartcar.auth)
        if api == "v3":
            await save_v3_connection(smartcar.v3, query["user_id"][0], person.name, now=sim.clock.now)
        else:
            pair = await smartcar.auth.exchange_code(query["code"][0])
            await save_connection(smartcar.client, pair, person.name, lambda: KEY, now=sim.clock.now)


class Shop:
    """A shop on API v3 (with its v2 client still known, for mixed shops) wired to the simulator."""

    def __init__(self, sim, http, api="v3"):
        self.sim, self.http = sim, http
        v2 = v2_credentials(sim)
        v3 = AppCredentials(
            sim.api_credentials.client_id,
            sim.api_credentials.client_secret,
            REDIRECT_URI,
            application_id=sim.credentials.client_id,
        )
        app = SmartcarApp(
            api=api,
            endpoints=SmartcarEndpoints.for_server(SIMULATOR_SERVER),
            credentials=v3 if api == "v3" else v2,
            v2_credentials=v2,
        )
        self.session = session_on(http, app, retry=FAST)

    async def approve(self, user_id, state="s"):
        """The owner approves at Connect; returns the redirect's query."""
        self.sim.approve_next_connect_as(user_id)
        query = await connect_redirect_query(self.http, self.session, state)
        return {key: values[0] for key, values in query.items()}

    async def connect(self, person, customer=None):
        query = await self.approve(person.id)
        return await complete_connect(
            self.session, query, lambda: KEY, customer or person.name, self.sim.clock.now
        )

    async def connect_everyone(self):
        for person in self.sim.customers:
            await self.connect(person)

    def refresher(self, **kwargs):
        return Refresher(
            self.session.client,
            TokenKeeper(self.session.auth, lambda: KEY, now=self.sim.clock.now),
            default_plan(),
            now=self.sim.clock.now,
            v3=self.session.v3,
            **kwargs,
        )
