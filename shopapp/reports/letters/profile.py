"""The shop's letterhead and what the computer's locale says about paper and dates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

# Territories that use US Letter paper; the rest of the world uses A4.
_LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "SV", "NI", "PA", "DO", "BZ"}
)
# Territories that write dates month first ("November 30, 2026").
_MONTH_FIRST = frozenset({"US", "PH", "PR"})


@dataclass(frozen=True)
class ShopProfile:
    """The letterhead: name, address (one line per line), phone, email, logo image file (may be empty)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str = ""

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> ShopProfile:
        def text(key: str) -> str:
            value = values.get(key)
            return "" if value is None else str(value).strip()

        return cls(
            name=text("shop_name"),
            address=text("shop_address"),
            phone=text("shop_phone"),
            email=text("shop_email"),
            logo_path=text("shop_logo"),
        )

    @property
    def address_lines(self) -> list[str]:
        lines = [line.strip() for line in re.split(r"\r\n|\r|\n", self.address)]
        return [line for line in lines if line]


def _territory_code(locale: QLocale | None) -> str:
    locale = locale if locale is not None else QLocale()
    return QLocale.territoryToCode(locale.territory())


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """US Letter where it is the usual paper (US, Canada, Mexico, the Philippines, ...), A4 elsewhere."""
    letter = _territory_code(locale) in _LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def month_first_for_locale(locale: QLocale | None = None) -> bool:
    """Whether the locale writes dates month first ("November 30, 2026")."""
    return _territory_code(locale) in _MONTH_FIRST
