"""The official `smartcar` SDK pointed at a simulator served over loopback, through its own variables."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator

import pytest
import smartcar
import smartcar.config
from sdk_support import REDIRECT_URI, START, code_from_connect

from shopapp.simulator import (
    ALL_SCOPES,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    Simulator,
    Vehicle,
    run_in_thread,
)

_SDK_VARIABLES = (
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "SMARTCAR_VEHICLE_API_V3_ORIGIN",
)


@pytest.fixture
def sim() -> Simulator:
    return Simulator.generate(30, seed=17, start=START)


@pytest.fixture
def base_url(sim: Simulator) -> Iterator[str]:
    with run_in_thread(sim) as url:
        yield url


@pytest.fixture
def sdk_env(base_url: str) -> Iterator[str]:
    """Points the SDK at the simulator the documented way (its config reads the variables at import) and
    puts everything back afterwards, so no other test sees a patched SDK."""
    saved = {name: os.environ.get(name) for name in _SDK_VARIABLES}
    os.environ["SMARTCAR_API_ORIGIN"] = base_url
    os.environ["SMARTCAR_AUTH_ORIGIN"] = f"{base_url}/oauth/token"
    os.environ["SMARTCAR_CONNECT_ORIGIN"] = base_url
    os.environ["SMARTCAR_VEHICLE_API_V3_ORIGIN"] = base_url  # the SDK appends /v3/...
    importlib.reload(smartcar.config)
    try:
        assert base_url == smartcar.config.API_ORIGIN
        assert base_url == smartcar.config.VEHICLE_API_ORIGIN
        yield base_url
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        importlib.reload(smartcar.config)


@pytest.fixture
def auth_client(sdk_env: str) -> smartcar.AuthClient:
    return smartcar.AuthClient(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, REDIRECT_URI)


ConnectFn = Callable[..., "smartcar.v2_response.Access"]


@pytest.fixture
def connect(auth_client: smartcar.AuthClient, sim: Simulator) -> ConnectFn:
    """Connects the owner of `vehicle` (or the next user) through the SDK's own Connect URL and code
    exchange, asking for `scope`."""

    def run(vehicle: Vehicle | None = None, scope: list[str] | None = None):
        if vehicle is not None:
            sim.approve_next_connect_as(vehicle.owner_id)
        url = auth_client.get_auth_url(list(scope or ALL_SCOPES), {"state": "conformance"})
        return auth_client.exchange_code(code_from_connect(url))

    return run


@pytest.fixture
def pick(sim: Simulator) -> Callable[[Callable[[Vehicle], bool]], Vehicle]:
    def first(predicate: Callable[[Vehicle], bool]) -> Vehicle:
        for vehicle in sim.fleet.vehicles.values():
            if predicate(vehicle) and not vehicle.withheld_scopes:
                return vehicle
        raise AssertionError("The seeded fleet has no such vehicle; pick another seed.")

    return first
