"""A car as the front desk types it (a car not linked to Smartcar, or the fields the desk may edit on any
car): what is accepted and what is not. A problem is data (CarProblem: which rule and its numbers); the
words a person reads are shopapp.services.car_words'."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from shopapp.domain.vin import VinProblem, maker, model_year, normalised_vin, vin_problem

# Longest value per field; the vehicle table's columns are this wide (PostgreSQL enforces it).
CAR_MAX_LENGTHS = {"make": 100, "model": 100, "plate": 20, "nickname": 100}
FIRST_MODEL_YEAR = 1900  # older cars exist, but then the year was mistyped


class CarRule(Enum):
    NOTHING_TO_NAME_IT = "nothing_to_name_it"  # no VIN, make, model or nickname: nobody could tell the car
    VIN = "vin"  # see `vin`
    YEAR_RANGE = "year_range"  # limit: the latest model year accepted (next year)
    TOO_LONG = "too_long"  # limit: CAR_MAX_LENGTHS[field]; length: the value's
    NOT_ONE_LINE = "not_one_line"  # a line break or a tab


@dataclass(frozen=True, slots=True)
class CarProblem:
    rule: CarRule
    limit: int = 0
    length: int = 0
    vin: VinProblem | None = None


@dataclass(frozen=True, slots=True)
class CarDraft:
    """A car's own fields as typed. `powertrain` is Smartcar's word (ICE, HEV, PHEV, BEV) or "" for not
    known, as the store keeps it; `year` None when not known."""

    vin: str = ""
    make: str = ""
    model: str = ""
    year: int | None = None
    plate: str = ""
    nickname: str = ""
    powertrain: str = ""

    def cleaned(self) -> CarDraft:
        """What gets saved: values stripped, the VIN in capitals without grouping spaces or dashes, the plate
        in capitals (plates are written that way everywhere)."""
        return replace(
            self,
            vin=normalised_vin(self.vin),
            make=self.make.strip(),
            model=self.model.strip(),
            plate=" ".join(self.plate.upper().split()),
            nickname=self.nickname.strip(),
            powertrain=self.powertrain.strip().upper(),
        )

    def decoded(self, this_year: int) -> CarDraft:
        """The draft with what its VIN says filled in where the desk left it empty (maker, model year)."""
        draft = self.cleaned()
        if not draft.vin or vin_problem(draft.vin) is not None:
            return draft
        return replace(
            draft,
            make=draft.make or (maker(draft.vin) or ""),
            year=draft.year if draft.year is not None else model_year(draft.vin, this_year),
        )

    def problems(self, this_year: int) -> dict[str, CarProblem]:
        """Field name -> what is wrong with it; empty when the draft can be saved."""
        draft = self.cleaned()
        found: dict[str, CarProblem] = {}
        if draft.vin:
            problem = vin_problem(draft.vin)
            if problem is not None:
                found["vin"] = CarProblem(CarRule.VIN, vin=problem)
        if draft.year is not None and not FIRST_MODEL_YEAR <= draft.year <= this_year + 1:
            found["year"] = CarProblem(CarRule.YEAR_RANGE, limit=this_year + 1)
        for field, limit in CAR_MAX_LENGTHS.items():
            value = getattr(draft, field)
            if any(ch in value for ch in "\r\n\t"):
                found[field] = CarProblem(CarRule.NOT_ONE_LINE)
            elif len(value) > limit:
                found[field] = CarProblem(CarRule.TOO_LONG, limit=limit, length=len(value))
        if not (draft.vin or draft.make or draft.model or draft.nickname):
            found.setdefault("make", CarProblem(CarRule.NOTHING_TO_NAME_IT))
        return found
