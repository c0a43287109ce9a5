"""`/v3/connections`: filters, every page (meta named either way, or links.next), each connection once,
not billed, 429 honoured; one connection, and disconnecting."""

from datetime import UTC, datetime

import httpx
import pytest
from v3_support import (
    APP_TOKEN,
    TOKEN_URL,
    USER,
    V3,
    CountingGate,
    RecordingRetry,
    connection_item,
    token_answer,
    v3_client,
)

from shopapp.smartcar import MalformedResponseError, RateLimitError, ResourceNotFoundError

CONNECTIONS = f"{V3}/connections"


@pytest.fixture(autouse=True)
def app_token(respx_mock):
    return respx_mock.post(TOKEN_URL).respond(json=token_answer())


def paged(items, meta_names=("pageNumber", "pageSize"), with_links=False, with_meta=True):
    """A side effect serving `items` page by page, as `/v3/connections` does."""
    number_name, size_name = meta_names

    def answer(request):
        number = int(request.url.params["page[number]"])
        size = int(request.url.params["page[size]"])
        chunk = items[(number - 1) * size : number * size]
        body = {"data": chunk}
        if with_meta:
            body["meta"] = {number_name: number, size_name: size, "totalCount": len(items)}
        if with_links:
            more = number * size < len(items)
            body["links"] = {
                "self": f"/connections?page[number]={number}",
                "next": f"/connections?page[number]={number + 1}" if more else None,
            }
        return httpx.Response(200, json=body)

    return answer


@pytest.mark.asyncio
async def test_a_connection_is_read_with_every_field(http, respx_mock):
    item = connection_item(1)
    item["relationships"]["user"]["data"]["externalId"] = "customer-42"
    respx_mock.get(CONNECTIONS).respond(json={"data": [item], "meta": {"totalCount": 1}})
    (connection,) = await v3_client(http).connections(user_id=USER)
    assert connection.connection_id == "conn-1"
    assert connection.user_id == USER
    assert connection.vehicle_id == "veh-1"
    assert connection.permissions == ("read_vehicle_info", "read_odometer")
    assert (connection.make, connection.model, connection.year) == ("Tesla", "Model S", 2020)
    assert (connection.mode, connection.powertrain_type) == ("live", "BEV")
    assert connection.external_id == "customer-42"
    assert connection.created_at == datetime(2024, 1, 1, tzinfo=UTC)


@pytest.mark.asyncio
@pytest.mark.parametrize("where", ["attributes", "meta"])
async def test_the_external_id_is_read_wherever_it_is(http, respx_mock, where):
    item = connection_item(1)
    item[where]["externalId"] = "customer-7"
    respx_mock.get(CONNECTIONS).respond(json={"data": [item]})
    (connection,) = await v3_client(http).connections()
    assert connection.external_id == "customer-7"


@pytest.mark.asyncio
async def test_filters_and_paging_are_sent(http, respx_mock):
    route = respx_mock.get(CONNECTIONS).respond(json={"data": [], "meta": {"totalCount": 0}})
    assert (
        await v3_client(http).connections(
            user_id=USER, vehicle_id="veh-1", external_id="customer-42", mode="simulated", page_size=50
        )
        == ()
    )
    request = route.calls.last.request
    assert dict(request.url.params) == {
        "filter[userId]": USER,
        "filter[vehicleId]": "veh-1",
        "filter[user.externalId]": "customer-42",
        "filter[vehicle.mode]": "simulated",
        "page[number]": "1",
        "page[size]": "50",
    }
    assert request.headers["Authorization"] == f"Bearer {APP_TOKEN}"
    assert request.headers["Accept"] == "application/json"
    assert "sc-user-id" not in request.headers


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "shape",
    [
        {"meta_names": ("pageNumber", "pageSize")},
        {"meta_names": ("page", "pageSize")},
        {"with_links": True, "with_meta": False},
        {"with_meta": False},
    ],
    ids=["pageNumber", "page", "links-next", "no-paging-info"],
)
async def test_every_page_is_fetched(http, respx_mock, shape):
    items = [connection_item(n) for n in range(25)]
    route = respx_mock.get(CONNECTIONS).mock(side_effect=paged(items, **shape))
    found = await v3_client(http).connections(page_size=10)
    assert [c.connection_id for c in found] == [f"conn-{n}" for n in range(25)]
    assert [call.request.url.params["page[number]"] for call in route.calls] == ["1", "2", "3"]


