"""`shopapp reminders` in its own process: the PDF, the summary, --mark-sent logging exactly the letters
printed, --vehicle, and one-line usage errors (DESIGN.md "Command line contract")."""

import json
import os
import re
import subprocess
import sys
from datetime import date

import pytest
from reminder_support import odd_fleet, pdf_pages, pdf_text

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.resources import trouble_code_catalogue
from shopapp.services.reminders import ReminderOptions, plan_reminders
from shopapp.store.database import open_store
from shopapp.store.models import ReminderLog, Vehicle, db


def shopapp(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def expected_batch():
    return plan_reminders(
        ReminderOptions(),
        today=date.today(),
        plan=default_plan(),
        unit=DistanceUnit.MI,
        catalogue=trouble_code_catalogue(),
    )


@pytest.fixture
def odd_shop(shopapp_home):
    database = open_store(shopapp_home, "")
    odd_fleet()
    yield database
    database.close()
    db.initialize(None)


def test_demo_fleet_letters_then_mark_sent_logs_exactly_them(demo_store, tmp_path):
    batch = expected_batch()
    assert batch.letters
    path = tmp_path / "letters.pdf"
    result = shopapp("reminders", "--pdf", str(path), "--mark-sent")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    count = len(batch.letters)
    pages = pdf_pages(path)
    assert f"Wrote {count} letters ({pages} pages) to {path}." in result.stdout
    assert f"Logged {count} letters as sent." in result.stdout

    text = pdf_text(path)
    for letter in batch.letters:
        assert f"Dear {letter.customer_name}," in text
        for vehicle in letter.vehicles:
            assert vehicle.title in text
            assert vehicle.plate in text

    logged = {(row.customer_id, row.vehicle_id, tuple(json.loads(row.items))) for row in ReminderLog.select()}
    assert logged == {
        (letter.customer_id, vehicle.vehicle_id, tuple(item.key for item in vehicle.items))
        for letter in batch.letters
        for vehicle in letter.vehicles
    }
    assert ReminderLog.select().count() == len(logged)

    again = tmp_path / "again.pdf"
    second = shopapp("reminders", "--pdf", str(again), "--mark-sent")
    assert second.returncode == 0, second.stderr
    assert "No reminder letters to write" in second.stdout
    assert not again.exists()
    assert "Skipped, reminded within the last 7 days" in second.stdout
    for letter in batch.letters:
        assert re.search(rf"^  {re.escape(letter.customer_name)} — reminded today \(", second.stdout, re.M)
    assert ReminderLog.select().count() == len(logged)


def test_skipped_customers_are_listed_and_min_days_is_the_setting(odd_shop, tmp_path):
    path = tmp_path / "letters.pdf"
    result = shopapp("reminders", "--pdf", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Wrote 4 letters (")
    assert "Not logged as sent" in lines[1]
    recent = lines.index("Skipped, reminded within the last 7 days (setting reminder_min_days):")
    assert re.fullmatch(r"  Rita Recent — reminded 3 days ago \(\d+ \w+\)", lines[recent + 1])
    no_address = lines.index("Skipped, no postal address (add one in the customer's details):")
    assert lines[no_address + 1] == "  Nomad Without Address"
    assert ReminderLog.select().count() == 1  # Rita's, from before; nothing logged without --mark-sent
    text = pdf_text(path)
    assert "Dear O'Brien <Ltd> & Sons," in text
    assert "Rita Recent" not in text

    assert shopapp("config", "set", "reminder_min_days", "0").returncode == 0
    result = shopapp("reminders", "--pdf", str(path))
    assert result.stdout.startswith("Wrote 5 letters (")
    assert "reminded within" not in result.stdout
    assert "Dear Rita Recent," in pdf_text(path)


def test_named_vehicles_by_vin_or_smartcar_id(odd_shop, tmp_path):
    focus = Vehicle.get(Vehicle.plate == "PL0010")
    fine = Vehicle.get(Vehicle.plate == "PL0030")
    path = tmp_path / "one.pdf"
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}  # no display needed
    result = shopapp(
        "reminders",
        "--pdf",
        str(path),
        "--vehicle",
        focus.vin.lower(),
        "--vehicle",
        fine.smartcar_id,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("Wrote 1 letter (1 page) to ")
    assert "Nothing due, no letter:\n  2021 Toyota Camry PL0030 (Fiona Fine)" in result.stdout
    text = pdf_text(path)
    assert "Dear Ana Pérez," in text
    assert "2019 Ford Focus" in text
    assert "2022 Chevrolet Malibu" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--vehicle", "NOPE"], "no car has the Smartcar id or VIN 'NOPE'"),
        (["--pdf-folder"], "does not exist"),
        (["--pdf-is-a-folder"], "it is not a regular file (a folder); choose a file name"),
    ],
)
def test_usage_errors_exit_2_with_one_line(odd_shop, tmp_path, args, message):
    if args == ["--pdf-folder"]:
        command = ["reminders", "--pdf", str(tmp_path / "missing" / "letters.pdf")]
    elif args == ["--pdf-is-a-folder"]:
        command = ["reminders", "--pdf", str(tmp_path)]
    else:
        command = ["reminders", "--pdf", str(tmp_path / "letters.pdf"), *args]
    result = shopapp(*command)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "letters.pdf").exists()
    assert ReminderLog.select().count() == 1
