"""The v3 app token: a form-encoded client-credentials grant, cached in memory, renewed before it ends and
once after a refusal, one request for any number of concurrent callers, the secret never shown."""

import asyncio
from datetime import timedelta
from urllib.parse import parse_qs

import httpx
import pytest
from smartcar_support import fast_retry
from v3_support import (
    APP_TOKEN,
    CLIENT_ID,
    CLIENT_SECRET,
    NOW,
    TOKEN_URL,
    V3_ENDPOINTS,
    mock_slow_token_issuer,
    mock_token_issuer,
    token_answer,
    token_source,
)

from shopapp.smartcar import AppTokenSource, MalformedResponseError, NetworkError, OAuthError


def form(request):
    return {key: values[0] for key, values in parse_qs(request.content.decode()).items()}


class Clock:
    def __init__(self, start=NOW):
        self.now = start

    def __call__(self):
        return self.now


@pytest.mark.asyncio
async def test_the_grant_is_a_form_post_and_the_token_is_cached(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(json=token_answer())
    source = token_source(http)
    assert await source.token() == APP_TOKEN
    assert await source.token() == APP_TOKEN
    request = route.calls.last.request
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert request.headers["Accept"] == "application/json"
    assert "Authorization" not in request.headers
    assert form(request) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }
    assert route.call_count == 1
    assert source.requests_made == 1


@pytest.mark.asyncio
async def test_fifty_concurrent_callers_share_one_request(http, respx_mock):
    async def slow(request):
        await asyncio.sleep(0.01)
        return httpx.Response(200, json=token_answer())

    route = respx_mock.post(TOKEN_URL).mock(side_effect=slow)
    source = token_source(http)
    tokens = await asyncio.gather(*(source.token() for _ in range(50)))
    assert set(tokens) == {APP_TOKEN}
    assert route.call_count == 1
    assert source.requests_made == 1


