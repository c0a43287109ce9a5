"""Adding and editing customers: a CustomerDraft in, a customer row out, and back; the customers to choose
from; whether the shop has any customer or car yet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields
from datetime import UTC, datetime
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from shopapp.domain.contact import CustomerDraft
from shopapp.store.bulk import chunked
from shopapp.store.database import StoreError
from shopapp.store.models import Customer, Vehicle, db
from shopapp.store.rows import tuple_rows

_DRAFT_FIELDS = tuple(f.name for f in fields(CustomerDraft))


class UnknownCustomer(StoreError, LookupError):
    """The customer is not (or no longer) in the database."""


def customer_gone() -> UnknownCustomer:
    return UnknownCustomer(
        QCoreApplication.translate(
            "ShopDatabase", "This customer no longer exists (deleted on another computer?)."
        ),
        what_to_do=QCoreApplication.translate("ShopDatabase", "Choose the customer again from the list."),
    )


def save_customer(draft: CustomerDraft, customer_id: int | None = None) -> int:
    """Creates the customer (customer_id None) or updates it, in one transaction; returns its id.

    ValueError names the first problem when the draft is not valid (the dialog shows them all before);
    StoreError when the customer to update is gone (deleted meanwhile on another front-desk PC).
    """
    problems = draft.problems()
    if problems:
        field, problem = next(iter(problems.items()))
        raise ValueError(f"{field}: {problem.rule.value}")  # a caller's bug: the dialog checks first
    values = asdict(draft.cleaned())
    with db.atomic():
        if customer_id is None:
            return Customer.create(created_at=datetime.now(UTC), **values).id
        updated = Customer.update(**values).where(Customer.id == customer_id).execute()
        if not updated:
            raise customer_gone()
        return customer_id


def customer_draft(customer_id: int) -> CustomerDraft:
    """The customer as the dialog edits it; StoreError when there is no such customer."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise customer_gone()
    return CustomerDraft(**{name: getattr(customer, name) or "" for name in _DRAFT_FIELDS})


def save_contact_details(customer_id: int, **contact: str) -> None:
    """Sets the given contact columns (phone, email, address_line1 ... country) of one customer."""
    Customer.update(**contact).where(Customer.id == customer_id).execute()


class CustomerName(NamedTuple):
    customer_id: int
    name: str


def customer_names() -> list[CustomerName]:
    """Every customer by name, to choose from."""
    rows = tuple_rows(Customer.select(Customer.id, Customer.name).order_by(Customer.name))
    return [CustomerName(*row) for row in rows]


def no_customers_and_no_vehicles() -> bool:
    """True while the database holds no customer and no vehicle (two indexed one-row reads)."""
    return not Customer.select().exists() and not Vehicle.select().exists()


def customer_and_vehicle_counts() -> tuple[int, int]:
    return Customer.select().count(), Vehicle.select().count()


def customers_by_id(ids: Iterable[int]) -> dict[int, Customer]:
    """The customers with these ids (a deleted one is absent), a few hundred per query."""
    found: dict[int, Customer] = {}
    for chunk in chunked(sorted(set(ids))):
        for customer in Customer.select().where(Customer.id.in_(list(chunk))):
            found[customer.id] = customer
    return found
