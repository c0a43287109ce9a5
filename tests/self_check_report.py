"""What `shopapp --self-check` printed, taken apart for a test: a header line, one line per check (status and
name in columns, 7 and 17 wide with one space after a longer word, then the detail) and a summary line. The
status words and check names are the catalogue's (SelfCheck), so this holds under any translation."""

from words import words

CHECKS = (
    "data folder",
    "database",
    "DTC catalogue",
    "letter template",
    "Qt",
    "keyring",
    "TLS certificates",
    "Smartcar",
)
UNTRANSLATED = ("Qt", "Smartcar")  # product names
STATUSES = ("ok", "FAILED", "MISSING")


def check_name(check: str) -> str:
    """The check's name as the report prints it."""
    return check if check in UNTRANSLATED else words("SelfCheck", check)


def report(printed: str) -> tuple[str, dict[str, tuple[str, str]], str]:
    """(header, {check: (status, detail)} in the order printed, summary)."""
    out = printed.splitlines()
    lines = {}
    for line in out[1:-1]:
        found = [
            (check, status, line[len(prefix) :])
            for check in CHECKS
            for status in STATUSES
            if line.startswith(prefix := f"{words('SelfCheck', status):<7} {check_name(check):<17} ")
        ]
        assert len(found) == 1, line
        check, status, detail = found[0]
        lines[check] = (status, detail)
    return out[0], lines, out[-1]


def empty_shop_lines(database_file, latest_version: int) -> dict[str, str]:
    """The details a fresh data folder's database and DTC catalogue checks print (the window's self-check
    and the bundle's say the same)."""
    return {
        "database": words(
            "SelfCheck",
            "%1, schema %2, %3, %4",
            f"sqlite:///{database_file}",
            latest_version,
            words("SelfCheckCounts", "%n customer(s)", n=0),
            words("SelfCheckCounts", "%n vehicle(s)", n=0),
        ),
        "DTC catalogue": words("SelfCheckCounts", "%1 code(s)", "9,533", n=9533),
    }
