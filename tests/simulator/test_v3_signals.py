"""`/v3/vehicles/{id}` and its signals: values equal to the v2 answers at the same simulated moment,
per-signal errors that never fail the call, sc-user-id, and each knob's two readings."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from simulator_support import v3_headers
from wire_format import ISO_MS_Z, by_code, epoch_ms, parse_iso

from shopapp.simulator import SIGNALS, Powertrain
from shopapp.simulator.capabilities import (
    DTC_MAKES,
    OIL_UNSUPPORTED_MAKES,
    SERVICE_HISTORY_MAKES,
    SYSTEM_STATUS_MAKES,
)
from shopapp.simulator.signals import SYSTEM_SIGNALS

pytestmark = pytest.mark.asyncio


def bodies(body: dict) -> dict[str, dict]:
    """The SUCCESS signals' bodies by code."""
    return {
        code: item["attributes"]["body"]
        for code, item in by_code(body).items()
        if item["attributes"]["status"] == {"value": "SUCCESS"}
    }


def errors_of(body: dict) -> dict[str, tuple[str, str | None]]:
    """The failed signals' (type, code) by code."""
    found = {}
    for code, item in by_code(body).items():
        status = item["attributes"]["status"]
        if status["value"] == "ERROR":
            assert "body" not in item["attributes"]
            assert status["error"]["description"]
            found[code] = (status["error"]["type"], status["error"]["code"])
    return found


class Owner:
    """A connected owner, seen through both APIs."""

    def __init__(self, client, sim, app_token, vehicle, scopes=None):
        self.client = client
        kwargs = {} if scopes is None else {"scopes": scopes}
        self.v2 = {"Authorization": f"Bearer {sim.connect(vehicle.owner_id, **kwargs).access_token}"}
        self.v3 = v3_headers(app_token, vehicle.owner_id)
        self.vehicle = vehicle

    async def signals(self, **headers):
        answer = await self.client.get(
            f"/v3/vehicles/{self.vehicle.id}/signals", headers={**self.v3, **headers}
        )
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/json"
        return answer

    async def v2_get(self, path, **params):
        answer = await self.client.get(
            f"/v2.0/vehicles/{self.vehicle.id}{path}", headers=self.v2, params=params
        )
        return answer


@pytest.fixture
def owner_of(client, sim, app_token):
    return lambda vehicle, scopes=None: Owner(client, sim, app_token, vehicle, scopes)


async def test_values_equal_the_v2_answers_at_the_same_moment(owner_of, vehicle_where, sim):
    car = vehicle_where(
        lambda v: (
            v.make in DTC_MAKES
            and v.dtc_rate > 0
            and v.powertrain is not Powertrain.EV
            and not v.withheld_scopes
        )
    )
    owner = owner_of(car)
    seen = set()
    for _ in range(4):
        answer = await owner.signals()
        signals, v3 = bodies(answer.json()), answer.json()
        odometer = await owner.v2_get("/odometer")
        assert signals["odometer-traveleddistance"] == {"unit": "km", "value": odometer.json()["distance"]}
        oil = (await owner.v2_get("/engine/oil")).json()["lifeRemaining"]
        assert signals["internalcombustionengine-oillife"]["unit"] == "percent"
        assert signals["internalcombustionengine-oillife"]["value"] == pytest.approx(oil * 100)
        assert 0 <= signals["internalcombustionengine-oillife"]["value"] <= 100
        dtcs = (await owner.v2_get("/diagnostics/dtcs")).json()["activeCodes"]
        assert signals["diagnostics-dtclist"] == {"values": dtcs}
        assert signals["diagnostics-dtccount"] == {"unit": "count", "value": len(dtcs)}
        seen.update(dtc["code"] for dtc in dtcs)
        systems = (await owner.v2_get("/diagnostics/system_status")).json()["systems"]
        assert {
            SYSTEM_SIGNALS[s["systemId"]][0]: {"status": s["status"], "description": s["description"]}
            for s in systems
        } == {code: body for code, body in signals.items() if code in {c for c, _ in SYSTEM_SIGNALS.values()}}
        assert signals["vehicleidentification-vin"] == {"value": (await owner.v2_get("/vin")).json()["vin"]}
        # oemUpdatedAt is the moment the car recorded them: v2's SC-Data-Age.
        for item in v3["data"]:
            assert item["meta"]["retrievedAt"] == epoch_ms(odometer.headers["SC-Fetched-At"])
            if item["id"] in signals:
                assert item["meta"]["oemUpdatedAt"] == epoch_ms(odometer.headers["SC-Data-Age"])
        assert answer.headers["SC-Data-Age"] == odometer.headers["SC-Data-Age"]
        sim.clock.advance(timedelta(days=23))
        sim.expire_app_tokens()
        owner.v3 = v3_headers(sim.tokens.issue_app_token(sim.clock.timestamp())[0], car.owner_id)
        owner.v2 = {"Authorization": f"Bearer {sim.connect(car.owner_id).access_token}"}
    assert seen  # the car had trouble codes on some of those days


