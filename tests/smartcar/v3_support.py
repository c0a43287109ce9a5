"""Shared values and helpers of the Smartcar v3 client tests."""

import asyncio
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
from smartcar_support import fast_retry

from shopapp.smartcar import AppTokenSource, SmartcarEndpoints, SmartcarV3Client

V3_ENDPOINTS = SmartcarEndpoints(
    api_origin="https://api.smartcar.test",
    auth_url="https://auth.smartcar.test/oauth/token",
    connect_origin="https://connect.smartcar.test",
    iam_token_url="https://iam.smartcar.test/oauth2/token",
    vehicle_api_v3_origin="https://vehicle.api.smartcar.test",
    management_api_origin="https://management.api.smartcar.test",
)
TOKEN_URL = V3_ENDPOINTS.iam_token_url
V3 = V3_ENDPOINTS.v3_base
CLIENT_ID = "client_abc123"
CLIENT_SECRET = "v3-secret-DO-NOT-LEAK"
APP_TOKEN = "app-token-SECRET-1"
USER = "1e258add-6c2f-4f3a-9d4e-11aa22bb33cc"
VEHICLE = "a6a425d6-0f40-4a3e-8d43-7b1c2e3f4a5b"
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def token_answer(token=APP_TOKEN, expires_in=3600):
    return {"access_token": token, "token_type": "Bearer", "expires_in": expires_in}


def mock_token_issuer(respx_mock, *tokens: str, expires_in: int = 3600):
    """Mocks the token URL to issue `tokens` in turn, one a request; returns the route."""
    answers = [httpx.Response(200, json=token_answer(token, expires_in)) for token in tokens]
    return respx_mock.post(TOKEN_URL).mock(side_effect=answers)


def mock_slow_token_issuer(respx_mock, delay: float):
    """Mocks the token URL to issue tok-1, tok-2, ... in turn, each answer `delay` seconds late so that
    callers arriving meanwhile pile up behind the one request; returns the route."""
    issued = 0

    async def answer(request):
        nonlocal issued
        await asyncio.sleep(delay)
        issued += 1
        return httpx.Response(200, json=token_answer(f"tok-{issued}"))

    return respx_mock.post(TOKEN_URL).mock(side_effect=answer)


@dataclass(frozen=True)
class RecordingRetry:
    """The real policy with its sleeps recorded instead of slept, so Retry-After can be checked in no time."""

    policy: object = field(default_factory=fast_retry)
    slept: list = field(default_factory=list)

    def __getattr__(self, name):
        return getattr(self.policy, name)

    async def run(self, operation, *, retry_if=None, sleep=None, clock=time.monotonic):
        async def record(delay):
            self.slept.append(delay)

        return await self.policy.run(operation, retry_if=retry_if, sleep=record, clock=clock)


class CountingGate:
    """A RequestGate that counts what passes through it."""

    def __init__(self):
        self.before = 0
        self.after = []

    async def before_request(self):
        self.before += 1

    async def after_response(self, error):
        self.after.append(error)


def token_source(http, **kwargs):
    kwargs.setdefault("retry", fast_retry())
    return AppTokenSource(http, V3_ENDPOINTS, CLIENT_ID, CLIENT_SECRET, **kwargs)


def v3_client(http, tokens=None, **kwargs):
    kwargs.setdefault("retry", fast_retry())
    return SmartcarV3Client(http, V3_ENDPOINTS, tokens or token_source(http), **kwargs)


def signal_element(code, body=None, status="SUCCESS", error=None, meta=None, name="", group=""):
    """A signal in the JSON:API form of the early spec (reference 3.5)."""
    status_field = {"value": status}
    if error is not None:
        status_field["error"] = error
    attributes = {"code": code, "name": name, "group": group, "status": status_field}
    if body is not None:
        attributes["body"] = body
    return {
        "id": code,
        "type": "signal",
        "attributes": attributes,
        "meta": meta if meta is not None else {"retrievedAt": 1752104218549, "oemUpdatedAt": 1752104118549},
        "links": {"self": f"/vehicles/{VEHICLE}/signals/{code}"},
    }


def connection_item(number, user=USER, **overrides):
    item = {
        "id": f"conn-{number}",
        "type": "connection",
        "attributes": {
            "permissions": ["read_vehicle_info", "read_odometer"],
            "vehicle": {
                "make": "Tesla",
                "model": "Model S",
                "year": 2020,
                "mode": "live",
                "powertrainType": "BEV",
            },
        },
        "relationships": {
            "vehicle": {"data": {"id": f"veh-{number}", "type": "vehicle"}},
            "user": {"data": {"id": user, "type": "user"}},
        },
        "meta": {"createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-02T00:00:00Z"},
    }
    item.update(overrides)
    return item
