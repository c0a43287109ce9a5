"""safe_text: what customers, cars and settings typed, made harmless for a terminal, a CSV cell, a letter."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopapp.domain.text import BIDI_CONTROLS, safe_text

FSI, PDI = "\u2068", "\u2069"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("\x1b[2J\x1b[31mRed Alert\x1b[0m Garage", "Red Alert Garage"),  # CSI, parameters and all
        ("\x1b]0;owned\x07Title", "Title"),  # OSC (sets the terminal's title) ended by BEL
        ("\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # a hyperlink, ended by ST
        ("\x9b31mEight-bit CSI", "Eight-bit CSI"),
        ("Bell\x07 and NUL\x00 and DEL\x7f", "Bell and NUL and DEL"),
        ("Eve \u202eRetsam", "Eve Retsam"),  # an unbalanced right-to-left override
        ("a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069i", "abcdefghi"),
        ("two\tcolumns", "two columns"),
        ("line\r\nbreak\nand\rmore\u2028here\u0085too", "line break and more here too"),
        ("Zoë Ñúñez-Łukasiewicz 🚗", "Zoë Ñúñez-Łukasiewicz 🚗"),  # ordinary text is untouched
        ("a\u00a0b\u200dc", "a\u00a0b\u200dc"),  # no-break space and zero-width joiner are not controls
        ("", ""),
    ],
)
def test_controls_and_bidi_overrides_go(typed, shown):
    assert safe_text(typed) == shown


def test_a_csv_cell_keeps_tab_and_line_breaks():
    assert safe_text("a\tb\r\nc\nd\re\x1b[1m\x00", keep="\t\r\n") == "a\tb\r\nc\nd\re"


def test_right_to_left_text_is_isolated_and_other_text_is_not():
    assert safe_text("שלום כהן", isolate=True) == f"{FSI}שלום כהן{PDI}"
    assert safe_text("محمد 12", isolate=True) == f"{FSI}محمد 12{PDI}"
    assert safe_text("\u202eEve", isolate=True) == "Eve"  # no override left: nothing to isolate
    assert safe_text("Ana Pérez", isolate=True) == "Ana Pérez"
    assert safe_text("", isolate=True) == ""


@given(st.text())
def test_nothing_unsafe_is_ever_left(text):
    shown = safe_text(text)
    assert not any(unicodedata.category(char) == "Cc" for char in shown)
    assert not set(shown) & set(BIDI_CONTROLS)
    assert "\u2028" not in shown
    assert "\u2029" not in shown
    assert safe_text(shown) == shown  # idempotent


@given(st.text())
def test_an_isolated_text_holds_exactly_one_balanced_isolate_or_none(text):
    shown = safe_text(text, isolate=True)
    inner = shown.removeprefix(FSI).removesuffix(PDI) if shown.startswith(FSI) else shown
    assert not set(inner) & set(BIDI_CONTROLS)
