"""Who holds a token-refresh lease or runs a refresh: a machine name, a process id and when that process
started. Recorded in the database beside the lease or the run, it lets the next process on the same machine
tell at once that the holder is gone (killed, crashed, the PC restarted) instead of waiting for a lease to
run out or calling a run "running" forever. A holder on another machine cannot be checked from here; its
lease's expiry and its run's heartbeat decide."""

from __future__ import annotations

import functools
import socket
from dataclasses import dataclass

import psutil

# Two readings of one process's start time may differ by a clock tick; two processes that reuse a pid
# start seconds apart at the very least.
_SAME_START_SECONDS = 1.0
_SEPARATOR = "|"
MAX_LENGTH = 200  # the width of the database columns that hold one


@dataclass(frozen=True, slots=True)
class ProcessIdentity:
    host: str
    pid: int
    started: float  # POSIX seconds

    def text(self) -> str:
        return f"{_stored_host(self.host)}{_SEPARATOR}{self.pid}{_SEPARATOR}{self.started:.2f}"

    @classmethod
    def parse(cls, text: str) -> ProcessIdentity | None:
        host, _, rest = text.rpartition(_SEPARATOR)
        host, _, pid = host.rpartition(_SEPARATOR)
        try:
            return cls(host, int(pid), float(rest))
        except ValueError:
            return None


@functools.cache
def this_process() -> ProcessIdentity:
    process = psutil.Process()
    return ProcessIdentity(_host_name(), process.pid, process.create_time())


def this_process_text() -> str:
    return this_process().text()


def is_gone(holder: str) -> bool:
    """True only when certain: the holder ran on this machine and no process with its id and start time is
    left. A holder on another machine (or an unreadable one) is not known to be gone."""
    identity = ProcessIdentity.parse(holder)
    me = this_process()
    if identity is None or identity.host != _stored_host(me.host):
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


def _stored_host(name: str) -> str:
    return name.replace(_SEPARATOR, "_")[: MAX_LENGTH - 40]


def _host_name() -> str:
    return socket.gethostname() or "unknown-host"
