"""Every vehicle endpoint: the request sent (path, headers, paging, dates) and the typed result read."""

import json
from datetime import UTC, date, datetime

import httpx
import pytest
from smartcar_support import ACCESS_TOKEN, ENDPOINTS, V2, VEHICLE, fast_retry

from shopapp.smartcar import SmartcarClient

META_HEADERS = {
    "SC-Data-Age": "2026-11-21T08:30:00.000Z",
    "SC-Fetched-At": "2026-11-21T08:45:00.000Z",
    "SC-Unit-System": "metric",
    "SC-Request-Id": "26c14915-0c26-43c5-8e42-9edfc2a66a0f",
}


def client(http, unit_system="metric"):
    return SmartcarClient(http, ENDPOINTS, unit_system=unit_system, retry=fast_retry())


@pytest.mark.asyncio
async def test_vehicle_list_follows_every_page(http, respx_mock):
    ids = [f"veh-{n}" for n in range(75)]

    def page(request):
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        body = {"paging": {"count": 75, "offset": offset}, "vehicles": ids[offset : offset + limit]}
        return httpx.Response(200, json=body, headers=META_HEADERS)

    route = respx_mock.get(f"{V2}/vehicles").mock(side_effect=page)
    result = await client(http).vehicle_ids(ACCESS_TOKEN)
    assert result.vehicle_ids == tuple(ids)
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"limit": "50", "offset": "0"},
        {"limit": "50", "offset": "50"},
    ]
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"


@pytest.mark.asyncio
async def test_vehicle_list_stops_on_an_empty_page(http, respx_mock):
    route = respx_mock.get(f"{V2}/vehicles").respond(
        json={"paging": {"count": 99, "offset": 0}, "vehicles": []}
    )
    assert (await client(http).vehicle_ids(ACCESS_TOKEN)).vehicle_ids == ()
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_user(http, respx_mock):
    respx_mock.get(f"{V2}/user").respond(json={"id": "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"})
    assert (await client(http).user(ACCESS_TOKEN)).user_id == "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"


@pytest.mark.asyncio
async def test_attributes_accept_a_string_year_and_carry_meta(http, respx_mock):
    route = respx_mock.get(f"{V2}/vehicles/{VEHICLE}").respond(
        json={"id": VEHICLE, "make": "TESLA", "model": "Model S", "year": "2014"}, headers=META_HEADERS
    )
    result = await client(http).attributes(ACCESS_TOKEN, VEHICLE)
    assert (result.vehicle_id, result.make, result.model, result.year) == (VEHICLE, "TESLA", "Model S", 2014)
    assert result.meta.data_age == datetime(2026, 11, 21, 8, 30, tzinfo=UTC)
    assert result.meta.fetched_at == datetime(2026, 11, 21, 8, 45, tzinfo=UTC)
    assert result.meta.unit_system == "metric"
    assert result.meta.request_id == "26c14915-0c26-43c5-8e42-9edfc2a66a0f"
    assert route.calls.last.request.headers["SC-Unit-System"] == "metric"


@pytest.mark.asyncio
async def test_vin(http, respx_mock):
    respx_mock.get(f"{V2}/vehicles/{VEHICLE}/vin").respond(json={"vin": "5yjsa1cn5dfp00101"})
    assert (await client(http).vin(ACCESS_TOKEN, VEHICLE)).vin == "5YJSA1CN5DFP00101"


@pytest.mark.asyncio
async def test_odometer_metric_and_imperial(http, respx_mock):
    route = respx_mock.get(f"{V2}/vehicles/{VEHICLE}/odometer")
    route.respond(json={"distance": 104.32}, headers=META_HEADERS)
    metric = await client(http).odometer(ACCESS_TOKEN, VEHICLE)
    assert metric.distance == pytest.approx(104.32)
    assert metric.distance_km == pytest.approx(104.32)

    route.respond(json={"distance": 100.0}, headers={**META_HEADERS, "SC-Unit-System": "imperial"})
    imperial = await client(http, "imperial").odometer(ACCESS_TOKEN, VEHICLE)
    assert route.calls.last.request.headers["SC-Unit-System"] == "imperial"
    assert imperial.distance == 100.0
    assert imperial.distance_km == pytest.approx(160.9344)


