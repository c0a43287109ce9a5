"""`shopapp customers list/show/add/edit`: the shop's customers from a script, checked as the window's
customer dialog checks them (shopapp.domain.contact)."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.desk_options import known_customer, whole_id
from shopapp.cli.support import EXIT_OK, UsageError, open_shop_store
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
}


def add_customers_command(commands: Any) -> None:
    customers = commands.add_parser(
        "customers",
        help=QCoreApplication.translate("CommandLine", "list, show, add and edit the shop's customers"),
        description=QCoreApplication.translate(
            "CommandLine", "Lists and shows the shop's customers, adds one or changes one's details."
        ),
    )
    actions = customers.add_subparsers(dest="customers_command", metavar="add|edit", required=True)

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
    }
    for field, option in CONTACT_OPTIONS.items():
        command.add_argument(
            option, dest=field, required=name_required and field == "name", help=helps[field]
        )


def _checked(draft: Any) -> Any:
    """The draft, or UsageError naming the first field the customer dialog would refuse."""
    from shopapp.ui.contact_words import draft_problems

    problems = draft_problems(draft)
    if problems:
        field, words = next(iter(problems.items()))
        raise UsageError(f"{CONTACT_OPTIONS[field]}: {words}")
    return draft


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {field: getattr(args, field) for field in CONTACT_OPTIONS if getattr(args, field) is not None}


def run_customers_add(args: argparse.Namespace) -> int:
    from shopapp.domain.contact import CustomerDraft
    from shopapp.services.front_desk import save_customer

    open_shop_store()
    print(save_customer(_checked(CustomerDraft(**_given(args)))))
    return EXIT_OK


def run_customers_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from shopapp.errors import UserFacingError
    from shopapp.services.front_desk import customer_draft, save_customer

    open_shop_store()
    changes = _given(args)
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
