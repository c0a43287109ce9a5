"""What the webhook receiver does when it applies a delivery, as another process or thread would: one car's
live (partial) snapshot recorded and noted in the change feed, with its new trouble codes to announce.

As a script (a separate process, as the receiver is): `python tests/live_writer.py URL VEHICLE_ID KM CODE`."""

import sys
from datetime import UTC, datetime
from pathlib import Path

from shopapp.domain.snapshot import Availability, Signal, VehicleSnapshot
from shopapp.store.live_changes import LIVE, TROUBLE_CODE, NewAlert, note_change
from shopapp.store.models import db
from shopapp.store.readings import SnapshotToRecord, record_snapshots

RECEIVER = "receiver-host|4242|1700000000.00"  # another process's identity


def write_live_reading(vehicle_id: int, odometer_km: float, codes: tuple[str, ...]) -> list[str]:
    """Records the reading and notes the change in one transaction; returns the codes it found new."""
    now = datetime.now(UTC)
    absent: Signal = Signal(Availability.ERROR, detail="not carried")
    snapshot = VehicleSnapshot(
        fetched_at=now,
        odometer_km=Signal(Availability.OK, odometer_km, now),
        oil_life=absent,
        trouble_codes=Signal(Availability.OK, codes, now),
        systems=absent,
    )
    with db.atomic():
        (outcome,) = record_snapshots(
            [SnapshotToRecord(vehicle_id, snapshot, now, carried=frozenset({"odometer", "trouble_codes"}))]
        )
        new = list(outcome.new_trouble_codes)
        alerts = [NewAlert(vehicle_id, TROUBLE_CODE, code) for code in new]
        note_change(LIVE, [vehicle_id], RECEIVER, now, alerts=alerts)
    return new


if __name__ == "__main__":
    from shopapp.store.database import open_store

    url, vehicle, km, code = sys.argv[1:5]
    open_store(Path("/nonexistent-home"), url)
    print(",".join(write_live_reading(int(vehicle), float(km), (code,))))
    db.close()