@pytest.mark.asyncio
async def test_renewed_when_less_than_the_margin_is_left(http, respx_mock):
    route = mock_token_issuer(respx_mock, "tok-1", "tok-2", expires_in=3600)
    clock = Clock()
    source = token_source(http, now=clock, renew_before=timedelta(minutes=5))
    assert await source.token() == "tok-1"
    clock.now = NOW + timedelta(minutes=54)
    assert await source.token() == "tok-1"
    clock.now = NOW + timedelta(minutes=55, seconds=1)
    assert await source.token() == "tok-2"
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_a_short_lived_token_is_not_renewed_on_every_call(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(json=token_answer("tok-1", 120))
    clock = Clock()
    source = token_source(http, now=clock)
    await source.token()
    clock.now = NOW + timedelta(seconds=59)
    await source.token()
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_missing_expires_in_means_the_documented_hour(http, respx_mock):
    respx_mock.post(TOKEN_URL).respond(json={"access_token": "tok-1"})
    clock = Clock()
    source = token_source(http, now=clock)
    await source.token()
    clock.now = NOW + timedelta(minutes=50)
    assert await source.token() == "tok-1"
    assert source.requests_made == 1


@pytest.mark.asyncio
async def test_renew_after_a_refusal_fetches_once_for_many_refused_callers(http, respx_mock):
    route = mock_slow_token_issuer(respx_mock, delay=0.01)
    source = token_source(http)
    first = await source.token()
    renewed = await asyncio.gather(*(source.renew(first) for _ in range(50)))
    assert set(renewed) == {"tok-2"}
    assert await source.renew(first) == "tok-2"  # a late caller with the old token gets the new one
    assert route.call_count == 2
    assert await source.renew("tok-2") == "tok-3"


@pytest.mark.asyncio
async def test_a_cancelled_caller_does_not_abandon_the_request(http, respx_mock):
    release = asyncio.Event()

    async def held(request):
        await release.wait()
        return httpx.Response(200, json=token_answer())

    route = respx_mock.post(TOKEN_URL).mock(side_effect=held)
    source = token_source(http)
    cancelled = asyncio.ensure_future(source.token())
    waiting = asyncio.ensure_future(source.token())
    await asyncio.sleep(0.01)
    cancelled.cancel()
    release.set()
    assert await waiting == APP_TOKEN
    assert cancelled.cancelled()
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_wrong_credentials_say_where_they_come_from_and_never_show_the_secret(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(
        401, json={"error": "invalid_client", "error_description": f"bad secret {CLIENT_SECRET}"}
    )
    source = token_source(http)
    with pytest.raises(OAuthError) as caught:
        await source.token()
    error = caught.value
    assert error.is_invalid_client
    assert error.status == 401
    assert "API Credentials" in str(error)
    assert "client id" in str(error)
    assert CLIENT_SECRET not in str(error)
    assert CLIENT_SECRET not in repr(error)
    assert route.call_count == 1  # a refused secret is not asked again


@pytest.mark.asyncio
async def test_any_401_of_the_token_endpoint_is_a_refused_client(http, respx_mock):
    respx_mock.post(TOKEN_URL).respond(401, text="nope")
    with pytest.raises(OAuthError) as caught:
        await token_source(http).token()
    assert caught.value.is_invalid_client


@pytest.mark.asyncio
async def test_other_oauth_errors_keep_their_type_without_the_secret(http, respx_mock):
    respx_mock.post(TOKEN_URL).respond(
        400, json={"error": "invalid_request", "error_description": f"client_secret={CLIENT_SECRET} bad"}
    )
    with pytest.raises(OAuthError) as caught:
        await token_source(http).token()
    assert caught.value.type == "invalid_request"
    assert CLIENT_SECRET not in str(caught.value)


@pytest.mark.asyncio
async def test_no_credentials_means_no_request(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(json=token_answer())
    source = AppTokenSource(http, V3_ENDPOINTS, "", "")
    with pytest.raises(OAuthError, match="API Credentials"):
        await source.token()
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_network_errors_and_server_errors_are_retried(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(503), httpx.Response(200, json=token_answer())]
    )
    source = token_source(http)
    assert await source.token() == APP_TOKEN
    assert route.call_count == 3
    assert source.requests_made == 3


@pytest.mark.asyncio
async def test_a_failed_request_is_raised_and_the_next_call_tries_again(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).mock(
        side_effect=[httpx.ConnectError("down"), httpx.Response(200, json=token_answer())]
    )
    source = token_source(http, retry=fast_retry(max_attempts=1))
    with pytest.raises(NetworkError):
        await source.token()
    assert await source.token() == APP_TOKEN
    assert route.call_count == 2


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>login</html>"),
        httpx.Response(200, json=["token"]),
        httpx.Response(200, json={"token_type": "Bearer"}),
        httpx.Response(200, json={"access_token": "  "}),
        httpx.Response(200, json={"access_token": "t", "expires_in": "soon"}),
        httpx.Response(200, json={"access_token": "t", "expires_in": 0}),
        httpx.Response(200, json={"access_token": "t", "expires_in": True}),
    ],
)
async def test_malformed_token_answers_are_typed(http, respx_mock, response):
    respx_mock.post(TOKEN_URL).mock(return_value=response)
    with pytest.raises(MalformedResponseError):
        await token_source(http, retry=fast_retry(max_attempts=1)).token()


@pytest.mark.asyncio
async def test_repr_shows_neither_secret_nor_token(http, respx_mock):
    respx_mock.post(TOKEN_URL).respond(json=token_answer())
    source = token_source(http)
    await source.token()
    assert CLIENT_SECRET not in repr(source)
    assert APP_TOKEN not in repr(source)
    assert CLIENT_ID in repr(source)


@pytest.mark.asyncio
async def test_the_token_is_never_logged(http, respx_mock, caplog):
    respx_mock.post(TOKEN_URL).respond(json=token_answer())
    caplog.set_level("DEBUG")
    await token_source(http).token()
    assert APP_TOKEN not in caplog.text
    assert CLIENT_SECRET not in caplog.text
