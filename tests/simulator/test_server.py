"""Serving over loopback: the thread runner for tests, `serve()` for `shopapp simulate`, the admin surface."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import socket
import subprocess
import sys
from datetime import timedelta

import httpx
import pytest
from simulator_support import START

from shopapp.simulator import (
    CONTROL_HEADER,
    ClientCredentials,
    Simulator,
    app_credentials,
    control_token,
    create_app,
    run_in_thread,
    serve,
)
from shopapp.simulator.server import banner


@pytest.mark.loopback
def test_thread_runner_serves_and_stops():
    sim = Simulator.generate(6, seed=3, start=START)
    with run_in_thread(sim) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        customers = httpx.get(f"{base_url}/_simulator/customers").json()
        assert [c["id"] for c in customers] == [c.id for c in sim.customers]
        assert customers[0]["vehicles"][0]["vin"] == sim.fleet.vehicles_of(sim.customers[0])[0].vin
        unauthenticated = httpx.get(f"{base_url}/v2.0/vehicles")
        assert unauthenticated.status_code == 401
        assert unauthenticated.headers["content-type"] == "application/json"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/_simulator/clock", timeout=2)


@pytest.mark.loopback
def test_admin_clock_and_vehicle_truth():
    sim = Simulator.generate(6, seed=3, start=START)
    car = next(iter(sim.fleet.vehicles.values()))
    with run_in_thread(sim) as base_url:
        control = {CONTROL_HEADER: sim.control_token}
        assert httpx.get(f"{base_url}/_simulator/clock").json() == {"now": "2026-11-22T15:30:00Z"}
        before = httpx.get(f"{base_url}/_simulator/vehicles/{car.vin}").json()
        moved = httpx.post(f"{base_url}/_simulator/clock/advance", json={"seconds": 86400}, headers=control)
        assert moved.json() == {"now": "2026-11-23T15:30:00Z"}
        backwards = httpx.post(
            f"{base_url}/_simulator/clock/advance", params={"seconds": -1}, headers=control
        )
        assert backwards.status_code == 400
        after = httpx.get(f"{base_url}/_simulator/vehicles/{car.id}").json()
        assert after["odometerKm"] > before["odometerKm"]
        assert after["odometerKm"] == sim.reading(car.id).odometer_km
        assert httpx.get(f"{base_url}/_simulator/vehicles/nope").status_code == 404
    assert sim.clock.now() == START + timedelta(days=1)


@pytest.mark.loopback
@pytest.mark.parametrize(
    "bad",
    [
        {"params": {"seconds": "1e12"}},
        {"params": {"seconds": "inf"}},
        {"params": {"seconds": "nan"}},
        {"params": {"seconds": "-5"}},
        {"params": {"seconds": "soon"}},
        {"params": {"seconds": str(10 * 366 * 86400 + 1)}},
        {"json": {"seconds": True}},
        {"json": {"seconds": "1e400"}},
        {"json": {"seconds": [1]}},
        {"content": b"not json"},
    ],
)
def test_a_bad_clock_step_is_refused_and_the_simulator_keeps_working(bad):
    sim = Simulator.generate(3, seed=3, start=START)
    with run_in_thread(sim) as base_url:
        control = {CONTROL_HEADER: sim.control_token}
        refused = httpx.post(f"{base_url}/_simulator/clock/advance", headers=control, **bad)
        assert refused.status_code == 400
        assert "seconds" in refused.json()["error"]
        assert httpx.get(f"{base_url}/_simulator/clock").json() == {"now": "2026-11-22T15:30:00Z"}
        api = httpx.get(f"{base_url}/v2.0/vehicles")
        assert (api.status_code, api.json()["type"]) == (401, "AUTHENTICATION")  # not a 500 ever after
        moved = httpx.post(f"{base_url}/_simulator/clock/advance", params={"seconds": 60}, headers=control)
        assert moved.json() == {"now": "2026-11-22T15:31:00Z"}


def test_the_clock_is_never_moved_past_what_clients_can_read():
    sim = Simulator.generate(2, seed=3, start=START)
    control = {CONTROL_HEADER: control_token(sim)}
    ten_years = 10 * 366 * 86400

    async def advance_until_refused() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(sim))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8765") as client:
            while True:
                answer = await client.post(
                    "/_simulator/clock/advance", params={"seconds": ten_years}, headers=control
                )
                if answer.status_code != 200:
                    return answer

    refused = asyncio.run(advance_until_refused())
    assert refused.status_code == 400
    assert "stops at 2200-01-01" in refused.json()["error"]
    assert sim.clock.now().year < 2200
    assert sim.reading(next(iter(sim.fleet.vehicles))).odometer_km > 0


@pytest.mark.loopback
def test_steering_takes_the_runs_control_token_and_no_other_sites_page():
    sim = Simulator.generate(3, seed=3, start=START)
    with run_in_thread(sim) as base_url:
        advance = f"{base_url}/_simulator/clock/advance"
        token = sim.control_token
        assert token == control_token(sim)
        for headers in (
            {},
            {CONTROL_HEADER: "guess"},
            {CONTROL_HEADER: token, "Origin": "https://evil.example"},
        ):
            refused = httpx.post(advance, params={"seconds": 60}, headers=headers)
            assert refused.status_code == 403
            assert "error" in refused.json()
        own_page = {CONTROL_HEADER: token, "Origin": base_url}
        assert httpx.post(advance, params={"seconds": 60}, headers=own_page).status_code == 200
        foreign_read = httpx.get(f"{base_url}/_simulator/customers", headers={"Origin": "null"})
        assert foreign_read.status_code == 403
        assert httpx.get(f"{base_url}/_simulator/customers").status_code == 200  # the banner's link
    assert sim.clock.now() == START + timedelta(minutes=1)
    sim.clock.advance(60)  # in-process steering needs no token
    assert sim.clock.now() == START + timedelta(minutes=2)


def test_every_simulator_has_its_own_control_token():
    first, second = (Simulator.generate(1, seed=1, start=START) for _ in range(2))
    assert control_token(first) != control_token(second)
    assert len(control_token(first)) >= 32
    assert control_token(first) == control_token(first)


@pytest.mark.loopback
def test_serve_prints_the_base_url_first_and_stops_on_interrupt():
    code = "from shopapp.simulator import serve; serve(vehicles=5, seed=2, faults='flaky')"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stdout is not None
        try:
            base_url = proc.stdout.readline().strip()
            assert base_url.startswith("http://127.0.0.1:")
            rest = [proc.stdout.readline() for _ in range(5)]
            assert "client id:     shopapp-demo-client" in rest[0]
            assert "shopapp-demo-secret" in rest[1]
            assert "faults flaky" in "".join(rest)
            assert httpx.get(f"{base_url}/_simulator/customers", timeout=5).status_code == 200
        finally:
            proc.send_signal(signal.SIGINT if sys.platform != "win32" else signal.SIGTERM)
            proc.wait(timeout=15)
        listing = proc.stdout.read()
    assert proc.returncode == 0
    assert f"SMARTCAR_AUTH_ORIGIN={base_url}/oauth/token" in listing
    assert "control token: " in listing


def test_banner_never_shows_a_secret_from_the_environment():
    env = {"SMARTCAR_CLIENT_ID": "my-app", "SMARTCAR_CLIENT_SECRET": "real-secret-value"}
    sim = Simulator.generate(2, seed=1, start=START, credentials=app_credentials(env))
    text = banner(sim, "http://127.0.0.1:8123")
    assert text.splitlines()[0] == "http://127.0.0.1:8123"
    assert "my-app" in text
    assert "real-secret-value" not in text
    assert "(from SMARTCAR_CLIENT_SECRET)" in text
    assert f"control token: {control_token(sim)} (send it as X-Simulator-Control" in text


def test_serve_reports_a_taken_port_before_printing():
    sim = Simulator.generate(2, seed=1, start=START)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = io.StringIO()
        with pytest.raises(OSError, match="in use"):
            serve(port=port, simulator=sim, out=out)
        assert out.getvalue() == ""  # nothing printed before the port was secured


def test_serve_refuses_an_unknown_fault_profile_before_printing():
    out = io.StringIO()
    with pytest.raises(ValueError, match="Unknown fault profile"):
        serve(vehicles=2, faults="sunny", out=out)
    assert out.getvalue() == ""


def test_credentials_come_from_the_environment_when_both_are_set():
    assert app_credentials({}) == ClientCredentials("shopapp-demo-client", "shopapp-demo-secret")
    assert app_credentials({"SMARTCAR_CLIENT_ID": "only-id"}).client_id == "shopapp-demo-client"
    mine = app_credentials({"SMARTCAR_CLIENT_ID": "cid", "SMARTCAR_CLIENT_SECRET": "s3cret"})
    assert (mine.client_id, mine.client_secret, mine.from_environment) == ("cid", "s3cret", True)
    assert "s3cret" not in repr(mine)