async def test_imperial_odometer(owner_of, vehicle_where):
    owner = owner_of(vehicle_where(lambda v: not v.withheld_scopes))
    answer = await owner.signals(**{"SC-Unit-System": "imperial"})
    assert answer.headers["SC-Unit-System"] == "imperial"
    v2 = await owner.client.get(
        f"/v2.0/vehicles/{owner.vehicle.id}/odometer", headers={**owner.v2, "SC-Unit-System": "imperial"}
    )
    assert bodies(answer.json())["odometer-traveleddistance"] == {
        "unit": "mi",
        "value": v2.json()["distance"],
    }


async def test_service_records_are_the_v2_history(owner_of, vehicle_where):
    car = vehicle_where(
        lambda v: v.make in SERVICE_HISTORY_MAKES and v.km_per_day > 20 and not v.withheld_scopes
    )
    owner = owner_of(car)
    records = bodies((await owner.signals()).json())["service-records"]["values"]
    history = (await owner.v2_get("/service/history", startDate="2000-01-01")).json()
    assert len(records) == len(history) > 2
    for record, v2 in zip(records, history, strict=True):
        assert record == {
            "id": v2["serviceId"],
            "time": v2["serviceDate"],
            "odometer": v2["odometerDistance"],
            "tasks": [{"id": t["taskId"], "description": t["taskDescription"]} for t in v2["serviceTasks"]],
            "details": [{"id": d["type"], "description": d["value"]} for d in v2["serviceDetails"]],
            "cost": {"amount": v2["serviceCost"]["totalCost"], "currency": v2["serviceCost"]["currency"]},
        }
    last_year = (await owner.v2_get("/service/history")).json()
    assert {r["serviceId"] for r in last_year} <= {r["id"] for r in records}


async def test_a_car_that_cannot_give_a_signal_says_so_per_signal(owner_of, vehicle_where):
    electric = owner_of(vehicle_where(lambda v: v.powertrain is Powertrain.EV and not v.withheld_scopes))
    not_capable = ("COMPATIBILITY", "VEHICLE_NOT_CAPABLE")
    failed = errors_of((await electric.signals()).json())
    assert failed["internalcombustionengine-oillife"] == not_capable
    assert (await electric.v2_get("/engine/oil")).status_code == 501

    other = vehicle_where(
        lambda v: (
            v.make not in DTC_MAKES | SYSTEM_STATUS_MAKES | SERVICE_HISTORY_MAKES | OIL_UNSUPPORTED_MAKES
            and v.powertrain is not Powertrain.EV
            and not v.withheld_scopes
        )
    )
    answer = await owner_of(other).signals()
    failed = errors_of(answer.json())
    system_codes = {SYSTEM_SIGNALS[s][0] for s in other.systems}
    assert set(failed) == {"diagnostics-dtccount", "diagnostics-dtclist", "service-records", *system_codes}
    assert set(failed.values()) == {not_capable}
    assert set(bodies(answer.json())) == {
        "odometer-traveleddistance",
        "internalcombustionengine-oillife",
        "vehicleidentification-vin",
    }


async def test_a_scope_not_granted_is_a_permission_error_per_signal(owner_of, vehicle_where):
    car = vehicle_where(lambda v: v.make in DTC_MAKES and v.powertrain is not Powertrain.EV)
    answer = await owner_of(car, ["read_odometer", "read_vehicle_info"]).signals()
    assert set(bodies(answer.json())) == {"odometer-traveleddistance"}
    failed = errors_of(answer.json())
    assert failed["vehicleidentification-vin"] == ("PERMISSION", None)
    assert failed["internalcombustionengine-oillife"] == ("PERMISSION", None)
    assert failed["diagnostics-dtclist"] == ("PERMISSION", None)
    status = by_code(answer.json())["vehicleidentification-vin"]["attributes"]["status"]
    assert status["error"]["resolution"] == {"type": "REAUTHENTICATE"}


async def test_a_permission_withheld_on_one_car(owner_of, vehicle_where):
    car = vehicle_where(lambda v: bool(v.withheld_scopes))
    answer = await owner_of(car).signals()
    failed = errors_of(answer.json())
    withheld = {
        item["id"] for item in answer.json()["data"] if SIGNALS[item["id"]].scope in car.withheld_scopes
    }
    assert withheld
    assert {code: failed[code] for code in withheld} == dict.fromkeys(withheld, ("PERMISSION", None))


