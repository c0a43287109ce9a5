"""First run: a shop database with no customers and no vehicles yet gets the welcome screen."""

from __future__ import annotations

from shopapp.store.models import Customer, Vehicle


def shop_is_empty() -> bool:
    """True while the bound database holds no customer and no vehicle (two indexed one-row reads)."""
    return not Customer.select().exists() and not Vehicle.select().exists()
