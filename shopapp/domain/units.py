"""Distances: stored in km everywhere, shown and exported in the shop's unit (mi or km)."""

from __future__ import annotations

from enum import StrEnum

KM_PER_MILE = 1.609344


class DistanceUnit(StrEnum):
    KM = "km"
    MI = "mi"

    @classmethod
    def parse(cls, text: str) -> DistanceUnit:
        """Reads a setting value; raises ValueError with the accepted values."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ValueError(f"distance unit must be 'mi' or 'km', not {text!r}") from None


def km_to(unit: DistanceUnit, km: float) -> float:
    return km / KM_PER_MILE if unit is DistanceUnit.MI else km


def to_km(unit: DistanceUnit, value: float) -> float:
    return value * KM_PER_MILE if unit is DistanceUnit.MI else value


def plain_distance(km: float | None, unit: DistanceUnit) -> str:
    """For CSV cells: at most one decimal, no separators, empty when unknown."""
    if km is None:
        return ""
    value = round(km_to(unit, km), 1)
    return f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
