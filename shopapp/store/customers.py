"""Adding and editing customers: a CustomerDraft in, a customer row out, and back."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import UTC, datetime

from shopapp.domain.contact import CustomerDraft
from shopapp.store.database import StoreError
from shopapp.store.models import Customer, db

_DRAFT_FIELDS = tuple(f.name for f in fields(CustomerDraft))


def save_customer(draft: CustomerDraft, customer_id: int | None = None) -> int:
    """Creates the customer (customer_id None) or updates it, in one transaction; returns its id.

    ValueError names the first problem when the draft is not valid (the dialog shows them all before);
    StoreError when the customer to update is gone (deleted meanwhile on another front-desk PC).
    """
    problems = draft.problems()
    if problems:
        field, message = next(iter(problems.items()))
        raise ValueError(f"{field}: {message}")
    values = asdict(draft.cleaned())
    with db.atomic():
        if customer_id is None:
            return Customer.create(created_at=datetime.now(UTC), **values).id
        updated = Customer.update(**values).where(Customer.id == customer_id).execute()
        if not updated:
            raise StoreError("This customer no longer exists (deleted on another computer?).")
        return customer_id


def customer_draft(customer_id: int) -> CustomerDraft:
    """The customer as the dialog edits it; StoreError when there is no such customer."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise StoreError("This customer no longer exists (deleted on another computer?).")
    return CustomerDraft(**{name: getattr(customer, name) or "" for name in _DRAFT_FIELDS})
