"""The words of a contact problem: one catalogue message per rule, with the rule's numbers filled in, and the
checks the customer dialog, Settings and the set-up wizard run on a typed value."""

import pytest
from words import words

from shopapp.domain.contact import MAX_LENGTHS, ContactProblem, ContactRule, CustomerDraft
from shopapp.local_format import whole_number
from shopapp.services.contact_words import contact_problem_text, draft_problems, email_problem, phone_problem


def not_an_email():
    return words("ContactProblems", "This does not look like an email address (expected name@example.com).")


def not_a_phone():
    return words("ContactProblems", "Use digits, spaces and + ( ) - . / only (an extension as x12).")


@pytest.mark.parametrize("rule", list(ContactRule))
def test_every_rule_has_words(rule):
    assert contact_problem_text(ContactProblem(rule, limit=6, length=7)).strip()


def test_the_rules_numbers_are_in_their_message():
    too_long = ContactProblem(ContactRule.TOO_LONG, limit=200, length=1500)
    assert contact_problem_text(too_long) == words(
        "ContactProblems", "At most %1 characters (%2 now).", "200", whole_number(1500)
    )
    too_few = ContactProblem(ContactRule.PHONE_TOO_FEW_DIGITS, limit=6)
    assert contact_problem_text(too_few) == words(
        "ContactProblems", "Too few digits for a phone number (at least %1, with the area code).", "6"
    )


def test_a_typed_value_is_checked_in_words():
    assert email_problem("  ana@example.com ") is None
    assert email_problem("") is None
    assert email_problem("ana@") == not_an_email()
    assert phone_problem("+1 (555) 010-2345") is None
    assert phone_problem("call me") == not_a_phone()


def test_a_draft_has_words_for_every_field_with_a_problem():
    draft = CustomerDraft(name="", phone="call me", email="ana@", postal_code="9" * 30)
    assert draft_problems(draft) == {
        "name": words("ContactProblems", "A name is required."),
        "phone": not_a_phone(),
        "email": not_an_email(),
        "postal_code": words(
            "ContactProblems", "At most %1 characters (%2 now).", MAX_LENGTHS["postal_code"], 30
        ),
    }
    assert draft_problems(CustomerDraft(name="Ana")) == {}