@pytest.mark.asyncio
async def test_engine_oil_is_a_fraction(http, respx_mock):
    respx_mock.get(f"{V2}/vehicles/{VEHICLE}/engine/oil").respond(json={"lifeRemaining": 0.35})
    assert (await client(http).engine_oil(ACCESS_TOKEN, VEHICLE)).life_remaining == pytest.approx(0.35)


@pytest.mark.asyncio
async def test_trouble_codes_with_null_timestamps(http, respx_mock):
    respx_mock.get(f"{V2}/vehicles/{VEHICLE}/diagnostics/dtcs").respond(
        json={
            "activeCodes": [
                {"code": "P302D", "timestamp": "2024-09-05T14:48:00.000Z"},
                {"code": "p5684", "timestamp": None},
            ]
        }
    )
    codes = (await client(http).trouble_codes(ACCESS_TOKEN, VEHICLE)).active_codes
    assert [(c.code, c.timestamp) for c in codes] == [
        ("P302D", datetime(2024, 9, 5, 14, 48, tzinfo=UTC)),
        ("P5684", None),
    ]


@pytest.mark.asyncio
async def test_system_status_path_and_both_id_spellings(http, respx_mock):
    respx_mock.get(f"{V2}/vehicles/{VEHICLE}/diagnostics/system_status").respond(
        json={
            "systems": [
                {
                    "systemId": "SYSTEM_TPMS",
                    "status": "ALERT",
                    "description": "Left rear tire sensor battery low",
                },
                {"systemID": "SYSTEM_AIRBAG", "status": "OK", "description": None},
            ]
        }
    )
    systems = (await client(http).system_status(ACCESS_TOKEN, VEHICLE)).systems
    assert [(s.system_id, s.status, s.description) for s in systems] == [
        ("SYSTEM_TPMS", "ALERT", "Left rear tire sensor battery low"),
        ("SYSTEM_AIRBAG", "OK", None),
    ]


NULL_HEAVY_HISTORY = [
    {
        "serviceId": None,
        "odometerDistance": 46047.22,
        "serviceDate": "2023-06-28T22:21:41.583Z",
        "serviceTasks": [
            {"taskId": "3262", "taskDescription": "Service Task 0"},
            {"taskId": None, "taskDescription": None},
        ],
        "serviceDetails": [
            {"type": "Service Details Type 0", "value": "Service Details Value 0"},
            {"type": "Service Details Type 1", "value": None},
        ],
        "serviceCost": {"totalCost": None, "currency": None},
    },
    {
        "serviceId": "s-2",
        "odometerDistance": None,
        "serviceDate": None,
        "serviceTasks": None,
        "serviceDetails": None,
        "serviceCost": None,
    },
]


@pytest.mark.asyncio
async def test_service_history_window_and_null_heavy_records(http, respx_mock):
    route = respx_mock.get(f"{V2}/vehicles/{VEHICLE}/service/history").respond(json=NULL_HEAVY_HISTORY)
    history = await client(http).service_history(
        ACCESS_TOKEN, VEHICLE, date(2023, 11, 22), date(2026, 11, 22)
    )
    assert dict(route.calls.last.request.url.params) == {"start_date": "2023-11-22", "end_date": "2026-11-22"}
    first, second = history.events
    assert first.service_id is None
    assert first.odometer_km == pytest.approx(46047.22)
    assert first.service_date == datetime(2023, 6, 28, 22, 21, 41, 583000, tzinfo=UTC)
    assert [t.description for t in first.tasks] == ["Service Task 0", None]
    assert first.details[1].value is None
    assert (first.total_cost, first.currency) == (None, None)
    assert (second.service_id, second.odometer_km, second.service_date, second.tasks) == (
        "s-2",
        None,
        None,
        (),
    )