async def test_sc_user_id_is_required(client, sim, app_token):
    owner = sim.customers[0]
    sim.connect(owner.id)
    car = owner.vehicle_ids[0]
    for path in (f"/v3/vehicles/{car}/signals", f"/v3/vehicles/{car}/signals/vehicleidentification-vin"):
        answer = await client.get(path, headers=v3_headers(app_token))
        assert answer.status_code == 400
        body = answer.json()
        assert (body["type"], body["code"], body["description"]) == (
            "VALIDATION",
            "MISSING_PARAMETER",
            "missing userId",
        )
        assert body["requestId"] == answer.headers["SC-Request-Id"]
    assert sim.v3_requests_missing_user_id == 2
    # Not required on the vehicle itself.
    assert (await client.get(f"/v3/vehicles/{car}", headers=v3_headers(app_token))).status_code == 200
    assert sim.v3_requests_missing_user_id == 2
    assert sim.v3_vehicle_requests == {"signals": 1, "signal": 1, "vehicle": 1}


async def test_another_users_vehicle_is_403(client, sim, app_token):
    mine, theirs = sim.customers[0], sim.customers[1]
    sim.connect(mine.id)
    sim.connect(theirs.id)
    answer = await client.get(
        f"/v3/vehicles/{theirs.vehicle_ids[0]}/signals", headers=v3_headers(app_token, mine.id)
    )
    assert answer.status_code == 403
    body = answer.json()
    assert (body["type"], body["code"], body["statusCode"]) == ("PERMISSION", None, 403)
    assert body["description"] == "This user has not connected this vehicle to the application."
    unknown = await client.get("/v3/vehicles/nope/signals", headers=v3_headers(app_token, mine.id))
    assert unknown.status_code == 403
    never = sim.customers[2]
    not_connected = await client.get(f"/v3/vehicles/{never.vehicle_ids[0]}", headers=v3_headers(app_token))
    assert not_connected.status_code == 403


async def test_one_signal_unwrapped_and_unknown_codes(client, sim, app_token, vehicle_where):
    car = vehicle_where(lambda v: v.powertrain is not Powertrain.EV and not v.withheld_scopes)
    sim.connect(car.owner_id)
    headers = v3_headers(app_token, car.owner_id)
    everything = by_code((await client.get(f"/v3/vehicles/{car.id}/signals", headers=headers)).json())
    one = await client.get(f"/v3/vehicles/{car.id}/signals/odometer-traveleddistance", headers=headers)
    assert one.status_code == 200
    assert one.json() == everything["odometer-traveleddistance"]
    assert set(one.json()) == {"id", "type", "attributes", "meta", "links"}
    assert (
        one.json()["links"]["self"]
        == f"http://simulator.test/v3/vehicles/{car.id}/signals/odometer-traveleddistance"
    )
    # A real code this car has no system for: a per-signal error, not a failed call.
    lacking = next(code for system, (code, _) in SYSTEM_SIGNALS.items() if system not in car.systems)
    assert lacking in SIGNALS
    answer = await client.get(f"/v3/vehicles/{car.id}/signals/{lacking}", headers=headers)
    assert answer.status_code == 200
    assert answer.json()["attributes"]["status"]["error"]["code"] == "VEHICLE_NOT_CAPABLE"
    for unknown in ("vin", "location-isathome"):
        missing = await client.get(f"/v3/vehicles/{car.id}/signals/{unknown}", headers=headers)
        assert missing.status_code == 404
        assert missing.json()["type"] == "RESOURCE_NOT_FOUND"


async def test_the_vehicle_and_the_signals_envelope(client, sim, app_token, vehicle_where):
    car = vehicle_where(lambda v: v.powertrain is Powertrain.EV)
    sim.connect(car.owner_id)
    vehicle = await client.get(f"/v3/vehicles/{car.id}", headers=v3_headers(app_token))
    expected = {
        "id": car.id,
        "type": "vehicle",
        "attributes": {
            "make": car.make,
            "model": car.model,
            "year": car.year,
            "powertrainType": "BEV",
            "mode": "live",
        },
        "links": {"self": f"http://simulator.test/v3/vehicles/{car.id}"},
    }
    assert vehicle.json() == {"data": expected}
    assert car.vin not in vehicle.text
    body = (
        await client.get(f"/v3/vehicles/{car.id}/signals", headers=v3_headers(app_token, car.owner_id))
    ).json()
    count = len(body["data"])
    assert body["meta"] == {"pageNumber": 1, "pageSize": count, "totalCount": count}
    link = f"http://simulator.test/v3/vehicles/{car.id}/signals"
    assert body["links"] == {"self": link, "first": link, "prev": None, "next": None, "last": link}
    assert body["included"] == {"vehicle": expected}
    for item in body["data"]:
        assert item["id"] == item["attributes"]["code"]
        assert item["type"] == "signal"
        assert item["attributes"]["group"]
        assert item["attributes"]["name"]
        assert item["links"]["vehicle"] == f"http://simulator.test/v3/vehicles/{car.id}"


