"""The customers workspace's use cases: the customer list and a customer's page, moving a car, merging two
customers, removing a car or a customer (what it takes along said first) and undoing that for the session.
Blocking: the window runs them on its database worker."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from shopapp.errors import UserFacingError
from shopapp.services.reminders import postal_lines
from shopapp.store import customer_changes, removal
from shopapp.store.customer_book import (
    SHOP_SOURCE,
    CarBrief,
    CarOnPage,
    CarSummary,
    CustomerEntry,
    CustomerPage,
    LetterSent,
    ServiceOnPage,
    car_summary,
    customer_entries,
)
from shopapp.store.customer_book import customer_page as stored_page
from shopapp.store.customers import UnknownCustomer
from shopapp.store.removal import RemovalImpact, RemovedRows, RestoreConflict, RestoreProblem
from shopapp.store.suppressions import UnknownVehicle

__all__ = [
    "SHOP_SOURCE",
    "CarBrief",
    "CarOnPage",
    "CarSummary",
    "CustomerEntry",
    "CustomerPage",
    "LetterSent",
    "RemovalImpact",
    "RemovedRows",
    "RestoreConflict",
    "RestoreProblem",
    "SameCustomer",
    "ServiceOnPage",
    "UnknownCustomer",
    "UnknownVehicle",
    "car_removal_impact",
    "car_summary",
    "customer_list",
    "customer_page",
    "customer_removal_impact",
    "merge_customers",
    "move_car",
    "remove_car",
    "remove_customer",
    "restore_removed",
]


class SameCustomer(UserFacingError, ValueError):
    """A merge or a move that names the customer it starts from."""


def customer_list() -> list[CustomerEntry]:
    """Every customer, sorted by last name, with their cars and last visit."""
    return customer_entries()


def customer_page(customer_id: int) -> CustomerPage:
    """Everything a customer's page shows, the postal address in the lines a letter prints. Raises
    UnknownCustomer."""
    page = stored_page(customer_id)
    return replace(page, address_lines=postal_lines(page))


def move_car(vehicle_id: int, from_customer_id: int, to_customer_id: int) -> None:
    """Gives the car (its readings, services and due items) to another customer. Raises SameCustomer,
    UnknownVehicle, UnknownCustomer."""
    if from_customer_id == to_customer_id:
        raise SameCustomer(
            QCoreApplication.translate("CustomerBook", "The car already belongs to this customer."),
            what_to_do=QCoreApplication.translate("CustomerBook", "Choose the customer who owns it now."),
        )
    customer_changes.move_car(vehicle_id, to_customer_id)


def merge_customers(kept_id: int, other_id: int) -> None:
    """Makes one customer of two: the other's cars, letters and connections move to the kept one, its contact
    details fill the kept one's empty fields, and it is deleted. Raises SameCustomer, UnknownCustomer."""
    if kept_id == other_id:
        raise SameCustomer(
            QCoreApplication.translate("CustomerBook", "A customer cannot be merged with themselves."),
            what_to_do=QCoreApplication.translate(
                "CustomerBook", "Choose the other record of the same customer."
            ),
        )
    customer_changes.merge_customers(kept_id, other_id)


def car_removal_impact(vehicle_id: int) -> RemovalImpact:
    return removal.car_removal_impact(vehicle_id)


def customer_removal_impact(customer_id: int) -> RemovalImpact:
    return removal.customer_removal_impact(customer_id)


def remove_car(vehicle_id: int) -> RemovedRows:
    """Removes the car with everything recorded about it; the result undoes it (restore_removed)."""
    return removal.remove_car(vehicle_id)


def remove_customer(customer_id: int) -> RemovedRows:
    """Removes the customer with their cars and everything recorded about them; the result undoes it."""
    return removal.remove_customer(customer_id)


def restore_removed(removed: RemovedRows) -> None:
    """Puts back everything a removal took, with the same ids. Raises RestoreConflict (its `problem`
    OWNER_GONE: it can never come back; TAKEN: it may once the row added since is removed)."""
    removal.restore(removed)
