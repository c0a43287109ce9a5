"""Saving the Settings window: the shop's settings and its service plan in one transaction, so a save is all
or nothing (a refresh or another front-desk PC never sees half of it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from shopapp.config import Settings
from shopapp.domain.plan import ServicePlan
from shopapp.services.plan_store import save_plan
from shopapp.store.writes import one_transaction


def save_shop_settings(
    settings: Settings,
    texts: Mapping[str, str],
    plan: ServicePlan | None = None,
    *,
    store_plan: Callable[[ServicePlan], None] = save_plan,
    then: Callable[[], None] | None = None,
) -> None:
    """Saves the changed settings (key -> text), the plan (None: unchanged), then runs `then` (the keyring's
    secrets) inside the same transaction: when anything fails, the database keeps none of it. Raises
    SettingError, CredentialsError (from `then`) or DatabaseBusy. Blocking: call it on the database
    worker."""
    with one_transaction():
        settings.set_many(texts)
        if plan is not None:
            store_plan(plan)
        if then is not None:
            then()
