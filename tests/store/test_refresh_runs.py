"""Refresh run records: a run whose process died is closed as "interrupted" by the next one, at once when it
ran on this PC, after a silent heartbeat when it ran on another; a live one is left alone."""

from datetime import UTC, datetime, timedelta

from shopapp.store import refresh_runs
from shopapp.store.models import RefreshRun

NOW = datetime(2026, 12, 7, 15, tzinfo=UTC)
GONE, ALIVE, ELSEWHERE = "pc-1|100|1.00", "pc-1|200|2.00", "pc-2|300|3.00"


def is_gone(holder):
    return holder == GONE


def test_runs_whose_process_is_gone_are_closed_as_interrupted(store):
    killed_here = refresh_runs.open_run(NOW - timedelta(seconds=20), "command", 10, GONE)
    alive_here = refresh_runs.open_run(NOW - timedelta(hours=3), "command", 10, ALIVE)
    refresh_runs.beat(alive_here.id, NOW - timedelta(seconds=10))
    silent_elsewhere = refresh_runs.open_run(NOW - timedelta(minutes=30), "scheduled", 10, ELSEWHERE)
    refresh_runs.beat(silent_elsewhere.id, NOW - timedelta(minutes=5))
    beating_elsewhere = refresh_runs.open_run(NOW - timedelta(minutes=30), "scheduled", 10, ELSEWHERE)
    refresh_runs.beat(beating_elsewhere.id, NOW - timedelta(seconds=30))

    assert refresh_runs.close_abandoned_runs(NOW, is_gone) == 2

    outcomes = {run.id: run for run in RefreshRun.select()}
    assert outcomes[killed_here.id].outcome == refresh_runs.INTERRUPTED
    assert outcomes[killed_here.id].finished_at == NOW - timedelta(seconds=20)
    assert outcomes[killed_here.id].summary == refresh_runs.INTERRUPTED_SUMMARY
    assert outcomes[silent_elsewhere.id].outcome == refresh_runs.INTERRUPTED
    assert outcomes[silent_elsewhere.id].finished_at == NOW - timedelta(minutes=5)  # its last sign of life
    assert outcomes[alive_here.id].outcome == refresh_runs.RUNNING
    assert outcomes[beating_elsewhere.id].outcome == refresh_runs.RUNNING


def test_a_closed_run_takes_no_more_heartbeats(store):
    run = refresh_runs.open_run(NOW, "command", 1, GONE)
    refresh_runs.close_abandoned_runs(NOW, is_gone)
    refresh_runs.beat(run.id, NOW + timedelta(minutes=1))
    assert RefreshRun.get_by_id(run.id).heartbeat_at == NOW
