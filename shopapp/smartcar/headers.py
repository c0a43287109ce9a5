"""Reading response headers from an httpx.Headers or from the plain dict a batch item carries."""

from __future__ import annotations

from typing import Any


def header_value(headers: Any, name: str) -> Any:
    """Case-insensitive look-up; batch items spell headers as they like (`sc-data-age`, `Retry-After`)."""
    if headers is None:
        return None
    if not isinstance(headers, dict):
        return headers.get(name)
    wanted = name.lower()
    return next((value for key, value in headers.items() if str(key).lower() == wanted), None)
