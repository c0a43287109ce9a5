"""The status line after a refresh names what happened, the crash of an earlier process included."""

from shopapp.services.refresh_results import RefreshSummary, VehicleResult
from shopapp.ui.main_window import summary_words


def test_owners_lost_to_a_crash_during_token_refresh_are_named_as_such():
    summary = RefreshSummary(
        results=[
            VehicleResult(1, "Ana", "2019 Ford Focus", ok=True),
            VehicleResult(2, "Bo", "2020 Kia Niro", ok=False, needs_reconnect=True),
        ],
        lost_to_crash=["Bo"],
    )
    words = summary_words(summary)
    assert words.startswith("Refreshed 1 of 2 cars · 1 needs reconnecting")
    assert "1 owner must connect again because a ShopApp process crashed during token refresh" in words


def test_counts_read_in_proper_english():
    one = RefreshSummary(results=[VehicleResult(1, "Ana", "2019 Ford Focus", ok=True)])
    assert summary_words(one) == "Refreshed 1 of 1 car."
    two = RefreshSummary(
        results=[
            VehicleResult(1, "Ana", "2019 Ford Focus", ok=False, needs_reconnect=True),
            VehicleResult(2, "Bo", "2020 Kia Niro", ok=False, needs_reconnect=True),
        ],
        lost_to_crash=["Ana", "Bo"],
    )
    assert summary_words(two).startswith(
        "Refreshed 0 of 2 cars · 2 need reconnecting · 2 owners must connect"
    )
