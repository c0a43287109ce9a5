"""What an open window needs from the change feed (store/live_changes.py): whether anything changed since it
last looked, which cars to reload, the new trouble codes and alerts it is the one to announce, and when the
last live update came. The window calls these on its database worker, never on the GUI thread."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime

from shopapp.process_identity import this_process_text
from shopapp.store.change_listener import ChangeListener as ChangeListener
from shopapp.store.change_listener import can_listen as can_listen
from shopapp.store.live_changes import LIVE, SYSTEM_ALERT, TROUBLE_CODE, ClaimedAlert, changes_after
from shopapp.store.live_changes import claim_alerts as store_claim_alerts
from shopapp.store.live_changes import last_live_update as last_live_update
from shopapp.store.live_changes import latest_change_id as latest_change_id

__all__ = [
    "SYSTEM_ALERT",
    "TROUBLE_CODE",
    "ChangeListener",
    "ClaimedAlert",
    "LiveNews",
    "can_listen",
    "last_live_update",
    "latest_change_id",
    "news_after",
    "window_claimant",
]

_PAGE = 1000  # changes read at once; a window that fell further behind reloads everything
_window_serial = itertools.count(1)


def window_claimant() -> str:
    """A name for one window, unique across processes and PCs (the process identity and a serial): two
    windows of one process each claim their own announcements."""
    return f"{this_process_text()}#{next(_window_serial)}"


@dataclass(frozen=True, slots=True)
class LiveNews:
    """What changed since `after`, up to `latest` (the id to look from next time): `reload_all` when a
    change named no cars (a desk edit, a change too far back), else `vehicle_ids`; `alerts` this window
    claimed and announces; `live` when a webhook delivery was among the changes."""

    after: int
    latest: int
    reload_all: bool = False
    vehicle_ids: frozenset[int] = frozenset()
    alerts: tuple[ClaimedAlert, ...] = ()
    live: bool = False
    kinds: frozenset[str] = field(default_factory=frozenset)

    @property
    def needs_reload(self) -> bool:
        return self.reload_all or bool(self.vehicle_ids)


def news_after(change_id: int, claimant: str, since: datetime) -> LiveNews:
    """The changes after `change_id` that other processes made (this process's own refreshes and desk
    writes are left out: the window that made them has reloaded already; a webhook applied in this
    process, as the demo may do, counts), and the announcements made since `since` that `claimant` claims
    first."""
    changes = changes_after(change_id, limit=_PAGE)
    if not changes:
        return LiveNews(change_id, change_id)
    own = this_process_text()
    others = [change for change in changes if change.origin != own or change.kind == LIVE]
    latest = changes[-1].id
    reload_all = any(not change.vehicle_ids for change in others)
    if len(changes) == _PAGE:  # fell behind: start from the newest and reload everything
        latest, reload_all = latest_change_id(), True
    alerts = tuple(store_claim_alerts(claimant, datetime.now(UTC), since)) if others else ()
    return LiveNews(
        after=change_id,
        latest=latest,
        reload_all=reload_all,
        vehicle_ids=frozenset().union(*(change.vehicle_ids for change in others)),
        alerts=alerts,
        live=any(change.kind == LIVE for change in others),
        kinds=frozenset(change.kind for change in others),
    )
