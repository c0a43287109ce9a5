"""Constants and helpers shared by the conformance tests (uniquely named, unlike conftest)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest
from smartcar.exception import SmartcarException

from shopapp.simulator import Powertrain, Vehicle
from shopapp.simulator.capabilities import OIL_UNSUPPORTED_MAKES

START = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
REDIRECT_URI = "http://localhost:8765/callback"


def ice_with_oil(v: Vehicle) -> bool:
    """A combustion car whose oil life the simulator reports, as Smartcar would for its make."""
    return v.powertrain is not Powertrain.EV and v.make not in OIL_UNSUPPORTED_MAKES


def code_from_connect(auth_url: str) -> str:
    """What the browser does: open the Connect URL (the simulator approves at once) and land on the
    redirect, from which the app reads the code."""
    answer = httpx.get(auth_url, follow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    location = httpx.URL(answer.headers["location"])
    assert str(location).startswith(REDIRECT_URI)
    return location.params["code"]


def sdk_exception(call: Callable[[], object]) -> SmartcarException:
    """The error the SDK raises from `call`, which must raise one."""
    with pytest.raises(SmartcarException) as caught:
        call()
    return caught.value


def sdk_error(call: Callable[[], object]) -> tuple[str, str | None, int]:
    """The error the SDK raises from `call` (it must raise one), as the (type, code, status code) an app
    would branch on."""
    error = sdk_exception(call)
    return error.type, error.code, error.status_code


def assert_car_rate_limited(error: SmartcarException, retry_after: str) -> None:
    """The SDK read the per-car rate limit: retry later, after `retry_after` seconds as the header gave it."""
    assert (error.type, error.code, error.status_code, error.retry_after) == (
        "RATE_LIMIT",
        "VEHICLE",
        429,
        retry_after,
    )
    assert error.resolution == {"type": "RETRY_LATER", "url": None}
