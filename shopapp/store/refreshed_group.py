"""A group of refreshed cars written in one transaction: their readings, what Smartcar said about them, new
service records, synced histories, switched connections' spent v2 pairs, errors and unused calls. A crash
writes all of the group or none of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from shopapp.store import connections
from shopapp.store.call_budget import ReservedCalls, return_vehicle_calls
from shopapp.store.live_changes import LIVE, REFRESH, SYSTEM_ALERT, TROUBLE_CODE, NewAlert, note_change
from shopapp.store.models import db
from shopapp.store.readings import RecordOutcome, SnapshotToRecord, record_snapshots
from shopapp.store.service_records import NewServiceRecord, add_service_records
from shopapp.store.vehicles import (
    VehicleDetails,
    mark_histories_synced,
    save_last_errors,
    save_vehicles_details,
)


@dataclass(frozen=True, slots=True)
class RefreshedGroup:
    """snapshots: one per car that answered (their outcomes come back in this order); histories_synced:
    (vehicle id, when its history was read); spent_v2_pairs: connections whose first good v3 read makes
    their v2 pair useless; errors: (vehicle id, message shown on its row); unused_calls: (vehicle id, calls
    reserved and not made); origin: the writer's process identity, for the change feed."""

    snapshots: Sequence[SnapshotToRecord] = ()
    details: Sequence[VehicleDetails] = ()
    service_records: Sequence[NewServiceRecord] = ()
    histories_synced: Sequence[tuple[int, datetime]] = ()
    spent_v2_pairs: Sequence[int] = ()
    errors: Sequence[tuple[int, str]] = ()
    unused_calls: Sequence[tuple[int, ReservedCalls]] = ()
    origin: str = ""
    change_kind: str = REFRESH  # LIVE: a webhook delivery, whose new codes and alerts are announced


def record_refreshed_group(group: RefreshedGroup) -> list[RecordOutcome]:
    """Writes the group in one transaction; returns each snapshot's outcome."""
    with db.atomic():
        recorded = record_snapshots(group.snapshots)
        save_vehicles_details(group.details)
        add_service_records(group.service_records)
        mark_histories_synced(group.histories_synced)
        for connection_id in group.spent_v2_pairs:
            connections.erase_v2_pair(connection_id)
        save_last_errors(group.errors)
        return_vehicle_calls(group.unused_calls)
        touched = {item.vehicle_id for item in group.snapshots} | {
            vehicle_id for vehicle_id, _ in group.errors
        }
        if touched:  # other windows reload these cars
            alerts = []
            if group.change_kind == LIVE:
                for item, outcome in zip(group.snapshots, recorded, strict=True):
                    alerts += [
                        NewAlert(item.vehicle_id, TROUBLE_CODE, code) for code in outcome.new_trouble_codes
                    ]
                    alerts += [
                        NewAlert(item.vehicle_id, SYSTEM_ALERT, name) for name in outcome.new_system_alerts
                    ]
            note_change(group.change_kind, touched, group.origin, datetime.now(UTC), alerts)
    return recorded
