"""The v3 token endpoint: client credentials as a form, JSON or HTTP Basic; OAuth errors; expiry in
simulated time; the test helpers that count and expire app tokens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from simulator_support import API_CLIENT_FORM, CLIENT_AUTH, v3_headers

from shopapp.simulator import DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET

pytestmark = pytest.mark.asyncio


async def connections_status(client, token: str) -> int:
    return (await client.get("/v3/connections", headers=v3_headers(token))).status_code


def assert_token_body(answer) -> str:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["Cache-Control"] == "no-store"
    body = answer.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}  # no refresh token in v3
    assert (body["token_type"], body["expires_in"]) == ("Bearer", 3600)
    assert len(body["access_token"]) >= 32
    return body["access_token"]


async def test_form_body_gives_a_working_token(client, sim):
    token = assert_token_body(await client.post("/oauth2/token", data=API_CLIENT_FORM))
    assert await connections_status(client, token) == 200
    assert sim.app_token_requests == 1
    assert token in sim.tokens.issued_secrets()


async def test_json_body_and_http_basic_work_too(client, sim):
    from_json = assert_token_body(await client.post("/oauth2/token", json=API_CLIENT_FORM))
    from_basic = assert_token_body(
        await client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET),
        )
    )
    assert from_json != from_basic
    assert await connections_status(client, from_json) == 200
    assert await connections_status(client, from_basic) == 200
    assert sim.app_token_requests == 2


@pytest.mark.parametrize(
    "credentials",
    [
        {"client_id": DEMO_API_CLIENT_ID, "client_secret": "wrong"},
        {"client_id": "client_someoneelse", "client_secret": DEMO_API_CLIENT_SECRET},
        # The v2 OAuth client is a different credential.
        {"client_id": CLIENT_AUTH[0], "client_secret": CLIENT_AUTH[1]},
    ],
)
async def test_bad_credentials_answer_401_invalid_client(client, sim, credentials):
    answer = await client.post("/oauth2/token", data={"grant_type": "client_credentials", **credentials})
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == {"error": "invalid_client", "error_description": "Invalid client credentials."}
    assert sim.app_token_requests == 1  # failed requests count too


async def test_bad_basic_secret_is_401(client):
    answer = await client.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(DEMO_API_CLIENT_ID, "nope")
    )
    assert (answer.status_code, answer.json()["error"]) == (401, "invalid_client")


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"grant_type": "client_credentials", "client_id": DEMO_API_CLIENT_ID}, "invalid_request"),
        ({k: v for k, v in API_CLIENT_FORM.items() if k != "grant_type"}, "invalid_request"),
        ({**API_CLIENT_FORM, "grant_type": "authorization_code"}, "unsupported_grant_type"),
    ],
)
async def test_malformed_requests_answer_400(client, body, error):
    answer = await client.post("/oauth2/token", data=body)
    assert answer.status_code == 400
    assert answer.json()["error"] == error
    assert answer.json()["error_description"]


async def test_broken_json_is_invalid_request(client):
    answer = await client.post(
        "/oauth2/token", content=b'{"grant_type": ', headers={"Content-Type": "application/json"}
    )
    assert (answer.status_code, answer.json()["error"]) == (400, "invalid_request")


async def test_app_token_expires_after_an_hour_of_simulated_time(client, sim, app_token):
    sim.clock.advance(timedelta(minutes=59, seconds=59))
    assert await connections_status(client, app_token) == 200
    sim.clock.advance(timedelta(seconds=1))
    expired = await client.get("/v3/connections", headers=v3_headers(app_token))
    assert expired.status_code == 401
    assert (expired.json()["type"], expired.json()["code"]) == ("AUTHENTICATION", None)
    fresh = assert_token_body(await client.post("/oauth2/token", data=API_CLIENT_FORM))
    assert await connections_status(client, fresh) == 200


async def test_ttl_knob_and_expire_helper(client, sim):
    sim.config.app_token_ttl_s = 120
    first = (await client.post("/oauth2/token", data=API_CLIENT_FORM)).json()
    assert first["expires_in"] == 120
    second = (await client.post("/oauth2/token", data=API_CLIENT_FORM)).json()["access_token"]
    sim.expire_app_tokens()
    assert await connections_status(client, first["access_token"]) == 401
    assert await connections_status(client, second) == 401
    third = (await client.post("/oauth2/token", data=API_CLIENT_FORM)).json()["access_token"]
    assert await connections_status(client, third) == 200
    assert sim.app_token_requests == 3


async def test_a_v2_token_is_no_app_token(client, connect):
    connected = await connect()
    assert await connections_status(client, connected.access_token) == 401
