"""Errors the person at the front desk should read. Store and services raise them with the sentence to show;
the window and the command line catch them by type and show that sentence. Anything else that escapes is a
bug: logged with its traceback, and the person is told where the log is, not shown a raw exception."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopapp.i18n import fill


class UserFacingError(Exception):
    """A problem the person can understand and act on. str(error) is the sentence to show; `what_to_do`
    (optional) is a second sentence saying how to get past it. Never holds a secret."""

    what_to_do: str = ""

    def __init__(self, *args: object, what_to_do: str | None = None) -> None:
        super().__init__(*args)
        if what_to_do is not None:
            self.what_to_do = what_to_do

    def words(self) -> str:
        """The sentence, then what to do (when there is something to add)."""
        text = str(self).strip()
        if self.what_to_do and self.what_to_do not in text:
            text = f"{text} {self.what_to_do}".strip()
        return text


def bug_words(log_file: Path | None) -> str:
    """What the person reads when ShopApp itself failed: no exception text (it means nothing to them and may
    quote data), but where the details went, for a support request."""
    if log_file:
        return fill(
            QCoreApplication.translate(
                "UnexpectedError",
                "Something went wrong inside ShopApp. Your data is safe. The details are in the log file:\n%1",  # noqa: E501 (one literal for lupdate)
            ),
            log_file,
        )
    return QCoreApplication.translate(
        "UnexpectedError",
        "Something went wrong inside ShopApp. Your data is safe. The details are in the log.",
    )
