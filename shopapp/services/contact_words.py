"""What is wrong with a contact detail, in the shop's language: the one wording of shopapp.domain.contact's
problems, shown next to the field in the customer dialog, Settings (the shop's phone and email) and the
set-up wizard, and said by the customer import and `shopapp customers`. The domain says which rule a value
breaks (ContactProblem); the sentences live here, each whole through Qt's translation (context
ContactProblems)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.domain.contact import ContactProblem, ContactRule, CustomerDraft, check_email, check_phone
from shopapp.i18n import fill
from shopapp.local_format import whole_number

# Each rule's sentence, marked for lupdate and translated when shown: %1 is the problem's limit, %2 its
# length now (ContactProblem's numbers, 0 where a rule has none).
_SENTENCES = {
    ContactRule.EMAIL_HAS_SPACES: QT_TRANSLATE_NOOP("ContactProblems", "An email address has no spaces."),
    ContactRule.EMAIL_NOT_ONE_AT: QT_TRANSLATE_NOOP(
        "ContactProblems", "An email address has exactly one @, as in name@example.com."
    ),
    ContactRule.EMAIL_SHAPE: QT_TRANSLATE_NOOP(
        "ContactProblems", "This does not look like an email address (expected name@example.com)."
    ),
    ContactRule.PHONE_CHARACTERS: QT_TRANSLATE_NOOP(
        "ContactProblems", "Use digits, spaces and + ( ) - . / only (an extension as x12)."
    ),
    ContactRule.PHONE_PLUS_INSIDE: QT_TRANSLATE_NOOP(
        "ContactProblems", "A + may only start the number, as in +1 555 010 2345."
    ),
    ContactRule.PHONE_BRACKET: QT_TRANSLATE_NOOP(
        "ContactProblems", "A bracket in the phone number is not closed."
    ),
    ContactRule.PHONE_TOO_FEW_DIGITS: QT_TRANSLATE_NOOP(
        "ContactProblems", "Too few digits for a phone number (at least %1, with the area code)."
    ),
    ContactRule.PHONE_TOO_MANY_DIGITS: QT_TRANSLATE_NOOP(
        "ContactProblems", "Too many digits for a phone number (at most %1)."
    ),
    ContactRule.NAME_MISSING: QT_TRANSLATE_NOOP("ContactProblems", "A name is required."),
    ContactRule.NAME_NOT_ONE_LINE: QT_TRANSLATE_NOOP(
        "ContactProblems", "A name is one line (it heads letters and the due list)."
    ),
    ContactRule.TOO_LONG: QT_TRANSLATE_NOOP("ContactProblems", "At most %1 characters (%2 now)."),
    ContactRule.CONTACT_WAY_UNKNOWN: QT_TRANSLATE_NOOP(
        "ContactProblems", "Write letter, email, sms or phone (how the customer wants reminders)."
    ),
}


def contact_problem_text(problem: ContactProblem) -> str:
    """The sentence that says what is wrong and what is expected."""
    sentence = _SENTENCES.get(problem.rule)
    if sentence is None:
        raise ValueError(f"no words for {problem.rule}")
    return fill(
        QCoreApplication.translate("ContactProblems", str(sentence)),
        whole_number(problem.limit),
        whole_number(problem.length),
    )


def email_problem(text: str) -> str | None:
    """What is wrong with an email address as typed, in words; None when it is empty or looks right."""
    problem = check_email(text)
    return contact_problem_text(problem) if problem else None


def phone_problem(text: str) -> str | None:
    """What is wrong with a phone number as typed, in words; None when it is empty or looks right."""
    problem = check_phone(text)
    return contact_problem_text(problem) if problem else None


def draft_problems(draft: CustomerDraft) -> dict[str, str]:
    """Field name -> what is wrong with it, in words (CustomerDraft.problems(), same fields, same order)."""
    return {field: contact_problem_text(problem) for field, problem in draft.problems().items()}
