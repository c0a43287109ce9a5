"""Text safe for output: what a customer, a car or a settings field typed, made harmless for a terminal, a
CSV cell or a letter (no control characters, no bidi overrides that reorder what is printed around it); and
text folded for a search (no case, no accents)."""

from __future__ import annotations

import re
import unicodedata

# Unicode bidi controls that change the order of the text after them: embeddings and overrides
# (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
# Line breaks that are not C0 controls: NEL (a C1 control), LINE SEPARATOR, PARAGRAPH SEPARATOR.
_OTHER_BREAKS = "\u0085\u2028\u2029"

# C0 controls (tab and line breaks included), DEL, C1 controls, the bidi controls and the line separators:
# what safe_text looks at. Everything else passes unchanged.
_UNSAFE = re.compile(rf"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}\u2028\u2029]")
_UNSAFE_OR_CRLF = re.compile(rf"\r\n|{_UNSAFE.pattern}")
# Whole terminal escape sequences (ECMA-48), removed with their parameters so "\x1b[31mAna\x1b[0m" reads
# "Ana": CSI (ESC [ or the 8-bit CSI, parameters, final byte), OSC / DCS / PM / APC strings ended by BEL
# or ST, and the two-character escapes. What is left of a broken one loses its control characters below.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e" + _OTHER_BREAKS)
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})  # bidi classes that reorder neutrals and numbers near them


def safe_text(text: str, *, keep: str = "", isolate: bool = False) -> str:
    """`text` without control characters (C0, DEL, C1; a terminal escape sequence goes whole, parameters
    and all) and without bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).

    keep: control characters kept as they are (a CSV cell keeps "\\t\\r\\n"); a tab or a line break not
    kept becomes a space, so words stay apart. isolate: text with right-to-left characters (a Hebrew or
    Arabic name) is wrapped in a first-strong isolate (U+2068 ... U+2069), so it cannot reorder the
    sentence around it; for letters, whose renderer follows the Unicode bidi algorithm. Once the bidi
    controls are gone, other text cannot reorder anything, and stays free of invisible marks. Pure."""
    # isprintable(): no control, format or separator character at all, checked in C (most text, fast)
    if not text.isprintable() and _UNSAFE.search(text) is not None:
        text = _ESCAPE_SEQUENCE.sub("", text)
        text = _UNSAFE_OR_CRLF.sub(lambda match: _replacement(match.group(), keep), text)
    if isolate and _has_right_to_left(text):
        return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
    return text


def _has_right_to_left(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(char) in _RIGHT_TO_LEFT for char in text)


def _replacement(char: str, keep: str) -> str:
    if char == "\r\n":
        return char if "\r" in keep and "\n" in keep else " "
    if char in keep:
        return char
    if char == "\t" or char in _BREAKS:
        return " "
    return ""


# Letters that carry no accent to strip but are typed as plain letters on a keyboard without them.
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})


def folded(text: str) -> str:
    """Case and accents left out, as a front desk types a name on any keyboard: "García" and "Østergaard"
    are found by "garcia" and "ostergaard"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_PLAIN_LETTERS)
