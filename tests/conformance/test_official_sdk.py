"""Smartcar's own Python SDK cannot tell the simulator from Smartcar: it connects, reads, batches, parses
errors and meta, and every value it parses is the simulator's truth at that instant."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import smartcar
from sdk_support import (
    REDIRECT_URI,
    START,
    assert_car_rate_limited,
    code_from_connect,
    ice_with_oil,
    sdk_error,
    sdk_exception,
)
from smartcar.exception import SmartcarException
from wire_format import parse_iso

from shopapp.simulator import FaultKind, Powertrain
from shopapp.simulator.capabilities import (
    DTC_MAKES,
    FCA_MAKES,
    OIL_UNSUPPORTED_MAKES,
    SERVICE_HISTORY_MAKES,
)

pytestmark = pytest.mark.loopback


def assert_meta(meta, units: str = "metric") -> None:
    assert meta.request_id
    assert meta.unit_system == units
    assert parse_iso(meta.fetched_at) == START
    assert START - timedelta(hours=1) < parse_iso(meta.data_age) <= START


# --- Connect and tokens ---------------------------------------------------------------------------------


def test_auth_url_code_exchange_and_access(auth_client, sdk_env, sim):
    url = auth_client.get_auth_url(
        ["read_odometer", "required:read_vin"],
        {"state": "s-1", "force_prompt": True, "flags": {"country": "US"}},
    )
    assert url.startswith(f"{sdk_env}/oauth/authorize?")
    query = parse_qs(urlsplit(url).query)
    assert query["redirect_uri"] == [REDIRECT_URI]
    access = auth_client.exchange_code(code_from_connect(url))
    assert access.token_type == "Bearer"
    assert access.expires_in == 7200
    assert access.access_token
    assert access.refresh_token
    grant = sim.tokens.grant_for_access_token(access.access_token, sim.clock.timestamp())
    assert grant.scopes == {"read_odometer", "read_vin"}
    assert grant.options["approval_prompt"] == "force"


def test_code_cannot_be_exchanged_twice(auth_client):
    code = code_from_connect(auth_client.get_auth_url(["read_odometer"]))
    auth_client.exchange_code(code)
    with pytest.raises(SmartcarException) as caught:
        auth_client.exchange_code(code)
    assert caught.value.type == "invalid_grant"
    assert caught.value.status_code == 400
    assert code not in str(caught.value)


def test_refresh_rotates_and_the_old_refresh_token_is_refused(auth_client, connect):
    access = connect()
    renewed = auth_client.exchange_refresh_token(access.refresh_token)
    assert renewed.refresh_token != access.refresh_token
    assert renewed.access_token != access.access_token
    error = sdk_exception(lambda: auth_client.exchange_refresh_token(access.refresh_token))
    assert (error.type, error.status_code, error.message) == ("invalid_grant", 400, "Invalid refresh_token.")
    assert access.refresh_token not in str(error)
    assert smartcar.get_vehicles(renewed.access_token).vehicles


def test_wrong_client_secret_is_refused(sdk_env):
    client = smartcar.AuthClient("shopapp-demo-client", "not-the-secret", REDIRECT_URI)
    code = code_from_connect(client.get_auth_url(["read_vin"]))
    with pytest.raises(SmartcarException) as caught:
        client.exchange_code(code)
    assert (caught.value.type, caught.value.status_code) == ("invalid_client", 401)


# --- user and vehicle list ------------------------------------------------------------------------------


def test_user_and_vehicles_with_paging(connect, pick, sim):
    car = pick(lambda v: len(sim.fleet.customer(v.owner_id).vehicle_ids) >= 2)
    owner = sim.fleet.customer(car.owner_id)
    access = connect(car)
    user = smartcar.get_user(access.access_token)
    assert user.id == owner.id
    assert user.meta.request_id
    everything = smartcar.get_vehicles(access.access_token)
    assert everything.vehicles == list(owner.vehicle_ids)
    assert (everything.paging.count, everything.paging.offset) == (len(owner.vehicle_ids), 0)
    second = smartcar.get_vehicles(access.access_token, {"limit": 1, "offset": 1})
    assert second.vehicles == [owner.vehicle_ids[1]]
    assert (second.paging.count, second.paging.offset) == (len(owner.vehicle_ids), 1)


# --- vehicle data ---------------------------------------------------------------------------------------


def test_attributes_and_vin(connect, pick):
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    attributes = vehicle.attributes()
    assert (attributes.id, attributes.make, attributes.model, attributes.year) == (
        car.id,
        car.make,
        car.model,
        car.year,
    )
    assert isinstance(attributes.year, int)
    assert_meta(attributes.meta)
    vin = vehicle.vin()
    assert vin.vin == car.vin
    assert_meta(vin.meta)


def test_odometer_metric_and_imperial_match_the_simulator(connect, pick, sim):
    car = pick(lambda v: True)
    token = connect(car).access_token
    truth = sim.reading(car.id)
    metric = smartcar.Vehicle(car.id, token).odometer()
    imperial = smartcar.Vehicle(car.id, token, {"unit_system": "imperial"}).odometer()
    assert metric.distance == truth.odometer_km
    assert imperial.distance == truth.odometer_miles
    assert imperial.distance == pytest.approx(metric.distance / 1.609344, abs=0.01)
    assert_meta(metric.meta, "metric")
    assert_meta(imperial.meta, "imperial")
    assert parse_iso(metric.meta.data_age) == truth.recorded_at


def test_engine_oil(connect, pick, sim):
    car = pick(ice_with_oil)
    oil = smartcar.Vehicle(car.id, connect(car).access_token).engine_oil()
    assert oil.life_remaining == sim.reading(car.id).oil_life
    assert 0.0 <= oil.life_remaining <= 1.0
    assert_meta(oil.meta)


def test_diagnostic_trouble_codes_and_system_status_on_a_gm_car(connect, pick, sim):
    car = pick(lambda v: v.make in DTC_MAKES and v.dtc_rate > 0)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    truth = sim.reading(car.id)
    dtcs = vehicle.diagnostic_trouble_codes()
    expected_codes = [(code, None if since is None else since) for code, since in truth.trouble_codes]
    assert [(c.code, c.timestamp and parse_iso(c.timestamp)) for c in dtcs.active_codes] == expected_codes
    assert_meta(dtcs.meta)
    status = vehicle.diagnostic_system_status()
    assert [(s.system_id, s.status, s.description) for s in status.systems] == list(truth.systems)
    assert_meta(status.meta)


def test_trouble_codes_move_with_the_clock(connect, sim):
    # The GM car most prone to trouble, so a few simulated months surely change its codes.
    car = max((v for v in sim.fleet.vehicles.values() if v.make in DTC_MAKES), key=lambda v: v.dtc_rate)
    access = connect(car)
    seen = set()
    for _ in range(12):
        codes = smartcar.Vehicle(car.id, access.access_token).diagnostic_trouble_codes()
        seen.add(tuple(c.code for c in codes.active_codes))
        assert [c.code for c in codes.active_codes] == [code for code, _ in sim.reading(car.id).trouble_codes]
        sim.clock.advance(timedelta(days=20))
        access = smartcar.AuthClient(
            "shopapp-demo-client", "shopapp-demo-secret", REDIRECT_URI
        ).exchange_refresh_token(access.refresh_token)
    assert len(seen) > 1


def test_system_status_on_an_fca_car(connect, pick):
    car = pick(lambda v: v.make in FCA_MAKES)
    status = smartcar.Vehicle(car.id, connect(car).access_token).diagnostic_system_status()
    assert {s.status for s in status.systems} <= {"OK", "ALERT"}
    assert any(s.system_id == "SYSTEM_TPMS" for s in status.systems)


def test_service_history_in_a_date_window(connect, pick):
    car = pick(lambda v: v.make in SERVICE_HISTORY_MAKES - OIL_UNSUPPORTED_MAKES and v.km_per_day > 20)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    history = vehicle.service_history("2024-01-01", "2026-11-22")
    assert history.items
    for record in history.items:
        assert "2024-01-01" <= record["serviceDate"][:10] <= "2026-11-22"
        assert record["odometerDistance"] > 0
        assert isinstance(record["serviceTasks"], list)
    odometers = [record["odometerDistance"] for record in history.items]
    assert odometers == sorted(odometers)
    assert_meta(history.meta)
    default_window = vehicle.service_history()
    assert all(parse_iso(r["serviceDate"]) >= START - timedelta(days=365) for r in default_window.items)


def test_permissions(connect, pick):
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(
        car.id, connect(car, ["read_vin", "read_odometer", "read_vehicle_info"]).access_token
    )
    everything = vehicle.permissions()
    assert everything.permissions == ["read_odometer", "read_vehicle_info", "read_vin"]
    assert everything.paging.count == 3
    page = vehicle.permissions({"limit": 1, "offset": 2})
    assert page.permissions == ["read_vin"]
    assert (page.paging.count, page.paging.offset) == (3, 2)


def test_batch_callables_give_values_and_raise_item_errors(connect, pick, sim):
    car = pick(lambda v: v.powertrain is Powertrain.EV and v.make not in DTC_MAKES)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token, {"unit_system": "imperial"})
    truth = sim.reading(car.id)
    result = vehicle.batch(["/odometer", "/engine/oil", "/", "/vin", "/diagnostics/dtcs"])
    assert result.odometer().distance == truth.odometer_miles
    assert result.odometer().meta.unit_system == "imperial"
    assert result.attributes().model == car.model
    assert result.vin().vin == car.vin
    assert result.meta.request_id
    assert sdk_error(result.engine_oil) == ("COMPATIBILITY", "VEHICLE_NOT_CAPABLE", 501)
    with pytest.raises(SmartcarException) as dtcs:
        result.diagnostic_trouble_codes()
    assert (dtcs.value.type, dtcs.value.code) == ("COMPATIBILITY", "SMARTCAR_NOT_CAPABLE")


def test_batch_item_throttled_carries_retry_after(connect, pick, sim):
    sim.config.vehicle_rate_limit = 1
    sim.config.vehicle_rate_window_s = 45
    car = pick(lambda v: True)
    result = smartcar.Vehicle(car.id, connect(car).access_token).batch(["/odometer", "/vin"])
    assert result.odometer().distance == sim.reading(car.id).odometer_km
    error = sdk_exception(result.vin)
    assert (error.type, error.code, error.status_code, error.retry_after) == (
        "RATE_LIMIT",
        "VEHICLE",
        429,
        45,
    )


def test_disconnect(connect, pick, sim):
    car = pick(lambda v: True)
    access = connect(car)
    status = smartcar.Vehicle(car.id, access.access_token).disconnect()
    assert status.status == "success"
    assert status.meta.request_id
    assert car.id not in smartcar.get_vehicles(access.access_token).vehicles


# --- errors as the SDK parses them ----------------------------------------------------------------------


def test_501_compatibility_error(connect, pick):
    car = pick(lambda v: v.powertrain is Powertrain.EV)
    error = sdk_exception(smartcar.Vehicle(car.id, connect(car).access_token).engine_oil)
    assert (error.type, error.code, error.status_code) == ("COMPATIBILITY", "VEHICLE_NOT_CAPABLE", 501)
    assert (
        error.message
        == "COMPATIBILITY:VEHICLE_NOT_CAPABLE - The vehicle is incapable of performing your request."
    )
    assert error.resolution == {"type": None, "url": None}
    assert error.doc_url.endswith("compatibility-errors#vehicle-not-capable")
    assert error.request_id
    assert error.suggested_user_message


def test_smartcar_not_capable_for_an_unsupported_make(connect, pick):
    car = pick(lambda v: v.make in OIL_UNSUPPORTED_MAKES and v.powertrain is not Powertrain.EV)
    with pytest.raises(SmartcarException) as caught:
        smartcar.Vehicle(car.id, connect(car).access_token).engine_oil()
    assert (caught.value.code, caught.value.status_code) == ("SMARTCAR_NOT_CAPABLE", 501)


def test_403_permission_error(connect, pick):
    car = pick(ice_with_oil)
    vehicle = smartcar.Vehicle(car.id, connect(car, ["read_vehicle_info"]).access_token)
    error = sdk_exception(vehicle.engine_oil)
    assert (error.type, error.code, error.status_code) == ("PERMISSION", None, 403)
    assert error.resolution == {"type": "REAUTHENTICATE", "url": None}
    assert error.message.startswith("PERMISSION - ")


def test_429_vehicle_rate_limit_with_retry_after(connect, pick, sim):
    sim.config.vehicle_rate_limit = 2
    sim.config.vehicle_rate_window_s = 60
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    vehicle.odometer()
    vehicle.odometer()
    error = sdk_exception(vehicle.odometer)
    assert_car_rate_limited(error, retry_after="60")


def test_401_authentication_error_after_expiry(connect, pick, sim):
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    sim.clock.advance(timedelta(hours=2))
    error = sdk_exception(vehicle.odometer)
    assert (error.type, error.code, error.status_code) == ("AUTHENTICATION", None, 401)
    assert error.request_id


def test_409_vehicle_asleep(connect, pick, sim):
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    sim.faults.force(FaultKind.ASLEEP, vehicle_id=car.id, path="/odometer")
    assert sdk_error(vehicle.odometer) == ("VEHICLE_STATE", "ASLEEP", 409)
    assert vehicle.odometer().distance == sim.reading(car.id).odometer_km


def test_430_monthly_quota(connect, pick, sim):
    sim.config.vehicle_monthly_quota = 1
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    vehicle.vin()
    assert sdk_error(vehicle.vin) == ("BILLING", "VEHICLE_REQUEST_LIMIT", 430)


def test_api_versions_the_sdk_tests_for(connect, pick, sim):
    car = pick(lambda v: True)
    token = connect(car).access_token
    assert smartcar.Vehicle(car.id, token, {"version": "99999999.99"}).vin().vin == car.vin
    assert sdk_error(smartcar.Vehicle(car.id, token, {"version": "abc"}).vin) == (
        "RESOURCE_NOT_FOUND",
        "VERSION",
        404,
    )


def test_server_errors_parse_as_smartcar_errors(connect, pick, sim):
    car = pick(lambda v: True)
    vehicle = smartcar.Vehicle(car.id, connect(car).access_token)
    sim.faults.force(FaultKind.SERVER_ERROR, vehicle_id=car.id)
    sim.faults.force(FaultKind.UPSTREAM, vehicle_id=car.id)
    assert sdk_error(vehicle.odometer) == ("SERVER", "INTERNAL", 500)
    assert sdk_error(vehicle.odometer) == ("UPSTREAM", "NO_RESPONSE", 502)
