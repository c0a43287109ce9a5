"""Code exchange and token refresh: HTTP Basic, form body, absolute expiry, no repeated grants."""

import base64
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import httpx
import pytest
from smartcar_support import CREDENTIALS, ENDPOINTS, fast_retry

from shopapp.smartcar import MalformedResponseError, NetworkError, OAuthError, SmartcarAuth

TOKEN_URL = ENDPOINTS.auth_url
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
TOKENS = {"access_token": "at-1", "token_type": "Bearer", "expires_in": 7200, "refresh_token": "rt-1"}


def auth_client(http, **kwargs):
    return SmartcarAuth(http, ENDPOINTS, CREDENTIALS, retry=fast_retry(), now=lambda: NOW, **kwargs)


def form(request):
    return {key: values[0] for key, values in parse_qs(request.content.decode()).items()}


@pytest.mark.asyncio
async def test_exchange_code_sends_basic_auth_and_form(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(json=TOKENS)
    pair = await auth_client(http).exchange_code("code-1")
    request = route.calls.last.request
    assert (
        request.headers["Authorization"] == "Basic " + base64.b64encode(b"cid:csecret-DO-NOT-LEAK").decode()
    )
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form(request) == {
        "grant_type": "authorization_code",
        "code": "code-1",
        "redirect_uri": "http://localhost:8765/callback",
    }
    assert pair.access_token == "at-1"
    assert pair.refresh_token == "rt-1"
    assert pair.access_expires_at == NOW + timedelta(hours=2)
    assert pair.refresh_expires_at == NOW + timedelta(days=60)
    assert "at-1" not in repr(pair)
    assert "rt-1" not in repr(pair)


@pytest.mark.asyncio
async def test_refresh_returns_the_rotated_pair(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(
        json={**TOKENS, "access_token": "at-2", "refresh_token": "rt-2", "expires_in": 3600}
    )
    pair = await auth_client(http).refresh_tokens("rt-1")
    assert form(route.calls.last.request) == {"grant_type": "refresh_token", "refresh_token": "rt-1"}
    assert (pair.access_token, pair.refresh_token) == ("at-2", "rt-2")
    assert pair.access_expires_at == NOW + timedelta(hours=1)


@pytest.mark.asyncio
async def test_used_refresh_token_is_an_invalid_grant_and_not_retried(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).respond(
        400, json={"error": "invalid_grant", "error_description": "Invalid refresh_token."}
    )
    with pytest.raises(OAuthError) as caught:
        await auth_client(http).refresh_tokens("rt-old")
    assert caught.value.is_invalid_grant
    assert caught.value.status == 400
    assert route.call_count == 1
    assert "rt-old" not in str(caught.value)


@pytest.mark.asyncio
async def test_bad_client_credentials(http, respx_mock):
    respx_mock.post(TOKEN_URL).respond(
        401, json={"error": "invalid_client", "error_description": "Bad client."}
    )
    with pytest.raises(OAuthError) as caught:
        await auth_client(http).exchange_code("c")
    assert caught.value.type == "invalid_client"
    assert "csecret" not in str(caught.value)


@pytest.mark.asyncio
async def test_a_grant_that_may_have_arrived_is_not_repeated(http, respx_mock):
    # A read timeout means the server may already have rotated the refresh token: repeating the grant
    # would fail and look like a revoked connection.
    route = respx_mock.post(TOKEN_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(NetworkError) as caught:
        await auth_client(http).refresh_tokens("rt-1")
    assert caught.value.code == "TIMEOUT"
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_a_grant_that_never_arrived_or_hit_a_server_error_is_repeated(http, respx_mock):
    route = respx_mock.post(TOKEN_URL).mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(503), httpx.Response(200, json=TOKENS)]
    )
    pair = await auth_client(http).refresh_tokens("rt-1")
    assert pair.refresh_token == "rt-1"
    assert route.call_count == 3


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>oops</html>"),
        httpx.Response(200, json={"access_token": "a"}),
        httpx.Response(200, json=["not", "an", "object"]),
        httpx.Response(200, json={**TOKENS, "expires_in": "soon"}),
    ],
)
async def test_malformed_token_answers_are_typed_errors(http, respx_mock, response):
    respx_mock.post(TOKEN_URL).mock(return_value=response)
    with pytest.raises(MalformedResponseError):
        await SmartcarAuth(http, ENDPOINTS, CREDENTIALS, retry=fast_retry(max_attempts=1)).exchange_code("c")
