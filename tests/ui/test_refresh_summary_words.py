"""The status line after a refresh names what happened, the crash of an earlier process included."""

from words import words

from shopapp.services.refresh_results import RefreshSummary, VehicleResult
from shopapp.ui.main_window import summary_words


def refreshed(done: int, asked: int) -> str:
    return words("RefreshSummaryText", "Refreshed %1 of %n car(s)", done, n=asked)


def need_reconnecting(count: int) -> str:
    return words("RefreshSummaryText", "%n need(s) reconnecting", n=count)


def lost_to_crash(count: int) -> str:
    return words(
        "RefreshSummaryText",
        "%n owner(s) must connect again because a ShopApp process crashed during token refresh",
        n=count,
    )


def test_owners_lost_to_a_crash_during_token_refresh_are_named_as_such():
    summary = RefreshSummary(
        results=[
            VehicleResult(1, "Ana", "2019 Ford Focus", ok=True),
            VehicleResult(2, "Bo", "2020 Kia Niro", ok=False, needs_reconnect=True),
        ],
        lost_to_crash=["Bo"],
    )
    text = summary_words(summary)
    assert text.startswith(f"{refreshed(1, 2)} · {need_reconnecting(1)}")
    assert lost_to_crash(1) in text


def test_counts_read_in_proper_english():
    one = RefreshSummary(results=[VehicleResult(1, "Ana", "2019 Ford Focus", ok=True)])
    assert summary_words(one) == f"{refreshed(1, 1)}."
    two = RefreshSummary(
        results=[
            VehicleResult(1, "Ana", "2019 Ford Focus", ok=False, needs_reconnect=True),
            VehicleResult(2, "Bo", "2020 Kia Niro", ok=False, needs_reconnect=True),
        ],
        lost_to_crash=["Ana", "Bo"],
    )
    assert summary_words(two) == f"{refreshed(0, 2)} · {need_reconnecting(2)} · {lost_to_crash(2)}."
