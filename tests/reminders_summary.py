"""What `shopapp reminders` says after writing (or not writing) the letters, from the catalogue (its counts
in ReminderCommandCounts, its other lines in CommandLine), for tests that read the command's summary."""

from words import words


def standard_output() -> str:
    """What the summary calls the PDF written to standard output."""
    return words("CommandLine", "standard output")


def letters_written(count: int, pages: int, where: object) -> str:
    """ "Wrote 4 letters (5 pages) to PATH." (`where`: the PDF file, or standard_output())."""
    pages_words = words("ReminderCommandCounts", "%n page(s)", n=pages)
    return words("ReminderCommandCounts", "Wrote %n letter(s) (%1) to %2.", pages_words, where, n=count)


def letters_logged(count: int) -> str:
    return words("ReminderCommandCounts", "Logged %n letter(s) as sent.", n=count)


def not_logged() -> str:
    return words("CommandLine", "Not logged as sent: run again with --mark-sent when the letters go out.")


def nothing_written(where: object) -> str:
    return words("CommandLine", "No reminder letters to write; %1 was not written.", where)


def skipped_recently_reminded(min_days: int) -> str:
    """The heading of the customers reminded within the last `min_days` days."""
    return words(
        "ReminderCommandCounts",
        "Skipped, reminded within the last %n day(s) (setting reminder_min_days):",
        n=min_days,
    )


def skipped_without_address() -> str:
    """The heading of the customers who have no postal address."""
    return words("CommandLine", "Skipped, no postal address (add one in the customer's details):")


def nothing_due() -> str:
    """The heading of the cars named with --vehicle that have nothing due."""
    return words("CommandLine", "Nothing due, no letter:")
