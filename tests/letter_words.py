"""A reminder letter's text as pdftotext reads it back (reminder_support.pdf_text), for tests that check
what a letter says: the letter's sentences from the catalogue (LetterWording), the greeting and sign-off
from the letter template, whose own words they are (resources/letters/reminder.html, which a shop may edit;
"Dear $customer_name," and "Kind regards,<br>$signature")."""

import re
from string import Template

from words import words

from shopapp.reports.letters.html import load_template


def read_back(text: str) -> str:
    """As pdftotext reads it back: one space between words, and no emoji (this machine has no emoji font;
    a shop's Windows or macOS computer has one)."""
    return " ".join("".join(ch for ch in text if ord(ch) < 0x10000).split())


def letter_words(source: str, *values: object) -> str:
    """A message of the letter's wording (context LetterWording) as pdftotext reads it back."""
    return read_back(words("LetterWording", source, *values))


LETTER_PART = load_template().letter.template
GREETING = Template(re.search(r'<p class="salutation">(.*?)</p>', LETTER_PART)[1])
SIGN_OFF = Template(re.search(r'<p class="signature">(.*?)</p>', LETTER_PART)[1].replace("<br>", " "))
GREETING_START, GREETING_END = GREETING.template.split("$customer_name")  # what each letter starts with


def greeting(name: str) -> str:
    return read_back(GREETING.substitute(customer_name=name))


def sign_off(signature: str) -> str:
    return read_back(SIGN_OFF.substitute(signature=signature))


def greeted_names(text: str) -> list[str]:
    """The names the letters in `text` greet, in order."""
    pattern = re.escape(GREETING_START.strip()) + r" (.+?) ?" + re.escape(GREETING_END)
    return re.findall(pattern, text)
