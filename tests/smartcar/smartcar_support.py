"""Shared values and helpers of the Smartcar client tests (a unique module name: `conftest` is ambiguous)."""

import random

from hypothesis import strategies as st

from shopapp.smartcar import AppCredentials, RetryPolicy, SmartcarEndpoints

API = "https://api.smartcar.test"
ENDPOINTS = SmartcarEndpoints(
    api_origin=API,
    auth_url="https://auth.smartcar.test/oauth/token",
    connect_origin="https://connect.smartcar.test",
)
CREDENTIALS = AppCredentials("cid", "csecret-DO-NOT-LEAK", "http://localhost:8765/callback")
ACCESS_TOKEN = "at-SECRET-123"
VEHICLE = "36ab27d0-fd9d-4455-823a-ce30af709ffc"
V2 = f"{API}/v2.0"


def fast_retry(**overrides) -> RetryPolicy:
    """Real policy logic with millisecond delays, so retry tests take no time."""
    settings = {"max_attempts": 4, "base_delay": 0.001, "max_delay": 0.005, "rate_limit_delay": 0.001}
    settings.update(overrides)
    return RetryPolicy(rng=random.Random(1), **settings)


def error_body(type_, code, status, description="Something happened.", **extra):
    body = {
        "type": type_,
        "code": code,
        "description": description,
        "docURL": "https://smartcar.com/docs/errors",
        "statusCode": status,
        "requestId": "req-123",
        "resolution": {"type": "RETRY_LATER"},
        "suggestedUserMessage": "Please try again later.",
    }
    body.update(extra)
    return body


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
# Any JSON at all, as a server gone wrong might send it.
json_values = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)


def json_shaped_by(known_keys, max_leaves: int):
    """JSON whose objects use the keys of an API's answers (`known_keys`, a strategy): bodies close enough
    to a real answer to reach deep into a parser before anything is off."""
    return st.recursive(
        JSON_SCALARS,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(known_keys, children, max_size=6),
        max_leaves=max_leaves,
    )
