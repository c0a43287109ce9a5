"""Who a process is: a machine name, a process id and when that process started, as one line of text. The
store records it beside what a process writes (a token lease, a refresh run, a change-feed note) so that
another process can tell who wrote it; services decide what to make of it (services/process_identity.py).
Below the store and the services because both need it, and it knows neither."""

from __future__ import annotations

import functools
import socket
from dataclasses import dataclass

import psutil

_SEPARATOR = "|"
MAX_LENGTH = 200  # the width of the database columns that hold one


@dataclass(frozen=True, slots=True)
class ProcessIdentity:
    host: str
    pid: int
    started: float  # POSIX seconds

    def text(self) -> str:
        return f"{stored_host(self.host)}{_SEPARATOR}{self.pid}{_SEPARATOR}{self.started:.2f}"

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


def stored_host(name: str) -> str:
    """A host name as the identity's text holds it (no separator, bounded)."""
    return name.replace(_SEPARATOR, "_")[: MAX_LENGTH - 40]


def _host_name() -> str:
    return socket.gethostname() or "unknown-host"
