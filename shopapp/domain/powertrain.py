"""What drives a car, as far as the service plan cares (DESIGN.md "Due rules"): an electric car has no
engine oil and no engine air filter; a hybrid has both.

The store keeps the car's powertrain the way Smartcar writes it (v3 `powertrainType`: ICE, HEV, PHEV, BEV),
whether Smartcar said it or the front desk chose it; this module reads that."""

from __future__ import annotations

from enum import StrEnum


class Powertrain(StrEnum):
    COMBUSTION = "combustion"
    HYBRID = "hybrid"
    PLUG_IN_HYBRID = "plug_in_hybrid"
    ELECTRIC = "electric"


EVERY_POWERTRAIN = frozenset(Powertrain)
WITH_AN_ENGINE = frozenset({Powertrain.COMBUSTION, Powertrain.HYBRID, Powertrain.PLUG_IN_HYBRID})

_BY_SMARTCAR_TYPE = {
    "ICE": Powertrain.COMBUSTION,
    "HEV": Powertrain.HYBRID,
    "MHEV": Powertrain.HYBRID,  # a mild hybrid still has the engine's oil and air filter
    "PHEV": Powertrain.PLUG_IN_HYBRID,
    "BEV": Powertrain.ELECTRIC,
    # A fuel-cell car has no engine oil and no engine air filter either: for the plan it is electric.
    "FCEV": Powertrain.ELECTRIC,
}
SMARTCAR_TYPE = {
    Powertrain.COMBUSTION: "ICE",
    Powertrain.HYBRID: "HEV",
    Powertrain.PLUG_IN_HYBRID: "PHEV",
    Powertrain.ELECTRIC: "BEV",
}


def powertrain_from_smartcar(powertrain_type: str | None) -> Powertrain | None:
    """ICE/HEV/PHEV/BEV (any case) → the powertrain; empty or unknown → None (every task applies)."""
    exact = _BY_SMARTCAR_TYPE.get(powertrain_type or "")  # as stored: the 10,000-car list asks per car
    if exact is not None:
        return exact
    return _BY_SMARTCAR_TYPE.get((powertrain_type or "").strip().upper())
