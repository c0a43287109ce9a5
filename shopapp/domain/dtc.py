"""Plain-language descriptions of OBD-II trouble codes: the generic catalogue, else the code's structure."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

_CODE = re.compile(r"^[PBCU][0-9A-F]{4}$")
_SYSTEMS = {"P": "powertrain", "B": "body", "C": "chassis", "U": "network"}


class CostLevel(Enum):
    """Where a repair's cost sits among the catalogue's codes, for a shop that prices in another currency."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


# The catalogue prices repairs in euros (its columns cost_eur_min / cost_eur_max).
CATALOGUE_CURRENCY = "EUR"

# Level bounds per currency, on the midpoint of a band (lowest to next, next to high). For the catalogue's
# 9,533 EUR bands the midpoints' terciles are 360 and 850 (deciles run 200, 275, 340, 440, 550, 725, 850,
# 1,100, 1,450); rounded to 350 and 850 they split the codes about evenly: 2,981 low (e.g. C0035, 80–400),
# 3,135 moderate, 3,417 high (P0420, 600–2,500; an airbag circuit, 200–1,500). A level says how a repair
# compares with the others, so no exchange rate is needed or guessed.
LEVEL_BOUNDS: dict[str, tuple[int, int]] = {CATALOGUE_CURRENCY: (350, 850)}


@dataclass(frozen=True, slots=True)
class CostBand:
    """A rough repair cost: whole amounts from `low` to `high` in `currency` (ISO 4217 code)."""

    low: int
    high: int
    currency: str

    @property
    def level(self) -> CostLevel | None:
        """Low, moderate or high among the catalogue's codes; None for a currency without known bounds."""
        bounds = LEVEL_BOUNDS.get(self.currency)
        if bounds is None:
            return None
        middle = (self.low + self.high) / 2
        if middle < bounds[0]:
            return CostLevel.LOW
        return CostLevel.MODERATE if middle < bounds[1] else CostLevel.HIGH


@dataclass(frozen=True, slots=True)
class TroubleCodeInfo:
    """What the front desk reads about a code.

    generic: True for SAE-defined codes, False for manufacturer-specific ones; in_catalogue: whether the
    title and description come from the catalogue (else they are built from the code's structure).
    cost_min / cost_max: the catalogue's rough repair cost band in cost_currency, when known.
    """

    code: str
    title: str
    description: str
    system: str
    generic: bool
    in_catalogue: bool
    check_engine_lamp: bool = False
    emissions_relevant: bool = False
    limp_mode_possible: bool = False
    difficulty: str | None = None
    cost_min: int | None = None
    cost_max: int | None = None
    cost_currency: str = CATALOGUE_CURRENCY

    @property
    def cost_band(self) -> CostBand | None:
        """The band as data (amounts, currency, level); the UI and letters word it. None when unknown."""
        if self.cost_min is None or self.cost_max is None:
            return None
        return CostBand(self.cost_min, self.cost_max, self.cost_currency)


def normalise_code(code: str) -> str:
    return code.strip().upper()


def is_manufacturer_specific(code: str) -> bool:
    """SAE J2012 ranges: P1xxx, P30xx–P33xx, B1/B2, C1/C2, U1/U2 belong to the car maker."""
    second = code[1]
    if code[0] == "P":
        return second == "1" or (second == "3" and code[2] in "0123")
    return second in "12"


def describe_by_structure(code: str) -> TroubleCodeInfo:
    """A description from the code alone, for codes the catalogue does not hold."""
    code = normalise_code(code)
    if not _CODE.match(code):
        return TroubleCodeInfo(
            code=code,
            title=f"Unrecognised trouble code {code}",
            description="The car reported a code that does not follow the OBD-II format; "
            "the car maker's service information may explain it.",
            system="unknown",
            generic=False,
            in_catalogue=False,
        )
    system = _SYSTEMS[code[0]]
    if is_manufacturer_specific(code):
        return TroubleCodeInfo(
            code=code,
            title=f"Manufacturer-specific {system} code",
            description=f"{code} is defined by the car maker, not by the OBD-II standard; its exact meaning "
            "is in the car maker's service information. A diagnostic check will tell what it means for "
            "this car.",
            system=system,
            generic=False,
            in_catalogue=False,
        )
    return TroubleCodeInfo(
        code=code,
        title=f"Generic {system} code",
        description=f"{code} is a standard OBD-II {system} code that this catalogue does not describe yet. "
        "A diagnostic check will tell what it means for this car.",
        system=system,
        generic=True,
        in_catalogue=False,
    )


def _flag(value: str | None) -> bool:
    return (value or "").strip() in ("1", "true", "True")


def _whole(value: str | None) -> int | None:
    try:
        return round(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def info_from_row(row: Mapping[str, str]) -> TroubleCodeInfo:
    code = normalise_code(row["code"])
    return TroubleCodeInfo(
        code=code,
        title=(row.get("title_en") or "").strip() or describe_by_structure(code).title,
        description=(row.get("description_en") or "").strip(),
        system=(row.get("category") or _SYSTEMS.get(code[:1], "unknown")).strip(),
        generic=True,
        in_catalogue=True,
        check_engine_lamp=_flag(row.get("mil")),
        emissions_relevant=_flag(row.get("emissions_relevant")),
        limp_mode_possible=_flag(row.get("limp_mode_possible")),
        difficulty=(row.get("repair_difficulty") or "").strip() or None,
        cost_min=_whole(row.get("cost_eur_min")),
        cost_max=_whole(row.get("cost_eur_max")),
    )


class TroubleCodeCatalogue:
    """Looks codes up in the generic catalogue, read on first use from `load_rows` (the CSV's dict rows).

    The rows come from a callable so this module does no I/O itself and the ~9,500 rows are parsed only
    when a code is first described. Thread-safe: a refresh in an executor may look codes up too.
    """

    def __init__(self, load_rows: Callable[[], Iterable[Mapping[str, str]]]) -> None:
        self._load_rows = load_rows
        self._by_code: dict[str, TroubleCodeInfo] | None = None
        self._lock = threading.Lock()

    def _entries(self) -> dict[str, TroubleCodeInfo]:
        if self._by_code is None:
            with self._lock:
                if self._by_code is None:
                    entries = {}
                    for row in self._load_rows():
                        if _CODE.match(normalise_code(row.get("code") or "")):
                            info = info_from_row(row)
                            entries[info.code] = info
                    self._by_code = entries
        return self._by_code

    @property
    def loaded(self) -> bool:
        return self._by_code is not None

    def __len__(self) -> int:
        return len(self._entries())

    def describe(self, code: str) -> TroubleCodeInfo:
        code = normalise_code(code)
        return self._entries().get(code) or describe_by_structure(code)
