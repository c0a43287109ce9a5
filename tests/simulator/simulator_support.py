"""Constants and helpers shared by the simulator tests (a uniquely named module: every test folder has
its own conftest, so `from conftest import ...` would depend on which one pytest imported last)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx

from shopapp.simulator import (
    ALL_SCOPES,
    DEMO_API_CLIENT_ID,
    DEMO_API_CLIENT_SECRET,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    Simulator,
    SimulatorConfig,
    Vehicle,
    parse_fault_profile,
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


def redirect_query(answer: httpx.Response) -> dict[str, str]:
    """The query of the simulator's redirect back to the shop, after checking it is one (302, to the
    shop's redirect URI)."""
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert location.startswith(REDIRECT_URI + "?")
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}


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


def simulator_under(profile: str) -> Simulator:
    """Twelve cars (seed 5) whose requests meet the faults of `profile` (e.g. "chaos"); a TIMEOUT fault
    answers at once instead of holding the request, so that hundreds of requests stay quick."""
    sim = Simulator.generate(
        12, seed=5, start=START, config=SimulatorConfig(faults=parse_fault_profile(profile))
    )
    sim.config.hang_s = 0.0
    return sim


def assert_chaos_mix(outcomes: list[tuple[int, str]], malformed: Iterable[tuple[int, str]]) -> None:
    """Under the chaos profile every server fault turns up (a 500, a 502 with no response, a car asleep),
    and so does each `malformed` answer (status, kind) of the API at hand; still, most answers are good."""
    counts = Counter(outcomes)
    for outcome in [(500, "INTERNAL"), (502, "NO_RESPONSE"), (409, "ASLEEP"), *malformed]:
        assert counts[outcome], outcome
    assert counts[(200, "ok")] > len(outcomes) / 2
