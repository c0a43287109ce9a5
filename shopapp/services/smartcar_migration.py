"""Moving v2 connections to Smartcar API v3 without the owners doing anything (DESIGN.md "Smartcar v3").

For each v2 connection: Smartcar's v3 connections list (not billed) names the owner's user id for one of
its cars; the connection then speaks v3 (the application token and that user id). Its sealed v2 pair stays
until the first good v3 read of one of its cars, so a switch that Smartcar does not honour loses nothing.
Each connection is switched in its own transaction: a migration stopped at any point is finished by
running it again, and running it again after it finished changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from shopapp.i18n import fill
from shopapp.smartcar.errors import AuthenticationError, OAuthError, SmartcarError
from shopapp.smartcar.v3_client import SmartcarV3Client
from shopapp.smartcar.v3_results import V3Connection

# ConnectionCounts and connection_counts are re-exported (`X as X`) for the Move to v3 dialog, which reaches
# the store only through services (tests/test_layers.py).
from shopapp.store.connections import ConnectionCounts as ConnectionCounts
from shopapp.store.connections import (
    ConnectionToMove,
    connections_to_move,
    switch_to_v3,
    user_id_taken,
)
from shopapp.store.connections import connection_counts as connection_counts

# Each outcome is a code (compared, counted) and, translated, the words a line shows.
MOVED = str(QT_TRANSLATE_NOOP("MoveToV3Words", "moved"))
PENDING_READ = str(QT_TRANSLATE_NOOP("MoveToV3Words", "pending first read"))
STAYS = str(QT_TRANSLATE_NOOP("MoveToV3Words", "stays on v2"))
WOULD_MOVE = str(QT_TRANSLATE_NOOP("MoveToV3Words", "would move"))


class MoveToV3CountWords(QObject):
    """The migration's counted words (a QObject for self.tr(), the only plural lupdate sees). Unparented,
    no signals: usable on any thread."""

    def cars(self, count: int) -> str:
        return self.tr("%n car(s)", "", count)


@dataclass(frozen=True, slots=True)
class MigrationLine:
    """One connection's outcome, for one line of output: who, what happened, why."""

    connection_id: int
    customer: str
    outcome: str
    reason: str = ""
    vehicle_ids: tuple[int, ...] = ()

    def describe(self) -> str:
        outcome = QCoreApplication.translate("MoveToV3Words", self.outcome)
        if self.reason:
            return fill(
                QCoreApplication.translate("MoveToV3Words", "%1 (connection %2): %3 — %4"),
                self.customer,
                self.connection_id,
                outcome,
                self.reason,
            )
        return fill(
            QCoreApplication.translate("MoveToV3Words", "%1 (connection %2): %3"),
            self.customer,
            self.connection_id,
            outcome,
        )


@dataclass
class MigrationReport:
    lines: list[MigrationLine] = field(default_factory=list)

    @property
    def stayed(self) -> list[MigrationLine]:
        return [line for line in self.lines if line.outcome == STAYS]

    def vehicles_to_read(self) -> list[int]:
        """The cars whose first v3 read ends their connection's v2 pair."""
        return [
            vid for line in self.lines if line.outcome in (MOVED, PENDING_READ) for vid in line.vehicle_ids
        ]


async def migrate_to_v3(
    v3: SmartcarV3Client,
    *,
    dry_run: bool = False,
    on_line: Callable[[MigrationLine], None] = lambda line: None,
) -> MigrationReport:
    """Switches every v2 connection Smartcar knows on v3; names the others with why."""
    report = MigrationReport()
    for candidate in connections_to_move():
        line = await _move(v3, candidate, dry_run)
        report.lines.append(line)
        on_line(line)
    return report


async def _move(v3: SmartcarV3Client, candidate: ConnectionToMove, dry_run: bool) -> MigrationLine:
    def line(outcome: str, reason: str = "") -> MigrationLine:
        return MigrationLine(
            candidate.connection_id, candidate.customer, outcome, reason, candidate.vehicle_ids
        )

    if candidate.api == "v3":  # switched by an earlier run; its pair goes at the first good v3 read
        return line(
            PENDING_READ,
            QCoreApplication.translate(
                "MoveToV3Words", "switched earlier; its v2 tokens are erased after the first v3 read"
            ),
        )
    if not candidate.smartcar_vehicle_ids:
        return line(
            STAYS, QCoreApplication.translate("MoveToV3Words", "it has no car to look up in Smartcar")
        )
    try:
        found = await _owner_of(v3, candidate.smartcar_vehicle_ids)
    except (OAuthError, AuthenticationError):
        raise  # the shop's API credentials are refused: no connection can move, say it once
    except SmartcarError as exc:
        return line(
            STAYS,
            fill(
                QCoreApplication.translate(
                    "MoveToV3Words", "Smartcar could not be asked (%1); run the migration again later"
                ),
                exc.type,
            ),
        )
    if found is None:
        return line(
            STAYS,
            QCoreApplication.translate(
                "MoveToV3Words",
                "Smartcar no longer lists any of its cars for this application (the owner withdrew access); the owner must connect again",  # noqa: E501 (one literal for lupdate)
            ),
        )
    if user_id_taken(found.user_id, candidate.connection_id):
        return line(
            STAYS,
            QCoreApplication.translate(
                "MoveToV3Words", "another connection of the shop already belongs to this Smartcar owner"
            ),
        )
    if dry_run:
        return line(WOULD_MOVE, MoveToV3CountWords().cars(len(candidate.smartcar_vehicle_ids)))
    switch_to_v3(candidate.connection_id, found.user_id, found.permissions)
    return line(
        MOVED,
        QCoreApplication.translate("MoveToV3Words", "its v2 tokens are erased after the first v3 read"),
    )


async def _owner_of(v3: SmartcarV3Client, vehicle_ids: tuple[str, ...]) -> V3Connection | None:
    for vehicle_id in vehicle_ids:
        listed = await v3.connections(vehicle_id=vehicle_id)
        if listed:
            return listed[0]
    return None
