"""Smartcar's own Python SDK (6.19.1) against the simulator's v3 API: its v3 calls with a per-vehicle token
(the SDK's reading, `v3_accept_vehicle_tokens`), the GA path with an app token and sc-user-id through
`Vehicle.request()` (reference section 8.1), and every v3 error envelope parsed as section 5.1 says."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest
import smartcar
import smartcar.smartcar
from sdk_support import assert_car_rate_limited, ice_with_oil
from smartcar.exception import SmartcarException
from wire_format import by_code, epoch_ms

from shopapp.simulator import (
    DEMO_API_CLIENT_ID,
    DEMO_API_CLIENT_SECRET,
    FaultKind,
    Malformation,
    Powertrain,
)

pytestmark = pytest.mark.loopback


@pytest.fixture
def sdk_mode(sim):
    sim.config.v3_accept_vehicle_tokens = True


@pytest.fixture
def app_token(sdk_env: str) -> str:
    """The SDK has no client-credentials helper, so the app token comes over plain HTTP."""
    answer = httpx.post(
        f"{sdk_env}/oauth2/token",
        data={"grant_type": "client_credentials"},
        auth=(DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["access_token"]


def ga_request(vehicle_id: str, app_token: str, user_id: str | None, path: str = "signals"):
    """The workaround of section 8.1: SMARTCAR_API_ORIGIN = the v3 host, version "3", our own headers."""
    headers = {"Authorization": f"Bearer {app_token}"}
    if user_id is not None:
        headers["sc-user-id"] = user_id
    return smartcar.Vehicle(vehicle_id, app_token, {"version": "3"}).request("GET", path, headers=headers)


def raised(call) -> SmartcarException:
    with pytest.raises(SmartcarException) as caught:
        call()
    return caught.value


# --- the SDK's own v3 calls (per-vehicle token, no sc-user-id) -----------------------------------------


def test_get_signals_with_a_vehicle_token(connect, pick, sim, sdk_mode):
    car = pick(ice_with_oil)
    token = connect(car).access_token
    answer = smartcar.Vehicle(car.id, token).get_signals()
    assert set(answer) == {"body", "headers"}
    assert answer["headers"]["SC-Request-Id"]
    truth = sim.reading(car.id)
    signals = by_code(answer["body"])
    odometer = signals["odometer-traveleddistance"]
    assert odometer["attributes"]["body"] == {"unit": "km", "value": truth.odometer_km}
    assert odometer["meta"]["oemUpdatedAt"] == round(truth.recorded_at.timestamp() * 1000)
    oil = signals["internalcombustionengine-oillife"]["attributes"]["body"]
    assert oil["value"] == pytest.approx(truth.oil_life * 100)
    assert signals["vehicleidentification-vin"]["attributes"]["body"] == {"value": car.vin}
    assert answer["body"]["included"]["vehicle"]["id"] == car.id
    assert sim.v3_requests_missing_user_id == 0


def test_get_signal_and_get_vehicle(connect, pick, sdk_mode):
    car = pick(lambda v: v.powertrain is Powertrain.EV)
    token = connect(car).access_token
    one = smartcar.Vehicle(car.id, token).get_signal("odometer-traveleddistance")
    assert one["body"]["id"] == "odometer-traveleddistance"
    assert one["body"]["attributes"]["status"] == {"value": "SUCCESS"}
    oil = smartcar.Vehicle(car.id, token).get_signal("internalcombustionengine-oillife")["body"]
    assert oil["attributes"]["status"]["error"]["code"] == "VEHICLE_NOT_CAPABLE"
    vehicle = smartcar.smartcar.get_vehicle(token, car.id)
    assert vehicle["body"]["data"]["attributes"] == {
        "make": car.make,
        "model": car.model,
        "year": car.year,
        "powertrainType": "BEV",
        "mode": "live",
    }


def test_a_vehicle_token_is_refused_in_ga_mode(connect, pick, sim):
    car = pick(lambda v: True)
    error = raised(smartcar.Vehicle(car.id, connect(car).access_token).get_signals)
    assert (error.type, error.code, error.status_code) == ("AUTHENTICATION", None, 401)
    assert error.request_id
    assert error.resolution == {"type": "REAUTHENTICATE", "url": None}


def test_an_unknown_signal_code_is_404(connect, pick, sdk_mode):
    car = pick(lambda v: True)
    error = raised(lambda: smartcar.Vehicle(car.id, connect(car).access_token).get_signal("vin"))
    assert (error.type, error.code, error.status_code) == ("RESOURCE_NOT_FOUND", "PATH", 404)


# --- GA: app token + sc-user-id through Vehicle.request() ----------------------------------------------


def test_ga_signals_through_request(connect, pick, sim, app_token):
    car = pick(ice_with_oil)
    connect(car)
    response = ga_request(car.id, app_token, car.owner_id)
    truth = sim.reading(car.id)
    signals = by_code(response.body)
    assert signals["odometer-traveleddistance"]["attributes"]["body"]["value"] == truth.odometer_km
    assert response.meta.request_id
    assert response.meta.unit_system == "metric"
    assert epoch_ms(response.meta.data_age) == round(truth.recorded_at.timestamp() * 1000)
    one = ga_request(car.id, app_token, car.owner_id, "signals/vehicleidentification-vin")
    assert one.body["attributes"]["body"] == {"value": car.vin}


def test_ga_missing_user_id_is_a_validation_error(connect, pick, sim, app_token):
    car = pick(lambda v: True)
    connect(car)
    for call in (
        lambda: ga_request(car.id, app_token, None),
        smartcar.Vehicle(car.id, app_token).get_signals,
    ):
        error = raised(call)
        assert (error.type, error.code, error.status_code) == ("VALIDATION", "MISSING_PARAMETER", 400)
        assert error.message == "VALIDATION:MISSING_PARAMETER - missing userId"
        assert error.request_id
    assert sim.v3_requests_missing_user_id == 2


def test_ga_another_users_vehicle_is_403(connect, pick, sim, app_token):
    car = pick(lambda v: True)
    other = next(c for c in sim.customers if c.id != car.owner_id)
    connect(car)
    error = raised(lambda: ga_request(car.id, app_token, other.id))
    assert (error.type, error.code, error.status_code) == ("PERMISSION", None, 403)
    assert error.message == "PERMISSION - This user has not connected this vehicle to the application."


def test_ga_expired_app_token_is_401(connect, pick, sim, app_token):
    car = pick(lambda v: True)
    connect(car)
    sim.clock.advance(timedelta(hours=1))
    error = raised(lambda: ga_request(car.id, app_token, car.owner_id))
    assert (error.type, error.status_code) == ("AUTHENTICATION", 401)


# --- error envelopes, as the SDK parses them -------------------------------------------------------------


def test_flat_rate_limit_carries_retry_after(connect, pick, sim, app_token):
    sim.config.vehicle_rate_limit = 1
    sim.config.vehicle_rate_window_s = 30
    car = pick(lambda v: True)
    connect(car)
    ga_request(car.id, app_token, car.owner_id)
    error = raised(lambda: ga_request(car.id, app_token, car.owner_id))
    assert_car_rate_limited(error, retry_after="30")
    assert error.doc_url.endswith("rate-limit-errors#vehicle")
    assert error.suggested_user_message


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda sim: setattr(sim.config, "app_burst", 1), ("RATE_LIMIT", "SMARTCAR_API", 429)),
        (
            lambda sim: setattr(sim.config, "vehicle_monthly_quota", 1),
            ("BILLING", "VEHICLE_REQUEST_LIMIT", 430),
        ),
        (lambda sim: sim.faults.force(FaultKind.ASLEEP, times=2), ("VEHICLE_STATE", "ASLEEP", 409)),
        (lambda sim: sim.faults.force(FaultKind.SERVER_ERROR, times=2), ("SERVER", "INTERNAL", 500)),
        (lambda sim: sim.faults.force(FaultKind.UPSTREAM, times=2), ("UPSTREAM", "NO_RESPONSE", 502)),
    ],
)
def test_flat_errors_parse_richly(connect, pick, sim, sdk_mode, app_token, setup, expected):
    car = pick(lambda v: True)
    token = connect(car).access_token
    setup(sim)
    sdk = smartcar.Vehicle(car.id, token)
    if expected[1] in ("SMARTCAR_API", "VEHICLE_REQUEST_LIMIT"):
        sdk.get_signals()  # spends the one allowed request
    for call in (sdk.get_signals, lambda: ga_request(car.id, app_token, car.owner_id)):
        error = raised(call)
        assert (error.type, error.code, error.status_code) == expected
        assert error.request_id
        assert error.message.startswith(f"{expected[0]}:{expected[1]} - ")


def test_jsonapi_errors_surface_as_sdk_errors_with_the_raw_body(connect, pick, sim, sdk_mode, app_token):
    sim.config.v3_error_shape = "jsonapi"
    car = pick(lambda v: True)
    token = connect(car).access_token
    missing = raised(smartcar.Vehicle(car.id, app_token).get_signals)
    assert (missing.type, missing.status_code) == ("SDK_ERROR", 400)
    assert missing.request_id
    assert json.loads(missing.message)["errors"][0]["detail"] == "missing userId"
    sim.faults.force(FaultKind.RATE_LIMIT, retry_after=12)
    throttled = raised(smartcar.Vehicle(car.id, token).get_signals)
    assert (throttled.type, throttled.status_code) == ("SDK_ERROR", 429)
    assert json.loads(throttled.message)["errors"][0]["status"] == "429"
    expired = raised(lambda: smartcar.smartcar.get_vehicle("not-a-token", car.id))
    assert (expired.type, expired.status_code) == ("SDK_ERROR", 401)
    assert json.loads(expired.message)["errors"][0]["code"] == "unauthorized"


def test_a_non_json_gateway_page_is_kept_as_the_message(connect, pick, sim, sdk_mode):
    car = pick(lambda v: True)
    token = connect(car).access_token
    sim.faults.force(FaultKind.MALFORMED, malformation=Malformation.NOT_JSON)
    error = raised(smartcar.Vehicle(car.id, token).get_signals)
    assert error.status_code == 502
    assert "502 Bad Gateway" in error.message
    assert not hasattr(error, "type")
