"""The window's vehicle list: one row per vehicle with its most urgent item, for the front desk's morning."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.due import DueItem, Status, evaluate_vehicle
from shopapp.domain.plan import OilCapability, ServicePlan
from shopapp.domain.text import folded
from shopapp.domain.units import DistanceUnit
from shopapp.domain.urgency import Tier
from shopapp.services.due_list import cycle_collector_paused
from shopapp.store.queries import VehicleListing, due_inputs


@dataclass(frozen=True, slots=True)
class VehicleRow:
    """One vehicle as the list shows it.

    status / urgent: the status and the most urgent item that needs action (ok and None when none);
    statuses: every status the car has an item needing action in (a van both overdue and with an airbag
    alert counts under both), {ok} when none;
    next_due_date: the earliest due date of any item not hidden by the front desk; items: every item of
    the vehicle, most urgent first (the detail pane shows them without asking the database again);
    search_text: what the search box matches, folded for case and accents.
    """

    listing: VehicleListing
    status: Status
    statuses: frozenset[Status]
    urgent: DueItem | None
    next_due_date: date | None
    oil_capability: OilCapability
    items: tuple[DueItem, ...]
    search_text: str

    @property
    def vehicle_id(self) -> int:
        return self.listing.vehicle_id

    @property
    def needs_reconnect(self) -> bool:
        return self.listing.connection_state == "needs_reconnect"

    @property
    def action_items(self) -> list[DueItem]:
        return [item for item in self.items if item.needs_action]

    @property
    def data_at(self) -> datetime | None:
        """When the car last told us something (its odometer's data age), else the last refresh."""
        return self.listing.odometer_at or self.listing.last_refresh_at


_ONLY_OK = frozenset({Status.OK})
_NOTHING_TO_DO = (Tier.OK, 0.0, date.max)


def _search_text(listing: VehicleListing) -> str:
    digits = "".join(ch for ch in listing.phone if ch.isdigit())
    parts = (
        listing.customer_name,
        listing.phone,
        digits,
        listing.email,
        listing.plate,
        listing.vin,
        listing.title,
    )
    return folded(" ".join(part for part in parts if part))


def row_for(listing: VehicleListing, items: list[DueItem], oil_capability: OilCapability) -> VehicleRow:
    action = [item for item in items if item.needs_action]
    urgent = action[0] if action else None
    due_dates = [item.due_date for item in items if item.due_date is not None and item.suppressed is None]
    return VehicleRow(
        listing=listing,
        status=urgent.status if urgent else Status.OK,
        statuses=frozenset(item.status for item in action) or _ONLY_OK,
        urgent=urgent,
        next_due_date=min(due_dates, default=None),
        oil_capability=oil_capability,
        items=tuple(items),
        search_text=_search_text(listing),
    )


def vehicle_rows(
    *,
    today: date,
    plan: ServicePlan,
    unit: DistanceUnit | None = None,  # unused now (surfaces word reasons in their unit)
    catalogue: TroubleCodeCatalogue,
    only: Collection[int] | None = None,
) -> list[VehicleRow]:
    """Every vehicle (or `only` those), most urgent first (status, then the next due date, then the
    customer's name). `only` spares the due rules' work for the cars a live update did not touch."""
    wanted = None if only is None else frozenset(only)
    with cycle_collector_paused():
        rows = [
            row_for(listing, evaluate_vehicle(facts, plan, today), facts.oil_capability)
            for listing, facts in due_inputs(catalogue)
            if wanted is None or listing.vehicle_id in wanted
        ]
        rows.sort(key=urgency_key)
    return rows


def urgency_key(row: VehicleRow) -> tuple:
    """By the car's most urgent item (shopapp.domain.urgency: safety alerts first, the more serious before
    the earlier); cars with nothing to do by their next due date; then the customer's name."""
    first = row.urgent.urgency if row.urgent else _NOTHING_TO_DO
    return (*first, row.next_due_date or date.max, row.listing.sort_name, row.vehicle_id)


def status_counts(rows: list[VehicleRow]) -> Counter[Status]:
    """Cars per status, a car counted under every status it has an item in."""
    return Counter(status for row in rows for status in row.statuses)
