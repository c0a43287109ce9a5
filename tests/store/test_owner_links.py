"""Saving an owner's Connect login: the connection, its customer and its cars."""

from datetime import UTC, datetime

from shopapp.store.models import Customer, Vehicle
from shopapp.store.owner_links import CarAtConnect, save_owner_link

STAMP = datetime(2026, 12, 1, 9, tzinfo=UTC)


def test_an_owner_whose_customer_was_deleted_connects_again_as_a_new_customer(store):
    first = save_owner_link(
        "owner-1", "Ana", [CarAtConnect("car-1")], scopes="", stamp=STAMP, unnamed_customer="New customer"
    )
    Customer.delete_by_id(first.customer_id)  # the connection stays, with no customer (SET NULL)

    again = save_owner_link(
        "owner-1", None, [CarAtConnect("car-1")], scopes="", stamp=STAMP, unnamed_customer="New customer"
    )

    assert again.connection_id == first.connection_id
    assert again.customer_name == "New customer"
    assert Vehicle.get(Vehicle.smartcar_id == "car-1").customer_id == again.customer_id
