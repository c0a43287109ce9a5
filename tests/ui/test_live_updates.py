"""Windows that follow live (issue 16): what another process writes shows in every open window within
seconds, only the cars named are reloaded, a new trouble code is announced once across all windows, and the
status bar says when the last live update came."""

import asyncio
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from builders import customer, vehicle
from live_writer import write_live_reading
from qt_support import open_window, wait_signal
from store_database import POSTGRES_URL, reset_postgres
from words import words

from shopapp.process_identity import this_process_text
from shopapp.resources import trouble_code_catalogue
from shopapp.services.shop_session import ShopSession
from shopapp.store.live_changes import REFRESH, note_change
from shopapp.store.models import db
from shopapp.ui import live_updates
from shopapp.ui.live_updates import LiveStatusLabel

WITHIN = 5.0  # the promise: another process's change shows within 5 s
NEW_CODE = "P0420"
REPO = Path(__file__).resolve().parents[2]


def on_another_thread(function, *args):
    """Runs a store write on a thread of its own (its own connection), as another program would."""

    def call():
        try:
            return function(*args)
        finally:
            if not db.is_closed():
                db.close()

    return asyncio.to_thread(call)


def listen_for(signal, within=WITHIN):
    """Starts waiting for `signal` now (a coroutine not yet awaited would connect too late)."""
    return asyncio.ensure_future(wait_signal(signal, within))


def row_of(window, vehicle_id):
    return window.model.row_at(window.model.source_row_of(vehicle_id))


def announced_code(window):
    return [line for line in window.notifier.announced if NEW_CODE in line]


@pytest.fixture
def reads_off_the_gui_thread(monkeypatch):
    """Every change-feed read the window makes, with the thread it ran on."""
    threads = []
    for name in ("latest_change_id", "news_after", "last_live_update"):
        real = getattr(live_updates, name)

        def spy(*args, _real=real):
            threads.append(threading.current_thread())
            return _real(*args)

        monkeypatch.setattr(live_updates, name, spy)
    return threads


def test_a_live_reading_shows_within_seconds_and_its_code_is_announced_once_by_two_windows(
    shop_window, qtbot, qloop, shopapp_home, reads_off_the_gui_thread
):
    first = shop_window
    second = open_window(qtbot, qloop, first.session, shopapp_home)
    rows = first.model.rows()
    car, other = rows[0], rows[-1]
    assert first.select_vehicle(other.vehicle_id)  # the front desk looks at another car meanwhile
    km = (car.listing.odometer_km or 0) + 5.0

    async def scenario():
        await asyncio.sleep(0.3)  # both windows have taken their starting point in the feed
        started = time.monotonic()
        followed = [listen_for(first.live_followed), listen_for(second.live_followed)]
        new = await on_another_thread(write_live_reading, car.vehicle_id, km, (NEW_CODE,))
        assert new == [NEW_CODE]
        await asyncio.gather(*followed)
        took = time.monotonic() - started
        for _ in range(3):  # two more polls: nobody announces it again
            await asyncio.sleep(live_updates.POLL_MS / 1000)
        return took

    took = qloop.run_until_complete(scenario())
    assert took < WITHIN
    for window in (first, second):
        fresh = row_of(window, car.vehicle_id)
        assert fresh.listing.odometer_km == pytest.approx(km)
        assert any(NEW_CODE in item.key for item in fresh.items), [item.key for item in fresh.items]
        assert window.live_status.text() == words("LiveStatusLabel", "Live updates: just now")
    assert len(announced_code(first)) + len(announced_code(second)) == 1
    line = (announced_code(first) + announced_code(second))[0]
    assert car.listing.customer_name in line
    assert trouble_code_catalogue().describe(NEW_CODE).title in line
    assert [row.vehicle_id for row in first.selected_rows()] == [other.vehicle_id]  # the selection stayed
    assert reads_off_the_gui_thread
    assert threading.main_thread() not in reads_off_the_gui_thread


def test_only_the_cars_named_are_reloaded_and_the_windows_own_refresh_is_not_reloaded_again(
    shop_window, qloop
):
    window = shop_window
    rows = window.model.rows()
    car = rows[0]
    loaded = []
    window.rows_loaded.connect(loaded.append)
    followed = []
    window.live_followed.connect(followed.append)

    async def scenario():
        await asyncio.sleep(0.3)
        # What the window's own refresh notes (origin: this process): it reloaded after the refresh already.
        own = this_process_text()
        await on_another_thread(note_change, REFRESH, [car.vehicle_id], own, datetime.now(UTC))
        await asyncio.sleep(2.5 * live_updates.POLL_MS / 1000)
        assert followed == []
        # A scheduled refresh run by another process names its cars: only they are read again.
        other = "front-desk-2|77|1700000000.00"
        news = listen_for(window.live_followed)
        await on_another_thread(note_change, REFRESH, [car.vehicle_id], other, datetime.now(UTC))
        return await news

    (news,) = qloop.run_until_complete(scenario())
    assert news.vehicle_ids == {car.vehicle_id}
    assert not news.reload_all
    assert loaded == []  # no whole-list reload: the one row was replaced in place
    assert window.model.rowCount() == len(rows)


