"""Changing who owns what: a car moved to another customer, two customers merged into one."""

from __future__ import annotations

from shopapp.domain.contact import DEFAULT_CONTACT_WAY
from shopapp.store.customers import customer_gone
from shopapp.store.models import Connection, Customer, ReminderLog, Vehicle
from shopapp.store.suppressions import UnknownVehicle
from shopapp.store.writes import one_transaction

# Filled one by one from the other customer where the kept one has nothing.
_SINGLE_FIELDS = ("phone", "email")
# The postal address is taken whole or not at all: a street of one customer and a city of the other is
# nobody's address.
_ADDRESS_FIELDS = ("address_line1", "address_line2", "city", "region", "postal_code", "country")


def move_car(vehicle_id: int, customer_id: int) -> None:
    """The car (with its readings, services and due items) now belongs to the customer; the letters already
    sent stay with the customer they were sent to. UnknownVehicle / UnknownCustomer when either is gone."""
    with one_transaction():
        if not Customer.select().where(Customer.id == customer_id).exists():
            raise customer_gone()
        if not Vehicle.update(customer=customer_id).where(Vehicle.id == vehicle_id).execute():
            raise UnknownVehicle.gone(vehicle_id)


def merge_customers(kept_id: int, other_id: int) -> None:
    """One customer out of two, in one transaction: every car, letter sent and Smartcar connection of the
    other moves to the kept one, the kept one's empty contact fields are filled from the other (notes are
    joined; the way of contact is the other's when the kept one's is the default), and the other is
    deleted. UnknownCustomer when either is gone; ValueError when both are one."""
    if kept_id == other_id:
        raise ValueError("a customer cannot be merged with itself")
    with one_transaction():
        kept = Customer.get_or_none(Customer.id == kept_id)
        other = Customer.get_or_none(Customer.id == other_id)
        if kept is None or other is None:
            raise customer_gone()
        Vehicle.update(customer=kept_id).where(Vehicle.customer == other_id).execute()
        ReminderLog.update(customer=kept_id).where(ReminderLog.customer == other_id).execute()
        Connection.update(customer=kept_id).where(Connection.customer == other_id).execute()
        filled = {
            field: getattr(other, field) for field in _SINGLE_FIELDS if not getattr(kept, field).strip()
        }
        if not any(getattr(kept, field).strip() for field in _ADDRESS_FIELDS):
            filled.update({field: getattr(other, field) for field in _ADDRESS_FIELDS})
        if kept.preferred_contact in ("", DEFAULT_CONTACT_WAY):  # the default: nobody chose it
            filled["preferred_contact"] = other.preferred_contact or DEFAULT_CONTACT_WAY
        notes = [text.strip() for text in (kept.notes, other.notes) if text.strip()]
        if len(notes) == 2 and notes[0] == notes[1]:
            notes = notes[:1]
        filled["notes"] = "\n".join(notes)
        Customer.update(**filled).where(Customer.id == kept_id).execute()
        Customer.delete().where(Customer.id == other_id).execute()
