"""`/v3/connections`: one per owner and car, the item shape, paging (meta and links), filters, one
connection, disconnecting, and that none of it is billed."""

from __future__ import annotations

import pytest
from simulator_support import v3_headers
from wire_format import ISO_MS_Z

from shopapp.simulator import Powertrain
from shopapp.simulator.api_v3_connections import POWERTRAIN_TYPES

pytestmark = pytest.mark.asyncio


def connect_everyone(sim) -> None:
    for customer in sim.customers:
        sim.connect(customer.id, external_id=f"shop-{customer.id[:8]}")
        sim.clock.advance(1)  # connections are sorted by date


async def page(client, app_token, **params):
    answer = await client.get("/v3/connections", params=params, headers=v3_headers(app_token))
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["SC-Request-Id"]
    return answer.json()


async def test_item_shape(client, sim, app_token):
    owner = sim.customers[0]
    car = sim.fleet.vehicles_of(owner)[0]
    sim.connect(owner.id, ["read_odometer", "read_vin", "read_vehicle_info"], [car.id])
    body = await page(client, app_token)
    [item] = body["data"]
    assert item["id"] != car.id
    assert item == {
        "id": item["id"],
        "type": "connection",
        "attributes": {
            "permissions": ["read_odometer", "read_vehicle_info", "read_vin"],
            "vehicle": {
                "make": car.make,
                "model": car.model,
                "year": car.year,
                "mode": "live",
                "powertrainType": POWERTRAIN_TYPES[car.powertrain],
            },
        },
        "relationships": {
            "vehicle": {
                "data": {"id": car.id, "type": "vehicle"},
                "links": {"related": f"http://simulator.test/v3/vehicles/{car.id}"},
            },
            "user": {"data": {"id": owner.id, "type": "user"}},
        },
        "meta": {"createdAt": "2026-11-22T15:30:00.000Z", "updatedAt": "2026-11-22T15:30:00.000Z"},
        "links": {"self": f"http://simulator.test/v3/connections/{item['id']}"},
    }
    one = await client.get(f"/v3/connections/{item['id']}", headers=v3_headers(app_token))
    assert one.status_code == 200
    assert one.json() == {"data": item}


async def test_powertrain_types_and_withheld_permissions(client, sim, app_token):
    connect_everyone(sim)
    items = (await page(client, app_token, **{"page[size]": 100}))["data"]
    by_vehicle = {i["relationships"]["vehicle"]["data"]["id"]: i for i in items}
    assert set(by_vehicle) == set(sim.fleet.vehicles)
    for car in sim.fleet.vehicles.values():
        attributes = by_vehicle[car.id]["attributes"]
        assert attributes["vehicle"]["powertrainType"] == (
            "BEV" if car.powertrain is Powertrain.EV else car.powertrain.value
        )
        # What the owner actually granted: a permission unticked for a car is missing from its list.
        assert not car.withheld_scopes & set(attributes["permissions"])
    assert any(car.withheld_scopes for car in sim.fleet.vehicles.values())
    assert "BEV" in {i["attributes"]["vehicle"]["powertrainType"] for i in items}


async def test_paging_with_the_default_page_size_of_ten(client, sim, app_token):
    connect_everyone(sim)
    total = len(sim.fleet.vehicles)
    assert total == 24
    seen = []
    body = await page(client, app_token)
    assert body["meta"] == {
        "pageNumber": 1,
        "pageSize": 10,
        "totalCount": total,
        "orderBy": "createdAt",
        "orderDirection": "asc",
    }
    assert body["links"]["prev"] is None
    while True:
        seen += body["data"]
        if body["links"]["next"] is None:
            break
        next_url = body["links"]["next"]
        answer = await client.get(next_url, headers=v3_headers(app_token))
        body = answer.json()
    assert body["meta"]["pageNumber"] == 3
    assert len(body["data"]) == 4
    assert body["links"]["last"] == body["links"]["self"]
    assert body["links"]["prev"].endswith("page%5Bnumber%5D=2&page%5Bsize%5D=10")
    assert len({i["id"] for i in seen}) == total
    created = [i["meta"]["createdAt"] for i in seen]
    assert created == sorted(created)
    assert all(ISO_MS_Z.match(stamp) for stamp in created)


async def test_page_size_knob_bounds_and_the_early_meta(client, sim, app_token):
    connect_everyone(sim)
    sim.config.v3_connections_page_size = 50
    assert len((await page(client, app_token))["data"]) == 24
    assert len((await page(client, app_token, **{"page[size]": 100, "page[number]": 1}))["data"]) == 24
    beyond = await page(client, app_token, **{"page[size]": 10, "page[number]": 9})
    assert beyond["data"] == []
    assert beyond["links"]["next"] is None
    for bad in ({"page[size]": 101}, {"page[size]": 0}, {"page[number]": 0}, {"page[number]": "x"}):
        answer = await client.get("/v3/connections", params=bad, headers=v3_headers(app_token))
        assert answer.status_code == 400
        assert answer.json()["type"] == "VALIDATION"
    sim.config.v3_paging_meta = "page"
    assert (await page(client, app_token, **{"page[size]": 5, "page[number]": 2}))["meta"] == {
        "page": 2,
        "pageSize": 5,
        "totalCount": 24,
    }


