"""Connect for a v3 application (user_id in the redirect, response_type=none, application_id, external_id)
and for one not yet upgraded (exactly v2), with the legacy code exchange working for both."""

from __future__ import annotations

from typing import Any

import pytest
from simulator_support import CLIENT_AUTH, REDIRECT_URI, authorize_params, redirect_query, v3_headers

from shopapp.simulator import DEMO_APPLICATION_ID

pytestmark = pytest.mark.asyncio


def v3_params(**extra: Any) -> dict[str, str]:
    """What v3 clients send (3P-SYM, 3P-HA): application_id, response_type=none, no client_id."""
    params = authorize_params(**{"response_type": "none", **extra})
    del params["client_id"]
    params["application_id"] = DEMO_APPLICATION_ID
    return params


async def connections_of(client, app_token, user_id):
    answer = await client.get(
        "/v3/connections", params={"filter[userId]": user_id}, headers=v3_headers(app_token)
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


async def test_code_flow_redirect_carries_user_id_state_and_code(client, sim):
    owner = sim.customers[0]
    sim.approve_next_connect_as(owner.id)
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params()))
    assert set(query) == {"code", "user_id", "state"}
    assert (query["user_id"], query["state"]) == (owner.id, "state-123")
    # The legacy exchange still gives v2 tokens for that code.
    token = await client.post(
        "/oauth/token",
        data={"grant_type": "authorization_code", "code": query["code"], "redirect_uri": REDIRECT_URI},
        auth=CLIENT_AUTH,
    )
    assert token.status_code == 200
    user = await client.get("/v2.0/user", headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    assert user.json() == {"id": owner.id}


async def test_response_type_none_with_application_id_and_external_id(client, sim, app_token):
    owner = sim.customers[1]
    sim.approve_next_connect_as(owner.id)
    query = redirect_query(await client.get("/oauth/authorize", params=v3_params(external_id="shop-42")))
    assert query == {"user_id": owner.id, "state": "state-123", "external_id": "shop-42"}
    connections = await connections_of(client, app_token, owner.id)
    assert sorted(c["relationships"]["vehicle"]["data"]["id"] for c in connections) == sorted(
        owner.vehicle_ids
    )
    by_external = await client.get(
        "/v3/connections", params={"filter[user.externalId]": "shop-42"}, headers=v3_headers(app_token)
    )
    assert [c["id"] for c in by_external.json()["data"]] == [c["id"] for c in connections]


async def test_client_id_names_the_application_too(client, sim):
    params = authorize_params(response_type="none")
    query = redirect_query(await client.get("/oauth/authorize", params=params))
    assert set(query) == {"user_id", "state"}


async def test_unknown_application_is_refused(client):
    params = v3_params()
    params["application_id"] = "client_shopappdemo"  # the API client id is not the Application ID
    answer = await client.get("/oauth/authorize", params=params)
    assert answer.status_code == 400
    assert "Unknown client_id" in answer.text


async def test_connecting_the_same_owner_again_updates_never_duplicates(client, sim, app_token):
    owner = sim.customers[2]
    sim.approve_next_connect_as(owner.id)
    redirect_query(await client.get("/oauth/authorize", params=v3_params(scope=["read_odometer"])))
    first = await connections_of(client, app_token, owner.id)
    sim.clock.advance(600)
    sim.approve_next_connect_as(owner.id)
    redirect_query(
        await client.get(
            "/oauth/authorize", params=v3_params(scope=["read_odometer", "read_vin"], external_id="x")
        )
    )
    second = await connections_of(client, app_token, owner.id)
    assert [c["id"] for c in second] == [c["id"] for c in first]
    assert len(second) == len(owner.vehicle_ids)
    for before, after in zip(first, second, strict=True):
        assert before["meta"]["createdAt"] == after["meta"]["createdAt"]
        assert after["meta"]["updatedAt"] > before["meta"]["updatedAt"]
        assert before["attributes"]["permissions"] == ["read_odometer"]
        assert after["attributes"]["permissions"] == ["read_odometer", "read_vin"]


async def test_error_redirects_are_as_before(client, sim):
    sim.fail_next_connect("access_denied")
    query = redirect_query(await client.get("/oauth/authorize", params=v3_params()))
    assert set(query) == {"error", "error_description", "state"}
    assert query["error"] == "access_denied"


async def test_a_v2_application_answers_exactly_as_before(client, sim, app_token):
    sim.config.application_api = "v2"
    owner = sim.customers[3]
    sim.approve_next_connect_as(owner.id)
    query = redirect_query(await client.get("/oauth/authorize", params=authorize_params(external_id="e-1")))
    assert set(query) == {"code", "state"}
    # v3-only parameters mean nothing to it.
    assert (
        await client.get("/oauth/authorize", params=authorize_params(response_type="none"))
    ).status_code == 400
    assert (await client.get("/oauth/authorize", params=v3_params(response_type="code"))).status_code == 400
    # The grant is still a connection the v3 API can list (the migration path: backfill user ids).
    connections = await connections_of(client, app_token, owner.id)
    assert len(connections) == len(owner.vehicle_ids)


async def test_revoking_the_owner_ends_their_connections(client, sim, app_token):
    owner = sim.customers[4]
    sim.approve_next_connect_as(owner.id)
    redirect_query(await client.get("/oauth/authorize", params=v3_params()))
    assert await connections_of(client, app_token, owner.id)
    assert sim.revoke_user(owner.id) == 1
    assert await connections_of(client, app_token, owner.id) == []
    signals = await client.get(
        f"/v3/vehicles/{owner.vehicle_ids[0]}/signals", headers=v3_headers(app_token, owner.id)
    )
    assert signals.status_code == 403
