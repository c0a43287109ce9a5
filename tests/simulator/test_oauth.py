"""Connect and the token endpoint: codes, rotation, expiry, revocation, Connect errors, secrets kept quiet."""

from __future__ import annotations

from datetime import timedelta

import pytest
from simulator_support import CLIENT_AUTH, REDIRECT_URI, authorize_params, redirect_query

from shopapp.simulator import ALL_SCOPES

pytestmark = pytest.mark.asyncio


async def exchange(client, code, **extra):
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI, **extra}
    return await client.post("/oauth/token", data=data, auth=CLIENT_AUTH)


async def refresh(client, token, auth=CLIENT_AUTH):
    return await client.post(
        "/oauth/token", data={"grant_type": "refresh_token", "refresh_token": token}, auth=auth
    )


async def test_authorize_token_vehicles_flow(client, sim):
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    assert query["state"] == "state-123"
    answer = await exchange(client, query["code"])
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "token_type", "expires_in", "refresh_token"}
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 7200
    vehicles = await client.get("/v2.0/vehicles", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert vehicles.status_code == 200
    owner = sim.customers[0]
    assert vehicles.json() == {
        "paging": {"count": len(owner.vehicle_ids), "offset": 0},
        "vehicles": list(owner.vehicle_ids),
    }
    user = await client.get("/v2.0/user", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert user.json() == {"id": owner.id}


async def test_each_connect_signs_in_the_next_user_then_goes_round(client, sim):
    seen = []
    for _ in range(len(sim.customers) + 1):
        query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
        grant = sim.tokens._codes[query["code"]].grant
        seen.append(grant.user_id)
    assert seen[: len(sim.customers)] == [c.id for c in sim.customers]
    assert seen[-1] == sim.customers[0].id


async def test_single_select_vin_connects_that_car_of_its_owner(client, sim):
    car = list(sim.fleet.vehicles.values())[-1]
    params = authorize_params(single_select="true", single_select_vin=car.vin, make=car.make)
    query = redirect_query(await client.get("/oauth/authorize", params=params))
    grant = sim.tokens._codes[query["code"]].grant
    assert grant.user_id == car.owner_id
    assert grant.vehicle_ids == [car.id]
    assert grant.options["mode"] == "live"
    assert grant.options["approval_prompt"] == "auto"


async def test_required_prefix_is_stripped_from_granted_scopes(connect, client, sim):
    connected = await connect(scope=["required:read_odometer", "read_vin"])
    vehicle_id = connected.vehicle_ids[0]
    answer = await client.get(f"/v2.0/vehicles/{vehicle_id}/permissions", headers=connected.headers)
    assert answer.json()["permissions"] == ["read_odometer", "read_vin"]


async def test_code_works_once(client):
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    assert (await exchange(client, query["code"])).status_code == 200
    again = await exchange(client, query["code"])
    assert again.status_code == 400
    assert again.json() == {"error": "invalid_grant", "error_description": "Invalid code."}
    assert query["code"] not in again.text


async def test_code_expires_after_ten_simulated_minutes(client, sim):
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    sim.clock.advance(timedelta(minutes=10, seconds=1))
    answer = await exchange(client, query["code"])
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


async def test_code_redirect_uri_must_match(client):
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    answer = await exchange(client, query["code"], redirect_uri="http://localhost:9999/other")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


@pytest.mark.parametrize(
    "auth", [None, ("shopapp-demo-client", "wrong"), ("someone-else", "shopapp-demo-secret")], ids=str
)
async def test_bad_client_credentials_are_refused(client, auth):
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    data = {"grant_type": "authorization_code", "code": query["code"], "redirect_uri": REDIRECT_URI}
    answer = await client.post("/oauth/token", data=data, auth=auth)
    assert answer.status_code == 401
    assert answer.json()["error"] == "invalid_client"
    assert "shopapp-demo-secret" not in answer.text
    # The code was not spent by the failed attempt.
    assert (await exchange(client, query["code"])).status_code == 200


async def test_unknown_grant_type(client):
    answer = await client.post("/oauth/token", data={"grant_type": "password"}, auth=CLIENT_AUTH)
    assert answer.status_code == 400
    assert answer.json()["error"] == "unsupported_grant_type"


async def test_refresh_rotates_and_a_refresh_token_cannot_be_used_twice(connect, client):
    connected = await connect()
    first = await refresh(client, connected.refresh_token)
    assert first.status_code == 200
    pair = first.json()
    assert pair["refresh_token"] != connected.refresh_token
    assert pair["access_token"] != connected.access_token
    reused = await refresh(client, connected.refresh_token)
    assert reused.status_code == 400
    assert reused.json() == {"error": "invalid_grant", "error_description": "Invalid refresh_token."}
    assert connected.refresh_token not in reused.text
    # The new one works, and the older access token stays valid until it expires.
    assert (await refresh(client, pair["refresh_token"])).status_code == 200
    assert (await client.get("/v2.0/vehicles", headers=connected.headers)).status_code == 200


async def test_used_refresh_token_works_within_the_grace_period(connect, client, sim):
    sim.config.refresh_grace_s = 60
    connected = await connect()
    assert (await refresh(client, connected.refresh_token)).status_code == 200
    sim.clock.advance(timedelta(seconds=59))
    assert (await refresh(client, connected.refresh_token)).status_code == 200
    sim.clock.advance(timedelta(seconds=2))
    assert (await refresh(client, connected.refresh_token)).status_code == 400


async def test_refresh_token_expires_after_its_lifetime(connect, client, sim):
    sim.config.refresh_token_ttl_s = 3600
    connected = await connect()
    sim.clock.advance(timedelta(hours=1))
    assert (await refresh(client, connected.refresh_token)).status_code == 400


async def test_access_token_expires_after_two_simulated_hours(connect, client, sim):
    connected = await connect()
    sim.clock.advance(timedelta(hours=1, minutes=59))
    assert (await client.get("/v2.0/vehicles", headers=connected.headers)).status_code == 200
    sim.clock.advance(timedelta(minutes=1))
    expired = await client.get("/v2.0/vehicles", headers=connected.headers)
    assert expired.status_code == 401
    assert expired.json()["type"] == "AUTHENTICATION"
    assert expired.json()["code"] is None


async def test_revoked_user_can_neither_refresh_nor_call(connect, client, sim):
    connected = await connect()
    assert sim.revoke_user(connected.user_id) == 1
    answer = await refresh(client, connected.refresh_token)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"
    assert (await client.get("/v2.0/vehicles", headers=connected.headers)).status_code == 401


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://localhost:8765/callback",
        "http://example.com/callback",
        "http://localhost.evil.com/cb",
        "http://localhost@evil.com/cb",
        "http://localhost:99999/cb",
        "",
    ],
)
async def test_only_loopback_redirects_are_accepted(client, redirect_uri):
    answer = await client.get("/oauth/authorize", params=authorize_params(redirect_uri=redirect_uri))
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert answer.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "redirect_uri", ["http://127.0.0.1:4000/cb", "http://localhost/cb?x=1", "http://localhost:1"]
)
async def test_loopback_redirects_are_accepted(client, redirect_uri):
    answer = await client.get("/oauth/authorize", params=authorize_params(redirect_uri=redirect_uri))
    assert answer.status_code == 302
    assert answer.headers["location"].startswith(redirect_uri)


