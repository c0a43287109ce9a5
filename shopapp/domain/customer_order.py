"""How the front desk finds a customer: sorted by last name (a company by its whole name), and a search that
matches any of their words (name, phone, email, a car's plate, VIN, make or model) whatever the case."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shopapp.domain.text import folded

# Words that make a name a business, sorted by itself ("Acme Fleet Services", "Baker & Sons LLC").
_COMPANY_WORDS = frozenset(
    {
        "&",
        "and",
        "ag",
        "bv",
        "co",
        "company",
        "corp",
        "corporation",
        "fleet",
        "gmbh",
        "group",
        "inc",
        "limited",
        "llc",
        "llp",
        "ltd",
        "motors",
        "plc",
        "rentals",
        "sa",
        "sarl",
        "services",
        "sons",
        "transport",
        # trades a small shop's business customers are in ("Bright Spark HVAC", "Young Catering")
        "auto",
        "bakery",
        "cafe",
        "catering",
        "cleaning",
        "clinic",
        "construction",
        "consulting",
        "dental",
        "delivery",
        "electric",
        "electrical",
        "farm",
        "farms",
        "garage",
        "hotel",
        "hvac",
        "landscaping",
        "logistics",
        "painting",
        "plumbing",
        "realty",
        "rental",
        "restaurant",
        "roofing",
        "salon",
        "solutions",
        "taxi",
        "towing",
        "trucking",
        "agency",
        "associates",
        "builders",
        "design",
        "diner",
        "fitness",
        "florist",
        "florists",
        "flowers",
        "grill",
        "homes",
        "insurance",
        "kitchen",
        "management",
        "market",
        "nursery",
        "partners",
        "pharmacy",
        "pizzeria",
        "printing",
        "properties",
        "school",
        "shop",
        "store",
        "studio",
        "supplies",
        "supply",
        "works",
    }
)
_WORD = re.compile(r"[\w&]+")


def is_company(name: str) -> bool:
    return any(word in _COMPANY_WORDS for word in _WORD.findall(name.casefold()))


def last_name_key(name: str) -> tuple[str, str]:
    """The key a customer list sorts by: the last word of a person's name ("Maria de la Cruz" under
    "Cruz"), the part before a comma where the name is written "Smith, John", a company by its whole name;
    then the whole name, so two Smiths come in first-name order."""
    whole = " ".join(name.split()).casefold()
    if "," in whole:
        family = whole.split(",", 1)[0].strip()
    elif is_company(whole):
        family = whole
    else:
        words = whole.split()
        family = words[-1] if words else ""
    return family, whole


def search_text(values: Iterable[str]) -> str:
    """What a search runs over: the values folded (no case, no accents), each also without spaces and dashes
    (a plate or a phone number typed without its grouping still matches)."""
    parts: list[str] = []
    for value in values:
        folded_value = folded(value).strip()
        if not folded_value:
            continue
        parts.append(folded_value)
        compact = re.sub(r"[\s\-().]", "", folded_value)
        if compact != folded_value:
            parts.append(compact)
    return "\n".join(parts)


def matches(haystack: str, query: str) -> bool:
    """Every word of the query is somewhere in the haystack (search_text's), in any order: "smith camry"
    finds Mr Smith's Camry."""
    return all(word in haystack for word in folded(query).split())
