"""Reminder letters: the HTML template in resources/letters -> one QTextDocument -> PDF or printer, with the
customer's address where a window envelope shows it and "Page n of m" within each customer's letter.

wording (what the letter says, from the due items' reasons as data) -> html (the template filled in, text
made safe) -> pagination (the document laid out and painted page by page) -> output (the PDF, written
atomically). profile holds the shop's letterhead and the locale's paper; geometry the page in millimetres.
"""

from shopapp.reports.letters.html import LetterAssets, TemplateError, load_letter_assets
from shopapp.reports.letters.output import check_pdf_complete, letters_pdf_data, write_letters_pdf
from shopapp.reports.letters.pagination import LetterBatch, LetterDocument, letter_document, print_letters
from shopapp.reports.letters.profile import ShopProfile, page_size_for_locale
from shopapp.reports.letters.wording import trouble_code_words

__all__ = [
    "LetterAssets",
    "LetterBatch",
    "LetterDocument",
    "ShopProfile",
    "TemplateError",
    "check_pdf_complete",
    "letter_document",
    "letters_pdf_data",
    "load_letter_assets",
    "page_size_for_locale",
    "print_letters",
    "trouble_code_words",
    "write_letters_pdf",
]