@pytest.mark.parametrize(
    ("style", "check"),
    [
        ("ms", lambda value, moment: value == round(moment.timestamp() * 1000)),
        ("seconds", lambda value, moment: value == int(moment.timestamp())),
        ("iso", lambda value, moment: ISO_MS_Z.match(value) and epoch_ms(value) == moment.timestamp() * 1000),
    ],
)
async def test_timestamp_readings(owner_of, vehicle_where, sim, style, check):
    owner = owner_of(vehicle_where(lambda v: not v.withheld_scopes))
    sim.config.v3_timestamps = style
    answer = await owner.signals()
    recorded = parse_iso(answer.headers["SC-Data-Age"])
    for item in answer.json()["data"]:
        assert check(item["meta"]["retrievedAt"], sim.clock.now())
        if item["attributes"]["status"]["value"] == "SUCCESS":
            assert check(item["meta"]["oemUpdatedAt"], recorded)
            assert ("ingestedAt" in item["meta"]) == (style == "iso")
    assert recorded.tzinfo == UTC


async def test_long_unit_spelling_and_early_paging_meta(owner_of, vehicle_where, sim):
    owner = owner_of(
        vehicle_where(
            lambda v: (
                v.powertrain is not Powertrain.EV
                and v.make not in OIL_UNSUPPORTED_MAKES
                and not v.withheld_scopes
            )
        )
    )
    sim.config.v3_unit_spelling = "long"
    sim.config.v3_paging_meta = "page"
    body = (await owner.signals()).json()
    assert bodies(body)["odometer-traveleddistance"]["unit"] == "kilometers"
    assert bodies(body)["internalcombustionengine-oillife"]["unit"] == "percentage"
    assert set(body["meta"]) == {"page", "pageSize", "totalCount"}
    imperial = (await owner.signals(**{"SC-Unit-System": "imperial"})).json()
    assert bodies(imperial)["odometer-traveleddistance"]["unit"] == "miles"
    with pytest.raises(ValueError, match="v3_unit_spelling"):
        sim.config.v3_unit_spelling = "medium"


async def test_a_bad_unit_system_is_400(client, sim, app_token):
    owner = sim.customers[0]
    sim.connect(owner.id)
    answer = await client.get(
        f"/v3/vehicles/{owner.vehicle_ids[0]}/signals",
        headers=v3_headers(app_token, owner.id, **{"SC-Unit-System": "furlongs"}),
    )
    assert (answer.status_code, answer.json()["type"]) == (400, "VALIDATION")


async def test_vehicle_tokens_only_in_sdk_mode(client, sim, connect):
    connected = await connect()
    car = connected.vehicle_ids[0]
    path = f"/v3/vehicles/{car}/signals"
    assert (await client.get(path, headers=connected.headers)).status_code == 401
    sim.config.v3_accept_vehicle_tokens = True
    answer = await client.get(path, headers=connected.headers)
    assert answer.status_code == 200
    assert sim.v3_requests_missing_user_id == 0
    assert (await client.get(f"/v3/vehicles/{car}", headers=connected.headers)).status_code == 200
    # Still only the cars that token covers, and only its owner.
    other = next(c for c in sim.customers if c.id != connected.user_id)
    assert (
        await client.get(f"/v3/vehicles/{other.vehicle_ids[0]}/signals", headers=connected.headers)
    ).status_code == 403
    mismatch = {**connected.headers, "sc-user-id": other.id}
    assert (await client.get(path, headers=mismatch)).status_code == 403
    # Connections stay app-token only.
    assert (await client.get("/v3/connections", headers=connected.headers)).status_code == 401


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "unauthorized"),
        ({"sc-user-id": "someone"}, 403, "forbidden"),
    ],
)
async def test_jsonapi_error_shape(client, sim, app_token, headers, status, code):
    sim.config.v3_error_shape = "jsonapi"
    sim.connect(sim.customers[0].id)
    car = sim.customers[0].vehicle_ids[0]
    auth = v3_headers(app_token) if headers else {}
    answer = await client.get(f"/v3/vehicles/{car}/signals", headers={**auth, **headers})
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["SC-Request-Id"]
    [error] = answer.json()["errors"]
    assert (error["status"], error["code"]) == (str(status), code)
    assert error["title"]
    assert error["detail"]
    missing = await client.get(f"/v3/vehicles/{car}/signals", headers=v3_headers(app_token))
    assert missing.json()["errors"][0] == {
        "status": "400",
        "code": "bad_request",
        "title": "Bad Request",
        "detail": "missing userId",
        "links": {"about": "https://smartcar.com/docs/errors/api-errors/validation-errors#missing-parameter"},
    }
    assert (await client.get("/v3/nothing", headers=v3_headers(app_token))).json()["errors"][0][
        "code"
    ] == "not_found"
