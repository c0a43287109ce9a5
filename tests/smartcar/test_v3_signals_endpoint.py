"""`/v3/vehicles/{id}`, `/signals` and `/signals/{code}`: the headers sent (app token, sc-user-id, units),
per-signal outcomes with typed errors, both element forms, pages, the included vehicle, the gate, and a
refused app token renewed once."""

import asyncio
import logging
from datetime import UTC, datetime

import httpx
import pytest
from v3_support import (
    APP_TOKEN,
    CLIENT_SECRET,
    TOKEN_URL,
    USER,
    V3,
    VEHICLE,
    CountingGate,
    RecordingRetry,
    mock_slow_token_issuer,
    mock_token_issuer,
    signal_element,
    token_answer,
    token_source,
    v3_client,
)

from shopapp.smartcar import (
    AuthenticationError,
    CompatibilityError,
    MalformedResponseError,
    PermissionDeniedError,
    ResourceNotFoundError,
    ServerError,
    SmartcarError,
    ValidationError,
    VehicleStateError,
)
from shopapp.smartcar import signals as codes

SIGNALS = f"{V3}/vehicles/{VEHICLE}/signals"
INCLUDED_VEHICLE = {
    "id": VEHICLE,
    "type": "vehicle",
    "attributes": {"make": "TOYOTA", "model": "Camry", "year": 2021, "mode": "live", "powertrainType": "ICE"},
}


@pytest.fixture
def app_token(respx_mock):
    return respx_mock.post(TOKEN_URL).respond(json=token_answer())


def signals_body(*elements, included=INCLUDED_VEHICLE, **extra):
    body = {
        "data": list(elements),
        "meta": {"page": 1, "pageSize": len(elements), "totalCount": len(elements)},
    }
    if included is not None:
        body["included"] = {"vehicle": included}
    body.update(extra)
    return body


@pytest.mark.asyncio
async def test_vehicle_attributes(http, respx_mock, app_token):
    route = respx_mock.get(f"{V3}/vehicles/{VEHICLE}").respond(json={"data": INCLUDED_VEHICLE})
    vehicle = await v3_client(http).vehicle(VEHICLE)
    assert (vehicle.vehicle_id, vehicle.make, vehicle.model, vehicle.year) == (
        VEHICLE,
        "TOYOTA",
        "Camry",
        2021,
    )
    assert (vehicle.powertrain_type, vehicle.mode) == ("ICE", "live")
    request = route.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {APP_TOKEN}"
    assert request.headers["SC-Unit-System"] == "metric"
    assert "sc-user-id" not in request.headers


@pytest.mark.asyncio
async def test_vehicle_with_a_user_sends_it(http, respx_mock, app_token):
    route = respx_mock.get(f"{V3}/vehicles/{VEHICLE}").respond(
        json={"data": {"type": "vehicle", "attributes": {"make": "Ford", "year": "2019"}}}
    )
    vehicle = await v3_client(http, unit_system="imperial").vehicle(VEHICLE, user_id=USER)
    assert (vehicle.vehicle_id, vehicle.make, vehicle.model, vehicle.year) == (VEHICLE, "Ford", "", 2019)
    assert route.calls.last.request.headers["sc-user-id"] == USER
    assert route.calls.last.request.headers["SC-Unit-System"] == "imperial"


