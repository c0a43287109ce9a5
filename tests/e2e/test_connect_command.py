"""`shopapp connect --no-browser` in its own process against the simulator over loopback: the printed URL is
followed like a browser would, the simulator approves and redirects to the command's listener, and the cars
land in the database with their tokens sealed (no token, code or client secret in the database or logs)."""

import html
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from message_patterns import ANY, message_pattern
from shop_support import shop_environment
from words import words

from shopapp.credentials import new_data_key
from shopapp.simulator import Simulator, run_in_thread

# Each test reads what the `shopapp connect` process printed or served to the browser.
pytestmark = [pytest.mark.loopback, pytest.mark.child_process_output]


def linked_page_heading() -> str:
    """The heading of the page the browser lands on once the car is linked, as the page's HTML has it."""
    return html.escape(words("ConnectWords", "Car linked to the shop"))


def _start_connect(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "shopapp", "connect", "--no-browser", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _database_and_logs(home: Path) -> bytes:
    files = [path for path in home.rglob("*") if path.is_file()]
    assert any(path.suffix == ".log" for path in files), "the command should have logged"
    return b"".join(path.read_bytes() for path in files)


def test_connect_links_the_owners_cars_with_sealed_tokens(tmp_path):
    sim = Simulator.generate(vehicles=6, seed=5)
    owner = next(person for person in sim.customers if len(sim.fleet.vehicles_of(person)) >= 1)
    sim.approve_next_connect_as(owner.id)
    with run_in_thread(sim) as base:
        env = shop_environment(tmp_path, base, sim, new_data_key())
        process = _start_connect(env, "--customer", "Zoë O'Brien-Ñúñez")
        url = process.stdout.readline().strip()
        assert url.startswith(f"{base}/oauth/authorize?")
        page = httpx.get(url, follow_redirects=True, timeout=30)  # the browser: approve, then our listener
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert page.status_code == 200
    assert linked_page_heading() in page.text
    linked = message_pattern("ConnectWords", "Linked for %1: %2.", "Zoë O'Brien-Ñúñez", ANY)
    assert linked.fullmatch(out.splitlines()[0]), out

    # Read the database back in this process, as the window would.
    from shopapp.store.database import open_store
    from shopapp.store.models import Connection, Customer, Vehicle

    open_store(tmp_path)
    customer = Customer.get()
    assert customer.name == "Zoë O'Brien-Ñúñez"
    cars = {car.vin for car in Vehicle.select().where(Vehicle.customer == customer)}
    assert cars == {car.vin for car in sim.fleet.vehicles_of(owner)}
    connection = Connection.get()
    assert connection.sealed_tokens.startswith("v1:")

    stored = _database_and_logs(tmp_path)
    secrets = sim.tokens.issued_secrets() | {sim.credentials.client_secret, env["SHOPAPP_DATA_KEY"]}
    assert secrets
    for secret in secrets:
        assert secret.encode() not in stored


def test_connect_refused_by_the_owner_says_so_and_saves_nothing(tmp_path):
    sim = Simulator.generate(vehicles=3, seed=6)
    sim.fail_next_connect("access_denied")
    with run_in_thread(sim) as base:
        env = shop_environment(tmp_path, base, sim, new_data_key())
        process = _start_connect(env)
        page = httpx.get(process.stdout.readline().strip(), follow_redirects=True, timeout=30)
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    refused = words("ConnectWords", "The owner chose not to share the car's data with the shop.")
    assert html.escape(refused) in page.text
    # The waiting notice and one line for the failure.
    assert err.strip().splitlines() == [
        words("CommandLine", "Waiting for the owner to approve in the browser (Ctrl+C to stop)…"),
        f"shopapp: {refused}",
    ]


def test_a_taken_port_is_a_clear_usage_error(tmp_path):
    sim = Simulator.generate(vehicles=2, seed=7)
    with socket.socket() as blocker, run_in_thread(sim) as base:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        port = blocker.getsockname()[1]
        env = shop_environment(tmp_path, base, sim, new_data_key(), port=port)
        result = subprocess.run(
            [sys.executable, "-m", "shopapp", "connect", "--no-browser"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stdout == ""
    in_use = words(
        "ConnectListener",
        "Port %1 is in use by another program, so Connect cannot receive Smartcar's answer. Close that program (another ShopApp window running Connect?) and try again.",  # noqa: E501
        port,
    )
    assert result.stderr == f"shopapp: {in_use}\n"


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_a_redirect_delivered_twice_at_once_links_once_and_both_pages_say_so(tmp_path, api):
    import asyncio

    sim = Simulator.generate(vehicles=4, seed=8)
    owner = sim.customers[0]
    sim.approve_next_connect_as(owner.id)
    with run_in_thread(sim) as base:
        env = shop_environment(tmp_path, base, sim, new_data_key(), api=api)
        process = _start_connect(env)
        url = process.stdout.readline().strip()
        approval = httpx.get(url, follow_redirects=False, timeout=30)  # Smartcar's answer: a redirect
        redirect = approval.headers["Location"]

        async def deliver_twice():
            async with httpx.AsyncClient(timeout=30) as browser:
                return await asyncio.gather(browser.get(redirect), browser.get(redirect))

        pages = asyncio.run(deliver_twice())
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert [page.status_code for page in pages] == [200, 200]
    assert all(linked_page_heading() in page.text for page in pages)
    assert "invalid_grant" not in out + err

    from shopapp.store.database import open_store
    from shopapp.store.models import Connection, Vehicle, db

    open_store(tmp_path)
    try:
        assert Connection.select().count() == 1
        assert Vehicle.select().count() == len(owner.vehicle_ids)
    finally:
        db.close()
