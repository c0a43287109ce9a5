"""Tokens across processes: one refresh per connection at a time, saved before use, revocation marked."""

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import pytest_asyncio
from builders import customer
from words import words

from shopapp.credentials import new_data_key, open_token_pair, seal_token_pair
from shopapp.services.process_identity import ProcessIdentity, this_process
from shopapp.services.smartcar_app import SetupError
from shopapp.services.tokens import (
    CRASHED_DURING_RENEWAL,
    REFRESH_REFUSED,
    V2_CLIENT_REFUSED,
    ReconnectNeeded,
    TokenKeeper,
    token_context,
)
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
    assert connections.take_refresh_lease(row.id, "pc-1|100|1.00")
    assert not connections.take_refresh_lease(row.id, "pc-1|200|2.00")
    assert connections.lease_is_held(row.id)
    assert connections.lease_holder(row.id) == "pc-1|100|1.00"
    connections.release_lease(row.id)
    assert connections.lease_holder(row.id) is None
    assert connections.take_refresh_lease(row.id, "pc-1|200|2.00")
    assert Connection.get_by_id(row.id).renewal_interrupted_at is None  # released: nothing was interrupted


def test_a_lease_whose_holder_died_is_taken_over_at_once_and_the_interruption_kept(store):
    row = connection_with(NOW)
    assert connections.take_refresh_lease(row.id, "pc-1|100|1.00")
    # Only the holder the caller found dead can be displaced, not whoever holds it now.
    assert not connections.take_refresh_lease(row.id, "pc-1|200|2.00", gone_holder="pc-1|999|9.00")
    assert connections.take_refresh_lease(row.id, "pc-1|200|2.00", gone_holder="pc-1|100|1.00")
    assert connections.lease_holder(row.id) == "pc-1|200|2.00"
    interrupted = Connection.get_by_id(row.id).renewal_interrupted_at
    assert interrupted is not None
    [unfinished] = connections.unfinished_renewals()
    assert (unfinished.connection_id, unfinished.interrupted, unfinished.lease_expired) == (
        row.id,
        True,
        False,
    )
    connections.release_lease(row.id)  # a transient failure: the interruption stays on record
    assert Connection.get_by_id(row.id).renewal_interrupted_at == interrupted
    connections.save_pair_and_release(row.id, row.sealed_tokens, NOW, NOW)
    assert Connection.get_by_id(row.id).renewal_interrupted_at is None
    assert connections.unfinished_renewals() == []


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


def holder_that_died():
    """This PC, this process id, another start time: a process that ran here and is gone."""
    me = this_process()
    return ProcessIdentity(me.host, me.pid, me.started - 100).text()


@pytest.mark.asyncio
async def test_a_dead_processs_lease_is_taken_over_at_once_not_after_it_expires(store, http, respx_mock):
    calls = []
    slow_token_endpoint(respx_mock, calls)
    row = connection_with(NOW + timedelta(minutes=2))
    assert connections.take_refresh_lease(row.id, holder_that_died())
    waits = []

    async def counted_wait(seconds):
        waits.append(seconds)
        await asyncio.sleep(0)

    assert await keeper(http, sleep=counted_wait).access_token(row.id) == "at-1"
    assert waits == []  # a live holder would have been waited for, poll after poll
    assert stored_pair(row).refresh_token == "rt-1"
    assert not connections.lease_is_held(row.id)


@pytest.mark.asyncio
async def test_a_live_processs_lease_is_waited_for(store, http, respx_mock):
    calls = []
    slow_token_endpoint(respx_mock, calls)
    row = connection_with(NOW + timedelta(minutes=2))
    assert connections.take_refresh_lease(row.id, "another-pc|4242|1.00")  # cannot be checked from here
    waits = []

    async def wait_then_release(seconds):
        waits.append(seconds)
        connections.release_lease(row.id)
        await asyncio.sleep(0)

    assert await keeper(http, sleep=wait_then_release).access_token(row.id) == "at-1"
    assert len(waits) == 1


@pytest.mark.asyncio
async def test_an_unfinished_renewal_is_finished_at_once_even_when_the_pair_looks_fresh(
    store, http, respx_mock
):
    """Killed after Smartcar rotated the pair: the refresh token on record works for Smartcar's grace
    period only, so the next process renews it straight away, fresh access token or not."""
    calls = []
    slow_token_endpoint(respx_mock, calls)
    interrupted = connection_with(NOW + timedelta(hours=1))
    untouched = connection_with(NOW + timedelta(hours=1))
    busy = connection_with(NOW + timedelta(hours=1))
    assert connections.take_refresh_lease(interrupted.id, holder_that_died())
    assert connections.take_refresh_lease(busy.id, "another-pc|4242|1.00")  # renewing right now, elsewhere
    outcome = await keeper(http).finish_unfinished(connections.unfinished_renewals())
    assert (outcome.finished, outcome.lost) == ([interrupted.id], [])
    assert len(calls) == 1
    assert stored_pair(interrupted).refresh_token == "rt-1"
    assert stored_pair(untouched).refresh_token == "rt-old"
    assert Connection.get_by_id(interrupted.id).renewal_interrupted_at is None
    assert connections.lease_holder(busy.id) == "another-pc|4242|1.00"


@pytest.mark.asyncio
async def test_a_renewal_refused_after_a_crash_names_the_crash_not_the_owner(store, http, respx_mock):
    respx_mock.post(ENDPOINTS.auth_url).respond(400, json={"error": "invalid_grant"})
    row = connection_with(NOW + timedelta(hours=1))
    assert connections.take_refresh_lease(row.id, holder_that_died())
    outcome = await keeper(http).finish_unfinished(connections.unfinished_renewals())
    assert outcome.lost == [row.id]
    marked = Connection.get_by_id(row.id)
    assert marked.state == connections.NEEDS_RECONNECT
    assert marked.state_reason == words("TokenWords", CRASHED_DURING_RENEWAL)
    assert marked.state_reason != words("TokenWords", REFRESH_REFUSED)  # not the owner's plain refusal
    assert not connections.lease_is_held(row.id)


@pytest.mark.asyncio
async def test_a_refused_client_secret_is_a_setup_error_and_marks_nobody(store, http, respx_mock):
    respx_mock.post(ENDPOINTS.auth_url).respond(401, json={"error": "invalid_client"})
    row = connection_with(NOW + timedelta(minutes=2))
    with pytest.raises(SetupError) as caught:
        await keeper(http).access_token(row.id)
    assert str(caught.value) == words("TokenWords", V2_CLIENT_REFUSED)
    assert Connection.get_by_id(row.id).state == "ok"
    assert not connections.lease_is_held(row.id)