@pytest.mark.asyncio
async def test_signals_carry_each_outcome(http, respx_mock, app_token):
    route = respx_mock.get(SIGNALS).respond(
        json=signals_body(
            signal_element(
                codes.ODOMETER, {"unit": "kilometers", "value": 115071.5}, name="TraveledDistance"
            ),
            signal_element(
                codes.OIL_LIFE,
                status="ERROR",
                error={"type": "COMPATIBILITY", "code": "VEHICLE_NOT_CAPABLE"},
            ),
            signal_element(
                codes.DTC_LIST,
                status="ERROR",
                error={"type": "PERMISSION", "code": None, "resolution": {"type": "REAUTHENTICATE"}},
            ),
            signal_element(
                "diagnostics-mil",
                status="ERROR",
                error={"type": "VEHICLE_STATE", "code": "ASLEEP", "description": "The car is asleep."},
            ),
            signal_element(codes.SERVICE_RECORDS, status="UNAVAILABLE"),
        ),
        headers={"SC-Request-Id": "req-9"},
    )
    found = await v3_client(http).signals(VEHICLE, USER)
    request = route.calls.last.request
    assert request.headers["sc-user-id"] == USER
    assert request.headers["Authorization"] == f"Bearer {APP_TOKEN}"
    assert request.headers["SC-Unit-System"] == "metric"
    assert len(found) == 5
    assert codes.ODOMETER in found
    assert found.meta.request_id == "req-9"
    assert found.vehicle.make == "TOYOTA"
    assert found.vehicle.powertrain_type == "ICE"

    odometer = found.get(codes.ODOMETER)
    assert odometer.ok
    assert codes.odometer_km(odometer) == 115071.5
    assert odometer.name == "TraveledDistance"
    assert odometer.oem_updated_at == datetime.fromtimestamp(1752104118.549, UTC)
    assert odometer.retrieved_at == datetime.fromtimestamp(1752104218.549, UTC)

    oil = found.get(codes.OIL_LIFE)
    assert not oil.ok
    assert isinstance(oil.error, CompatibilityError)
    assert oil.error.code == "VEHICLE_NOT_CAPABLE"
    assert codes.OIL_LIFE in str(oil.error)
    with pytest.raises(CompatibilityError):
        codes.oil_life_fraction(oil)

    dtcs = found.get(codes.DTC_LIST)
    assert isinstance(dtcs.error, PermissionDeniedError)
    assert dtcs.error.resolution.type == "REAUTHENTICATE"
    mil = found.get("diagnostics-mil")
    assert isinstance(mil.error, VehicleStateError)
    assert mil.error.description == "The car is asleep."

    history = found.get(codes.SERVICE_RECORDS)
    assert (history.ok, history.status, history.error) == (False, "UNAVAILABLE", None)
    assert isinstance(history.failure, SmartcarError)
    assert [signal.code for signal in found] == list(found.codes)
    assert found.get("location-isathome") is None


@pytest.mark.asyncio
async def test_the_flat_webhook_element_form_is_read_too(http, respx_mock, app_token):
    respx_mock.get(SIGNALS).respond(
        json={
            "data": [
                {
                    "code": codes.ODOMETER,
                    "name": "TraveledDistance",
                    "group": "Odometer",
                    "body": {"unit": "km", "value": 42150.7},
                    "status": {"value": "SUCCESS"},
                    "meta": {"oemUpdatedAt": "2026-11-30T10:00:00Z", "retrievedAt": 1761896350},
                },
                {
                    "code": "location-isathome",
                    "status": {
                        "value": "ERROR",
                        "error": {"type": "COMPATIBILITY", "code": "VEHICLE_NOT_CAPABLE"},
                    },
                },
            ]
        }
    )
    found = await v3_client(http).signals(VEHICLE, USER)
    odometer = found.get(codes.ODOMETER)
    assert codes.odometer_km(odometer) == 42150.7
    assert odometer.group == "Odometer"
    assert odometer.oem_updated_at == datetime(2026, 11, 30, 10, tzinfo=UTC)
    assert odometer.retrieved_at == datetime.fromtimestamp(1761896350, UTC)
    assert isinstance(found.get("location-isathome").error, CompatibilityError)
    assert found.vehicle is None


@pytest.mark.asyncio
async def test_a_malformed_element_is_skipped_with_a_log_line(http, respx_mock, app_token, caplog):
    respx_mock.get(SIGNALS).respond(
        json=signals_body(
            "not a signal",
            {"attributes": {"name": "no code"}},
            None,
            signal_element(codes.VIN, {"value": "5yjsa1cn5dfp00101"}),
        )
    )
    caplog.set_level(logging.WARNING)
    found = await v3_client(http).signals(VEHICLE, USER)
    assert list(found.codes) == [codes.VIN]
    assert codes.vin(found.get(codes.VIN)) == "5YJSA1CN5DFP00101"
    assert caplog.text.count("Skipped signal element") == 3


@pytest.mark.asyncio
async def test_included_vehicle_as_a_list_of_resources(http, respx_mock, app_token):
    respx_mock.get(SIGNALS).respond(
        json={"data": [], "included": [{"type": "user", "id": USER}, INCLUDED_VEHICLE]}
    )
    found = await v3_client(http).signals(VEHICLE, USER)
    assert len(found) == 0
    assert found.vehicle.model == "Camry"


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, json={"signals": []}),
        httpx.Response(200, json={"data": {"code": "x"}}),
        httpx.Response(200, json=[signal_element(codes.VIN)]),
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(204),
    ],
)
async def test_a_body_that_is_not_a_signal_list_is_malformed(http, respx_mock, app_token, response):
    respx_mock.get(SIGNALS).mock(return_value=response)
    with pytest.raises(MalformedResponseError):
        await v3_client(http, retry=RecordingRetry()).signals(VEHICLE, USER)


