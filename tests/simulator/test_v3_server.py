"""Serving v2 and v3 on one origin or only one of them, the credentials taken from the environment, and
what `shopapp simulate` prints and accepts."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys

import httpx
import pytest
from simulator_support import API_CLIENT_FORM, CLIENT_AUTH, REDIRECT_URI, START, authorize_params, v3_headers

from shopapp.cli.parser import build_parser
from shopapp.simulator import Simulator, SimulatorConfig, clients, create_app, serve
from shopapp.simulator.server import apply_api_choice, banner

# The simulator's two demo pairs: the v2 OAuth client (Connect's application) and the v3 API client.
DEMO_APP = clients.ClientCredentials(clients.DEMO_CLIENT_ID, clients.DEMO_CLIENT_SECRET)
DEMO_API = clients.ClientCredentials(clients.DEMO_API_CLIENT_ID, clients.DEMO_API_CLIENT_SECRET)


def in_process(sim: Simulator) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(sim)), base_url="http://sim")


def test_demo_credentials_are_two_distinct_pairs():
    assert clients.DEMO_API_CLIENT_ID == "client_shopappdemo"
    assert clients.DEMO_API_CLIENT_SECRET == "shopapp-demo-api-secret"
    assert clients.DEMO_APPLICATION_ID == clients.DEMO_CLIENT_ID
    sim = Simulator.generate(2, seed=1, start=START)
    assert sim.api_credentials == DEMO_API
    assert sim.credentials == DEMO_APP


def test_credentials_from_the_environment():
    v3 = {"SMARTCAR_CLIENT_ID": "client_abc", "SMARTCAR_CLIENT_SECRET": "api-secret"}
    mine = clients.api_credentials(v3)
    assert (mine.client_id, mine.client_secret, mine.from_environment) == ("client_abc", "api-secret", True)
    assert "api-secret" not in repr(mine)
    # A `client_` id is the API client, never the Connect application.
    assert clients.app_credentials(v3) == DEMO_APP
    # Other ids keep their v2 meaning, and leave the API client at the demo pair.
    v2 = {"SMARTCAR_CLIENT_ID": "my-app", "SMARTCAR_CLIENT_SECRET": "v2-secret"}
    assert clients.app_credentials(v2).client_id == "my-app"
    assert clients.api_credentials(v2) == DEMO_API
    both = {
        **v3,
        "SMARTCAR_APPLICATION_ID": "3f0c8c3e-app",
        "SMARTCAR_V2_CLIENT_SECRET": "old-secret",
    }
    application = clients.app_credentials(both)
    assert (application.client_id, application.client_secret) == ("3f0c8c3e-app", "old-secret")
    assert application.secret_variable == "SMARTCAR_V2_CLIENT_SECRET"
    # An Application ID alone is enough for a v3 app: it never exchanges a code.
    only_id = clients.app_credentials({"SMARTCAR_APPLICATION_ID": "3f0c8c3e-app"})
    assert (only_id.client_id, only_id.from_environment) == ("3f0c8c3e-app", False)


def test_banner_names_the_api_client_and_never_an_environment_secret():
    env = {
        "SMARTCAR_CLIENT_ID": "client_real",
        "SMARTCAR_CLIENT_SECRET": "real-api-secret",
        "SMARTCAR_APPLICATION_ID": "app-uuid",
        "SMARTCAR_V2_CLIENT_SECRET": "real-v2-secret",
    }
    sim = Simulator.generate(
        2,
        seed=1,
        start=START,
        credentials=clients.app_credentials(env),
        api_credentials=clients.api_credentials(env),
    )
    text = banner(sim, "http://127.0.0.1:8123")
    lines = text.splitlines()
    assert lines[0] == "http://127.0.0.1:8123"
    assert "app-uuid" in lines[1]
    assert any(line.startswith("api client id: client_real") for line in lines[1:5])
    assert "real-api-secret" not in text
    assert "real-v2-secret" not in text
    assert "(from SMARTCAR_CLIENT_SECRET)" in text
    assert "(from SMARTCAR_V2_CLIENT_SECRET)" in text
    assert "SMARTCAR_VEHICLE_API_V3_ORIGIN=http://127.0.0.1:8123" in text
    demo = banner(Simulator.generate(2, seed=1, start=START), "http://127.0.0.1:1")
    assert f"api client id: {clients.DEMO_API_CLIENT_ID}" in demo
    assert clients.DEMO_API_CLIENT_SECRET in demo  # the fixed demo one is no secret


@pytest.mark.asyncio
async def test_serving_only_v2():
    config = SimulatorConfig()
    apply_api_choice(config, "v2")
    sim = Simulator.generate(4, seed=1, start=START, config=config)
    owner = sim.customers[0]
    async with in_process(sim) as http:
        connect = await http.get("/oauth/authorize", params=authorize_params())
        assert set(httpx.URL(connect.headers["location"]).params) == {"code", "state"}
        token = (await http.post("/oauth2/token", data=API_CLIENT_FORM)).json()["access_token"]
        sim.connect(owner.id)
        for path in ("/v3/connections", f"/v3/vehicles/{owner.vehicle_ids[0]}/signals"):
            answer = await http.get(path, headers=v3_headers(token, owner.id))
            assert answer.status_code == 404
            assert answer.json()["type"] == "RESOURCE_NOT_FOUND"
        assert (await http.get("/v2.0/vehicles", headers={"Authorization": "Bearer x"})).status_code == 401


@pytest.mark.asyncio
async def test_serving_only_v3():
    config = SimulatorConfig()
    apply_api_choice(config, "v3")
    sim = Simulator.generate(4, seed=1, start=START, config=config)
    async with in_process(sim) as http:
        connect = await http.get("/oauth/authorize", params=authorize_params())
        query = httpx.URL(connect.headers["location"]).params
        assert {"user_id", "code", "state"} == set(query)
        # The legacy exchange still works; v2 data paths are gone, as after Smartcar's switch-off.
        exchange = {"grant_type": "authorization_code", "code": query["code"], "redirect_uri": REDIRECT_URI}
        pair = (await http.post("/oauth/token", data=exchange, auth=CLIENT_AUTH)).json()
        gone = await http.get("/v2.0/vehicles", headers={"Authorization": f"Bearer {pair['access_token']}"})
        assert (gone.status_code, gone.json()["code"]) == (404, "VERSION")
        token = (await http.post("/oauth2/token", data=API_CLIENT_FORM)).json()["access_token"]
        car = sim.fleet.customer(query["user_id"]).vehicle_ids[0]
        answer = await http.get(f"/v3/vehicles/{car}/signals", headers=v3_headers(token, query["user_id"]))
        assert answer.status_code == 200


def test_api_choice_and_knob_values_are_checked():
    with pytest.raises(ValueError, match="Unknown API choice"):
        apply_api_choice(SimulatorConfig(), "v4")
    out = io.StringIO()
    with pytest.raises(ValueError, match="Unknown API choice"):
        serve(vehicles=2, api="v4", out=out)
    assert out.getvalue() == ""
    for name, bad in (
        ("served_apis", "all"),
        ("application_api", "v1"),
        ("v3_error_shape", "xml"),
        ("v3_timestamps", "minutes"),
        ("v3_paging_meta", "offset"),
    ):
        with pytest.raises(ValueError, match=name):
            SimulatorConfig(**{name: bad})


def test_simulate_command_takes_api():
    parser = build_parser()
    assert parser.parse_args(["simulate"]).api == "both"
    assert parser.parse_args(["simulate", "--api", "v3"]).api == "v3"
    with pytest.raises(SystemExit):
        parser.parse_args(["simulate", "--api", "v9"])


@pytest.mark.loopback
def test_simulate_prints_the_base_url_first_then_the_api_client():
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTCAR_")}
    command = [sys.executable, "-m", "shopapp", "simulate", "--vehicles", "3", "--api", "v3"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stdout is not None
        try:
            base_url = proc.stdout.readline().strip()
            assert base_url.startswith("http://127.0.0.1:")
            head = [proc.stdout.readline() for _ in range(5)]
            assert any(f"api client id: {clients.DEMO_API_CLIENT_ID}" in line for line in head)
            assert "api v3" in "".join(head)
            token = httpx.post(f"{base_url}/oauth2/token", data=API_CLIENT_FORM, timeout=5)
            assert token.status_code == 200
            assert httpx.get(f"{base_url}/v2.0/vehicles", timeout=5).status_code == 404
        finally:
            proc.send_signal(signal.SIGINT if sys.platform != "win32" else signal.SIGTERM)
            proc.wait(timeout=15)
    assert proc.returncode == 0
