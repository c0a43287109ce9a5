"""A lease's or a run's holder is known gone only when certain: it ran on this PC and no process with its id
and start time is left."""

import subprocess
import sys
import time

import psutil

from shopapp.services.process_identity import ProcessIdentity, is_gone, this_process


def test_an_identity_reads_back_as_written_even_with_the_separator_in_the_host_name():
    identity = ProcessIdentity("front|desk", 4242, 1796657703.51)
    read = ProcessIdentity.parse(identity.text())
    assert read == ProcessIdentity("front_desk", 4242, 1796657703.51)
    assert ProcessIdentity.parse("nonsense") is None


def test_this_process_is_alive():
    assert not is_gone(this_process().text())


def test_a_process_that_ended_is_gone_and_so_is_a_reused_pid():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        identity = ProcessIdentity(this_process().host, child.pid, psutil.Process(child.pid).create_time())
        assert not is_gone(identity.text())
        child.kill()
        # Killed and not collected yet (a zombie): gone already.
        _until_zombie(child.pid)
        assert is_gone(identity.text())
        child.wait()
        assert is_gone(identity.text())
    finally:
        child.kill()
        child.wait()
    me = this_process()
    assert is_gone(ProcessIdentity(me.host, me.pid, me.started - 60).text())  # our pid, another process


def test_a_holder_on_another_pc_or_unreadable_is_never_called_gone():
    assert not is_gone(ProcessIdentity("another-pc", 1, 1.0).text())
    assert not is_gone("garbage")


def _until_zombie(pid):
    deadline = time.monotonic() + 10
    while psutil.Process(pid).status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.01)
