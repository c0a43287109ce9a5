"""The command line speaks through the window's catalogue: a real `shopapp` process installs the translators
(English plurals come from shopapp_en.qm), and Qt starting up never writes into a script's output."""

import os
import subprocess
import sys

import pytest
from builders import customer, vehicle
from message_patterns import ANY, message_pattern
from self_check_report import report
from words import words

from shopapp.cli.qt_application import opens_the_window


def shopapp(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "shopapp", *args], capture_output=True, text=True, timeout=60, env=env
    )


@pytest.fixture
def one_car_shop(shopapp_home):
    from shopapp.store.database import open_store

    database = open_store(shopapp_home, "")
    vehicle(customer("Ada Lovelace"))
    database.close()


@pytest.mark.child_process_output
def test_a_count_of_one_reads_in_the_singular_from_the_catalogue(one_car_shop):
    result = shopapp("--self-check")
    _header, lines, _summary = report(result.stdout)
    # The catalogue's singular ("1 customer", not "1 customer(s)"): the process installed the translators.
    one_customer = words("SelfCheckCounts", "%n customer(s)", n=1)
    one_vehicle = words("SelfCheckCounts", "%n vehicle(s)", n=1)
    counts = message_pattern("SelfCheck", "%1, schema %2, %3, %4", ANY, ANY, one_customer, one_vehicle)
    assert counts.fullmatch(lines["database"][1]), result.stdout + result.stderr


def test_qt_complaining_about_the_locale_stays_out_of_stderr(shopapp_home):
    """Linux Qt warns at start when the locale is not UTF-8; before the log file is set up that warning is
    held, then written to the log."""
    result = shopapp("config", "list", env={**os.environ, "LC_ALL": "C", "LANG": "C"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "distance_unit = " in result.stdout


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--demo"], True),
        (["due"], False),
        (["--demo", "reminders", "--pdf", "x.pdf"], False),
        (["--self-check"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_only_the_window_makes_its_own_qt_application(argv, window):
    assert opens_the_window(argv) is window