@pytest.mark.asyncio
async def test_a_null_next_link_ends_the_list(http, respx_mock):
    route = respx_mock.get(CONNECTIONS).respond(
        json={"data": [connection_item(n) for n in range(10)], "links": {"next": None}}
    )
    assert len(await v3_client(http).connections(page_size=10)) == 10
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_a_connection_seen_twice_is_listed_once(http, respx_mock):
    # A new connection arriving while paging shifts the list: page 2 repeats the last item of page 1.
    respx_mock.get(CONNECTIONS).mock(
        side_effect=[
            httpx.Response(
                200, json={"data": [connection_item(1), connection_item(2)], "meta": {"totalCount": 4}}
            ),
            httpx.Response(
                200, json={"data": [connection_item(2), connection_item(3)], "meta": {"totalCount": 4}}
            ),
            httpx.Response(200, json={"data": [], "meta": {"totalCount": 4}}),
        ]
    )
    found = await v3_client(http).connections(page_size=2)
    assert [c.connection_id for c in found] == ["conn-1", "conn-2", "conn-3"]


@pytest.mark.asyncio
async def test_a_server_that_repeats_its_page_forever_is_stopped(http, respx_mock):
    route = respx_mock.get(CONNECTIONS).respond(
        json={"data": [connection_item(1)], "meta": {"totalCount": 999}, "links": {"next": "/connections?x"}}
    )
    assert len(await v3_client(http).connections(page_size=1)) == 1
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_a_server_that_pages_forever_is_stopped(http, respx_mock, monkeypatch):
    monkeypatch.setattr("shopapp.smartcar.v3_client._MAX_PAGES", 5)

    def endless(request):
        number = request.url.params["page[number]"]
        return httpx.Response(200, json={"data": [connection_item(number)], "links": {"next": "/more"}})

    route = respx_mock.get(CONNECTIONS).mock(side_effect=endless)
    with pytest.raises(MalformedResponseError, match="did not end"):
        await v3_client(http).connections(page_size=1)
    assert route.call_count == 5


@pytest.mark.asyncio
async def test_connections_are_not_billed_but_429_is_honoured(http, respx_mock):
    route = respx_mock.get(CONNECTIONS).mock(
        side_effect=[
            httpx.Response(429, json={"type": "RATE_LIMIT", "code": "VEHICLE"}, headers={"Retry-After": "7"}),
            httpx.Response(200, json={"data": [connection_item(1)]}),
        ]
    )
    gate, retry = CountingGate(), RecordingRetry()
    found = await v3_client(http, gate=gate, retry=retry).connections()
    assert len(found) == 1
    assert route.call_count == 2
    assert len(retry.slept) == 1
    assert 7 <= retry.slept[0] <= 7.7
    assert gate.before == 0


@pytest.mark.asyncio
async def test_a_429_beyond_the_time_budget_is_raised(http, respx_mock):
    respx_mock.get(CONNECTIONS).respond(
        429, json={"type": "RATE_LIMIT", "code": "SMARTCAR_API"}, headers={"Retry-After": "600"}
    )
    with pytest.raises(RateLimitError) as caught:
        await v3_client(http, retry=RecordingRetry()).connections()
    assert caught.value.retry_after == 600


@pytest.mark.asyncio
async def test_a_connection_item_without_ids_is_malformed(http, respx_mock):
    item = connection_item(1)
    del item["relationships"]
    respx_mock.get(CONNECTIONS).respond(json={"data": [item]})
    with pytest.raises(MalformedResponseError):
        await v3_client(http, retry=RecordingRetry()).connections()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("options", "message"), [({"page_size": 0}, "page_size"), ({"mode": "LIVE"}, "mode")]
)
async def test_bad_options_are_refused(http, options, message):
    with pytest.raises(ValueError, match=message):
        await v3_client(http).connections(**options)


@pytest.mark.asyncio
async def test_one_connection(http, respx_mock):
    route = respx_mock.get(f"{CONNECTIONS}/conn-9").respond(json={"data": connection_item(9)})
    connection = await v3_client(http).connection("conn-9")
    assert (connection.connection_id, connection.vehicle_id) == ("conn-9", "veh-9")
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {APP_TOKEN}"


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [200, 204])
async def test_delete_connection(http, respx_mock, status):
    route = respx_mock.delete(f"{CONNECTIONS}/conn-9").respond(status)
    gate = CountingGate()
    assert await v3_client(http, gate=gate).delete_connection("conn-9") is None
    assert route.call_count == 1
    assert gate.before == 0


@pytest.mark.asyncio
async def test_delete_an_unknown_connection(http, respx_mock):
    respx_mock.delete(f"{CONNECTIONS}/gone").respond(
        404, json={"errors": [{"status": "404", "code": "not_found", "title": "Not Found"}]}
    )
    with pytest.raises(ResourceNotFoundError):
        await v3_client(http).delete_connection("gone")


@pytest.mark.asyncio
async def test_delete_user(http, respx_mock):
    route = respx_mock.delete(f"{V3}/users/{USER}").respond(204)
    await v3_client(http).delete_user(USER)
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_an_empty_id_is_refused_before_any_request(http, respx_mock):
    with pytest.raises(ValueError, match="connection_id"):
        await v3_client(http).delete_connection(" ")
