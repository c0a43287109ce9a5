"""`shopapp refresh` killed (SIGKILL) at the worst moment for a v2 shop: Smartcar has just rotated a
connection's token pair and the answer has not reached the process. The next run, within Smartcar's grace
period for a used refresh token, renews that connection at once with the pair on record and nobody is marked
for reconnection; beyond the grace period the owner must connect again and the summary says a process
crashed during token refresh, not that the owner withdrew access."""

import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from message_patterns import ANY, message_pattern
from shop_support import connect_everyone, shop_environment, shopapp
from words import words

from shopapp.credentials import open_token_pair, seal_token_pair
from shopapp.services.tokens import CRASHED_DURING_RENEWAL, REFRESH_REFUSED, token_context
from shopapp.simulator import Simulator, run_in_thread
from shopapp.smartcar.results import TokenPair
from shopapp.store.connections import LEASE_SECONDS
from shopapp.store.database import open_store
from shopapp.store.models import Connection, RefreshRun, db

pytestmark = pytest.mark.loopback

KILLS = 20
GRACE_SECONDS = 60  # Smartcar's older documents; newer ones say ten minutes
NEED_RECONNECTING = "Need reconnecting (the owner connects again: `shopapp connect --customer NAME`):"
CRASHED = (
    "A ShopApp process crashed during token refresh before saving Smartcar's new tokens, and the old ones "
    "have expired since: %1 must connect again."
)


def age_every_pair(home, key):
    """Every stored access token two minutes from expiry, so the next refresh renews every connection."""
    open_store(home)
    soon = datetime.now(UTC) + timedelta(minutes=2)
    for row in Connection.select():
        pair = open_token_pair(row.sealed_tokens, key, token_context(row.id))
        aged = TokenPair(pair.access_token, pair.refresh_token, soon, pair.refresh_expires_at)
        row.sealed_tokens = seal_token_pair(aged, key, token_context(row.id))
        row.access_expires_at = soon
        row.save()
    db.close()


def refresh_killed_at_rotation(env, sim, rotation):
    """Runs `shopapp refresh` and kills it inside the simulator the moment it rotates the `rotation`-th
    pair, before the answer is sent. Returns whether it was killed there, and (pairs rotated, exit code)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "shopapp", "refresh"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rotated = 0
    counting = threading.Lock()  # the simulator answers token requests on several threads at once
    killed = threading.Event()

    def kill_now():
        nonlocal rotated
        with counting:
            rotated += 1
            this_one = rotated
        if this_one == rotation:
            killed.set()  # before the kill: the test's own wait may return first
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)  # dead before the simulator answers

    sim.tokens.on_rotated = kill_now
    try:
        process.wait(timeout=120)
    finally:
        sim.tokens.on_rotated = None
    return killed.is_set() and process.returncode == -signal.SIGKILL, (rotated, process.returncode)


@contextmanager
def shop_on_a_graceful_simulator(tmp_path, *, vehicles: int, seed: int):
    """A simulator that honours a used refresh token for GRACE_SECONDS, served on a thread, and a shop in
    `tmp_path` that has connected all its owners: yields the simulator, the shop's environment and its
    data key."""
    sim = Simulator.generate(vehicles=vehicles, seed=seed)
    sim.config.refresh_grace_s = GRACE_SECONDS
    with run_in_thread(sim) as base:
        key = connect_everyone(tmp_path, base, sim, api_burst="0")
        yield sim, shop_environment(tmp_path, base, sim, key), key


@pytest.mark.child_process_output
def test_a_run_killed_as_smartcar_rotates_a_pair_loses_nobody_within_the_grace_period(tmp_path):
    with shop_on_a_graceful_simulator(tmp_path, vehicles=10, seed=61) as (sim, env, key):
        connections = len(sim.customers)
        for kill in range(KILLS):
            age_every_pair(tmp_path, key)
            killed, how = refresh_killed_at_rotation(env, sim, rotation=kill % connections + 1)
            assert killed, (kill, how)
            started = time.monotonic()
            again = shopapp(env, "refresh")
            # The dead process's leases are taken over at once, not waited out (30 s each).
            assert time.monotonic() - started < LEASE_SECONDS
            assert again.returncode == 0, (kill, again.stdout + again.stderr)
            assert words("CommandLine", NEED_RECONNECTING) not in again.stdout
            open_store(tmp_path)
            try:
                assert Connection.select().where(Connection.state != "ok").count() == 0, kill
                assert Connection.select().where(Connection.lease_holder.is_null(False)).count() == 0
            finally:
                db.close()
    # The grace period was needed: the pair on record had been used already when the next run renewed it.
    assert sim.tokens.refresh_token_reuses >= KILLS
    open_store(tmp_path)
    try:
        outcomes = [run.outcome for run in RefreshRun.select().order_by(RefreshRun.id)]
        assert outcomes == ["interrupted", "finished"] * KILLS
    finally:
        db.close()


@pytest.mark.child_process_output
def test_beyond_the_grace_period_the_summary_names_the_crash_as_the_cause(tmp_path):
    with shop_on_a_graceful_simulator(tmp_path, vehicles=6, seed=62) as (sim, env, key):
        age_every_pair(tmp_path, key)
        killed, how = refresh_killed_at_rotation(env, sim, rotation=1)
        assert killed, how
        sim.clock.advance(GRACE_SECONDS + 1)
        again = shopapp(env, "refresh")
    assert again.returncode == 1, again.stdout + again.stderr
    crashed = message_pattern("CommandLine", CRASHED, ANY)
    (crash_line,) = [line for line in again.stdout.splitlines() if crashed.fullmatch(line)]
    # Not the words of an owner who withdrew access, nor of Smartcar refusing the renewal.
    withdrew = "The owner withdrew the shop's access in Smartcar; connect their cars again."
    assert words("RefreshWords", withdrew) not in again.stdout
    assert words("TokenWords", REFRESH_REFUSED) not in again.stdout
    open_store(tmp_path)
    try:
        # The killed pair, and any other the simulator rotated for requests already in flight.
        lost = list(Connection.select().where(Connection.state != "ok"))
        assert lost
        for connection in lost:
            assert connection.state_reason == CRASHED_DURING_RENEWAL
            assert connection.customer.name in crash_line
        assert Connection.select().where(Connection.state == "ok").count() == len(sim.customers) - len(lost)
    finally:
        db.close()
