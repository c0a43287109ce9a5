"""17-character VINs (ISO 3779 / 49 CFR 565): the check digit, the model-year character, and a builder."""

from __future__ import annotations

import random

# Letters I, O and Q never appear in a VIN (they read like 1 and 0).
VIN_CHARACTERS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"

_TRANSLITERATION = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)

# Position 10 cycles every 30 years; 2010 starts the current cycle again at "A".
_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789"


def check_digit(vin: str) -> str:
    """The character position 9 must hold for this VIN (whatever position 9 currently holds)."""
    if len(vin) != 17:
        raise ValueError("A VIN has 17 characters.")
    total = sum(_TRANSLITERATION[ch] * weight for ch, weight in zip(vin.upper(), _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def is_valid_vin(vin: str) -> bool:
    vin = vin.upper()
    if len(vin) != 17 or any(ch not in VIN_CHARACTERS for ch in vin):
        return False
    return vin[8] == check_digit(vin)


def model_year_code(year: int) -> str:
    if not 1980 <= year <= 2039:
        raise ValueError(f"No VIN model-year code for {year}.")
    return _YEAR_CODES[(year - 1980) % 30]


def build_vin(wmi: str, vds: str, year: int, rng: random.Random) -> str:
    """WMI (3) + VDS (5, `*` = any allowed character) + check digit + year + plant + 6-digit serial."""
    if len(wmi) != 3 or len(vds) != 5:
        raise ValueError("WMI has 3 characters and VDS 5.")
    descriptor = "".join(rng.choice(VIN_CHARACTERS[10:]) if ch == "*" else ch for ch in vds)
    plant = rng.choice(VIN_CHARACTERS)
    serial = f"{rng.randrange(100000, 1000000):06d}"
    draft = f"{wmi}{descriptor}0{model_year_code(year)}{plant}{serial}"
    return draft[:8] + check_digit(draft) + draft[9:]
