"""The v3 error envelopes (reference 5.1, 11.2): the JSON:API array, the 2026 flat object (bare, wrapped in
`error`, or inside `errors[0]`), non-JSON bodies; per-signal errors get the same classes. v2 is unchanged."""

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from smartcar_support import json_values
from v3_support import TOKEN_URL, USER, V3, VEHICLE, RecordingRetry, token_answer, v3_client

from shopapp.smartcar import errors

FLAT = {
    "type": "VEHICLE_STATE",
    "code": "ASLEEP",
    "title": "Vehicle asleep",
    "detail": "The vehicle is asleep and could not be woken.",
    "status": "409",
    "resolution": {"type": "RETRY_LATER"},
    "suggestedUserMessage": "Try again in a few minutes.",
    "links": {"about": "https://smartcar.com/docs/errors/vehicle-state/asleep"},
    "meta": {"requestId": "req-flat"},
}


def check_flat(error):
    assert isinstance(error, errors.VehicleStateError)
    assert (error.type, error.code, error.status) == ("VEHICLE_STATE", "ASLEEP", 409)
    assert error.description == "The vehicle is asleep and could not be woken."
    assert error.resolution.type == "RETRY_LATER"
    assert error.suggested_user_message == "Try again in a few minutes."
    assert error.doc_url == "https://smartcar.com/docs/errors/vehicle-state/asleep"
    assert error.request_id == "req-flat"


@pytest.mark.parametrize(
    "body", [FLAT, {"error": FLAT}, {"errors": [FLAT]}], ids=["bare", "wrapped-error", "errors-array"]
)
def test_the_flat_object_is_read_bare_or_wrapped(body):
    check_flat(errors.error_from_response(409, body, {"SC-Request-Id": "req-header"}))


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "bad_request", errors.ValidationError),
        (401, "unauthorized", errors.AuthenticationError),
        (403, "forbidden", errors.PermissionDeniedError),
        (404, "not_found", errors.ResourceNotFoundError),
        (500, "internal_error", errors.ServerError),
    ],
)
def test_the_json_api_array_takes_its_class_from_the_http_status(status, code, cls):
    body = {
        "errors": [
            {
                "status": str(status),
                "code": code,
                "title": "Title only",
                "detail": "The Authorization token is missing or invalid.",
                "links": {"about": "https://smartcar.com/docs"},
            }
        ]
    }
    error = errors.error_from_response(status, body, {"SC-Request-Id": "req-1", "Retry-After": "3"})
    assert type(error) is cls
    assert error.type == cls.default_type
    assert error.code == code
    assert error.status == status
    assert error.description == "The Authorization token is missing or invalid."
    assert error.request_id == "req-1"
    assert error.retry_after == 3.0
    assert error.doc_url == "https://smartcar.com/docs"


def test_json_api_title_stands_in_for_a_missing_detail():
    error = errors.error_from_response(
        404, {"errors": [{"status": "404", "code": "not_found", "title": "Not Found"}]}
    )
    assert error.description == "Not Found"


@pytest.mark.parametrize(
    ("type_", "cls"),
    [
        ("COMPATIBILITY", errors.CompatibilityError),
        ("PERMISSION", errors.PermissionDeniedError),
        ("VEHICLE_STATE", errors.VehicleStateError),
        ("CONNECTED_SERVICES_ACCOUNT", errors.ConnectedServicesAccountError),
        ("RATE_LIMIT", errors.RateLimitError),
        ("BILLING", errors.BillingError),
        ("UPSTREAM", errors.UpstreamError),
    ],
)
def test_per_signal_errors_get_the_class_of_their_type(type_, cls):
    error = errors.error_from_object(
        {"type": type_, "code": "X", "description": "d", "resolution": {"type": "R"}}
    )
    assert type(error) is cls
    assert (error.type, error.code, error.status, error.resolution.type) == (type_, "X", None, "R")


def test_an_unknown_per_signal_type_is_a_plain_smartcar_error():
    error = errors.error_from_object({"type": "SOMETHING_NEW", "code": "X"})
    assert type(error) is errors.SmartcarError
    assert error.type == "SOMETHING_NEW"


def test_a_string_status_in_the_body_is_a_number():
    assert errors.error_from_response(502, {"type": "UPSTREAM", "status": "502", "title": "t"}).status == 502


def test_v2_statuscode_still_wins():
    body = {"type": "RATE_LIMIT", "code": "VEHICLE", "description": "d", "statusCode": 429, "requestId": "r"}
    error = errors.error_from_response(429, body)
    assert (type(error), error.status, error.request_id, error.description) == (
        errors.RateLimitError,
        429,
        "r",
        "d",
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("response", "cls"),
    [
        (httpx.Response(502, text="<html>Bad gateway</html>"), errors.UpstreamError),
        (httpx.Response(503, text="Service Unavailable"), errors.ServerError),
        (httpx.Response(403, text="Forbidden"), errors.PermissionDeniedError),
        (httpx.Response(409, json=FLAT), errors.VehicleStateError),
        (httpx.Response(409, json={"error": FLAT}), errors.VehicleStateError),
        (
            httpx.Response(401, json={"errors": [{"status": "401", "code": "unauthorized"}]}),
            errors.AuthenticationError,
        ),
    ],
)
async def test_v3_calls_raise_the_typed_error(http, respx_mock, response, cls):
    respx_mock.post(TOKEN_URL).respond(json=token_answer())
    respx_mock.get(f"{V3}/vehicles/{VEHICLE}/signals").mock(return_value=response)
    with pytest.raises(cls) as caught:
        await v3_client(http, retry=RecordingRetry()).signals(VEHICLE, USER)
    assert caught.value.status == response.status_code


@given(status=st.integers(100, 599), body=json_values)
def test_any_error_body_becomes_a_smartcar_error(status, body):
    assert isinstance(errors.error_from_response(status, body), errors.SmartcarError)
    for wrapped in ({"error": body}, {"errors": [body]}, {"type": "X", "status": body, "resolution": body}):
        assert isinstance(errors.error_from_response(status, wrapped), errors.SmartcarError)
