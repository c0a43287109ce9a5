"""17-character VINs (ISO 3779, 49 CFR 565): what a VIN the front desk types must be, and what it says of
the car by itself (the maker from its first characters, the model year from position 10).

A problem is data (VinRule); the words a person reads are the services' (the domain knows no Qt). The
simulator builds its fleet's VINs with these same rules."""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import Enum

VIN_LENGTH = 17
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
FIRST_CYCLE_START = 1980
CYCLE_YEARS = 30

# The check digit (position 9) is required of every car built for North America, whose VINs begin with
# 1-5; elsewhere makers may put anything there, so a European or Japanese-market VIN is not checked.
_CHECKED_REGIONS = frozenset("12345")

# World manufacturer identifiers (positions 1-3) of the makes a small shop sees most; a VIN whose maker is
# not here is still accepted, the make is then typed.
_MAKERS_BY_WMI = {
    "1FA": "Ford", "1FM": "Ford", "1FT": "Ford", "1FD": "Ford", "2FM": "Ford", "3FA": "Ford", "3FM": "Ford",
    "1LN": "Lincoln", "5LM": "Lincoln",
    "1G1": "Chevrolet", "1GC": "Chevrolet", "1GN": "Chevrolet", "2G1": "Chevrolet", "3GN": "Chevrolet",
    "3GC": "Chevrolet", "KL7": "Chevrolet",
    "1GT": "GMC", "2GT": "GMC", "3GT": "GMC", "1GK": "GMC",
    "1G6": "Cadillac", "1GY": "Cadillac",
    "1G4": "Buick", "5GA": "Buick",
    "1C4": "Chrysler", "2C3": "Chrysler", "1C3": "Chrysler",
    "1C6": "Ram", "3C6": "Ram", "3C7": "Ram",
    "1J4": "Jeep", "1J8": "Jeep",
    "1HG": "Honda", "2HG": "Honda", "5FN": "Honda", "5J6": "Honda", "JHM": "Honda", "SHH": "Honda",
    "19U": "Acura", "JH4": "Acura",
    "4T1": "Toyota", "4T3": "Toyota", "5TD": "Toyota", "5TF": "Toyota", "2T1": "Toyota", "2T3": "Toyota",
    "JTD": "Toyota", "JTE": "Toyota", "JTM": "Toyota", "JTN": "Toyota",
    "JTH": "Lexus", "2T2": "Lexus", "58A": "Lexus",
    "1N4": "Nissan", "1N6": "Nissan", "3N1": "Nissan", "5N1": "Nissan", "JN1": "Nissan", "JN8": "Nissan",
    "JM1": "Mazda", "JM3": "Mazda", "3MZ": "Mazda",
    "JF1": "Subaru", "JF2": "Subaru", "4S3": "Subaru", "4S4": "Subaru",
    "KMH": "Hyundai", "5NP": "Hyundai", "5NM": "Hyundai",
    "KNA": "Kia", "KND": "Kia", "5XY": "Kia",
    "3VW": "Volkswagen", "1VW": "Volkswagen", "WVW": "Volkswagen", "WVG": "Volkswagen",
    "WAU": "Audi", "WA1": "Audi",
    "WBA": "BMW", "WBS": "BMW", "5UX": "BMW", "WBY": "BMW",
    "WDD": "Mercedes-Benz", "WDC": "Mercedes-Benz", "4JG": "Mercedes-Benz", "W1K": "Mercedes-Benz",
    "W1N": "Mercedes-Benz",
    "YV1": "Volvo", "YV4": "Volvo", "7JR": "Volvo",
    "5YJ": "Tesla", "7SA": "Tesla", "LRW": "Tesla",
    "SAL": "Land Rover", "SAJ": "Jaguar",
    "WP0": "Porsche", "WP1": "Porsche",
    "1YV": "Mazda", "JA3": "Mitsubishi", "JA4": "Mitsubishi", "ML3": "Mitsubishi",
    "ZFA": "Fiat", "ZAR": "Alfa Romeo", "7FA": "Honda", "7MU": "Toyota", "1GB": "Chevrolet",
    "VF1": "Renault", "VF3": "Peugeot", "VF7": "Citroën", "VSS": "SEAT", "TMB": "Škoda",
}  # fmt: skip