def test_a_desk_edit_made_by_another_shopapp_reloads_this_window(shop_window, qloop, shopapp_home):
    """The front desk's writes (store.writes.one_transaction) note a DESK change by their process: here
    another ShopApp process on the same shop snoozes the most urgent item of a car."""
    window = shop_window
    row = next(row for row in window.model.rows() if row.urgent is not None)
    until = (datetime.now(UTC) + timedelta(days=30)).date()
    script = (
        "import sys, datetime\n"
        "from pathlib import Path\n"
        "from shopapp.services.shop_session import open_shop_database\n"
        "from shopapp.services.front_desk import snooze_item\n"
        "open_shop_database(Path(sys.argv[1]), '')\n"
        "snooze_item(int(sys.argv[2]), sys.argv[3], datetime.date.fromisoformat(sys.argv[4]))\n"
    )

    async def scenario():
        news = listen_for(window.live_followed, 15)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            script,
            str(shopapp_home),
            str(row.vehicle_id),
            row.urgent.key,
            until.isoformat(),
            env=dict(os.environ, PYTHONPATH=str(REPO)),
        )
        assert await process.wait() == 0
        return await news

    (news,) = qloop.run_until_complete(scenario())
    assert news.reload_all
    assert news.kinds == {"desk"}
    assert row_of(window, row.vehicle_id).urgent != row.urgent


def _label_words(source, count):
    return words("LiveStatusLabel", source, n=count)


def test_the_status_bar_says_off_or_how_long_ago(qapp):
    label = LiveStatusLabel(run=None, tasks=None)
    now = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)
    assert label.words(None, now) == words("LiveStatusLabel", "Live updates: off")
    assert label.words(now - timedelta(days=8), now) == words("LiveStatusLabel", "Live updates: off")
    assert label.words(now - timedelta(seconds=20), now) == words("LiveStatusLabel", "Live updates: just now")
    assert label.words(now - timedelta(minutes=2, seconds=5), now) == words(
        "LiveStatusLabel", "Live updates: last %n min ago", n=2
    )
    assert label.words(now - timedelta(hours=3), now) == words(
        "LiveStatusLabel", "Live updates: last %n hour(s) ago", n=3
    )
    assert label.words(now - timedelta(days=2), now) == words(
        "LiveStatusLabel", "Live updates: last %n day(s) ago", n=2
    )
    assert "webhook receiver" in label.toolTip()
    label.stop()


def test_a_new_window_says_off_until_a_live_update_comes(shop_window, qloop):
    async def scenario():
        await asyncio.sleep(0.3)

    qloop.run_until_complete(scenario())
    assert shop_window.live_status.text() == words("LiveStatusLabel", "Live updates: off")


# -- PostgreSQL: two windows, a change from a separate process ---------------------------------------------


@pytest.fixture
def postgres_shop(shopapp_home):
    if not POSTGRES_URL:
        pytest.skip("needs SHOPAPP_TEST_POSTGRES_URL")
    from bound_store import bound_store

    reset_postgres(POSTGRES_URL)
    with bound_store(shopapp_home, POSTGRES_URL) as database:
        for name, make in (("Jane Doe", "TOYOTA"), ("Sam Lee", "HONDA")):
            car = vehicle(customer(name), make=make, odometer_km=40_000.0)
            del car
        yield database


@pytest.mark.postgres
def test_two_windows_on_postgresql_follow_a_change_from_another_process(
    postgres_shop, qtbot, qloop, shopapp_home
):
    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    first = open_window(qtbot, qloop, session, shopapp_home)
    second = open_window(qtbot, qloop, session, shopapp_home)
    car = first.model.rows()[0]
    km = 41_234.0
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), str(REPO / "tests")]))

    async def listening():
        for _ in range(250):
            listeners = [window.live.listener for window in (first, second)]
            if all(listener is not None and listener.listening.is_set() for listener in listeners):
                return
            await asyncio.sleep(0.02)
        raise TimeoutError("the windows never listened")

    async def scenario():
        await listening()
        followed = [listen_for(first.live_followed, 15), listen_for(second.live_followed, 15)]
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            str(REPO / "tests" / "live_writer.py"),
            POSTGRES_URL,
            str(car.vehicle_id),
            str(km),
            NEW_CODE,
            env=env,
            stdout=subprocess.PIPE,
        )
        out, _ = await process.communicate()
        committed = time.monotonic()
        assert process.returncode == 0
        assert out.decode().strip() == NEW_CODE
        await asyncio.gather(*followed)
        took = time.monotonic() - committed
        await asyncio.sleep(1.0)  # a late second announcement would show by now
        return took

    took = qloop.run_until_complete(scenario())
    assert took < WITHIN
    for window in (first, second):
        assert row_of(window, car.vehicle_id).listing.odometer_km == pytest.approx(km)
        assert window.live_status.text() == words("LiveStatusLabel", "Live updates: just now")
    assert len(announced_code(first)) + len(announced_code(second)) == 1
