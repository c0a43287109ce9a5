"""The one place that reads bundled resources (works in a checkout and inside a PyInstaller bundle)."""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterator
from pathlib import Path

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.paths import resources_dir

DTC_CATALOGUE = Path("dtc") / "obdex-generic-dtc.csv"


def resource_path(relative: Path | str) -> Path:
    path = resources_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"ShopApp resource missing: {relative} (looked in {resources_dir()})")
    return path


def _catalogue_rows() -> Iterator[dict[str, str]]:
    with resource_path(DTC_CATALOGUE).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


@functools.cache
def trouble_code_catalogue() -> TroubleCodeCatalogue:
    """The shared catalogue; the CSV is read on the first look-up, not at start-up."""
    return TroubleCodeCatalogue(_catalogue_rows)