async def test_filters(client, sim, app_token):
    connect_everyone(sim)
    owner = max(sim.customers, key=lambda c: len(c.vehicle_ids))
    car = owner.vehicle_ids[-1]

    def vehicles(body):
        return [i["relationships"]["vehicle"]["data"]["id"] for i in body["data"]]

    assert vehicles(await page(client, app_token, **{"filter[userId]": owner.id})) == list(owner.vehicle_ids)
    assert vehicles(await page(client, app_token, **{"filter[vehicleId]": car})) == [car]
    external = f"shop-{owner.id[:8]}"
    assert vehicles(await page(client, app_token, **{"filter[user.externalId]": external})) == list(
        owner.vehicle_ids
    )
    assert (await page(client, app_token, **{"filter[vehicle.mode]": "live"}))["meta"]["totalCount"] == 24
    assert (await page(client, app_token, **{"filter[vehicle.mode]": "simulated"}))["data"] == []
    assert (await page(client, app_token, **{"filter[userId]": "nobody"}))["meta"]["totalCount"] == 0
    # sc-user-id is optional here and acts as a filter.
    scoped = await client.get("/v3/connections", headers=v3_headers(app_token, owner.id))
    assert vehicles(scoped.json()) == list(owner.vehicle_ids)
    bad = await client.get(
        "/v3/connections", params={"filter[vehicle.mode]": "fast"}, headers=v3_headers(app_token)
    )
    assert bad.status_code == 400
    # The filters ride along in the paging links.
    links = (await page(client, app_token, **{"filter[userId]": owner.id, "page[size]": 1}))["links"]
    assert f"filter%5BuserId%5D={owner.id}" in links["next"]


async def test_connections_are_not_billed(client, sim, app_token):
    connect_everyone(sim)
    sim.config.app_burst = 1
    sim.config.vehicle_monthly_quota = 1
    for _ in range(5):
        body = await page(client, app_token)
        one = await client.get(f"/v3/connections/{body['data'][0]['id']}", headers=v3_headers(app_token))
        assert one.status_code == 200
    first = body["data"][0]
    vehicle_id = first["relationships"]["vehicle"]["data"]["id"]
    user_id = first["relationships"]["user"]["data"]["id"]
    assert sim.limits.monthly_calls(vehicle_id, sim.clock.timestamp()) == 0
    # The bucket's one token is still there for a billed request.
    signals = await client.get(f"/v3/vehicles/{vehicle_id}/signals", headers=v3_headers(app_token, user_id))
    assert signals.status_code == 200


async def test_deleting_a_connection_ends_the_grant_for_that_car(client, sim, app_token):
    owner = max(sim.customers, key=lambda c: len(c.vehicle_ids))
    pair = sim.connect(owner.id)
    items = (await page(client, app_token, **{"filter[userId]": owner.id}))["data"]
    gone, kept = items[0], items[1]
    gone_car = gone["relationships"]["vehicle"]["data"]["id"]
    deleted = await client.delete(f"/v3/connections/{gone['id']}", headers=v3_headers(app_token))
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert [i["id"] for i in (await page(client, app_token, **{"filter[userId]": owner.id}))["data"]] == [
        i["id"] for i in items[1:]
    ]
    again = await client.get(f"/v3/connections/{gone['id']}", headers=v3_headers(app_token))
    assert again.status_code == 404
    assert (
        await client.delete(f"/v3/connections/{gone['id']}", headers=v3_headers(app_token))
    ).status_code == 404
    signals = await client.get(f"/v3/vehicles/{gone_car}/signals", headers=v3_headers(app_token, owner.id))
    assert signals.status_code == 403
    # The owner's v2 token no longer covers that car either; the other car is untouched.
    v2 = await client.get("/v2.0/vehicles", headers={"Authorization": f"Bearer {pair.access_token}"})
    assert gone_car not in v2.json()["vehicles"]
    kept_car = kept["relationships"]["vehicle"]["data"]["id"]
    kept_signals = await client.get(
        f"/v3/vehicles/{kept_car}/signals", headers=v3_headers(app_token, owner.id)
    )
    assert kept_signals.status_code == 200
    # Connecting again starts a new connection, with a new id.
    sim.connect(owner.id)
    renewed = (await page(client, app_token, **{"filter[vehicleId]": gone_car}))["data"]
    assert [i["id"] for i in renewed] != [gone["id"]]


async def test_deleting_a_user_removes_all_their_connections(client, sim, app_token):
    owner = sim.customers[0]
    sim.connect(owner.id)
    assert (await client.delete(f"/v3/users/{owner.id}", headers=v3_headers(app_token))).status_code == 204
    assert (await page(client, app_token, **{"filter[userId]": owner.id}))["data"] == []
    assert (await client.delete(f"/v3/users/{owner.id}", headers=v3_headers(app_token))).status_code == 404


async def test_an_unknown_connection_and_another_users_connection_are_404(client, sim, app_token):
    sim.connect(sim.customers[0].id)
    item = (await page(client, app_token))["data"][0]
    assert (await client.get("/v3/connections/nope", headers=v3_headers(app_token))).status_code == 404
    other = sim.customers[1].id
    answer = await client.get(f"/v3/connections/{item['id']}", headers=v3_headers(app_token, other))
    assert answer.status_code == 404
    assert (answer.json()["type"], answer.json()["statusCode"]) == ("RESOURCE_NOT_FOUND", 404)


async def test_created_at_is_the_first_connect(client, sim, app_token):
    owner = sim.customers[0]
    sim.connect(owner.id)
    sim.clock.advance(120)
    sim.connect(owner.id, ["read_vin"])
    item = (await page(client, app_token, **{"filter[userId]": owner.id}))["data"][0]
    assert item["meta"] == {"createdAt": "2026-11-22T15:30:00.000Z", "updatedAt": "2026-11-22T15:32:00.000Z"}
    assert item["attributes"]["permissions"] == ["read_vin"]
