"""What is wrong with a car as typed, in the shop's language: the one wording of shopapp.domain.car's and
shopapp.domain.vin's problems, for the car dialog, the command line and the customer import alike."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.domain.car import CarDraft, CarProblem, CarRule
from shopapp.domain.vin import VinProblem, VinRule
from shopapp.i18n import fill
from shopapp.local_format import whole_number

_CONTEXT = "CarProblems"
# Each rule's sentence, marked for lupdate and translated when shown.
_CAR_SENTENCES = {
    CarRule.NOTHING_TO_NAME_IT: QT_TRANSLATE_NOOP(
        "CarProblems", "Give the car a VIN, a make and model, or a nickname, so it can be told apart."
    ),
    CarRule.YEAR_RANGE: QT_TRANSLATE_NOOP("CarProblems", "A model year is between 1900 and %1."),
    CarRule.TOO_LONG: QT_TRANSLATE_NOOP("CarProblems", "At most %1 characters (%2 now)."),
    CarRule.NOT_ONE_LINE: QT_TRANSLATE_NOOP("CarProblems", "One line only."),
}
_VIN_SENTENCES = {
    # %1: how many characters were typed.
    VinRule.LENGTH: QT_TRANSLATE_NOOP("CarProblems", "A VIN has 17 characters (%1 typed)."),
    # %1: the characters that no VIN has.
    VinRule.CHARACTERS: QT_TRANSLATE_NOOP(
        "CarProblems", "A VIN has only digits and capital letters, never I, O or Q (found: %1)."
    ),
    # %1: the 9th character typed; %2: the one the other 16 characters give.
    VinRule.CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "CarProblems",
        "This VIN cannot be right: its 9th character (check digit) is %1 where the others give %2. Check each character against the car's papers.",  # noqa: E501 (one literal for lupdate)
    ),
}


def vin_problem_text(problem: VinProblem) -> str:
    sentence = _VIN_SENTENCES[problem.rule]
    values = {
        VinRule.LENGTH: (whole_number(problem.length),),
        VinRule.CHARACTERS: (" ".join(problem.characters),),
        VinRule.CHECK_DIGIT: (problem.found, problem.expected),
    }[problem.rule]
    return fill(QCoreApplication.translate(_CONTEXT, str(sentence)), *values)


def car_problem_text(problem: CarProblem) -> str:
    """The sentence that says what is wrong and what is expected."""
    if problem.rule is CarRule.VIN:
        assert problem.vin is not None
        return vin_problem_text(problem.vin)
    sentence = _CAR_SENTENCES[problem.rule]
    return fill(
        QCoreApplication.translate(_CONTEXT, str(sentence)),
        str(problem.limit) if problem.rule is CarRule.YEAR_RANGE else whole_number(problem.limit),
        whole_number(problem.length),
    )


def car_problem_words(draft: CarDraft, today: date) -> dict[str, str]:
    """Field name -> what is wrong with it, in words (CarDraft.problems(), same fields, same order)."""
    return {field: car_problem_text(problem) for field, problem in draft.problems(today.year).items()}
