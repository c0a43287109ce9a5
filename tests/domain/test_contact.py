"""Contact details as the front desk types them: real-world names, numbers and addresses are accepted,
typos are caught as the rule they break, with the numbers its message names (the words are
shopapp.services.contact_words', tested in tests/ui/test_contact_words.py)."""

import pytest

from shopapp.domain.contact import (
    MAX_LENGTHS,
    MAX_PHONE_DIGITS,
    MIN_PHONE_DIGITS,
    ContactProblem,
    ContactRule,
    CustomerDraft,
    check_email,
    check_phone,
)


@pytest.mark.parametrize(
    "phone",
    [
        "",
        "   ",
        "+1 (555) 010-2345",
        "0049 30 1234567",
        "+49 30 1234567",
        "555-0101",
        "555.010.2345",
        "(555) 010-2345 x12",
        "555 010 2345 ext. 7",
        "555 010 2345 Ext 4410",
        "+44 20 7946 0958",
        "020/7946 0958",
        "+61 2 9876 5432",
    ],
)
def test_usual_phone_numbers_are_accepted(phone):
    assert check_phone(phone) is None


@pytest.mark.parametrize(
    ("phone", "problem"),
    [
        ("call me", ContactProblem(ContactRule.PHONE_CHARACTERS)),
        ("1-800-FLOWERS", ContactProblem(ContactRule.PHONE_CHARACTERS)),
        ("555 0101 or 555 0102", ContactProblem(ContactRule.PHONE_CHARACTERS)),
        ("12345", ContactProblem(ContactRule.PHONE_TOO_FEW_DIGITS, limit=MIN_PHONE_DIGITS)),
        ("x12", ContactProblem(ContactRule.PHONE_TOO_FEW_DIGITS, limit=MIN_PHONE_DIGITS)),
        ("+1 (555 010-2345", ContactProblem(ContactRule.PHONE_BRACKET)),
        ("555+0101234", ContactProblem(ContactRule.PHONE_PLUS_INSIDE)),
        ("1234567890123456789", ContactProblem(ContactRule.PHONE_TOO_MANY_DIGITS, limit=MAX_PHONE_DIGITS)),
    ],
)
def test_phone_typos_name_the_rule_they_break(phone, problem):
    assert check_phone(phone) == problem


@pytest.mark.parametrize(
    "email",
    [
        "",
        "  ",
        "ana@example.com",
        "  ana@example.com  ",
        "o'brien@example.ie",
        "first.last+shop@mail.example.co.uk",
        "zoë@exämple.de",
    ],
)
def test_usual_email_addresses_are_accepted(email):
    assert check_email(email) is None


@pytest.mark.parametrize(
    ("email", "rule"),
    [
        ("ana@", ContactRule.EMAIL_SHAPE),
        ("ana.example.com", ContactRule.EMAIL_NOT_ONE_AT),
        ("ana@@example.com", ContactRule.EMAIL_NOT_ONE_AT),
        ("ana@example", ContactRule.EMAIL_SHAPE),
        ("ana@example.", ContactRule.EMAIL_SHAPE),
        ("ana..b@example.com", ContactRule.EMAIL_SHAPE),
        ("ana b@example.com", ContactRule.EMAIL_HAS_SPACES),
    ],
)
def test_email_typos_name_the_rule_they_break(email, rule):
    assert check_email(email) == ContactProblem(rule)


@pytest.mark.parametrize(
    "name",
    [
        "Seán O'Brien",
        "Zoë Ñúñez-García",
        "Nguyễn Văn An",
        "李小龙",
        "🚗 Speedy Deliveries Ltd",
        "D'Arcy & Sons (fleet)",
        '=HYPERLINK("x")',  # harmless here; the CSV export neutralises it
        "x" * MAX_LENGTHS["name"],
    ],
)
def test_odd_but_real_names_are_accepted(name):
    assert CustomerDraft(name=name).problems() == {}


def test_a_name_is_required():
    assert CustomerDraft().problems() == {"name": ContactProblem(ContactRule.NAME_MISSING)}
    assert "name" in CustomerDraft(name="   ", phone="555-0101").problems()


def test_a_very_long_name_is_refused_with_its_length():
    problems = CustomerDraft(name="A" * 250).problems()
    assert problems == {"name": ContactProblem(ContactRule.TOO_LONG, limit=200, length=250)}


def test_an_emoji_counts_as_one_character_like_the_database_counts_it():
    assert CustomerDraft(name="🚗" * MAX_LENGTHS["name"]).problems() == {}


def test_a_name_on_two_lines_is_refused():
    assert CustomerDraft(name="Ana\nLopez").problems() == {
        "name": ContactProblem(ContactRule.NAME_NOT_ONE_LINE)
    }


def test_every_problem_is_reported_at_once():
    draft = CustomerDraft(name="", phone="abc", email="ana@", postal_code="9" * 30)
    assert draft.problems() == {
        "name": ContactProblem(ContactRule.NAME_MISSING),
        "phone": ContactProblem(ContactRule.PHONE_CHARACTERS),
        "email": ContactProblem(ContactRule.EMAIL_SHAPE),
        "postal_code": ContactProblem(ContactRule.TOO_LONG, limit=MAX_LENGTHS["postal_code"], length=30),
    }


def test_a_value_with_a_problem_of_its_own_is_not_also_called_too_long():
    problems = CustomerDraft(name="Ana", email="a b" * 100).problems()
    assert problems == {"email": ContactProblem(ContactRule.EMAIL_HAS_SPACES)}


def test_cleaned_strips_the_spaces_around_every_value():
    draft = CustomerDraft(name="  Ana López ", email=" ana@example.com", notes="  Prefers mornings\n")
    cleaned = draft.cleaned()
    assert (cleaned.name, cleaned.email, cleaned.notes) == (
        "Ana López",
        "ana@example.com",
        "Prefers mornings",
    )
    assert draft.name == "  Ana López "  # the draft itself is unchanged


def test_long_notes_are_allowed():
    assert CustomerDraft(name="Ana", notes="Tows a trailer. " * 500).problems() == {}


def test_the_preferred_contact_is_one_of_the_ways_reminders_go_out():
    from shopapp.domain.contact import CONTACT_WAYS, DEFAULT_CONTACT_WAY, read_contact_way

    assert CONTACT_WAYS == ("letter", "email", "sms", "phone")
    assert CustomerDraft(name="Ana").preferred_contact == DEFAULT_CONTACT_WAY == "letter"
    for way in CONTACT_WAYS:
        assert CustomerDraft(name="Ana", preferred_contact=way).problems() == {}
    assert CustomerDraft(name="Ana", preferred_contact=" SMS ").cleaned().preferred_contact == "sms"
    assert CustomerDraft(name="Ana", preferred_contact="").cleaned().preferred_contact == "letter"
    assert CustomerDraft(name="Ana", preferred_contact="fax").problems() == {
        "preferred_contact": ContactProblem(ContactRule.CONTACT_WAY_UNKNOWN)
    }
    assert [read_contact_way(text) for text in ("E-mail", "Text message", "Post", "Phone call", "Fax")] == [
        "email",
        "sms",
        "letter",
        "phone",
        "Fax",
    ]