class VinRule(Enum):
    """The rule a typed VIN breaks."""

    LENGTH = "length"  # not 17 characters (spaces and dashes left out)
    CHARACTERS = "characters"  # a character no VIN has: I, O, Q, or not a letter or digit
    CHECK_DIGIT = "check_digit"  # position 9 is not what the other 16 give (North American VINs)


@dataclass(frozen=True, slots=True)
class VinProblem:
    """What is wrong with a VIN: the rule; for CHARACTERS the characters; for CHECK_DIGIT the digit the VIN
    holds and the one its other characters give (a typo is then easy to find)."""

    rule: VinRule
    length: int = 0
    characters: str = ""
    found: str = ""
    expected: str = ""


def normalised_vin(text: str) -> str:
    """The VIN as stored: capitals, without the spaces and dashes people type to group it."""
    return "".join(ch for ch in text.upper() if ch not in " -\t")


def check_digit(vin: str) -> str:
    """The character position 9 must hold for this VIN (whatever position 9 currently holds)."""
    if len(vin) != VIN_LENGTH:
        raise ValueError("A VIN has 17 characters.")
    total = sum(_TRANSLITERATION[ch] * weight for ch, weight in zip(vin.upper(), _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def vin_problem(text: str) -> VinProblem | None:
    """What is wrong with a VIN as typed (normalised first), or None when it can be a real VIN."""
    vin = normalised_vin(text)
    wrong = "".join(dict.fromkeys(ch for ch in vin if ch not in VIN_CHARACTERS))
    if wrong:
        return VinProblem(VinRule.CHARACTERS, characters=wrong)
    if len(vin) != VIN_LENGTH:
        return VinProblem(VinRule.LENGTH, length=len(vin))
    if vin[0] in _CHECKED_REGIONS:
        expected = check_digit(vin)
        if vin[8] != expected:
            return VinProblem(VinRule.CHECK_DIGIT, found=vin[8], expected=expected)
    return None


def is_valid_vin(vin: str) -> bool:
    """A VIN as stored (no normalising) that passes every rule."""
    return vin == normalised_vin(vin) and vin_problem(vin) is None


def model_year_code(year: int) -> str:
    if not FIRST_CYCLE_START <= year < FIRST_CYCLE_START + 2 * CYCLE_YEARS:
        raise ValueError(f"No VIN model-year code for {year}.")
    return _YEAR_CODES[(year - FIRST_CYCLE_START) % CYCLE_YEARS]


def model_year(vin: str, this_year: int) -> int | None:
    """The model year position 10 gives, or None when it cannot tell. The code repeats every 30 years: for
    cars and light trucks built for North America, position 7 is a letter from 2010 on and a digit before;
    otherwise the latest year not more than one beyond `this_year` (a model year starts early)."""
    if len(vin) != VIN_LENGTH or vin[9] not in _YEAR_CODES:
        return None
    first = FIRST_CYCLE_START + _YEAR_CODES.index(vin[9])
    later = first + CYCLE_YEARS
    if vin[0] in _CHECKED_REGIONS and vin[6] in VIN_CHARACTERS:
        return later if vin[6].isalpha() else first
    return later if later <= this_year + 1 else first


def maker(vin: str) -> str | None:
    """The make the VIN's world manufacturer identifier names, when it is one this module knows."""
    return _MAKERS_BY_WMI.get(vin[:3].upper()) if len(vin) >= 3 else None


def build_vin(wmi: str, vds: str, year: int, rng: random.Random) -> str:
    """WMI (3) + VDS (5, `*` = any allowed letter) + check digit + year + plant + 6-digit serial."""
    if len(wmi) != 3 or len(vds) != 5:
        raise ValueError("WMI has 3 characters and VDS 5.")
    descriptor = "".join(rng.choice(VIN_CHARACTERS[10:]) if ch == "*" else ch for ch in vds)
    plant = rng.choice(VIN_CHARACTERS)
    serial = f"{rng.randrange(100000, 1000000):06d}"
    draft = f"{wmi}{descriptor}0{model_year_code(year)}{plant}{serial}"
    return draft[:8] + check_digit(draft) + draft[9:]
