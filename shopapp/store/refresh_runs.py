"""The record of each refresh: opened when it starts, kept alive by a heartbeat, closed with its outcome.
A run whose process died (killed, crashed, the PC lost power) is closed as "interrupted" by the next run,
at once when it ran on this PC, after STALE_AFTER without a heartbeat when it ran on another."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from shopapp.store.models import RefreshRun

HEARTBEAT_SECONDS = 15.0
# Clocks of different PCs may disagree a little; a live run beats eight times in this span.
STALE_AFTER = timedelta(minutes=2)
RUNNING, INTERRUPTED = "running", "interrupted"
INTERRUPTED_SUMMARY = (
    # untranslated: the run's record in the database, for support (nothing shows it; PCs' languages differ)
    "Stopped before it finished: the process was killed or crashed. Every car it had read by then is saved."
)


def close_abandoned_runs(now: datetime, is_gone: Callable[[str], bool]) -> int:
    """Closes the runs still "running" whose process is gone; returns how many."""
    closed = 0
    for run in RefreshRun.select().where(RefreshRun.outcome == RUNNING):
        last_sign = run.heartbeat_at or run.started_at
        if (run.holder and is_gone(run.holder)) or last_sign < now - STALE_AFTER:
            run.outcome, run.finished_at = INTERRUPTED, last_sign
            run.summary = INTERRUPTED_SUMMARY + (f" {run.summary}" if run.summary else "")
            run.save()
            closed += 1
    return closed


def open_run(now: datetime, trigger: str, vehicles_total: int, holder: str) -> RefreshRun:
    return RefreshRun.create(
        started_at=now,
        heartbeat_at=now,
        trigger=trigger,
        vehicles_total=vehicles_total,
        outcome=RUNNING,
        holder=holder,
    )


def beat(run_id: int, now: datetime) -> None:
    RefreshRun.update(heartbeat_at=now).where(
        (RefreshRun.id == run_id) & (RefreshRun.outcome == RUNNING)
    ).execute()


def finish_run(
    run_id: int,
    now: datetime,
    *,
    vehicles_ok: int,
    vehicles_failed: int,
    vehicles_skipped: int,
    outcome: str,
    summary: str,
) -> None:
    RefreshRun.update(
        finished_at=now,
        vehicles_ok=vehicles_ok,
        vehicles_failed=vehicles_failed,
        vehicles_skipped=vehicles_skipped,
        outcome=outcome,
        summary=summary,
    ).where(RefreshRun.id == run_id).execute()
