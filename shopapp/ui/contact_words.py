"""What is wrong with a contact detail, in the shop's language: the one wording of shopapp.domain.contact's
problems, shown next to the field in the customer dialog, Settings (the shop's phone and email) and the
set-up wizard. The domain says which rule a value breaks (ContactProblem); the sentences live here, each
whole through Qt's translation (context ContactProblems)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shopapp.domain.contact import ContactProblem, ContactRule, CustomerDraft, check_email, check_phone
from shopapp.i18n import fill
from shopapp.local_format import whole_number


def contact_problem_text(problem: ContactProblem) -> str:
    """The sentence that says what is wrong and what is expected."""
    rule = problem.rule
    if rule is ContactRule.EMAIL_HAS_SPACES:
        return QCoreApplication.translate("ContactProblems", "An email address has no spaces.")
    if rule is ContactRule.EMAIL_NOT_ONE_AT:
        return QCoreApplication.translate(
            "ContactProblems", "An email address has exactly one @, as in name@example.com."
        )
    if rule is ContactRule.EMAIL_SHAPE:
        return QCoreApplication.translate(
            "ContactProblems", "This does not look like an email address (expected name@example.com)."
        )
    if rule is ContactRule.PHONE_CHARACTERS:
        return QCoreApplication.translate(
            "ContactProblems", "Use digits, spaces and + ( ) - . / only (an extension as x12)."
        )
    if rule is ContactRule.PHONE_PLUS_INSIDE:
        return QCoreApplication.translate(
            "ContactProblems", "A + may only start the number, as in +1 555 010 2345."
        )
    if rule is ContactRule.PHONE_BRACKET:
        return QCoreApplication.translate("ContactProblems", "A bracket in the phone number is not closed.")
    if rule is ContactRule.PHONE_TOO_FEW_DIGITS:
        return fill(
            QCoreApplication.translate(
                "ContactProblems", "Too few digits for a phone number (at least %1, with the area code)."
            ),
            whole_number(problem.limit),
        )
    if rule is ContactRule.PHONE_TOO_MANY_DIGITS:
        return fill(
            QCoreApplication.translate("ContactProblems", "Too many digits for a phone number (at most %1)."),
            whole_number(problem.limit),
        )
    if rule is ContactRule.NAME_MISSING:
        return QCoreApplication.translate("ContactProblems", "A name is required.")
    if rule is ContactRule.NAME_NOT_ONE_LINE:
        return QCoreApplication.translate(
            "ContactProblems", "A name is one line (it heads letters and the due list)."
        )
    if rule is ContactRule.TOO_LONG:
        return fill(
            QCoreApplication.translate("ContactProblems", "At most %1 characters (%2 now)."),
            whole_number(problem.limit),
            whole_number(problem.length),
        )
    raise ValueError(f"no words for {rule}")


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
