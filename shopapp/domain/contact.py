"""A customer's contact details as the front desk types them: what is accepted and what is not. A problem is
data (ContactProblem: which rule and its numbers); the words a person reads are those of
shopapp.services.contact_words, through the translation catalogue (the domain knows no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from enum import Enum

# Longest value per field; the customer table's columns are this wide (PostgreSQL enforces it).
MAX_LENGTHS = {
    "name": 200,
    "phone": 50,
    "email": 200,
    "address_line1": 200,
    "address_line2": 200,
    "city": 100,
    "region": 100,
    "postal_code": 20,
    "country": 100,
}

# Local numbers can be short in small countries; E.164 allows 15 digits, plus "00" dialled instead of "+".
MIN_PHONE_DIGITS = 6
MAX_PHONE_DIGITS = 17

_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension)\s*(\d{1,6})\s*$", re.IGNORECASE)
_PHONE_CHARACTERS = re.compile(r"[0-9 ()\-./+]*")
# Deliberately loose (RFC 5322 allows far more than any mail system in use accepts): one @, something
# before it, a domain with a dot after it, no spaces. Non-ASCII letters are fine (internationalised mail).
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")

# How a customer wants reminders, as stored (customer.preferred_contact): the due CSV's contract words,
# the channel shopapp.services.reminders prints letters for, the customer page's words.
CONTACT_WAYS = ("letter", "email", "sms", "phone")
DEFAULT_CONTACT_WAY = "letter"  # the column's default: a letter reaches everyone with an address
# What other systems' files write for each way (normalised: lower case, no dots or dashes).
_CONTACT_WAY_WORDS = {
    "letter": "letter", "post": "letter", "mail": "letter", "postal mail": "letter", "courrier": "letter",
    "brief": "letter", "carta": "letter",
    "email": "email", "e mail": "email", "courriel": "email", "correo": "email",
    "sms": "sms", "text": "sms", "text message": "sms", "texto": "sms",
    "phone": "phone", "phone call": "phone", "call": "phone", "telephone": "phone", "tel": "phone",
    "telefon": "phone", "telefono": "phone", "appel": "phone",
}  # fmt: skip


def read_contact_way(text: str) -> str:
    """The stored word for a way written in a file or typed ("E-mail", "Text message", "Post"); "" for an
    empty cell (the default); the text as it is when nothing matches (CustomerDraft.problems says so)."""
    words = " ".join(text.replace("-", " ").replace(".", " ").casefold().split())
    return _CONTACT_WAY_WORDS.get(words, text.strip())


class ContactRule(Enum):
    """The rule a contact value breaks."""

    EMAIL_HAS_SPACES = "email_has_spaces"
    EMAIL_NOT_ONE_AT = "email_not_one_at"  # none, or more than one @
    EMAIL_SHAPE = "email_shape"  # not name@domain.tld
    PHONE_CHARACTERS = "phone_characters"  # letters or other signs than + ( ) - . / and spaces
    PHONE_PLUS_INSIDE = "phone_plus_inside"  # a + after the start
    PHONE_BRACKET = "phone_bracket"  # a bracket not closed (or nested)
    PHONE_TOO_FEW_DIGITS = "phone_too_few_digits"  # limit: MIN_PHONE_DIGITS
    PHONE_TOO_MANY_DIGITS = "phone_too_many_digits"  # limit: MAX_PHONE_DIGITS
    NAME_MISSING = "name_missing"
    NAME_NOT_ONE_LINE = "name_not_one_line"  # a line break or a tab in the name
    CONTACT_WAY_UNKNOWN = "contact_way_unknown"  # preferred_contact not one of CONTACT_WAYS
    TOO_LONG = "too_long"  # limit: MAX_LENGTHS[field]; length: the value's


@dataclass(frozen=True, slots=True)
class ContactProblem:
    """What is wrong with one contact value: the rule, and the numbers its message names (the limit of
    digits or characters; the value's length now, for TOO_LONG). 0 where the rule has no number."""

    rule: ContactRule
    limit: int = 0
    length: int = 0


def check_email(text: str) -> ContactProblem | None:
    """None when `text` is empty or looks like an email address; else what is wrong with it."""
    email = text.strip()
    if not email:
        return None
    if any(ch.isspace() for ch in email):
        return ContactProblem(ContactRule.EMAIL_HAS_SPACES)
    if email.count("@") != 1:
        return ContactProblem(ContactRule.EMAIL_NOT_ONE_AT)
    if not _EMAIL.fullmatch(email) or ".." in email:
        return ContactProblem(ContactRule.EMAIL_SHAPE)
    return None


def check_phone(text: str) -> ContactProblem | None:
    """None when `text` is empty or a phone number in any usual national or international form
    ("+1 (555) 010-2345", "0049 30 1234567", "555-0101 x12"); else what is wrong with it."""
    phone = text.strip()
    if not phone:
        return None
    number = _EXTENSION.sub("", phone)
    if not _PHONE_CHARACTERS.fullmatch(number):
        return ContactProblem(ContactRule.PHONE_CHARACTERS)
    if "+" in number[1:]:
        return ContactProblem(ContactRule.PHONE_PLUS_INSIDE)
    if not _parentheses_balanced(number):
        return ContactProblem(ContactRule.PHONE_BRACKET)
    digits = sum(ch.isdigit() for ch in number)
    if digits < MIN_PHONE_DIGITS:
        return ContactProblem(ContactRule.PHONE_TOO_FEW_DIGITS, limit=MIN_PHONE_DIGITS)
    if digits > MAX_PHONE_DIGITS:
        return ContactProblem(ContactRule.PHONE_TOO_MANY_DIGITS, limit=MAX_PHONE_DIGITS)
    return None


def _parentheses_balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
            if depth > 1:
                return False
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """A customer as entered in the customer dialog, before it is saved. Every field is text; only the name
    is required. preferred_contact: one of CONTACT_WAYS (empty: the default)."""

    name: str = ""
    phone: str = ""
    email: str = ""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    notes: str = ""
    preferred_contact: str = DEFAULT_CONTACT_WAY

    def cleaned(self) -> CustomerDraft:
        """The draft without the spaces around each value (what gets saved); the way of contact in lower
        case, the default when empty."""
        values = {f.name: getattr(self, f.name).strip() for f in fields(self)}
        values["preferred_contact"] = values["preferred_contact"].casefold() or DEFAULT_CONTACT_WAY
        return replace(self, **values)

    def problems(self) -> dict[str, ContactProblem]:
        """Field name -> what is wrong with it; empty when the draft can be saved."""
        draft = self.cleaned()
        found: dict[str, ContactProblem] = {}
        if not draft.name:
            found["name"] = ContactProblem(ContactRule.NAME_MISSING)
        elif any(ch in draft.name for ch in "\r\n\t"):
            found["name"] = ContactProblem(ContactRule.NAME_NOT_ONE_LINE)
        for field, problem in (("phone", check_phone(draft.phone)), ("email", check_email(draft.email))):
            if problem:
                found[field] = problem
        if draft.preferred_contact not in CONTACT_WAYS:
            found["preferred_contact"] = ContactProblem(ContactRule.CONTACT_WAY_UNKNOWN)
        for field, limit in MAX_LENGTHS.items():
            length = len(getattr(draft, field))
            if field not in found and length > limit:
                found[field] = ContactProblem(ContactRule.TOO_LONG, limit=limit, length=length)
        return found
