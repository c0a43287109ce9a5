"""A catalogue message some of whose values a test cannot know in advance (an error's own text, a path the
code chose): `message_pattern("SelfCheck", "API %1; not set up yet (%2)", "v3", ANY).fullmatch(line)`.
The words around the values are the catalogue's (tests/words.py), so the check holds under any translation,
including one that moves the values."""

import re

from words import words

ANY = object()  # a value that may be any text
_MARKER = "\x00"


def message_pattern(context: str, source: str, *values: object, n: int = -1) -> re.Pattern[str]:
    """The message as the catalogue has it, each ANY value matching any text (line breaks included)."""
    text = words(context, source, *(_MARKER if value is ANY else value for value in values), n=n)
    return re.compile(".*?".join(re.escape(part) for part in text.split(_MARKER)), re.DOTALL)
