"""First run: a shop database with no customers and no vehicles yet gets the welcome screen."""

from __future__ import annotations

from shopapp.store.customers import no_customers_and_no_vehicles


def shop_is_empty() -> bool:
    """True while the bound database holds no customer and no vehicle (two indexed one-row reads)."""
    return no_customers_and_no_vehicles()
