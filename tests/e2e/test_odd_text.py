"""Odd text that customers (or a car) put in the database reaches no terminal, spreadsheet or letter as a
control (issue 18, item 7): escape sequences and bidi overrides in names are stripped from `shopapp due`, its
CSV and the `reminders` summary; in a letter a right-to-left override cannot reorder the words around it."""

import csv
import io
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from letter_words import greeting, letter_words
from message_patterns import ANY, message_pattern
from reminder_support import ADDRESS, customer, due_car, pdf_text
from reminders_summary import skipped_without_address

from shopapp.domain.text import BIDI_CONTROLS
from shopapp.store.database import open_store
from shopapp.store.models import db

ANSI_NAME = "\x1b[2J\x1b[31mRed Alert\x1b[0m Garage\x07"
RLO_NAME = "Eve \u202eRetsam"  # an override that is never closed
ODD_PLATE = "\u202eXYZ\x1b[5m-123"
HIDDEN_NAME = "\x1b]0;owned\x07\x9b1mNomad \u2066Hidden"  # no postal address: listed as skipped
FORMULA_NAME = '\x07=HYPERLINK("http://evil.example","x")'


def shopapp(*args):
    return subprocess.run([sys.executable, "-m", "shopapp", *args], capture_output=True, timeout=120)


@pytest.fixture
def odd_names(shopapp_home):
    database = open_store(shopapp_home, "")
    now = datetime.now(UTC)
    due_car(customer(ANSI_NAME, **ADDRESS), 1, now=now)
    rlo = customer(RLO_NAME, **{**ADDRESS, "address_line1": "12 \u202eElm Street"})
    due_car(rlo, 2, now=now, plate=ODD_PLATE)
    due_car(customer(HIDDEN_NAME, phone="555-0199"), 3, now=now)
    due_car(customer(FORMULA_NAME, **ADDRESS), 4, now=now - timedelta(seconds=1))
    database.close()
    db.initialize(None)


def assert_no_controls(output: bytes) -> str:
    text = output.decode("utf-8")
    assert b"\x1b" not in output
    assert b"\x07" not in output
    assert not any(0x80 <= ord(char) <= 0x9F for char in text)  # C1 controls (8-bit CSI)
    assert not set(text) & set(BIDI_CONTROLS)
    return text


def test_the_due_table_prints_names_without_escape_sequences(odd_names):
    result = shopapp("due")
    assert result.returncode == 0, result.stderr
    table = assert_no_controls(result.stdout)
    assert "Red Alert Garage" in table
    assert "Eve Retsam" in table
    assert "XYZ-123" in table
    assert "Nomad Hidden" in table


def test_the_csv_strips_controls_before_neutralising_formulas(odd_names):
    result = shopapp("due", "--csv", "-")
    assert result.returncode == 0, result.stderr
    text = assert_no_controls(result.stdout)
    names = {row["customer"] for row in csv.DictReader(io.StringIO(text))}
    assert names == {
        "Red Alert Garage",
        "Eve Retsam",
        "Nomad Hidden",
        '\'=HYPERLINK("http://evil.example","x")',  # the BEL no longer hides the formula
    }


@pytest.mark.child_process_output
def test_letters_and_summary_keep_names_in_order(odd_names, tmp_path):
    path = tmp_path / "letters.pdf"
    result = shopapp("reminders", "--pdf", str(path))
    assert result.returncode == 0, result.stderr
    summary = assert_no_controls(result.stdout)
    assert f"{skipped_without_address()}\n  Nomad Hidden\n" in summary

    text = pdf_text(path)
    assert not set(text) & set(BIDI_CONTROLS)
    assert greeting("Red Alert Garage") in text
    # The override is gone: the name reads as typed and the rest of the line (the letter's opening
    # sentence, for her one car) is not reversed.
    one_car = (
        "According to our records and the latest readings from your %1, it is due for the service below."
    )
    opening = message_pattern("LetterWording", one_car, ANY)
    assert re.search(re.escape(greeting("Eve Retsam")) + " " + opening.pattern, text)
    assert "12 Elm Street" in text
    assert letter_words("Plate %1", "XYZ-123") in text
    assert "masteR" not in text
    assert "teertS mlE" not in text


def test_config_shows_a_shop_name_with_escapes_as_plain_text(shopapp_home):
    assert shopapp("config", "set", "shop_name", ANSI_NAME).returncode == 0
    listed = assert_no_controls(shopapp("config", "list").stdout)
    assert "shop_name = Red Alert Garage" in listed
    assert assert_no_controls(shopapp("config", "get", "shop_name").stdout).strip() == "Red Alert Garage"