@pytest.mark.asyncio
@pytest.mark.parametrize("user", ["", "   ", None])
async def test_signals_are_never_requested_without_a_user(http, respx_mock, app_token, user):
    route = respx_mock.get(SIGNALS).respond(json=signals_body())
    client = v3_client(http)
    with pytest.raises(ValueError, match="sc-user-id"):
        await client.signals(VEHICLE, user)
    with pytest.raises(ValueError, match="sc-user-id"):
        await client.signal(VEHICLE, user, codes.VIN)
    assert route.call_count == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("naming", ["page", "pageNumber"])
async def test_paged_signals_are_followed_by_page_and_page_size(http, respx_mock, app_token, naming):
    def answer(request):
        page = int(request.url.params.get("page", 1))
        element = signal_element(codes.ODOMETER if page == 1 else codes.VIN, {"value": "x"})
        return httpx.Response(
            200, json={"data": [element], "meta": {naming: page, "pageSize": 1, "totalCount": 2}}
        )

    route = respx_mock.get(SIGNALS).mock(side_effect=answer)
    found = await v3_client(http).signals(VEHICLE, USER)
    assert set(found.codes) == {codes.ODOMETER, codes.VIN}
    assert [dict(call.request.url.params) for call in route.calls] == [{}, {"page": "2", "pageSize": "1"}]
    assert all(call.request.headers["sc-user-id"] == USER for call in route.calls)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "next_link",
    [
        f"/vehicles/{VEHICLE}/signals?page=2&pageSize=1",
        f"https://vehicle.api.smartcar.test/v3/vehicles/{VEHICLE}/signals?page=2&pageSize=1",
        f"https://elsewhere.example/v3/vehicles/{VEHICLE}/signals?page=2&pageSize=1",
    ],
    ids=["relative", "absolute", "foreign-host"],
)
async def test_paged_signals_follow_the_next_link_on_our_own_host(http, respx_mock, app_token, next_link):
    first = {"data": [signal_element(codes.ODOMETER, {})], "links": {"next": next_link}}
    second = {"data": [signal_element(codes.VIN, {})], "links": {"next": None}}
    route = respx_mock.get(SIGNALS).mock(
        side_effect=[httpx.Response(200, json=first), httpx.Response(200, json=second)]
    )
    found = await v3_client(http).signals(VEHICLE, USER)
    assert set(found.codes) == {codes.ODOMETER, codes.VIN}
    assert route.calls.last.request.url.host == "vehicle.api.smartcar.test"
    assert dict(route.calls.last.request.url.params) == {"page": "2", "pageSize": "1"}


@pytest.mark.asyncio
async def test_signals_repeating_the_same_next_page_stop(http, respx_mock, app_token):
    route = respx_mock.get(SIGNALS).respond(
        json={"data": [signal_element(codes.VIN, {})], "links": {"next": "/signals?page=2"}}
    )
    found = await v3_client(http).signals(VEHICLE, USER)
    assert list(found.codes) == [codes.VIN]
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_every_signals_request_passes_the_gate(http, respx_mock, app_token):
    respx_mock.get(SIGNALS).mock(
        side_effect=[
            httpx.Response(500, json={"type": "SERVER", "code": "INTERNAL"}),
            httpx.Response(200, json=signals_body()),
        ]
    )
    gate = CountingGate()
    await v3_client(http, gate=gate).signals(VEHICLE, USER)
    assert gate.before == 2
    assert isinstance(gate.after[0], ServerError)
    assert gate.after[1] is None


@pytest.mark.asyncio
@pytest.mark.parametrize("wrapped", [False, True])
async def test_one_signal_bare_or_in_data(http, respx_mock, app_token, wrapped):
    element = signal_element(codes.OIL_LIFE, {"unit": "percent", "value": 85})
    route = respx_mock.get(f"{SIGNALS}/{codes.OIL_LIFE}").respond(
        json={"data": element} if wrapped else element
    )
    gate = CountingGate()
    signal = await v3_client(http, gate=gate).signal(VEHICLE, USER, codes.OIL_LIFE)
    assert codes.oil_life_fraction(signal) == 0.85
    assert route.calls.last.request.headers["sc-user-id"] == USER
    assert gate.before == 1


