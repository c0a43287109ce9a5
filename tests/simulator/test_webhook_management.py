"""The management API v3 for webhooks and subscriptions: 202 / 409, auto-enrollment counting as subscribed,
paging and filters, delete 204, the blog's paths behind the `subscription_paths` knob, 401 without an app
token."""

from __future__ import annotations

import pytest
from simulator_support import v3_headers

from shopapp.simulator import SimulatorConfig

pytestmark = pytest.mark.asyncio


def subscription_body(webhook_id: str | None, user_id: str, vehicle_id: str) -> dict:
    attributes = {"userId": user_id, "vehicleId": vehicle_id}
    if webhook_id is not None:
        attributes["webhookId"] = webhook_id
    return {"data": {"attributes": attributes}}


def connected_pairs(sim) -> list[tuple[str, str]]:
    for customer in sim.customers:
        sim.connect(customer.id)
    return [(c.user_id, c.vehicle_id) for c in sim.connections.all()]


async def test_webhooks_are_listed_and_read(client, sim, app_token):
    first = sim.webhooks.register("https://shop.example/hook", name="Shop hook")
    sim.webhooks.register("https://other.example/hook")
    answer = await client.get("/v3/webhooks", headers=v3_headers(app_token))
    assert answer.status_code == 200
    body = answer.json()
    assert body["meta"]["totalCount"] == 2
    assert body["meta"]["pageSize"] == 25
    assert body["data"][0]["id"] == first.id
    assert body["data"][0]["type"] == "webhook"
    assert body["data"][0]["attributes"] == {
        "name": "Shop hook",
        "callbackUri": "https://shop.example/hook",
        "isEnabled": True,
    }
    one = await client.get(f"/v3/webhooks/{first.id}", headers=v3_headers(app_token))
    assert one.status_code == 200
    assert one.json()["data"]["attributes"]["name"] == "Shop hook"
    missing = await client.get("/v3/webhooks/no-such-webhook", headers=v3_headers(app_token))
    assert missing.status_code == 404
    assert missing.json()["type"] == "RESOURCE_NOT_FOUND"


async def test_subscribe_answers_202_pending_then_409_for_the_same_car(client, sim, app_token):
    webhook = sim.webhooks.register("https://shop.example/hook")
    user_id, vehicle_id = connected_pairs(sim)[0]
    headers = v3_headers(app_token)
    created = await client.post(
        "/v3/subscriptions", json=subscription_body(webhook.id, user_id, vehicle_id), headers=headers
    )
    assert created.status_code == 202, created.text
    data = created.json()["data"]
    assert data["type"] == "subscription"
    assert data["attributes"] == {
        "webhookId": webhook.id,
        "userId": user_id,
        "vehicleId": vehicle_id,
        "status": "PENDING",
    }
    again = await client.post(
        "/v3/subscriptions", json=subscription_body(webhook.id, user_id, vehicle_id), headers=headers
    )
    assert again.status_code == 409
    assert again.json()["code"] == "ALREADY_EXISTS"
    read = await client.get(f"/v3/subscriptions/{data['id']}", headers=headers)
    assert read.status_code == 200
    assert read.json()["data"]["attributes"]["vehicleId"] == vehicle_id


async def test_an_auto_enrolled_car_is_already_subscribed(client, sim, app_token):
    webhook = sim.webhooks.register("https://shop.example/hook", auto_enroll=True)
    pairs = connected_pairs(sim)
    user_id, vehicle_id = pairs[0]
    answer = await client.post(
        "/v3/subscriptions",
        json=subscription_body(webhook.id, user_id, vehicle_id),
        headers=v3_headers(app_token),
    )
    assert answer.status_code == 409
    listed = await client.get("/v3/subscriptions", params={"page[size]": 100}, headers=v3_headers(app_token))
    assert listed.json()["meta"]["totalCount"] == len(pairs)


async def test_unknown_webhook_and_unconnected_car_are_404(client, sim, app_token):
    webhook = sim.webhooks.register("https://shop.example/hook")
    owner = sim.customers[0]
    car_id = owner.vehicle_ids[0]
    headers = v3_headers(app_token)
    unknown = await client.post(
        "/v3/subscriptions", json=subscription_body("nope", owner.id, car_id), headers=headers
    )
    assert unknown.status_code == 404
    not_connected = await client.post(
        "/v3/subscriptions", json=subscription_body(webhook.id, owner.id, car_id), headers=headers
    )
    assert not_connected.status_code == 404
    assert "not connected" in not_connected.json()["description"]
    broken = await client.post("/v3/subscriptions", json={"data": {}}, headers=headers)
    assert broken.status_code == 400
    assert broken.json()["type"] == "VALIDATION"


