"""A car maker's name as people write it: Smartcar sends makes in capitals ("CADILLAC"), a person reads
"Cadillac"; makes that are acronyms stay as they are ("BMW", "GMC")."""

from __future__ import annotations

_ACRONYM_MAKES = frozenset({"BMW", "GMC", "MG", "VW", "DS"})


def make_name(make: str) -> str:
    make = make.strip()
    if make.isupper() and make not in _ACRONYM_MAKES:
        return make.title()
    return make
