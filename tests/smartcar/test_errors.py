"""Every Smartcar error becomes one typed exception with type, code, status, request id, resolution,
Retry-After; network failures and malformed answers too. 401, 403, 501 are never retried."""

import httpx
import pytest
from smartcar_support import ACCESS_TOKEN, ENDPOINTS, V2, VEHICLE, error_body, fast_retry

from shopapp.smartcar import SmartcarClient, errors

ODOMETER = f"{V2}/vehicles/{VEHICLE}/odometer"

# (HTTP status, type, code, expected class, retried by the default policy)
CASES = [
    (400, "VALIDATION", "PARAMETER", errors.ValidationError, False),
    (400, "CONNECTED_SERVICES_ACCOUNT", "AUTHENTICATION_FAILED", errors.ConnectedServicesAccountError, False),
    (401, "AUTHENTICATION", None, errors.AuthenticationError, False),
    (403, "PERMISSION", None, errors.PermissionDeniedError, False),
    (404, "RESOURCE_NOT_FOUND", "PATH", errors.ResourceNotFoundError, False),
    (409, "VEHICLE_STATE", "ASLEEP", errors.VehicleStateError, True),
    (409, "VEHICLE_STATE", "REMOTE_ACCESS_DISABLED", errors.VehicleStateError, False),
    (429, "RATE_LIMIT", "VEHICLE", errors.RateLimitError, True),
    (429, "RATE_LIMIT", "SMARTCAR_API", errors.RateLimitError, True),
    (430, "BILLING", "VEHICLE_REQUEST_LIMIT", errors.BillingError, False),
    (500, "SERVER", "INTERNAL", errors.ServerError, True),
    (501, "COMPATIBILITY", "VEHICLE_NOT_CAPABLE", errors.CompatibilityError, False),
    (501, "COMPATIBILITY", "SMARTCAR_NOT_CAPABLE", errors.CompatibilityError, False),
    (502, "UPSTREAM", "NO_RESPONSE", errors.UpstreamError, True),
]


def client(http, **retry):
    return SmartcarClient(http, ENDPOINTS, retry=fast_retry(**retry))


@pytest.mark.asyncio
@pytest.mark.parametrize(("status", "type_", "code", "cls", "retried"), CASES)
async def test_error_bodies_become_typed_errors(http, respx_mock, status, type_, code, cls, retried):
    route = respx_mock.get(ODOMETER).respond(
        status,
        json=error_body(type_, code, status, resolution={"type": "REAUTHENTICATE", "url": "https://re.auth"}),
        headers={"Retry-After": "0"} if status == 429 else {},
    )
    with pytest.raises(cls) as caught:
        await client(http).odometer(ACCESS_TOKEN, VEHICLE)
    error = caught.value
    assert (error.type, error.code, error.status, error.request_id) == (type_, code, status, "req-123")
    assert error.resolution.type == "REAUTHENTICATE"
    assert error.resolution.url == "https://re.auth"
    assert error.suggested_user_message == "Please try again later."
    assert error.description in str(error)
    assert ACCESS_TOKEN not in str(error)
    assert route.call_count == (4 if retried else 1)


@pytest.mark.asyncio
async def test_401_and_501_are_never_retried(http, respx_mock):
    route = respx_mock.get(ODOMETER).mock(
        side_effect=[
            httpx.Response(401, json=error_body("AUTHENTICATION", None, 401)),
            httpx.Response(501, json=error_body("COMPATIBILITY", "VEHICLE_NOT_CAPABLE", 501)),
            httpx.Response(200, json={"distance": 1.0}),
        ]
    )
    with pytest.raises(errors.AuthenticationError):
        await client(http).odometer(ACCESS_TOKEN, VEHICLE)
    with pytest.raises(errors.CompatibilityError):
        await client(http).odometer(ACCESS_TOKEN, VEHICLE)
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_retry_after_is_read_from_the_header(http, respx_mock):
    respx_mock.get(ODOMETER).respond(
        429, json=error_body("RATE_LIMIT", "VEHICLE", 429), headers={"Retry-After": "42"}
    )
    with pytest.raises(errors.RateLimitError) as caught:
        await client(http, max_total_seconds=10).odometer(ACCESS_TOKEN, VEHICLE)
    assert caught.value.retry_after == 42.0


@pytest.mark.asyncio
async def test_asleep_car_then_awake_succeeds(http, respx_mock):
    respx_mock.get(ODOMETER).mock(
        side_effect=[
            httpx.Response(409, json=error_body("VEHICLE_STATE", "ASLEEP", 409)),
            httpx.Response(200, json={"distance": 12.5}),
        ]
    )
    assert (await client(http).odometer(ACCESS_TOKEN, VEHICLE)).distance == 12.5


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("exception", "code"),
    [
        (httpx.ConnectError("refused"), "CONNECT"),
        (httpx.ConnectTimeout("slow dns"), "CONNECT"),
        (httpx.ReadTimeout("slow"), "TIMEOUT"),
        (httpx.RemoteProtocolError("reset"), "TRANSPORT"),
    ],
)
async def test_network_failures_are_typed_and_retried(http, respx_mock, exception, code):
    route = respx_mock.get(ODOMETER).mock(side_effect=exception)
    with pytest.raises(errors.NetworkError) as caught:
        await client(http).odometer(ACCESS_TOKEN, VEHICLE)
    assert caught.value.code == code
    assert caught.value.status is None
    assert "api.smartcar.test" in str(caught.value)
    assert route.call_count == 4


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text='{"distance": 12'),
        httpx.Response(200, json={"distance": "twelve"}),
        httpx.Response(200, json={"miles": 12}),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, json={"distance": -5}),
    ],
)
async def test_malformed_success_answers_are_typed(http, respx_mock, response):
    respx_mock.get(ODOMETER).mock(return_value=response)
    with pytest.raises(errors.MalformedResponseError):
        await client(http, max_attempts=1).odometer(ACCESS_TOKEN, VEHICLE)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("response", "cls", "type_"),
    [
        (httpx.Response(502, text="<html>Bad gateway</html>"), errors.UpstreamError, "UPSTREAM"),
        (httpx.Response(503, text="down"), errors.ServerError, "SERVER"),
        (httpx.Response(418, json={"unexpected": True}), errors.SmartcarError, "HTTP_ERROR"),
        (
            httpx.Response(401, json={"error": "authentication_error", "message": "Bad token", "code": None}),
            errors.AuthenticationError,
            "AUTHENTICATION_ERROR",
        ),
    ],
)
async def test_unreadable_or_old_style_error_bodies(http, respx_mock, response, cls, type_):
    respx_mock.get(ODOMETER).mock(return_value=response)
    with pytest.raises(cls) as caught:
        await client(http, max_attempts=1).odometer(ACCESS_TOKEN, VEHICLE)
    assert caught.value.type == type_
    assert caught.value.status == response.status_code


def test_errors_survive_pickling():
    import pickle

    error = errors.RateLimitError("Slow down.", code="VEHICLE", status=429, retry_after=3.0, request_id="r")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.retry_after, str(copy)) == (
        errors.RateLimitError,
        "VEHICLE",
        3.0,
        str(error),
    )
