"""What the application shows for a message of the catalogue, for tests that check a text reached the
screen, the command line or an error: `words("RefreshStatusWidget", "Stopping…")`,
`words("RefreshProgressText", "%1 of %Ln car(s)", 3, n=4)`. A test compares with the catalogue's message in
the language installed (English in the suite), never with English prose of its own: a wording change or a
translation changes the catalogue and the code together, and the test still says what it checks."""

from PySide6.QtCore import QCoreApplication

from shopapp.i18n import fill


def words(context: str, source: str, *values: object, n: int = -1) -> str:
    return fill(QCoreApplication.translate(context, source, None, n), *values)
