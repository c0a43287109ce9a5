"""A shop on Smartcar API v3, command by command in its own processes against the simulator over loopback:
`shopapp connect --no-browser` links an owner by user id (no code exchange, no secret stored),
`shopapp refresh` reads the cars through signals, `shopapp due --csv -` shows their odometer, oil life,
codes and alerts with `data_as_of` the moment the car reported — for each error shape and timestamp form
Smartcar's sources give; and `shopapp smartcar migrate` moves a v2 shop."""

import csv
import html
import io
import subprocess
import sys
from datetime import UTC

import httpx
import pytest
from message_patterns import ANY, message_pattern
from shop_support import connect_everyone, connect_everyone_v3, shop_environment, shopapp
from words import words

from shopapp.credentials import new_data_key
from shopapp.services.smartcar_migration import MOVED, PENDING_READ, STAYS, WOULD_MOVE
from shopapp.simulator import Simulator, run_in_thread
from shopapp.store.database import open_store
from shopapp.store.models import Connection, SignalAvailability, Vehicle, db

pytestmark = pytest.mark.loopback
KM_PER_MILE = 1.609344


def migration_outcome(line: str) -> str | None:
    """The outcome code (MOVED, STAYS, ...) of a connection's line of `shopapp smartcar migrate`, None for
    any other line."""
    for outcome in (MOVED, PENDING_READ, STAYS, WOULD_MOVE):
        said = words("MoveToV3Words", outcome)
        with_reason = message_pattern("MoveToV3Words", "%1 (connection %2): %3 — %4", ANY, ANY, said, ANY)
        alone = message_pattern("MoveToV3Words", "%1 (connection %2): %3", ANY, ANY, said)
        if with_reason.fullmatch(line) or alone.fullmatch(line):
            return outcome
    return None


def files_of(home) -> bytes:
    return b"".join(path.read_bytes() for path in home.rglob("*") if path.is_file())