async def test_paging_and_filters(client, sim, app_token):
    hook_a = sim.webhooks.register("https://a.example/hook")
    hook_b = sim.webhooks.register("https://b.example/hook")
    pairs = connected_pairs(sim)
    headers = v3_headers(app_token)
    for user_id, vehicle_id in pairs:
        answer = await client.post(
            "/v3/subscriptions", json=subscription_body(hook_a.id, user_id, vehicle_id), headers=headers
        )
        assert answer.status_code == 202
    user_id, vehicle_id = pairs[0]
    await client.post(
        "/v3/subscriptions", json=subscription_body(hook_b.id, user_id, vehicle_id), headers=headers
    )
    assert len(pairs) > 10

    first = (await client.get("/v3/subscriptions", params={"page[size]": 10}, headers=headers)).json()
    assert first["meta"] == {"pageNumber": 1, "pageSize": 10, "totalCount": len(pairs) + 1}
    assert len(first["data"]) == 10
    assert first["links"]["prev"] is None
    second = (
        await client.get("/v3/subscriptions", params={"page[size]": 10, "page[number]": 2}, headers=headers)
    ).json()
    assert {s["id"] for s in first["data"]}.isdisjoint({s["id"] for s in second["data"]})
    default = (await client.get("/v3/subscriptions", headers=headers)).json()
    assert default["meta"]["pageSize"] == 25
    too_big = await client.get("/v3/subscriptions", params={"page[size]": 101}, headers=headers)
    assert too_big.status_code == 400

    by_webhook = (
        await client.get("/v3/subscriptions", params={"filter[webhookId]": hook_b.id}, headers=headers)
    ).json()
    assert [s["attributes"]["vehicleId"] for s in by_webhook["data"]] == [vehicle_id]
    by_vehicle = (
        await client.get("/v3/subscriptions", params={"filter[vehicleId]": vehicle_id}, headers=headers)
    ).json()
    assert {s["attributes"]["webhookId"] for s in by_vehicle["data"]} == {hook_a.id, hook_b.id}
    by_user = (
        await client.get("/v3/subscriptions", params={"filter[userId]": user_id}, headers=headers)
    ).json()
    assert {s["attributes"]["userId"] for s in by_user["data"]} == {user_id}


async def test_delete_answers_204_and_the_subscription_is_gone(client, sim, app_token):
    webhook = sim.webhooks.register("https://shop.example/hook")
    user_id, vehicle_id = connected_pairs(sim)[0]
    headers = v3_headers(app_token)
    created = await client.post(
        "/v3/subscriptions", json=subscription_body(webhook.id, user_id, vehicle_id), headers=headers
    )
    subscription_id = created.json()["data"]["id"]
    deleted = await client.delete(f"/v3/subscriptions/{subscription_id}", headers=headers)
    assert deleted.status_code == 204
    assert (await client.get(f"/v3/subscriptions/{subscription_id}", headers=headers)).status_code == 404
    assert (await client.delete(f"/v3/subscriptions/{subscription_id}", headers=headers)).status_code == 404
    again = await client.post(
        "/v3/subscriptions", json=subscription_body(webhook.id, user_id, vehicle_id), headers=headers
    )
    assert again.status_code == 202


async def test_an_app_token_is_required(client, sim):
    webhook = sim.webhooks.register("https://shop.example/hook")
    for method, path in (
        ("GET", "/v3/webhooks"),
        ("GET", f"/v3/webhooks/{webhook.id}"),
        ("GET", "/v3/subscriptions"),
        ("POST", "/v3/subscriptions"),
        ("DELETE", "/v3/subscriptions/x"),
    ):
        answer = await client.request(method, path, headers={"Authorization": "Bearer not-a-token"})
        assert answer.status_code == 401, (method, path)
        assert answer.json()["type"] == "AUTHENTICATION"
    sim.config.v3_error_shape = "jsonapi"
    answer = await client.get("/v3/subscriptions")
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["code"] == "unauthorized"


async def test_the_blog_paths_behind_the_knob(client, sim, app_token):
    webhook = sim.webhooks.register("https://shop.example/hook")
    user_id, vehicle_id = connected_pairs(sim)[0]
    headers = v3_headers(app_token)
    blog_path = f"/v3/webhooks/{webhook.id}/subscriptions"
    body = {"data": {"attributes": {"userId": user_id, "vehicleId": vehicle_id}}}
    assert (await client.post(blog_path, json=body, headers=headers)).status_code == 404  # spec by default

    sim.config.subscription_paths = "blog"
    created = await client.post(blog_path, json=body, headers=headers)
    assert created.status_code == 202, created.text
    subscription_id = created.json()["data"]["id"]
    assert created.json()["data"]["attributes"]["webhookId"] == webhook.id
    assert (await client.post(blog_path, json=body, headers=headers)).status_code == 409
    listed = (await client.get(blog_path, headers=headers)).json()
    assert [s["id"] for s in listed["data"]] == [subscription_id]
    assert (await client.get("/v3/subscriptions", headers=headers)).status_code == 404
    spec_post = await client.post(
        "/v3/subscriptions", json=subscription_body(webhook.id, user_id, vehicle_id), headers=headers
    )
    assert spec_post.status_code == 404
    assert (await client.get(f"/v3/webhooks/{webhook.id}", headers=headers)).status_code == 200
    deleted = await client.delete(f"{blog_path}/{subscription_id}", headers=headers)
    assert deleted.status_code == 204
    assert (await client.get(blog_path, headers=headers)).json()["data"] == []


async def test_the_knob_takes_only_its_two_readings():
    with pytest.raises(ValueError, match="subscription_paths must be one of spec, blog"):
        SimulatorConfig(subscription_paths="other")
