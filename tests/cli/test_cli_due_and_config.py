"""`shopapp due` and `shopapp config` as a script uses them (SQLite in the test's data folder)."""

import csv
import io
import os
import subprocess
import sys

import pytest
from command_line_refusals import setting_refusal
from fleet_support import shop_fleet
from words import words

from shopapp.cli import main


def shopapp(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args], capture_output=True, text=True, timeout=60, env=env
    )


def in_locale(name: str) -> dict[str, str]:
    """The environment of a front-desk PC set to `name` (e.g. "fr_FR.UTF-8")."""
    return {**os.environ, "LC_ALL": name, "LANG": name}


@pytest.mark.child_process_output
def test_config_set_get_list_and_errors():
    assert shopapp("config", "set", "distance_unit", "km").returncode == 0
    assert shopapp("config", "get", "distance_unit").stdout == "km\n"
    listing = shopapp("config", "list").stdout.splitlines()
    assert "distance_unit = km" in listing
    assert "reminder_min_days = 7" in listing
    assert "smartcar_api = v3" in listing  # a new shop starts on the API Smartcar gives today
    assert shopapp("config", "set", "smartcar_api", "V2").returncode == 0
    assert shopapp("config", "get", "smartcar_api").stdout == "v2\n"
    assert shopapp("config", "set", "smartcar_application_id", "8229df9f-91a0").returncode == 0
    # Until set, the currency is the PC's locale's.
    assert shopapp("config", "get", "currency", env=in_locale("en_US.UTF-8")).stdout == "USD\n"
    assert shopapp("config", "get", "currency", env=in_locale("fr_FR.UTF-8")).stdout == "EUR\n"
    assert shopapp("config", "set", "currency", "eur").returncode == 0
    assert shopapp("config", "get", "currency").stdout == "EUR\n"
    assert "currency = EUR" in shopapp("config", "list").stdout.splitlines()
    for args in [
        ("config", "get", "colour"),
        ("config", "set", "refresh_concurrency", "0"),
        ("config", "set", "api_refill_per_minute", "0"),  # a bucket that never refills
        ("config", "set", "smartcar_api", "v4"),
        ("config", "set", "currency", "XYZ"),  # no such currency: one line, exit 2
    ]:
        result = shopapp(*args)
        assert result.returncode == 2
        # The settings' own message (shopapp.config), after the key.
        assert result.stderr == f"shopapp: {setting_refusal(*args[2:])}\n"


@pytest.fixture
def fleet_in_home(shopapp_home):
    from shopapp.store.database import open_store

    database = open_store(shopapp_home, "")
    shop_fleet()
    database.close()


def test_due_table_and_csv(fleet_in_home, tmp_path, capsys):
    assert main(["due"]) == 0
    table = capsys.readouterr().out
    assert words("DueTable", "OVERDUE") in table
    assert "Zoë Ñúñez" in table
    assert "P0420 Catalyst System Efficiency Below Threshold (Bank 1)" in table

    assert main(["due", "--csv", str(tmp_path / "due.csv"), "--all", "--bom"]) == 0
    data = (tmp_path / "due.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert {r["status"] for r in rows} >= {"overdue", "due", "alert", "due_soon", "ok"}


def test_due_csv_to_stdout(fleet_in_home):
    result = shopapp("due", "--csv", "-")
    assert result.returncode == 0
    assert result.stdout.startswith("customer,phone,email,vehicle")
    assert "ok" not in {row["status"] for row in csv.DictReader(io.StringIO(result.stdout))}


@pytest.mark.child_process_output
def test_due_to_an_unwritable_path_is_one_line(fleet_in_home, tmp_path):
    folder = tmp_path / "missing-folder"
    result = shopapp("due", "--csv", str(folder / "due.csv"))
    assert result.returncode == 2
    missing = words("ExportTarget", "the folder %1 does not exist", folder)
    cannot_write = words("ExportTarget", "cannot write %1: %2", folder / "due.csv", missing)
    assert result.stderr == f"shopapp: {cannot_write}\n"