@pytest.mark.parametrize("bad", [{"client_id": "unknown"}, {"response_type": "token"}])
async def test_bad_authorize_parameters_get_a_page_not_a_redirect(client, bad):
    answer = await client.get("/oauth/authorize", params=authorize_params(**bad))
    assert answer.status_code == 400
    assert "location" not in answer.headers


@pytest.mark.parametrize("error", ["access_denied", "no_vehicles", "server_error", "invalid_subscription"])
async def test_next_connect_can_fail(client, sim, error):
    sim.fail_next_connect(error)
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    assert query["error"] == error
    assert query["error_description"]
    assert query["state"] == "state-123"
    assert "code" not in query
    # Only the next one.
    assert "code" in redirect_query(await client.get("/oauth/authorize", params=authorize_params()))


async def test_vehicle_incompatible_names_the_car(client, sim):
    sim.fail_next_connect("vehicle_incompatible")
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    car = sim.fleet.vehicles_of(sim.customers[0])[0]
    assert query["error"] == "vehicle_incompatible"
    assert (query["vin"], query["make"], query["model"], query["year"]) == (
        car.vin,
        car.make,
        car.model,
        str(car.year),
    )


async def test_unknown_connect_error_is_refused(sim):
    with pytest.raises(ValueError, match="access_denied"):
        sim.fail_next_connect("typo")


async def test_direct_connect_for_demo_seeding(client, sim):
    owner = sim.customers[2]
    pair = sim.connect(owner.id, scopes=ALL_SCOPES)
    assert "access_token" not in repr(pair)
    assert pair.access_token not in repr(pair)
    answer = await client.get("/v2.0/vehicles", headers={"Authorization": f"Bearer {pair.access_token}"})
    assert answer.json()["vehicles"] == list(owner.vehicle_ids)