@pytest.mark.child_process_output
def test_connect_v3_links_an_owner_without_exchanging_a_code_or_storing_a_secret(tmp_path):
    sim = Simulator.generate(vehicles=6, seed=51)
    owner = sim.customers[0]
    sim.approve_next_connect_as(owner.id)
    with run_in_thread(sim) as base:
        env = shop_environment(tmp_path, base, sim, new_data_key(), api="v3")
        process = subprocess.Popen(
            [sys.executable, "-m", "shopapp", "connect", "--no-browser", "--customer", "Ana Lima"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        url = process.stdout.readline().strip()
        assert "application_id=" in url
        page = httpx.get(url, follow_redirects=True, timeout=30)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert html.escape(words("ConnectWords", "Car linked to the shop")) in page.text
    assert message_pattern("ConnectWords", "Linked for %1: %2.", "Ana Lima", ANY).fullmatch(
        out.splitlines()[0]
    )
    open_store(tmp_path)
    try:
        (connection,) = Connection.select()
        assert (connection.api, connection.smartcar_user_id) == ("v3", owner.id)
        assert connection.sealed_tokens is None  # no code was exchanged: there is no pair
        assert {car.smartcar_id for car in Vehicle.select()} == set(owner.vehicle_ids)
    finally:
        db.close()
    stored = files_of(tmp_path)
    secrets = sim.tokens.issued_secrets() | {
        sim.api_credentials.client_secret,
        sim.credentials.client_secret,
    }
    for secret in secrets:
        assert secret.encode() not in stored


@pytest.mark.parametrize(
    ("shape", "timestamps", "units"),
    [
        ("flat", "ms", "short"),
        ("jsonapi", "seconds", "long"),
        ("flat", "iso", "long"),
        ("jsonapi", "ms", "short"),
    ],
)
def test_refresh_and_due_list_show_the_signals_as_the_car_reported_them(tmp_path, shape, timestamps, units):
    sim = Simulator.generate(vehicles=10, seed=52)
    sim.config.v3_error_shape, sim.config.v3_timestamps = shape, timestamps
    sim.config.v3_unit_spelling = units
    with run_in_thread(sim) as base:
        connect_everyone_v3(tmp_path, base, sim)
        env = shop_environment(
            tmp_path, base, sim, new_data_key(), api="v3", SMARTCAR_MANAGEMENT_TOKEN="amt-never-shown-7"
        )
        # Failures in this run's error shape: retried, then read.
        sim.faults.force("server_error", path="/v3/signals", times=2)
        sim.faults.force("rate_limit", path="/v3/signals", times=1, retry_after=1)
        refreshed = shopapp(env, "refresh")
        due = shopapp(env, "due", "--csv", "-", "--all")
        letters = shopapp(env, "reminders", "--pdf", str(tmp_path / "letters.pdf"))
        checked = shopapp(env, "--self-check")
        truth = {car.vin: sim.reading(car.id) for car in sim.fleet.vehicles.values()}
    # No application token, client secret or management token anywhere: files, exports, output.
    everything = (
        files_of(tmp_path) + "".join(r.stdout + r.stderr for r in (refreshed, due, letters, checked)).encode()
    )
    assert letters.returncode == 0, letters.stderr
    assert checked.returncode == 0, checked.stdout
    # One token per process that talks to Smartcar (linking, refresh, self-check), kept in memory only.
    assert sim.app_token_requests == 3
    for secret in sim.tokens.issued_secrets() | {
        sim.api_credentials.client_secret,
        sim.credentials.client_secret,
        "amt-never-shown-7",
    }:
        assert secret.encode() not in everything
    assert refreshed.returncode == 0, refreshed.stdout + refreshed.stderr
    assert due.returncode == 0, due.stderr
    open_store(tmp_path)
    try:  # what each car could give: a make without trouble codes, an owner who kept them back
        readable = {
            (row.vehicle.vin, row.signal)
            for row in SignalAvailability.select(SignalAvailability, Vehicle).join(Vehicle)
            if row.availability == "ok"
        }
    finally:
        db.close()
    rows = list(csv.DictReader(io.StringIO(due.stdout)))
    by_vin: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_vin.setdefault(row["vin"], []).append(row)
    assert set(by_vin) == set(truth)
    for vin, reading in truth.items():
        first = by_vin[vin][0]
        assert float(first["odometer"]) == pytest.approx(reading.odometer_km / KM_PER_MILE, abs=0.1)
        reported = reading.recorded_at.astimezone().replace(microsecond=0)
        assert first["data_as_of"] == reported.isoformat(), vin
        assert reading.recorded_at.tzinfo is UTC or reading.recorded_at.utcoffset() is not None
        if reading.oil_life is not None and first["oil_life_pct"]:
            assert int(first["oil_life_pct"]) == round(reading.oil_life * 100)
        text = " ".join(f"{row['item']} {row['reason']}" for row in by_vin[vin])
        for code, _since in reading.trouble_codes if (vin, "trouble_codes") in readable else ():
            assert code in text, (vin, code)
        for _system, status, description in reading.systems if (vin, "system_status") in readable else ():
            if status == "ALERT" and description:
                assert description in text, (vin, description)
    assert any(signal == "trouble_codes" for _vin, signal in readable)


@pytest.mark.child_process_output
def test_migrate_moves_a_v2_shop_and_names_what_stays(tmp_path):
    sim = Simulator.generate(vehicles=8, seed=53)
    with run_in_thread(sim) as base:
        key = connect_everyone(tmp_path, base, sim)
        env = shop_environment(tmp_path, base, sim, key, api="v2")
        assert shopapp(env, "refresh").returncode == 0
        revoked = sim.customers[0]
        sim.revoke_user(revoked.id)
        v3_env = shop_environment(tmp_path, base, sim, key, api="v3")
        dry = shopapp(v3_env, "smartcar", "migrate", "--dry-run")
        moved = shopapp(v3_env, "smartcar", "migrate")
        again = shopapp(v3_env, "smartcar", "migrate")
    assert dry.returncode == 1, dry.stderr
    outcomes = [migration_outcome(line) for line in dry.stdout.splitlines()]
    assert outcomes.count(WOULD_MOVE) == len(sim.customers) - 1
    assert moved.returncode == 1, moved.stderr  # one owner withdrew access: stays on v2, named
    lines = moved.stdout.splitlines()
    assert [migration_outcome(line) for line in lines].count(MOVED) == len(sim.customers) - 1
    assert any(line.startswith(f"{revoked.name} (") and migration_outcome(line) == STAYS for line in lines)
    first_read = message_pattern(
        "CommandLine", "%1 (connection %2): first v3 read done, v2 tokens erased", ANY, ANY
    )
    assert sum(bool(first_read.fullmatch(line)) for line in lines) == len(sim.customers) - 1
    assert again.returncode == 1
    assert MOVED not in [migration_outcome(line) for line in again.stdout.splitlines()]
    open_store(tmp_path)
    try:
        apis = {c.smartcar_user_id: (c.api, c.sealed_tokens is None) for c in Connection.select()}
    finally:
        db.close()
    assert apis.pop(revoked.id) == ("v2", False)
    assert set(apis.values()) == {("v3", True)}
    stored = files_of(tmp_path)
    for secret in sim.tokens.issued_secrets() | {sim.api_credentials.client_secret, key}:
        assert secret.encode() not in stored
