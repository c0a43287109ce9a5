"""`shopapp customers list/show/add/edit`: the shop's customers from a script, checked as the window's
customer dialog checks them (shopapp.domain.contact)."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.desk_options import given_fields, known_customer, whole_id
from shopapp.cli.listing import add_csv_option, write_listing
from shopapp.cli.support import EXIT_OK, UsageError, open_shop_store, shop_distance_unit
from shopapp.i18n import fill

# The CustomerDraft fields and their options, in the order the help lists them.
CONTACT_OPTIONS = {
    "name": "--name",
    "phone": "--phone",
    "email": "--email",
    "address_line1": "--address-line1",
    "address_line2": "--address-line2",
    "city": "--city",
    "region": "--region",
    "postal_code": "--postal-code",
    "country": "--country",
    "notes": "--notes",
    "preferred_contact": "--preferred-contact",
}


def add_customers_command(commands: Any) -> None:
    customers = commands.add_parser(
        "customers",
        help=QCoreApplication.translate("CommandLine", "list, show, add and edit the shop's customers"),
        description=QCoreApplication.translate(
            "CommandLine", "Lists and shows the shop's customers, adds one or changes one's details."
        ),
    )
    actions = customers.add_subparsers(dest="customers_command", metavar="list|show|add|edit", required=True)

    listing = actions.add_parser(
        "list",
        help=QCoreApplication.translate("CommandLine", "every customer, by last name"),
        description=QCoreApplication.translate(
            "CommandLine", "Lists the shop's customers by last name, with their cars and last visit."
        ),
    )
    listing.add_argument(
        "--search",
        metavar="TEXT",
        help=QCoreApplication.translate(
            "CommandLine", "only customers whose name, phone, email, plate, VIN or car has TEXT"
        ),
    )
    add_csv_option(listing)
    listing.set_defaults(run=run_customers_list)

    show = actions.add_parser(
        "show",
        help=QCoreApplication.translate("CommandLine", "one customer's details, cars and services"),
    )
    show.add_argument("customer", type=whole_id, metavar="ID")
    show.set_defaults(run=run_customers_show)

    add = actions.add_parser(
        "add",
        help=QCoreApplication.translate("CommandLine", "add a customer; prints its id"),
        description=QCoreApplication.translate(
            "CommandLine", "Adds a customer (only the name is required) and prints its id."
        ),
    )
    _add_contact_options(add, name_required=True)
    add.set_defaults(run=run_customers_add)

    edit = actions.add_parser(
        "edit",
        help=QCoreApplication.translate("CommandLine", "change a customer's details"),
        description=QCoreApplication.translate(
            "CommandLine", "Changes the details given (an empty value clears one); the rest stays as it is."
        ),
    )
    edit.add_argument("customer", type=whole_id, metavar="ID")
    _add_contact_options(edit, name_required=False)
    edit.set_defaults(run=run_customers_edit)


def _add_contact_options(command: argparse.ArgumentParser, *, name_required: bool) -> None:
    helps = {
        "name": QCoreApplication.translate("CommandLine", "the name letters are addressed to"),
        "phone": QCoreApplication.translate("CommandLine", "phone number, e.g. +1 555 010 2345"),
        "email": QCoreApplication.translate("CommandLine", "email address"),
        "address_line1": QCoreApplication.translate("CommandLine", "street and number"),
        "address_line2": QCoreApplication.translate("CommandLine", "apartment, suite, c/o"),
        "city": QCoreApplication.translate("CommandLine", "city"),
        "region": QCoreApplication.translate("CommandLine", "state, province or county"),
        "postal_code": QCoreApplication.translate("CommandLine", "ZIP or postal code"),
        "country": QCoreApplication.translate("CommandLine", "country"),
        "notes": QCoreApplication.translate("CommandLine", "notes for the front desk"),
        "preferred_contact": QCoreApplication.translate(
            "CommandLine", "how the customer wants reminders (letter when not given)"
        ),
    }
    from shopapp.domain.contact import CONTACT_WAYS

    for field, option in CONTACT_OPTIONS.items():
        command.add_argument(
            option,
            dest=field,
            required=name_required and field == "name",
            choices=CONTACT_WAYS if field == "preferred_contact" else None,
            help=helps[field],
        )


def _checked(draft: Any) -> Any:
    """The draft, or UsageError naming the first field the customer dialog would refuse."""
    from shopapp.services.contact_words import draft_problems

    problems = draft_problems(draft)
    if problems:
        field, words = next(iter(problems.items()))
        raise UsageError(f"{CONTACT_OPTIONS[field]}: {words}")
    return draft


def run_customers_add(args: argparse.Namespace) -> int:
    from shopapp.domain.contact import CustomerDraft
    from shopapp.services.front_desk import save_customer

    open_shop_store()
    print(save_customer(_checked(CustomerDraft(**given_fields(args, CONTACT_OPTIONS)))))
    return EXIT_OK


def run_customers_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from shopapp.errors import UserFacingError
    from shopapp.services.front_desk import customer_draft, save_customer

    open_shop_store()
    changes = given_fields(args, CONTACT_OPTIONS)
    if not changes:
        raise UsageError(
            QCoreApplication.translate(
                "CommandLine",
                "nothing to change: give the details to change (see shopapp customers edit --help)",
            )
        )
    known_customer(args.customer)
    try:
        draft = customer_draft(args.customer)
        save_customer(_checked(replace(draft, **changes)), args.customer)
    except UserFacingError as exc:
        raise UsageError(" ".join(exc.words().split())) from exc
    print(fill(QCoreApplication.translate("CommandLine", "Customer %1 saved."), args.customer))
    return EXIT_OK


def run_customers_list(args: argparse.Namespace) -> int:
    from shopapp.domain.customer_order import matches
    from shopapp.domain.text import safe_text
    from shopapp.services.customer_book import customer_list

    open_shop_store()
    entries = customer_list()
    if args.search:
        entries = [entry for entry in entries if matches(entry.haystack, args.search)]
    if args.search:
        nobody = QCoreApplication.translate("CommandLine", "No customer matches %1.")
        nothing_listed = fill(nobody, repr(safe_text(args.search)))
    else:
        nothing_listed = QCoreApplication.translate(
            "CommandLine", "The shop has no customers yet; add one with `shopapp customers add --name NAME`."
        )
    headers = [
        QCoreApplication.translate("CommandLine", "id"),
        QCoreApplication.translate("CommandLine", "name"),
        QCoreApplication.translate("CommandLine", "phone"),
        QCoreApplication.translate("CommandLine", "email"),
        QCoreApplication.translate("CommandLine", "last visit"),
        QCoreApplication.translate("CommandLine", "cars"),
    ]
    rows = [
        [
            str(entry.customer_id),
            entry.name,
            entry.phone,
            entry.email,
            entry.last_visit.isoformat() if entry.last_visit else "",
            "; ".join(f"{car.title} {car.plate}".strip() for car in entry.cars),
        ]
        for entry in entries
    ]
    write_listing(headers, rows, as_csv=args.csv, nothing_listed=nothing_listed, phone_columns=(2,))
    return EXIT_OK


def run_customers_show(args: argparse.Namespace) -> int:
    from shopapp.domain.text import safe_text
    from shopapp.local_format import format_distance
    from shopapp.services.customer_book import customer_page

    open_shop_store()
    known_customer(args.customer)
    unit = shop_distance_unit()
    page = customer_page(args.customer)

    def field(label: str, value: str) -> None:
        if value:
            print(f"{label:<12} {safe_text(value)}")

    print(
        safe_text(
            fill(QCoreApplication.translate("CommandLine", "%1 (customer %2)"), page.name, page.customer_id)
        )
    )
    field(QCoreApplication.translate("CommandLine", "Phone:"), page.phone)
    field(QCoreApplication.translate("CommandLine", "Email:"), page.email)
    field(QCoreApplication.translate("CommandLine", "Address:"), ", ".join(page.address_lines))
    field(QCoreApplication.translate("CommandLine", "Contact by:"), page.preferred_contact)
    field(QCoreApplication.translate("CommandLine", "Notes:"), " ".join(page.notes.split()))
    print()
    print(QCoreApplication.translate("CommandLine", "Cars:"))
    for car in page.cars:
        how = (
            QCoreApplication.translate("CommandLine", "linked through Smartcar")
            if car.connected
            else QCoreApplication.translate("CommandLine", "entered at the desk")
        )
        odometer = format_distance(car.odometer_km, unit) if car.odometer_km is not None else ""
        parts = [car.title, car.plate, car.vin and f"VIN {car.vin}", odometer, how]
        print(safe_text(f"  {car.vehicle_id:>5}  " + " · ".join(part for part in parts if part)))
    if not page.cars:
        print("  " + QCoreApplication.translate("CommandLine", "none"))
    print()
    print(QCoreApplication.translate("CommandLine", "Services:"))
    for service in page.services:
        work = "; ".join(service.tasks)
        print(
            safe_text(
                f"  {service.record_id:>5}  {service.performed_on.isoformat()}  {service.car_title}: {work}"
            )
        )
    if not page.services:
        print("  " + QCoreApplication.translate("CommandLine", "none"))
    if page.letters:
        print()
        print(
            fill(
                QCoreApplication.translate("CommandLine", "Letters sent: %1, the latest on %2"),
                len(page.letters),
                page.letters[0].sent_at.date().isoformat(),
            )
        )
    return EXIT_OK
