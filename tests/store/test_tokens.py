"""Tokens across processes: one refresh per connection at a time, saved before use, revocation marked."""

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import pytest_asyncio
from builders import customer

from shopapp.credentials import new_data_key, open_token_pair, seal_token_pair
from shopapp.services.tokens import ReconnectNeeded, TokenKeeper, token_context
from shopapp.smartcar import AppCredentials, NetworkError, RetryPolicy, SmartcarAuth, SmartcarEndpoints
from shopapp.smartcar.http_session import create_http_client
from shopapp.smartcar.results import TokenPair
from shopapp.store import connections
from shopapp.store.models import Connection

NOW = datetime(2026, 11, 22, 9, tzinfo=UTC)
ENDPOINTS = SmartcarEndpoints.for_server("https://smartcar.test")
KEY = new_data_key()


@pytest_asyncio.fixture
async def http():
    async with create_http_client() as client:
        yield client


def keeper(http, **kwargs):
    auth = SmartcarAuth(
        http,
        ENDPOINTS,
        AppCredentials("cid", "secret", "http://localhost:8765/callback"),
        retry=RetryPolicy(max_attempts=1),
        now=lambda: NOW,
    )

    async def no_wait(_):
        await asyncio.sleep(0.001)

    return TokenKeeper(auth, lambda: KEY, now=lambda: NOW, sleep=kwargs.get("sleep", no_wait))


def connection_with(access_expires_at, refresh_expires_at=NOW + timedelta(days=50)):
    row = Connection.create(customer=customer("Ana"), created_at=NOW, updated_at=NOW)
    pair = TokenPair("at-old", "rt-old", access_expires_at, refresh_expires_at)
    row.sealed_tokens = seal_token_pair(pair, KEY, token_context(row.id))
    row.access_expires_at, row.refresh_expires_at = access_expires_at, refresh_expires_at
    row.save()
    return row


def stored_pair(row):
    return open_token_pair(Connection.get_by_id(row.id).sealed_tokens, KEY, token_context(row.id))


def slow_token_endpoint(respx_mock, calls):
    async def answer(request):
        calls.append(request)
        await asyncio.sleep(0.05)  # long enough for every other caller to pile up behind the refresh
        n = len(calls)
        return httpx.Response(
            200, json={"access_token": f"at-{n}", "refresh_token": f"rt-{n}", "expires_in": 7200}
        )

    respx_mock.post(ENDPOINTS.auth_url).mock(side_effect=answer)


@pytest.mark.asyncio
async def test_a_fresh_token_is_used_as_is(store, http, respx_mock):
    row = connection_with(NOW + timedelta(hours=1))
    assert await keeper(http).access_token(row.id) == "at-old"


@pytest.mark.asyncio
async def test_many_vehicles_of_one_connection_cause_one_refresh(store, http, respx_mock):
    calls = []
    slow_token_endpoint(respx_mock, calls)
    row = connection_with(NOW + timedelta(minutes=2))
    one = keeper(http)
    tokens = await asyncio.gather(*(one.access_token(row.id) for _ in range(20)))
    assert set(tokens) == {"at-1"}
    assert len(calls) == 1
    assert stored_pair(row).refresh_token == "rt-1"  # saved before anyone used it
    assert not connections.lease_is_held(row.id)


@pytest.mark.asyncio
async def test_two_processes_refresh_once_through_the_lease(store, http, respx_mock):
    calls = []
    slow_token_endpoint(respx_mock, calls)
    row = connection_with(NOW - timedelta(minutes=1))
    window, scheduled_task = keeper(http), keeper(http)  # separate keepers: no shared in-process lock
    tokens = await asyncio.gather(window.access_token(row.id), scheduled_task.access_token(row.id))
    assert tokens == ["at-1", "at-1"]
    assert len(calls) == 1


@pytest.mark.asyncio
async def test_a_refused_refresh_marks_the_connection_and_is_not_repeated(store, http, respx_mock):
    route = respx_mock.post(ENDPOINTS.auth_url).respond(
        400, json={"error": "invalid_grant", "error_description": "Invalid refresh_token."}
    )
    row = connection_with(NOW - timedelta(minutes=1))
    with pytest.raises(ReconnectNeeded):
        await keeper(http).access_token(row.id)
    with pytest.raises(ReconnectNeeded):
        await keeper(http).access_token(row.id)
    assert route.call_count == 1
    assert Connection.get_by_id(row.id).state == "needs_reconnect"
    assert not connections.lease_is_held(row.id)


@pytest.mark.asyncio
async def test_a_network_failure_keeps_the_pair_and_frees_the_lease(store, http, respx_mock):
    respx_mock.post(ENDPOINTS.auth_url).mock(side_effect=httpx.ConnectError("offline"))
    row = connection_with(NOW - timedelta(minutes=1))
    with pytest.raises(NetworkError):
        await keeper(http).access_token(row.id)
    assert stored_pair(row).refresh_token == "rt-old"
    assert Connection.get_by_id(row.id).state == "ok"
    assert not connections.lease_is_held(row.id)


@pytest.mark.asyncio
async def test_an_idle_connection_nearing_60_days_is_renewed(store, http, respx_mock):
    calls = []
    slow_token_endpoint(respx_mock, calls)
    row = connection_with(NOW + timedelta(hours=1), refresh_expires_at=NOW + timedelta(days=5))
    assert await keeper(http).access_token(row.id) == "at-1"
    assert stored_pair(row).refresh_expires_at == NOW + timedelta(days=60)


def test_the_lease_is_exclusive_until_released(store):
    row = connection_with(NOW)
    assert connections.take_refresh_lease(row.id)
    assert not connections.take_refresh_lease(row.id)
    assert connections.lease_is_held(row.id)
    connections.release_lease(row.id)
    assert connections.take_refresh_lease(row.id)


@pytest.mark.asyncio
async def test_pairs_read_ahead_serve_their_cars_without_the_database(store, http, respx_mock, monkeypatch):
    """A refresh reads a group's pairs in one query on its writer thread; only pairs usable as they are
    are kept, the others take the usual way (renewal, reconnection) when their car asks."""
    fresh = connection_with(NOW + timedelta(hours=1))
    stale = connection_with(NOW + timedelta(minutes=2))
    marked = connection_with(NOW + timedelta(hours=1))
    connections.mark_needs_reconnect(marked.id, "The owner withdrew access.")
    tokens = keeper(http)
    assert tokens.unknown([fresh.id, stale.id, marked.id, fresh.id]) == [fresh.id, stale.id, marked.id]
    pairs = tokens.read_pairs([fresh.id, stale.id, marked.id])
    assert list(pairs) == [fresh.id]
    tokens.remember(pairs)
    assert tokens.unknown([fresh.id, stale.id]) == [stale.id]

    def no_database(*args, **kwargs):
        raise AssertionError("the event loop read a token pair from the database")

    with monkeypatch.context() as patched:
        patched.setattr(Connection, "get_by_id", no_database)
        assert await tokens.access_token(fresh.id) == "at-old"
    with pytest.raises(ReconnectNeeded):
        await tokens.access_token(marked.id)
