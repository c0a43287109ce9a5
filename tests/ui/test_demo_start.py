"""The demo's quick start: the first demo builds its shop and keeps it prepared; the next copies it, lists
it at once and refreshes it in the background against a simulator that still knows its grants."""

from datetime import timedelta

from qt_support import open_window, wait_signal
from words import words

from shopapp.local_format import clock_time
from shopapp.services.demo import PREPARED_FOLDER, prepared_demo
from shopapp.store.models import Vehicle, db
from shopapp.ui.demo_start import fill_demo_shop, open_demo_session

VEHICLES = 6


def demo_window_on(qtbot, qloop, shopapp_home):
    session = open_demo_session(shopapp_home, vehicles=VEHICLES)
    return open_window(qtbot, qloop, session, session.home, load=False)


def close(window, qloop):
    qloop.run_until_complete(window.shut_down())
    window.close()
    db.close()
    db.initialize(None)


def test_the_second_demo_copies_the_prepared_shop_and_refreshes_it(
    qtbot, qloop, shopapp_home, memory_keyring
):
    first = demo_window_on(qtbot, qloop, shopapp_home)
    assert not first.session.link.prepared  # nothing prepared yet: built while the window shows
    qloop.run_until_complete(fill_demo_shop(first))
    listed = sorted(row.listing.title for row in first.model.rows())
    prepared = prepared_demo(shopapp_home, VEHICLES)
    assert prepared is not None
    assert prepared_demo(shopapp_home, VEHICLES + 1) is None  # another size: built again
    assert prepared_demo(shopapp_home, VEHICLES, now=prepared.built_at + timedelta(days=8)) is None
    close(first, qloop)

    again = demo_window_on(qtbot, qloop, shopapp_home)
    try:
        assert again.session.link.prepared
        assert (shopapp_home / "demo" / PREPARED_FOLDER).is_dir()

        async def scenario():
            await fill_demo_shop(again)
            rows = again.model.rows()
            assert sorted(row.listing.title for row in rows) == listed  # listed at once
            latest = max(row.listing.last_refresh_at for row in rows if row.listing.last_refresh_at)
            ready = words("MainWindow", "Ready · %n car(s) · refreshed %1", clock_time(latest), n=len(rows))
            assert again.ready_label.text() == ready
            (summary,) = await wait_signal(again.refresher.refresh_finished, 30)
            return summary

        summary = qloop.run_until_complete(scenario())
        assert not summary.cancelled
        linked = Vehicle.select().where(Vehicle.connection.is_null(False)).count()
        assert len(summary.refreshed) == linked > 0  # every linked car read: its tokens held
        assert not summary.failed
        assert not summary.needing_reconnect
        assert again.refresher.automatic_timer.isActive()
    finally:
        close(again, qloop)
