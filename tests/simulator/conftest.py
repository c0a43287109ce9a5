"""Fixtures: a seeded simulator served in-process, and a helper that connects a user like a real app."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable

import httpx
import pytest
import pytest_asyncio
from simulator_support import (
    API_CLIENT_FORM,
    CLIENT_AUTH,
    REDIRECT_URI,
    START,
    Connected,
    authorize_params,
    find_vehicle,
)

from shopapp.simulator import ALL_SCOPES, Simulator, Vehicle, create_app

ConnectFn = Callable[..., Awaitable[Connected]]


@pytest.fixture
def sim() -> Simulator:
    return Simulator.generate(24, seed=11, start=START)


@pytest_asyncio.fixture
async def client(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_app(sim))
    async with httpx.AsyncClient(transport=transport, base_url="http://simulator.test") as http:
        yield http


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


@pytest.fixture
def vehicle_where(sim: Simulator) -> Callable[[Callable[[Vehicle], bool]], Vehicle]:
    return lambda predicate: find_vehicle(sim, predicate)


@pytest_asyncio.fixture
async def app_token(client: httpx.AsyncClient) -> str:
    """A v3 application token from the client-credentials grant."""
    answer = await client.post("/oauth2/token", data=API_CLIENT_FORM)
    assert answer.status_code == 200, answer.text
    return answer.json()["access_token"]