@pytest.mark.asyncio
async def test_an_unknown_signal_code_is_not_found(http, respx_mock, app_token):
    respx_mock.get(f"{SIGNALS}/vin").respond(
        404, json={"type": "RESOURCE_NOT_FOUND", "code": "PATH", "status": "404", "detail": "No such signal."}
    )
    with pytest.raises(ResourceNotFoundError, match="No such signal"):
        await v3_client(http).signal(VEHICLE, USER, "vin")


@pytest.mark.asyncio
async def test_missing_user_answer_is_a_validation_error(http, respx_mock, app_token):
    respx_mock.get(SIGNALS).respond(
        400,
        json={"type": "VALIDATION", "code": "MISSING_PARAMETER", "status": 400, "detail": "missing userId"},
    )
    with pytest.raises(ValidationError, match="missing userId"):
        await v3_client(http).signals(VEHICLE, USER)


# -- the app token on vehicle calls -----------------------------------------------------------------

UNAUTHORIZED = {"errors": [{"status": "401", "code": "unauthorized", "title": "Unauthorized"}]}


@pytest.mark.asyncio
async def test_fifty_concurrent_reads_cost_one_token_request(http, respx_mock, app_token):
    async def answer(request):
        await asyncio.sleep(0.005)
        return httpx.Response(200, json=signals_body(signal_element(codes.VIN, {"value": "V"})))

    respx_mock.get(SIGNALS).mock(side_effect=answer)
    client = v3_client(http)
    results = await asyncio.gather(*(client.signals(VEHICLE, USER) for _ in range(50)))
    assert len(results) == 50
    assert app_token.call_count == 1
    assert client.tokens.requests_made == 1


@pytest.mark.asyncio
async def test_a_refused_token_is_renewed_once_for_many_cars(http, respx_mock):
    token_route = mock_slow_token_issuer(respx_mock, delay=0.005)

    def answer(request):
        if request.headers["Authorization"] == "Bearer tok-1":
            return httpx.Response(401, json=UNAUTHORIZED)
        return httpx.Response(200, json=signals_body())

    route = respx_mock.get(SIGNALS).mock(side_effect=answer)
    client = v3_client(http)
    await asyncio.gather(*(client.signals(VEHICLE, USER) for _ in range(50)))
    assert token_route.call_count == 2
    assert route.call_count == 100


@pytest.mark.asyncio
async def test_a_second_401_is_raised(http, respx_mock):
    token_route = mock_token_issuer(respx_mock, "tok-1", "tok-2")
    route = respx_mock.get(SIGNALS).respond(
        401, json={"type": "AUTHENTICATION", "code": "UNAUTHORIZED", "description": "Invalid token."}
    )
    with pytest.raises(AuthenticationError) as caught:
        await v3_client(http).signals(VEHICLE, USER)
    assert route.call_count == 2
    assert token_route.call_count == 2
    assert [call.request.headers["Authorization"] for call in route.calls] == ["Bearer tok-1", "Bearer tok-2"]
    assert "tok-" not in str(caught.value)


@pytest.mark.asyncio
async def test_the_repeated_request_passes_the_gate_again(http, respx_mock):
    mock_token_issuer(respx_mock, "tok-1", "tok-2")
    respx_mock.get(SIGNALS).mock(
        side_effect=[httpx.Response(401, json=UNAUTHORIZED), httpx.Response(200, json=signals_body())]
    )
    gate = CountingGate()
    await v3_client(http, gate=gate).signals(VEHICLE, USER)
    assert gate.before == 2
    assert isinstance(gate.after[0], AuthenticationError)


@pytest.mark.asyncio
async def test_a_refused_client_is_raised_once_not_retried_per_attempt(http, respx_mock):
    token_route = respx_mock.post(TOKEN_URL).respond(401, json={"error": "invalid_client"})
    route = respx_mock.get(SIGNALS).respond(json=signals_body())
    with pytest.raises(SmartcarError) as caught:
        await v3_client(http).signals(VEHICLE, USER)
    assert caught.value.type == "invalid_client"
    assert token_route.call_count == 1
    assert route.call_count == 0


@pytest.mark.asyncio
async def test_no_secret_or_token_in_any_error(http, respx_mock):
    respx_mock.post(TOKEN_URL).respond(json=token_answer())
    respx_mock.get(SIGNALS).mock(side_effect=httpx.ConnectError(f"refused Bearer {APP_TOKEN}"))
    tokens = token_source(http)
    with pytest.raises(SmartcarError) as caught:
        await v3_client(http, tokens=tokens).signals(VEHICLE, USER)
    for text in (str(caught.value), repr(caught.value), repr(tokens)):
        assert APP_TOKEN not in text
        assert CLIENT_SECRET not in text
