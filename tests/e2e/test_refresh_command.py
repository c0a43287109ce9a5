"""`shopapp refresh` in its own processes against the simulator over loopback: the summary and exit codes
of the command line contract, and two processes at once on one database whose tokens are about to
expire (each connection's token is refreshed exactly once, nobody is wrongly marked for reconnection)."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from command_line_refusals import credentials_refusal
from message_patterns import ANY, message_pattern
from shop_support import connect_everyone, connect_everyone_v3, shop_environment, shopapp
from words import words

from shopapp.credentials import check_data_key, seal_token_pair
from shopapp.services.tokens import V2_CLIENT_REFUSED
from shopapp.simulator import Simulator, run_in_thread
from shopapp.smartcar.app_token import WHERE_CREDENTIALS_COME_FROM
from shopapp.smartcar.results import TokenPair
from shopapp.store.database import open_store
from shopapp.store.models import Connection, RefreshRun, Vehicle, db

pytestmark = pytest.mark.loopback
NEED_RECONNECTING = "Need reconnecting (the owner connects again: `shopapp connect --customer NAME`):"


@pytest.fixture
def reopen(tmp_path):
    def open_again():
        open_store(tmp_path)

    yield open_again
    db.close()


@pytest.mark.child_process_output
def test_refresh_reads_every_car_and_names_the_revoked_owner(tmp_path, reopen):
    sim = Simulator.generate(vehicles=8, seed=31)
    with run_in_thread(sim) as base:
        key = connect_everyone(tmp_path, base, sim)
        revoked = sim.customers[0]
        sim.revoke_user(revoked.id)
        result = shopapp(shop_environment(tmp_path, base, sim, key), "refresh")
    assert result.returncode == 1, result.stderr  # a revoked connection counts as an error
    lines = result.stdout.splitlines()
    heading = lines.index(words("CommandLine", NEED_RECONNECTING))
    assert lines[heading + 1].startswith(f"  {revoked.name} — ")
    next_refresh = message_pattern("CommandLine", "Next scheduled refresh: %1 (%2).", ANY, ANY)
    assert next_refresh.fullmatch(lines[-1]), lines
    assert "Traceback" not in result.stderr
    reopen()
    theirs = len(sim.fleet.vehicles_of(revoked))
    refreshed = Vehicle.select().where(Vehicle.last_refresh_at.is_null(False)).count()
    assert refreshed == len(sim.fleet.vehicles) - theirs
    assert Connection.select().where(Connection.state == "needs_reconnect").count() == 1
    (run,) = RefreshRun.select()
    assert (run.outcome, run.vehicles_ok, run.vehicles_failed) == ("finished", refreshed, theirs)


@pytest.mark.child_process_output
def test_refresh_of_named_cars_and_usage_errors(tmp_path, reopen):
    sim = Simulator.generate(vehicles=4, seed=32)
    with run_in_thread(sim) as base:
        key = connect_everyone(tmp_path, base, sim)
        env = shop_environment(tmp_path, base, sim, key)
        car = list(sim.fleet.vehicles.values())[1]
        ok = shopapp(env, "refresh", "--vehicle", car.vin.lower(), "--vehicle", car.id, "--concurrency", "2")
        unknown = shopapp(env, "refresh", "--vehicle", "NOPE")
        wrong_key = shopapp({**env, "SHOPAPP_DATA_KEY": "A" * 43 + "="}, "refresh")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    refreshed = message_pattern("RefreshCommandCounts", "Refreshed %1 of %n car(s) in %2 s.", 1, ANY, n=1)
    assert refreshed.fullmatch(ok.stdout.splitlines()[0]), ok.stdout
    assert unknown.returncode == 2
    no_car = words("CommandLine", "no connected car has the Smartcar id or VIN %1", "'NOPE'")
    assert unknown.stderr == f"shopapp: {no_car}\n"
    assert wrong_key.returncode == 2
    now = datetime.now(UTC)
    sample = (seal_token_pair(TokenPair("at", "rt", now, now), key, "sample"), "sample")  # any pair it sealed
    does_not_open = credentials_refusal(lambda: check_data_key("A" * 43 + "=", [sample]))
    assert wrong_key.stderr == f"shopapp: {does_not_open}\n"
    assert "SHOPAPP_DATA_KEY" in does_not_open  # what to set instead
    reopen()
    assert Vehicle.select().where(Vehicle.last_refresh_at.is_null(False)).count() == 1
    assert Connection.select().where(Connection.state != "ok").count() == 0


def test_two_processes_at_once_refresh_each_connection_once(tmp_path, reopen):
    sim = Simulator.generate(vehicles=24, seed=33)
    sim.config.latency_ms = 30  # long enough for the two processes to overlap
    with run_in_thread(sim) as base:
        # Every access token has 3 minutes left: both processes want to refresh every connection.
        key = connect_everyone(tmp_path, base, sim, issued_ago=timedelta(hours=1, minutes=57))
        env = shop_environment(tmp_path, base, sim, key)
        command = [sys.executable, "-m", "shopapp", "refresh"]
        processes = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outputs = [process.communicate(timeout=120) for process in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, out + err
    connections = len(sim.customers)
    assert sim.tokens.refresh_calls == connections
    assert sim.tokens.refresh_token_reuses == 0
    reopen()
    assert Connection.select().where(Connection.state == "ok").count() == connections
    assert RefreshRun.select().count() == 2


def test_a_refresh_killed_midway_leaves_a_sound_database_that_the_next_refresh_completes(tmp_path, reopen):
    import sqlite3
    import time

    sim = Simulator.generate(vehicles=120, seed=34)
    with run_in_thread(sim) as base:
        # The simulator has no app-level bucket here; the shop's default (120 at once) would hold it back.
        key = connect_everyone(tmp_path, base, sim, api_burst="0")
        sim.config.latency_ms = 25
        env = shop_environment(tmp_path, base, sim, key)
        process = subprocess.Popen(
            [sys.executable, "-m", "shopapp", "refresh", "--concurrency", "4"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        database = tmp_path / "shopapp.sqlite3"
        deadline = time.monotonic() + 60
        refreshed = 0
        while refreshed < 20 and time.monotonic() < deadline:
            time.sleep(0.05)
            with sqlite3.connect(database, timeout=5) as peek:
                refreshed = peek.execute(
                    "SELECT COUNT(*) FROM vehicle WHERE last_refresh_at IS NOT NULL"
                ).fetchone()[0]
        process.kill()  # no chance to clean up: as if the PC lost power
        process.wait(timeout=30)
        assert 20 <= refreshed < 120
        with sqlite3.connect(database) as check:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sim.config.latency_ms = 0
        again = shopapp(env, "refresh")
    assert again.returncode == 0, again.stdout + again.stderr
    reopen()
    assert Vehicle.select().where(Vehicle.last_refresh_at.is_null()).count() == 0
    assert Connection.select().where(Connection.state != "ok").count() == 0


@pytest.mark.child_process_output
@pytest.mark.parametrize("api", ["v2", "v3"])
def test_a_wrong_client_secret_is_one_setup_line_and_marks_nobody(tmp_path, reopen, api):
    """Not one line per car and exit 1: the shop's set-up is wrong, so the run stops with exit 2."""
    sim = Simulator.generate(vehicles=12, seed=35)
    with run_in_thread(sim) as base:
        if api == "v2":
            # Every access token about to expire: each connection must be renewed with the client secret.
            key = connect_everyone(tmp_path, base, sim, issued_ago=timedelta(hours=1, minutes=57))
        else:
            key = ""
            connect_everyone_v3(tmp_path, base, sim)
        env = shop_environment(tmp_path, base, sim, key, api=api, SMARTCAR_CLIENT_SECRET="not-the-secret")
        result = shopapp(env, "refresh")
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    if api == "v2":
        assert result.stderr == f"shopapp: {words('TokenWords', V2_CLIENT_REFUSED)}\n"
    else:  # the Smartcar client's own message (not in the catalogue), naming the variables and the tab
        assert result.stderr.startswith("shopapp: ")
        assert "SMARTCAR_CLIENT_SECRET" in result.stderr
        assert WHERE_CREDENTIALS_COME_FROM in result.stderr
    assert "not-the-secret" not in result.stderr + result.stdout
    assert result.stdout == ""
    reopen()
    assert Connection.select().where(Connection.state != "ok").count() == 0
    assert Vehicle.select().where(Vehicle.last_error != "").count() == 0
    assert not RefreshRun.select().where(RefreshRun.outcome == "running").exists()
