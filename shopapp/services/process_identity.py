"""Whether the holder of a token-refresh lease or a refresh run is gone. The holder is a process identity
(shopapp/process_identity.py) recorded in the database beside the lease or the run; it lets the next process
on the same machine tell at once that the holder is gone (killed, crashed, the PC restarted) instead of
waiting for a lease to run out or calling a run "running" forever. A holder on another machine cannot be
checked from here; its lease's expiry and its run's heartbeat decide."""

from __future__ import annotations

import psutil

from shopapp.process_identity import MAX_LENGTH, ProcessIdentity, stored_host, this_process, this_process_text

__all__ = ["MAX_LENGTH", "ProcessIdentity", "is_gone", "this_process", "this_process_text"]

# Two readings of one process's start time may differ by a clock tick; two processes that reuse a pid
# start seconds apart at the very least.
_SAME_START_SECONDS = 1.0


def is_gone(holder: str) -> bool:
    """True only when certain: the holder ran on this machine and no process with its id and start time is
    left. A holder on another machine (or an unreadable one) is not known to be gone."""
    identity = ProcessIdentity.parse(holder)
    me = this_process()
    if identity is None or identity.host != stored_host(me.host):
        return False
    if identity.pid == me.pid:
        return abs(identity.started - me.started) >= _SAME_START_SECONDS
    try:
        process = psutil.Process(identity.pid)
        started = process.create_time()
        # A killed process whose parent has not collected it yet still has an entry, but runs no more.
        if process.status() == psutil.STATUS_ZOMBIE:
            return True
    except psutil.NoSuchProcess:
        return True
    except psutil.Error:
        return False  # it exists, but belongs to someone we may not look at: assume it is alive
    return abs(started - identity.started) >= _SAME_START_SECONDS
