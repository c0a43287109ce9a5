"""`shopapp simulate --webhook-url`: registers an auto-enrolling webhook, says whether VERIFY passed, then
delivers signed state for a car connected while it runs."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import pytest
from simulator_support import authorize_params
from webhook_receiver_support import TinyReceiver, on_loopback

from shopapp.simulator import DEMO_MANAGEMENT_TOKEN

SHOPAPP = [sys.executable, "-m", "shopapp"]


@pytest.mark.loopback
@pytest.mark.child_process_output
@pytest.mark.parametrize(("token", "verified"), [(None, True), ("another-token", False)])
def test_simulate_delivers_webhooks_to_a_receiver(token, verified):
    receiver = TinyReceiver(DEMO_MANAGEMENT_TOKEN)
    with on_loopback(receiver.app) as receiver_base:
        command = [*SHOPAPP, "simulate", "--vehicles", "4", "--seed", "3"]
        command += ["--webhook-url", f"{receiver_base}/hook", "--webhook-interval", "0.2"]
        if token is not None:
            command += ["--management-token", token]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            base = process.stdout.readline().strip()
            lines = []
            while not any(line.startswith("webhook verification") for line in lines):
                lines.append(process.stdout.readline())
                assert lines[-1], (lines, process.stderr.read() if process.poll() is not None else "")
            assert ("webhook verification passed" in lines[-1]) is verified
            assert any(line.startswith("webhook:") for line in lines)
            assert all("another-token" not in line for line in lines)  # the token is never printed
            # connect a customer through Connect; auto-enrollment subscribes their cars
            answer = httpx.get(f"{base}/oauth/authorize", params=authorize_params(), timeout=10)
            assert answer.status_code == 302
            deadline = time.monotonic() + 10
            while verified and not receiver.deliveries() and time.monotonic() < deadline:
                time.sleep(0.05)
            if not verified:
                time.sleep(0.6)
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    if verified:
        delivery = receiver.deliveries()[0]
        assert delivery.event_type == "VEHICLE_STATE"
        assert receiver.signed_correctly(delivery)
    else:
        assert receiver.deliveries() == []
