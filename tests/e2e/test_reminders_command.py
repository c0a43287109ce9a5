"""`shopapp reminders` in its own process: the PDF, the summary, --mark-sent logging exactly the letters
printed, --vehicle, and one-line usage errors (DESIGN.md "Command line contract")."""

import json
import os
import re
import subprocess
import sys
from datetime import date

import pytest
from letter_words import greeting
from message_patterns import ANY, message_pattern
from reminder_support import odd_fleet, pdf_pages, pdf_text
from reminders_summary import (
    letters_logged,
    letters_written,
    not_logged,
    nothing_due,
    nothing_written,
    skipped_recently_reminded,
    skipped_without_address,
)
from words import words

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.resources import file_kind, trouble_code_catalogue
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


def skipped_line(name: str, reason: re.Pattern[str]) -> re.Pattern[str]:
    """A skipped customer's line: the name, then why (a pattern: its date is in the command's locale)."""
    return re.compile(re.escape(f"  {name} — ") + reason.pattern)


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


@pytest.mark.child_process_output
def test_demo_fleet_letters_then_mark_sent_logs_exactly_them(demo_store, tmp_path):
    batch = expected_batch()
    assert batch.letters
    path = tmp_path / "letters.pdf"
    result = shopapp("reminders", "--pdf", str(path), "--mark-sent")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    count = len(batch.letters)
    pages = pdf_pages(path)
    assert result.stdout.splitlines()[:2] == [letters_written(count, pages, path), letters_logged(count)]

    text = pdf_text(path)
    for letter in batch.letters:
        assert greeting(letter.customer_name) in text
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
    lines = second.stdout.splitlines()
    assert lines[:2] == [nothing_written(again), skipped_recently_reminded(7)]
    assert not again.exists()
    today = message_pattern("ReminderWords", "reminded today (%1)", ANY)
    for letter in batch.letters:
        assert any(skipped_line(letter.customer_name, today).fullmatch(line) for line in lines[2:])
    assert ReminderLog.select().count() == len(logged)


@pytest.mark.child_process_output
def test_skipped_customers_are_listed_and_min_days_is_the_setting(odd_shop, tmp_path):
    path = tmp_path / "letters.pdf"
    result = shopapp("reminders", "--pdf", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == [letters_written(4, pdf_pages(path), path), not_logged()]
    recent = lines.index(skipped_recently_reminded(7))
    three_days_ago = message_pattern("ReminderCountWords", "reminded %n day(s) ago (%1)", ANY, n=3)
    assert skipped_line("Rita Recent", three_days_ago).fullmatch(lines[recent + 1])
    no_address = lines.index(skipped_without_address())
    assert lines[no_address + 1] == "  Nomad Without Address"
    assert ReminderLog.select().count() == 1  # Rita's, from before; nothing logged without --mark-sent
    text = pdf_text(path)
    assert greeting("O'Brien <Ltd> & Sons") in text
    assert "Rita Recent" not in text

    assert shopapp("config", "set", "reminder_min_days", "0").returncode == 0
    result = shopapp("reminders", "--pdf", str(path))
    assert result.stdout.splitlines()[0] == letters_written(5, pdf_pages(path), path)
    assert "Rita Recent" not in result.stdout  # no longer skipped
    assert skipped_recently_reminded(0) not in result.stdout
    assert greeting("Rita Recent") in pdf_text(path)


@pytest.mark.child_process_output
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
    assert result.stdout.splitlines()[0] == letters_written(1, 1, path)
    assert f"{nothing_due()}\n  2021 Toyota Camry PL0030 (Fiona Fine)\n" in result.stdout
    text = pdf_text(path)
    assert greeting("Ana Pérez") in text
    assert "2019 Ford Focus" in text
    assert "2022 Chevrolet Malibu" not in text


def cannot_write(path, reason: str) -> str:
    return words("ExportTarget", "cannot write %1: %2", path, reason)


@pytest.mark.child_process_output
@pytest.mark.parametrize("args", [["--vehicle", "NOPE"], ["--pdf-folder"], ["--pdf-is-a-folder"]])
def test_usage_errors_exit_2_with_one_line(odd_shop, tmp_path, args):
    if args == ["--pdf-folder"]:
        missing = tmp_path / "missing"
        command = ["reminders", "--pdf", str(missing / "letters.pdf")]
        message = cannot_write(
            missing / "letters.pdf", words("ExportTarget", "the folder %1 does not exist", missing)
        )
    elif args == ["--pdf-is-a-folder"]:
        command = ["reminders", "--pdf", str(tmp_path)]
        not_a_file = "it is not a regular file (%1); choose a file name"
        message = cannot_write(
            tmp_path, words("ExportTarget", not_a_file, file_kind(tmp_path.stat().st_mode))
        )
    else:
        command = ["reminders", "--pdf", str(tmp_path / "letters.pdf"), *args]
        message = words("CommandLine", "no car has the Smartcar id or VIN %1", "'NOPE'")
    result = shopapp(*command)
    assert result.returncode == 2
    assert result.stderr == f"shopapp: {message}\n"
    assert not (tmp_path / "letters.pdf").exists()
    assert ReminderLog.select().count() == 1