@pytest.mark.asyncio
async def test_permissions_follow_pages(http, respx_mock):
    route = respx_mock.get(f"{V2}/vehicles/{VEHICLE}/permissions").mock(
        side_effect=[
            httpx.Response(
                200, json={"paging": {"count": 3, "offset": 0}, "permissions": ["read_vin", "read_odometer"]}
            ),
            httpx.Response(
                200, json={"paging": {"count": 3, "offset": 2}, "permissions": ["read_engine_oil"]}
            ),
        ]
    )
    result = await client(http).permissions(ACCESS_TOKEN, VEHICLE)
    assert result.permissions == ("read_vin", "read_odometer", "read_engine_oil")
    assert route.calls[1].request.url.params["offset"] == "2"


@pytest.mark.asyncio
async def test_disconnect_sends_delete_without_unit_header(http, respx_mock):
    route = respx_mock.delete(f"{V2}/vehicles/{VEHICLE}/application").respond(json={"status": "success"})
    assert (await client(http).disconnect(ACCESS_TOKEN, VEHICLE)).status == "success"
    assert "SC-Unit-System" not in route.calls.last.request.headers


@pytest.mark.asyncio
async def test_batch_returns_a_value_or_a_typed_error_per_path(http, respx_mock):
    route = respx_mock.post(f"{V2}/vehicles/{VEHICLE}/batch").respond(
        json={
            "responses": [
                {
                    "path": "/odometer",
                    "code": 200,
                    "headers": {"sc-data-age": "2019-10-24T00:43:46.000Z", "sc-unit-system": "metric"},
                    "body": {"distance": 37829},
                },
                {
                    "path": "/engine/oil",
                    "code": 429,
                    "headers": {"Retry-After": 999},
                    "body": {
                        "statusCode": 429,
                        "type": "RATE_LIMIT",
                        "code": "VEHICLE",
                        "description": "Slow down.",
                        "docURL": "https://x",
                        "resolution": {"type": "RETRY_LATER"},
                        "requestId": "r-oil",
                    },
                },
                {
                    "path": "/diagnostics/dtcs",
                    "code": 501,
                    "headers": {},
                    "body": {
                        "statusCode": 501,
                        "type": "COMPATIBILITY",
                        "code": "SMARTCAR_NOT_CAPABLE",
                        "description": "Not supported.",
                        "requestId": "r-dtc",
                        "resolution": {"type": None},
                    },
                },
                {"path": "/", "code": 200, "headers": {}, "body": {"id": VEHICLE, "make": "FORD"}},
                {"path": "/vin", "code": 200, "headers": {}, "body": {"vin": 17}},
            ]
        },
        headers={"SC-Request-Id": "batch-1"},
    )
    paths = ["/odometer", "/engine/oil", "/diagnostics/dtcs", "/", "/vin", "/diagnostics/system_status"]
    result = await client(http).batch(ACCESS_TOKEN, VEHICLE, paths)
    assert json.loads(route.calls.last.request.content) == {"requests": [{"path": p} for p in paths]}
    assert route.calls.last.request.headers["SC-Unit-System"] == "metric"

    odometer = result["/odometer"].result()
    assert odometer.distance == 37829
    assert odometer.meta.data_age == datetime(2019, 10, 24, 0, 43, 46, tzinfo=UTC)
    assert odometer.meta.request_id == "batch-1"

    oil_error = result["/engine/oil"].error
    assert (oil_error.type, oil_error.code, oil_error.status, oil_error.retry_after) == (
        "RATE_LIMIT",
        "VEHICLE",
        429,
        999,
    )
    assert result["/diagnostics/dtcs"].error.code == "SMARTCAR_NOT_CAPABLE"
    assert result["/"].result().make == "FORD"
    assert result["/vin"].error.type == "MALFORMED_RESPONSE"
    assert result["/diagnostics/system_status"].error.type == "MALFORMED_RESPONSE"  # missing from the answer
    assert len(result) == 6
    assert result.meta.request_id == "batch-1"


@pytest.mark.asyncio
async def test_batch_refuses_paths_it_cannot_read(http):
    with pytest.raises(ValueError, match="/location"):
        await client(http).batch(ACCESS_TOKEN, VEHICLE, ["/odometer", "/location"])
