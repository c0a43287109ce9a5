"""The command line as a user or a script meets it: version, simulate, one-line errors."""

import os
import re
import signal
import socket
import subprocess
import sys

import httpx
import pytest
from command_line_refusals import setting_refusal, whole_number_refusal
from message_patterns import ANY, message_pattern

from shopapp import __version__
from shopapp.simulator.faults import parse_fault_profile

SHOPAPP = [sys.executable, "-m", "shopapp"]


def run(*args, **kwargs):
    return subprocess.run([*SHOPAPP, *args], capture_output=True, text=True, timeout=60, **kwargs)


def test_version_via_module_and_script():
    assert run("--version").stdout.strip() == f"shopapp {__version__}"
    script = os.path.join(os.path.dirname(sys.executable), "shopapp")
    result = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == f"shopapp {__version__}"


@pytest.mark.loopback
def test_simulate_prints_its_base_url_first_and_serves_until_interrupted(shopapp_home):
    process = subprocess.Popen(
        [*SHOPAPP, "simulate", "--vehicles", "4", "--seed", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = process.stdout.readline().strip()
        assert base.startswith("http://127.0.0.1:")
        banner = [process.stdout.readline() for _ in range(2)]
        assert "shopapp-demo-client" in banner[0]
        answer = httpx.get(f"{base}/v2.0/vehicles", timeout=10)
        assert answer.status_code == 401
        assert answer.json()["type"] == "AUTHENTICATION"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err


@pytest.mark.loopback
@pytest.mark.child_process_output
def test_a_taken_port_is_one_clear_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("simulate", "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    cannot_serve = message_pattern("CommandLine", "cannot serve on 127.0.0.1 port %1: %2", port, ANY)
    assert cannot_serve.fullmatch(result.stderr.removeprefix("shopapp: ").rstrip("\n")), result.stderr
    assert "Traceback" not in result.stderr


def unknown_fault_profile(name: str) -> str:
    """The simulator's own refusal of a fault profile (a developer's tool: its words are not translated)."""
    with pytest.raises(ValueError, match=re.escape(repr(name))) as refused:  # the message names it
        parse_fault_profile(name)
    return str(refused.value)


@pytest.mark.child_process_output
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["simulate", "--faults", "bogus"], lambda: unknown_fault_profile("bogus")),
        (["config", "get", "no_such_setting"], lambda: setting_refusal("no_such_setting")),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr == f"shopapp: {message()}\n"


@pytest.mark.child_process_output
def test_bad_option_values_are_usage_errors():
    result = run("simulate", "--vehicles", "0")
    assert result.returncode == 2
    assert result.stderr == whole_number_refusal("shopapp simulate", "--vehicles", 1, 100000, "'0'") + "\n"


@pytest.mark.loopback
def test_simulate_prints_a_control_token_that_steering_needs(shopapp_home):
    process = subprocess.Popen(
        [*SHOPAPP, "simulate", "--vehicles", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        base = process.stdout.readline().strip()
        assert base.startswith("http://127.0.0.1:")  # still the first line: scripts read it
        line = ""
        while not line.startswith("control token: "):
            line = process.stdout.readline()
            assert line, "no control token line"
        token = line.split()[2]
        advance = f"{base}/_simulator/clock/advance"
        assert httpx.post(advance, params={"seconds": 60}, timeout=10).status_code == 403
        steered = httpx.post(
            advance, params={"seconds": 60}, headers={"X-Simulator-Control": token}, timeout=10
        )
        assert steered.status_code == 200
        refused = httpx.post(
            advance, params={"seconds": "1e12"}, headers={"X-Simulator-Control": token}, timeout=10
        )
        assert refused.status_code == 400
        assert httpx.get(f"{base}/_simulator/clock", timeout=10).status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
