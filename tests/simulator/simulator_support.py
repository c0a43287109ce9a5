"""Constants and helpers shared by the simulator tests (a uniquely named module: every test folder has
its own conftest, so `from conftest import ...` would depend on which one pytest imported last)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from shopapp.simulator import (
    ALL_SCOPES,
    DEMO_API_CLIENT_ID,
    DEMO_API_CLIENT_SECRET,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    Simulator,
    Vehicle,
)

START = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
REDIRECT_URI = "http://localhost:8765/callback"
CLIENT_AUTH = (DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
API_CLIENT_FORM = {
    "grant_type": "client_credentials",
    "client_id": DEMO_API_CLIENT_ID,
    "client_secret": DEMO_API_CLIENT_SECRET,
}


@dataclass(frozen=True)
class Connected:
    access_token: str
    refresh_token: str
    user_id: str
    vehicle_ids: list[str]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


def authorize_params(scope: Iterable[str] = ALL_SCOPES, **extra: str) -> dict[str, str]:
    params = {
        "response_type": "code",
        "client_id": DEMO_CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "scope": " ".join(scope),
        "state": "state-123",
        "approval_prompt": "auto",
        "mode": "live",
    }
    params.update(extra)
    return params


def find_vehicle(sim: Simulator, predicate: Callable[[Vehicle], bool]) -> Vehicle:
    for vehicle in sim.fleet.vehicles.values():
        if predicate(vehicle):
            return vehicle
    raise AssertionError("The seeded fleet has no such vehicle; pick another seed.")


def v3_headers(app_token: str, user_id: str | None = None, **extra: str) -> dict[str, str]:
    """A v3 request's headers: the app token, and sc-user-id when given."""
    headers = {"Authorization": f"Bearer {app_token}", **extra}
    if user_id is not None:
        headers["sc-user-id"] = user_id
    return headers
