"""The v2 API in-process: routing, headers, scopes, per-make capabilities, units, paging, history, batch."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from simulator_support import START
from wire_format import ISO_MS_Z, parse_iso

from shopapp.simulator import Powertrain, create_app
from shopapp.simulator.capabilities import (
    DTC_MAKES,
    FCA_MAKES,
    GM_MAKES,
    OIL_UNSUPPORTED_MAKES,
    SERVICE_HISTORY_MAKES,
    SYSTEM_STATUS_MAKES,
)

pytestmark = pytest.mark.asyncio


def assert_error(answer, status, type_, code, resolution=None):
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert body["type"] == type_
    assert body["code"] == code
    assert body["statusCode"] == status
    assert body["requestId"] == answer.headers["SC-Request-Id"]
    assert body["resolution"] == {"type": resolution}
    assert body["description"]
    assert body["docURL"].startswith("https://smartcar.com/docs/errors/")
    assert "suggestedUserMessage" in body
    return body


def compatibility_body(code: str, request_id: str) -> dict:
    descriptions = {
        "VEHICLE_NOT_CAPABLE": "The vehicle is incapable of performing your request.",
        "SMARTCAR_NOT_CAPABLE": "Smartcar does not yet support this request for this vehicle.",
    }
    return {
        "type": "COMPATIBILITY",
        "code": code,
        "description": descriptions[code],
        "docURL": "https://smartcar.com/docs/errors/api-errors/compatibility-errors#"
        + code.lower().replace("_", "-"),
        "statusCode": 501,
        "requestId": request_id,
        "resolution": {"type": None},
        "suggestedUserMessage": "Your car is unable to perform this request.",
    }


async def test_success_headers(connect, client, sim):
    connected = await connect()
    vehicle_id = connected.vehicle_ids[0]
    answer = await client.get(f"/v2.0/vehicles/{vehicle_id}/odometer", headers=connected.headers)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert uuid.UUID(answer.headers["SC-Request-Id"]).version == 4
    assert ISO_MS_Z.match(answer.headers["SC-Data-Age"])
    assert ISO_MS_Z.match(answer.headers["SC-Fetched-At"])
    data_age, fetched = parse_iso(answer.headers["SC-Data-Age"]), parse_iso(answer.headers["SC-Fetched-At"])
    assert START - timedelta(hours=1) < data_age <= fetched == START
    assert answer.headers["SC-Unit-System"] == "metric"
    assert answer.json() == {"distance": sim.reading(vehicle_id).odometer_km}


async def test_attributes_with_and_without_trailing_slash(connect, client, sim):
    connected = await connect()
    car = sim.vehicle(connected.vehicle_ids[0])
    expected = {"id": car.id, "make": car.make, "model": car.model, "year": car.year}
    for path in (f"/v2.0/vehicles/{car.id}", f"/v2.0/vehicles/{car.id}/"):
        answer = await client.get(path, headers=connected.headers)
        assert answer.json() == expected
    assert isinstance(expected["year"], int)
    vin = await client.get(f"/v2.0/vehicles/{car.id}/vin", headers=connected.headers)
    assert vin.json() == {"vin": car.vin}


async def test_any_numeric_version_works_and_others_are_404(connect, client):
    connected = await connect()
    assert (await client.get("/v99999999.99/vehicles", headers=connected.headers)).status_code == 200
    assert_error(
        await client.get("/vabc/vehicles", headers=connected.headers), 404, "RESOURCE_NOT_FOUND", "VERSION"
    )
    assert_error(
        await client.get("/v2/vehicles", headers=connected.headers), 404, "RESOURCE_NOT_FOUND", "VERSION"
    )
    for path in ("/v2.0/nothing", "/", "/v2.0/vehicles/x/fuel/level", "/robots.txt"):
        assert_error(await client.get(path, headers=connected.headers), 404, "RESOURCE_NOT_FOUND", "PATH")
    assert_error(
        await client.post("/v2.0/vehicles", headers=connected.headers), 404, "RESOURCE_NOT_FOUND", "PATH"
    )


@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer nope", "Basic abc", "bearer "])
async def test_missing_or_unknown_token_is_401(client, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    body = assert_error(
        await client.get("/v2.0/vehicles", headers=headers), 401, "AUTHENTICATION", None, "REAUTHENTICATE"
    )
    assert "nope" not in str(body)


async def test_vehicles_paging(client, sim):
    every = list(sim.fleet.vehicles)
    pair = sim.connect(sim.customers[0].id, vehicle_ids=every)  # a fleet account sharing all 24 cars
    headers = {"Authorization": f"Bearer {pair.access_token}"}
    first = (await client.get("/v2.0/vehicles", headers=headers)).json()
    assert first == {"paging": {"count": 24, "offset": 0}, "vehicles": every[:10]}
    page = (await client.get("/v2.0/vehicles", params={"limit": 5, "offset": 20}, headers=headers)).json()
    assert page == {"paging": {"count": 24, "offset": 20}, "vehicles": every[20:]}
    most = (await client.get("/v2.0/vehicles", params={"limit": 50}, headers=headers)).json()
    assert most["vehicles"] == every
    for bad in ({"limit": 51}, {"limit": 0}, {"limit": "ten"}, {"offset": -1}):
        answer = await client.get("/v2.0/vehicles", params=bad, headers=headers)
        body = assert_error(answer, 400, "VALIDATION", "PARAMETER")
        assert body["detail"][0]["field"] in bad


async def test_a_car_outside_the_token_is_a_permission_error(connect, client, sim):
    connected = await connect()
    foreign = next(v for v in sim.fleet.vehicles if v not in connected.vehicle_ids)
    for vehicle_id in (foreign, str(uuid.uuid4())):
        answer = await client.get(f"/v2.0/vehicles/{vehicle_id}/odometer", headers=connected.headers)
        assert_error(answer, 403, "PERMISSION", None, "REAUTHENTICATE")


async def test_scope_not_granted_is_403(connect, client):
    connected = await connect(scope=["read_vehicle_info"])
    vehicle_id = connected.vehicle_ids[0]
    assert (await client.get(f"/v2.0/vehicles/{vehicle_id}", headers=connected.headers)).status_code == 200
    for path in (
        "vin",
        "odometer",
        "engine/oil",
        "diagnostics/dtcs",
        "diagnostics/system_status",
        "service/history",
    ):
        answer = await client.get(f"/v2.0/vehicles/{vehicle_id}/{path}", headers=connected.headers)
        assert_error(answer, 403, "PERMISSION", None, "REAUTHENTICATE")
    permissions = await client.get(f"/v2.0/vehicles/{vehicle_id}/permissions", headers=connected.headers)
    assert permissions.json() == {"permissions": ["read_vehicle_info"], "paging": {"count": 1, "offset": 0}}


async def test_permission_the_owner_withheld_is_403(connect, client, vehicle_where):
    car = vehicle_where(lambda v: bool(v.withheld_scopes))
    connected = await connect(owner=car.owner_id)
    scope = next(iter(car.withheld_scopes))
    path = {
        "read_engine_oil": "engine/oil",
        "read_service_history": "service/history",
        "read_diagnostics": "diagnostics/dtcs",
        "read_vin": "vin",
    }[scope]
    answer = await client.get(f"/v2.0/vehicles/{car.id}/{path}", headers=connected.headers)
    assert_error(answer, 403, "PERMISSION", None, "REAUTHENTICATE")
    permissions = (await client.get(f"/v2.0/vehicles/{car.id}/permissions", headers=connected.headers)).json()
    assert scope not in permissions["permissions"]
    assert permissions["paging"]["count"] == 5


async def test_permissions_paging(connect, client):
    connected = await connect()
    vehicle_id = connected.vehicle_ids[0]
    answer = await client.get(
        f"/v2.0/vehicles/{vehicle_id}/permissions",
        params={"limit": 2, "offset": 1},
        headers=connected.headers,
    )
    body = answer.json()
    assert body["paging"]["offset"] == 1
    assert len(body["permissions"]) == 2
    assert body["paging"]["count"] >= 5


CASES = [
    # (description, vehicle filter, path, expected 501 code or None for 200)
    ("EV engine oil", lambda v: v.powertrain is Powertrain.EV, "engine/oil", "VEHICLE_NOT_CAPABLE"),
    (
        "oil-unsupported make",
        lambda v: v.make in OIL_UNSUPPORTED_MAKES and v.powertrain is not Powertrain.EV,
        "engine/oil",
        "SMARTCAR_NOT_CAPABLE",
    ),
    ("GM engine oil", lambda v: v.make in GM_MAKES and v.powertrain is Powertrain.ICE, "engine/oil", None),
    ("GM DTCs", lambda v: v.make in DTC_MAKES, "diagnostics/dtcs", None),
    ("FCA DTCs", lambda v: v.make in FCA_MAKES, "diagnostics/dtcs", "SMARTCAR_NOT_CAPABLE"),
    ("FCA system status", lambda v: v.make in FCA_MAKES, "diagnostics/system_status", None),
    (
        "system status elsewhere",
        lambda v: v.make not in SYSTEM_STATUS_MAKES,
        "diagnostics/system_status",
        "SMARTCAR_NOT_CAPABLE",
    ),
    ("history at Ford/Toyota/...", lambda v: v.make in SERVICE_HISTORY_MAKES, "service/history", None),
    (
        "history elsewhere",
        lambda v: v.make not in SERVICE_HISTORY_MAKES,
        "service/history",
        "SMARTCAR_NOT_CAPABLE",
    ),
]


@pytest.mark.parametrize(("case", "predicate", "path", "code"), CASES, ids=[c[0] for c in CASES])
async def test_per_make_capabilities(connect, client, vehicle_where, case, predicate, path, code):
    car = vehicle_where(lambda v: predicate(v) and not v.withheld_scopes)
    connected = await connect(owner=car.owner_id)
    answer = await client.get(f"/v2.0/vehicles/{car.id}/{path}", headers=connected.headers)
    if code is None:
        assert answer.status_code == 200, answer.text
    else:
        assert answer.status_code == 501
        assert answer.headers["content-type"] == "application/json"
        assert answer.json() == compatibility_body(code, answer.headers["SC-Request-Id"])


async def test_data_bodies_match_the_simulators_truth(connect, client, vehicle_where, sim):
    car = vehicle_where(
        lambda v: v.make in DTC_MAKES and v.powertrain is Powertrain.ICE and not v.withheld_scopes
    )
    connected = await connect(owner=car.owner_id)
    truth = sim.reading(car.id)
    oil = (await client.get(f"/v2.0/vehicles/{car.id}/engine/oil", headers=connected.headers)).json()
    assert oil == {"lifeRemaining": truth.oil_life}
    assert 0 <= oil["lifeRemaining"] <= 1
    dtcs = (await client.get(f"/v2.0/vehicles/{car.id}/diagnostics/dtcs", headers=connected.headers)).json()
    assert [c["code"] for c in dtcs["activeCodes"]] == [code for code, _ in truth.trouble_codes]
    for entry in dtcs["activeCodes"]:
        assert entry["timestamp"] is None or ISO_MS_Z.match(entry["timestamp"])
    status = (
        await client.get(f"/v2.0/vehicles/{car.id}/diagnostics/system_status", headers=connected.headers)
    ).json()
    assert [(s["systemId"], s["status"], s["description"]) for s in status["systems"]] == list(truth.systems)
    assert {s["status"] for s in status["systems"]} <= {"OK", "ALERT"}


@pytest.mark.parametrize("units", ["imperial", "Imperial", "IMPERIAL"])
async def test_unit_system_changes_the_odometer_only(connect, client, sim, units):
    connected = await connect()
    vehicle_id = connected.vehicle_ids[0]
    metric = await client.get(f"/v2.0/vehicles/{vehicle_id}/odometer", headers=connected.headers)
    imperial = await client.get(
        f"/v2.0/vehicles/{vehicle_id}/odometer", headers={**connected.headers, "SC-Unit-System": units}
    )
    assert imperial.headers["SC-Unit-System"] == "imperial"
    assert metric.headers["SC-Unit-System"] == "metric"
    km, miles = metric.json()["distance"], imperial.json()["distance"]
    assert miles == pytest.approx(km / 1.609344, abs=0.01)
    truth = sim.reading(vehicle_id)
    assert (km, miles) == (truth.odometer_km, truth.odometer_miles)


async def test_unknown_unit_system_is_a_validation_error(connect, client):
    connected = await connect()
    headers = {**connected.headers, "SC-Unit-System": "furlongs"}
    answer = await client.get(f"/v2.0/vehicles/{connected.vehicle_ids[0]}/odometer", headers=headers)
    assert_error(answer, 400, "VALIDATION", "PARAMETER")


async def test_service_history_stays_in_kilometres(connect, client, vehicle_where):
    car = vehicle_where(lambda v: v.make in SERVICE_HISTORY_MAKES and not v.withheld_scopes)
    connected = await connect(owner=car.owner_id)
    url = f"/v2.0/vehicles/{car.id}/service/history"
    params = {"start_date": "2023-01-01"}
    metric = (await client.get(url, params=params, headers=connected.headers)).json()
    imperial = (
        await client.get(url, params=params, headers={**connected.headers, "SC-Unit-System": "imperial"})
    ).json()
    assert metric == imperial
    assert metric


async def history_car(connect, vehicle_where):
    car = vehicle_where(
        lambda v: v.make in SERVICE_HISTORY_MAKES and not v.withheld_scopes and v.km_per_day > 20
    )
    return car, await connect(owner=car.owner_id)


async def test_service_history_window_accepts_both_spellings(connect, client, vehicle_where):
    car, connected = await history_car(connect, vehicle_where)
    url = f"/v2.0/vehicles/{car.id}/service/history"
    snake = await client.get(
        url, params={"start_date": "2024-01-01", "end_date": "2025-06-30"}, headers=connected.headers
    )
    camel = await client.get(
        url, params={"startDate": "2024-01-01", "endDate": "2025-06-30"}, headers=connected.headers
    )
    assert snake.status_code == camel.status_code == 200
    records = snake.json()
    assert isinstance(records, list)
    assert records
    assert records == camel.json()
    for record in records:
        assert "2024-01-01T00:00:00" <= record["serviceDate"] <= "2025-06-30T23:59:59.999Z"
        assert ISO_MS_Z.match(record["serviceDate"])
        assert set(record) == {
            "serviceId",
            "odometerDistance",
            "serviceDate",
            "serviceTasks",
            "serviceDetails",
            "serviceCost",
        }
        assert set(record["serviceCost"]) == {"totalCost", "currency"}
        assert all(set(task) == {"taskId", "taskDescription"} for task in record["serviceTasks"])
    iso = await client.get(
        url,
        params={"startDate": "2024-01-01T00:00:00.000Z", "endDate": "2025-06-30T23:59:59.999Z"},
        headers=connected.headers,
    )
    assert iso.json() == records


async def test_service_history_defaults_to_the_last_year(connect, client, vehicle_where):
    car, connected = await history_car(connect, vehicle_where)
    records = (await client.get(f"/v2.0/vehicles/{car.id}/service/history", headers=connected.headers)).json()
    assert records
    for record in records:
        assert START - timedelta(days=365) <= parse_iso(record["serviceDate"]) <= START


@pytest.mark.parametrize(
    "params",
    [
        {"start_date": "yesterday"},
        {"endDate": "2024-13-01"},
        {"start_date": "2025-01-02", "end_date": "2025-01-01"},
    ],
)
async def test_bad_service_history_dates_are_validation_errors(connect, client, vehicle_where, params):
    car, connected = await history_car(connect, vehicle_where)
    answer = await client.get(
        f"/v2.0/vehicles/{car.id}/service/history", params=params, headers=connected.headers
    )
    assert_error(answer, 400, "VALIDATION", "PARAMETER")


async def test_disconnect_removes_the_car_from_the_token(connect, client, sim, vehicle_where):
    car = vehicle_where(lambda v: len(sim.fleet.customer(v.owner_id).vehicle_ids) > 1)
    connected = await connect(owner=car.owner_id)
    answer = await client.delete(f"/v2.0/vehicles/{car.id}/application", headers=connected.headers)
    assert answer.status_code == 200
    assert answer.json() == {"status": "success"}
    assert answer.headers["SC-Request-Id"]
    remaining = (await client.get("/v2.0/vehicles", headers=connected.headers)).json()
    assert car.id not in remaining["vehicles"]
    assert remaining["paging"]["count"] == len(connected.vehicle_ids) - 1
    after = await client.get(f"/v2.0/vehicles/{car.id}/odometer", headers=connected.headers)
    assert_error(after, 403, "PERMISSION", None, "REAUTHENTICATE")


async def test_batch_returns_one_entry_per_path_each_with_headers(connect, client, sim, vehicle_where):
    car = vehicle_where(lambda v: v.powertrain is Powertrain.EV and not v.withheld_scopes)
    connected = await connect(owner=car.owner_id)
    paths = ["/odometer", "/engine/oil", "/", "/vin", "/no/such/thing", "diagnostics/dtcs"]
    answer = await client.post(
        f"/v2.0/vehicles/{car.id}/batch",
        json={"requests": [{"path": p} for p in paths]},
        headers={**connected.headers, "SC-Unit-System": "imperial"},
    )
    assert answer.status_code == 200
    assert answer.headers["SC-Request-Id"]
    entries = answer.json()["responses"]
    assert [e["path"] for e in entries] == paths
    assert all(isinstance(e["headers"], dict) for e in entries)
    by_path = {e["path"]: e for e in entries}
    odometer = by_path["/odometer"]
    assert odometer["code"] == 200
    assert odometer["body"] == {"distance": sim.reading(car.id).odometer_miles}
    assert odometer["headers"]["sc-unit-system"] == "imperial"
    assert ISO_MS_Z.match(odometer["headers"]["sc-data-age"])
    assert by_path["/engine/oil"]["code"] == 501
    assert by_path["/engine/oil"]["body"]["code"] == "VEHICLE_NOT_CAPABLE"
    assert by_path["/"]["body"] == {"id": car.id, "make": car.make, "model": car.model, "year": car.year}
    assert by_path["/vin"]["body"] == {"vin": car.vin}
    missing = by_path["/no/such/thing"]
    assert missing["code"] == 404
    assert (missing["body"]["type"], missing["body"]["code"]) == (
        "RESOURCE_NOT_FOUND",
        "PATH",
    )
    expected_dtc = 200 if car.make in DTC_MAKES else 501
    assert by_path["diagnostics/dtcs"]["code"] == expected_dtc


async def test_batch_item_over_the_vehicle_rate_limit_carries_retry_after(connect, client, sim):
    sim.config.vehicle_rate_limit = 2
    sim.config.vehicle_rate_window_s = 30
    connected = await connect()
    vehicle_id = connected.vehicle_ids[0]
    answer = await client.post(
        f"/v2.0/vehicles/{vehicle_id}/batch",
        json={"requests": [{"path": "/odometer"}, {"path": "/vin"}, {"path": "/"}]},
        headers=connected.headers,
    )
    entries = answer.json()["responses"]
    assert [e["code"] for e in entries] == [200, 200, 429]
    throttled = entries[2]
    assert throttled["headers"] == {"Retry-After": 30}
    assert (throttled["body"]["type"], throttled["body"]["code"]) == ("RATE_LIMIT", "VEHICLE")
    assert throttled["body"]["resolution"] == {"type": "RETRY_LATER"}


async def test_batch_items_can_carry_a_query(connect, client, vehicle_where):
    car, connected = await history_car(connect, vehicle_where)
    answer = await client.post(
        f"/v2.0/vehicles/{car.id}/batch",
        json={"requests": [{"path": "/service/history?start_date=2023-01-01&end_date=2026-11-22"}]},
        headers=connected.headers,
    )
    entry = answer.json()["responses"][0]
    assert entry["code"] == 200
    assert isinstance(entry["body"], list)
    assert entry["body"]


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        b'{"requests": []}',
        b'{"requests": "odometer"}',
        b'{"requests": [{"path": 3}]}',
        b"\xff",
    ],
)
async def test_bad_batch_bodies_are_validation_errors(connect, client, content):
    connected = await connect()
    answer = await client.post(
        f"/v2.0/vehicles/{connected.vehicle_ids[0]}/batch",
        content=content,
        headers={**connected.headers, "Content-Type": "application/json"},
    )
    assert_error(answer, 400, "VALIDATION", answer.json()["code"])


async def test_user_endpoint(connect, client, sim):
    connected = await connect()
    answer = await client.get("/v2.0/user", headers=connected.headers)
    assert answer.json() == {"id": connected.user_id}
    assert parse_iso(answer.headers["SC-Fetched-At"]) == START


async def test_odometer_grows_and_oil_wears_as_the_clock_moves(connect, client, sim, vehicle_where):
    car = vehicle_where(
        lambda v: (
            v.powertrain is Powertrain.ICE
            and v.make not in OIL_UNSUPPORTED_MAKES
            and not v.withheld_scopes
            and (sim.reading(v.id).oil_life or 0) > 0.2
        )
    )
    connected = await connect(owner=car.owner_id)
    url = f"/v2.0/vehicles/{car.id}"
    before_km = (await client.get(f"{url}/odometer", headers=connected.headers)).json()["distance"]
    before_oil = (await client.get(f"{url}/engine/oil", headers=connected.headers)).json()["lifeRemaining"]
    sim.clock.advance(timedelta(days=5))
    fresh = {"Authorization": f"Bearer {sim.connect(connected.user_id).access_token}"}
    after_km = (await client.get(f"{url}/odometer", headers=fresh)).json()["distance"]
    after_oil = (await client.get(f"{url}/engine/oil", headers=fresh)).json()["lifeRemaining"]
    assert after_km - before_km == pytest.approx(5 * car.km_per_day, rel=0.6)
    assert after_oil < before_oil


async def test_a_simulator_bug_still_answers_as_smartcar(sim, monkeypatch):
    def broken(*args):
        raise RuntimeError("bug")

    monkeypatch.setattr(sim.tokens, "grant_for_access_token", broken)
    transport = httpx.ASGITransport(app=create_app(sim), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://simulator.test") as http:
        answer = await http.get("/v2.0/vehicles", headers={"Authorization": "Bearer whatever"})
    assert_error(answer, 500, "SERVER", "INTERNAL", "RETRY_LATER")
