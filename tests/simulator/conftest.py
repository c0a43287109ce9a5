"""A seeded simulator served in-process, and a helper that connects a user through Connect and tokens."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest
import pytest_asyncio

from shopapp.simulator import ALL_SCOPES, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Simulator, Vehicle, create_app

START = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
REDIRECT_URI = "http://localhost:8765/callback"
CLIENT_AUTH = (DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)


@dataclass(frozen=True)
class Connected:
    access_token: str
    refresh_token: str
    user_id: str
    vehicle_ids: list[str]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


ConnectFn = Callable[..., Awaitable[Connected]]


@pytest.fixture
def sim() -> Simulator:
    return Simulator.generate(24, seed=11, start=START)


@pytest_asyncio.fixture
async def client(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(sim))
    async with httpx.AsyncClient(transport=transport, base_url="http://simulator.test") as http:
        yield http


def authorize_params(scope: Iterable[str] = ALL_SCOPES, **extra: str) -> dict[str, str]:
    params = {
        "response_type": "code",
        "client_id": DEMO_CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "scope": " ".join(scope),
        "state": "state-123",
        "approval_prompt": "auto",
        "mode": "live",
    }
    params.update(extra)
    return params


@pytest.fixture
def connect(client: httpx.AsyncClient, sim: Simulator) -> ConnectFn:
    """Runs authorize -> code -> token like a real app; `owner` picks who approves."""

    async def run(*, scope: Iterable[str] = ALL_SCOPES, owner: str | None = None, **extra: str) -> Connected:
        if owner is not None:
            sim.approve_next_connect_as(owner)
        answer = await client.get("/oauth/authorize", params=authorize_params(scope, **extra))
        assert answer.status_code == 302, answer.text
        code = httpx.URL(answer.headers["location"]).params["code"]
        token = await client.post(
            "/oauth/token",
            data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI},
            auth=CLIENT_AUTH,
        )
        assert token.status_code == 200, token.text
        body = token.json()
        grant = sim.tokens.grant_for_access_token(body["access_token"], sim.clock.timestamp())
        assert grant is not None
        return Connected(body["access_token"], body["refresh_token"], grant.user_id, list(grant.vehicle_ids))

    return run


def find_vehicle(sim: Simulator, predicate: Callable[[Vehicle], bool]) -> Vehicle:
    for vehicle in sim.fleet.vehicles.values():
        if predicate(vehicle):
            return vehicle
    raise AssertionError("The seeded fleet has no such vehicle; pick another seed.")


@pytest.fixture
def vehicle_where(sim: Simulator) -> Callable[[Callable[[Vehicle], bool]], Vehicle]:
    return lambda predicate: find_vehicle(sim, predicate)
