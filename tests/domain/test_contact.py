"""Contact details as the front desk types them: real-world names, numbers and addresses are accepted,
typos are caught with a message that says what is expected."""

import pytest

from shopapp.domain.contact import MAX_LENGTHS, CustomerDraft, check_email, check_phone


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
    ("phone", "words"),
    [
        ("call me", "digits"),
        ("1-800-FLOWERS", "digits"),
        ("555 0101 or 555 0102", "digits"),
        ("12345", "Too few digits"),
        ("x12", "Too few digits"),
        ("+1 (555 010-2345", "bracket"),
        ("555+0101234", "+ may only start"),
        ("1234567890123456789", "Too many digits"),
    ],
)
def test_phone_typos_get_a_message_saying_what_is_expected(phone, words):
    message = check_phone(phone)
    assert message is not None
    assert words in message


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
    ("email", "words"),
    [
        ("ana@", "name@example.com"),
        ("ana.example.com", "one @"),
        ("ana@@example.com", "one @"),
        ("ana@example", "name@example.com"),
        ("ana@example.", "name@example.com"),
        ("ana..b@example.com", "name@example.com"),
        ("ana b@example.com", "no spaces"),
    ],
)
def test_email_typos_get_a_message(email, words):
    message = check_email(email)
    assert message is not None
    assert words in message


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
    assert CustomerDraft().problems() == {"name": "A name is required."}
    assert "name" in CustomerDraft(name="   ", phone="555-0101").problems()


def test_a_very_long_name_is_refused_with_its_length():
    problems = CustomerDraft(name="A" * 250).problems()
    assert problems == {"name": "At most 200 characters (250 now)."}


def test_an_emoji_counts_as_one_character_like_the_database_counts_it():
    assert CustomerDraft(name="🚗" * MAX_LENGTHS["name"]).problems() == {}


def test_a_name_on_two_lines_is_refused():
    assert "one line" in CustomerDraft(name="Ana\nLopez").problems()["name"]


def test_every_problem_is_reported_at_once():
    draft = CustomerDraft(name="", phone="abc", email="ana@", postal_code="9" * 30)
    assert set(draft.problems()) == {"name", "phone", "email", "postal_code"}


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
