"""A customer's contact details as the front desk types them: what is accepted and what is not, in words."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

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


def check_email(text: str) -> str | None:
    """None when `text` is empty or looks like an email address; else what is wrong with it."""
    email = text.strip()
    if not email:
        return None
    if any(ch.isspace() for ch in email):
        return "An email address has no spaces."
    if email.count("@") != 1:
        return "An email address has exactly one @, as in name@example.com."
    if not _EMAIL.fullmatch(email) or ".." in email:
        return "This does not look like an email address (expected name@example.com)."
    return None


def check_phone(text: str) -> str | None:
    """None when `text` is empty or a phone number in any usual national or international form
    ("+1 (555) 010-2345", "0049 30 1234567", "555-0101 x12"); else what is wrong with it."""
    phone = text.strip()
    if not phone:
        return None
    number = _EXTENSION.sub("", phone)
    if not _PHONE_CHARACTERS.fullmatch(number):
        return "Use digits, spaces and + ( ) - . / only (an extension as x12)."
    if "+" in number[1:]:
        return "A + may only start the number, as in +1 555 010 2345."
    if not _parentheses_balanced(number):
        return "A bracket in the phone number is not closed."
    digits = sum(ch.isdigit() for ch in number)
    if digits < MIN_PHONE_DIGITS:
        return f"Too few digits for a phone number (at least {MIN_PHONE_DIGITS}, with the area code)."
    if digits > MAX_PHONE_DIGITS:
        return f"Too many digits for a phone number (at most {MAX_PHONE_DIGITS})."
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
    is required."""

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

    def cleaned(self) -> CustomerDraft:
        """The draft without the spaces around each value (what gets saved)."""
        return replace(self, **{f.name: getattr(self, f.name).strip() for f in fields(self)})

    def problems(self) -> dict[str, str]:
        """Field name -> what is wrong with it; empty when the draft can be saved."""
        draft = self.cleaned()
        found: dict[str, str] = {}
        if not draft.name:
            found["name"] = "A name is required."
        elif any(ch in draft.name for ch in "\r\n\t"):
            found["name"] = "A name is one line (it heads letters and the due list)."
        for field, message in (("phone", check_phone(draft.phone)), ("email", check_email(draft.email))):
            if message:
                found[field] = message
        for field, limit in MAX_LENGTHS.items():
            length = len(getattr(draft, field))
            if field not in found and length > limit:
                found[field] = f"At most {limit} characters ({length} now)."
        return found
