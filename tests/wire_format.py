"""How Smartcar's answers spell instants and lists of signals, for the tests that read those answers raw
(the simulator's own tests and the official SDK's conformance tests alike)."""

from __future__ import annotations

import re
from datetime import datetime

# An instant as Smartcar writes it: UTC, milliseconds, a trailing Z.
ISO_MS_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def epoch_ms(iso: str) -> int:
    """The instant as v3's epoch-millisecond timestamps give it."""
    return round(parse_iso(iso).timestamp() * 1000)


def by_code(body: dict) -> dict[str, dict]:
    """A v3 signals answer's items by their code."""
    return {item["attributes"]["code"]: item for item in body["data"]}
