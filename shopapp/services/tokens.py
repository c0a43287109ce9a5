"""Fresh access tokens for Smartcar connections: at most one refresh per connection at a time, in this
process (one shared task) and across processes and PCs (the database lease, naming its holder); the new pair
is saved in its own transaction the moment Smartcar answers, before it is used; a refused refresh marks the
connection for reconnection instead of retrying.

A process killed between Smartcar rotating a pair and the save leaves its lease behind, with the pair on
record still the old one. Smartcar keeps a used refresh token working for a grace period (one minute in
its older documents, ten in newer ones), so the next process renews such a connection at once
(`finish_unfinished`); if Smartcar refuses by then, the connection is marked with the crash as the cause,
not as the owner withdrawing access."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.credentials import CredentialsError, open_token_pair, seal_token_pair
from shopapp.services.process_identity import is_gone, this_process_text
from shopapp.services.smartcar_app import SetupError
from shopapp.smartcar.auth import SmartcarAuth
from shopapp.smartcar.errors import OAuthError, SmartcarError
from shopapp.smartcar.results import TokenPair
from shopapp.store import connections
from shopapp.store.connections import UnfinishedRenewal

log = logging.getLogger(__name__)

REFRESH_MARGIN = timedelta(minutes=5)  # refresh shortly before expiry, never with a token about to die
# A refresh token lives 60 days: renew it when less than this is left, even on a connection that is idle.
RENEW_REFRESH_TOKEN_BELOW = timedelta(days=15)
LEASE_POLL_SECONDS = 0.5
LEASE_WAIT_SECONDS = 45.0
# The English source texts; raised and stored translated (_words).
V2_CLIENT_MISSING = str(
    QT_TRANSLATE_NOOP(
        "TokenWords",
        "this car's connection still uses Smartcar API v2 and the v2 client secret is not set on this PC: run `shopapp smartcar migrate` (or Settings → Smartcar → Move connections to v3)",  # noqa: E501 (one literal for lupdate)
    )
)
V2_CLIENT_REFUSED = str(
    QT_TRANSLATE_NOOP(
        "TokenWords",
        "Smartcar refused the shop's v2 client id or client secret while renewing a connection's access (invalid_client): check SMARTCAR_CLIENT_SECRET (SMARTCAR_V2_CLIENT_SECRET on a shop moved to v3) or Settings → Smartcar, then refresh again",  # noqa: E501 (one literal for lupdate)
    )
)
REFRESH_REFUSED = str(
    QT_TRANSLATE_NOOP("TokenWords", "Smartcar refused to renew access; the owner must connect again.")
)
CRASHED_DURING_RENEWAL = str(
    QT_TRANSLATE_NOOP(
        "TokenWords",
        "A ShopApp process crashed during token refresh before it saved Smartcar's new tokens, and the old ones have expired since: the owner must connect again.",  # noqa: E501 (one literal for lupdate)
    )
)


def _words(source: str) -> str:
    """One of the texts above in the shop's language (thread-safe: renewals run on any thread)."""
    return QCoreApplication.translate("TokenWords", source)


class ReconnectNeeded(Exception):
    """The owner must run Connect again (the refresh token was refused or the connection is marked)."""


@dataclass
class UnfinishedOutcome:
    """Connections whose renewal a dead process left unfinished: finished now, or lost (Smartcar no longer
    accepted the pair on record; marked for reconnection with the crash as the cause)."""

    finished: list[int] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)


class LeaseTimeout(Exception):
    """Another process held the refresh lease too long; try this connection again later."""


def token_context(connection_id: int) -> str:
    return f"connection:{connection_id}"


def _consume_outcome(task: asyncio.Future[str]) -> None:
    """Every caller may have been cancelled; the outcome is still read, so asyncio does not complain."""
    if not task.cancelled():
        task.exception()


def sealed_samples(limit: int = 3) -> list[tuple[str, str]]:
    """A few stored (sealed pair, context) samples, to check that a data key opens this shop's pairs."""
    return [
        (sample.sealed_tokens, token_context(sample.connection_id))
        for sample in connections.sealed_token_samples(limit)
    ]


class TokenKeeper:
    """Hands out access tokens of v2 connections. `data_key` returns the shop's data key text (raises if
    unavailable). `auth` is None in a shop whose v2 OAuth client is not known: tokens still fresh are used,
    renewing one is a CredentialsError naming the way out (migrating to v3)."""

    def __init__(
        self,
        auth: SmartcarAuth | None,
        data_key: Callable[[], str],
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._auth = auth
        self._data_key = data_key
        self._now = now
        self._sleep = sleep
        self._in_flight: dict[int, asyncio.Future[str]] = {}
        # The pair last read per connection: a refresh asks for a token per request, and reading and opening
        # the sealed pair each time cost the event loop 13 % of a 1,000-car refresh. It is only trusted while
        # fresh enough; a refused token or a stale one goes back to the database (another process may
        # have rotated it).
        self._known: dict[int, TokenPair] = {}

    def unknown(self, connection_ids: Iterable[int]) -> list[int]:
        """The connections whose pair this keeper has not read yet."""
        return [
            connection_id
            for connection_id in dict.fromkeys(connection_ids)
            if connection_id not in self._known
        ]

    def read_pairs(self, connection_ids: Sequence[int]) -> dict[int, TokenPair]:
        """Blocking (a query and decryption), for a worker thread: the stored pairs of these connections that
        can be used as they are, in one query. Hand them to `remember` on the event loop; a connection left
        out (marked for reconnection, no pair, stale, unreadable) takes the usual way when its car asks."""
        pairs = {}
        for row in connections.sealed_pairs(connection_ids):
            try:
                pair = self._pair(row)
            except (ReconnectNeeded, CredentialsError):
                continue
            if self._fresh_enough(pair):
                pairs[row.connection_id] = pair
        return pairs

    def remember(self, pairs: Mapping[int, TokenPair]) -> None:
        """Pairs read by `read_pairs`: the cars of a thousand connections then ask the database nothing on
        the event loop (a query and a decryption each, some 0.3 ms)."""
        for connection_id, pair in pairs.items():
            self._known.setdefault(connection_id, pair)

    def _pair(self, row: connections.ConnectionPairRow) -> TokenPair:
        if row.state == connections.NEEDS_RECONNECT:
            raise ReconnectNeeded(
                row.state_reason
                or QCoreApplication.translate("TokenWords", "The owner must connect the car again.")
            )
        if not row.sealed_tokens:
            raise ReconnectNeeded(
                QCoreApplication.translate("TokenWords", "No Smartcar tokens are stored for this connection.")
            )
        return open_token_pair(row.sealed_tokens, self._data_key(), token_context(row.connection_id))

    def _fresh_enough(self, pair: TokenPair) -> bool:
        now = self._now()
        access_ok = pair.access_expires_at - now > REFRESH_MARGIN
        refresh_ok = pair.refresh_expires_at - now > RENEW_REFRESH_TOKEN_BELOW
        return access_ok and refresh_ok

    async def access_token(self, connection_id: int, *, refused: str | None = None) -> str:
        """A token to use now. `refused`: a token Smartcar just answered 401 for; unless the stored one is
        already another, the pair is refreshed (once, shared by every caller) whatever our clock says."""
        known = self._known.get(connection_id)
        if known is not None and refused is None and self._fresh_enough(known):
            return known.access_token
        pair = self._pair(connections.connection_pair_row(connection_id))
        if self._fresh_enough(pair) and pair.access_token != refused:
            self._known[connection_id] = pair
            return pair.access_token
        self._known.pop(connection_id, None)
        return await self._shared_refresh(connection_id, refused)

    async def _shared_refresh(
        self, connection_id: int, refused: str | None, *, finish_unfinished: bool = False
    ) -> str:
        # Vehicles of one connection refreshing at once share one token refresh. It runs as its own task,
        # shielded: cancelling a refresh must not abandon a rotated pair between Smartcar and the database.
        task = self._in_flight.get(connection_id)
        if task is None or task.done():
            task = asyncio.ensure_future(
                self._refresh(connection_id, refused, finish_unfinished=finish_unfinished)
            )
            task.add_done_callback(_consume_outcome)
            self._in_flight[connection_id] = task
        return await asyncio.shield(task)

    async def finish_unfinished(self, found: Sequence[UnfinishedRenewal]) -> UnfinishedOutcome:
        """Renews at once every connection whose last renewal a dead process left unfinished (its lease
        never released), with the pair on record, while Smartcar may still accept it. `found`:
        connections.unfinished_renewals(), read by the caller off the event loop; nothing to do is the
        usual case."""
        outcome = UnfinishedOutcome()
        for unfinished in found:
            holder = unfinished.holder
            if not (unfinished.interrupted or unfinished.lease_expired or (holder and is_gone(holder))):
                continue  # a live process is renewing it right now
            self._known.pop(unfinished.connection_id, None)
            try:
                await self._shared_refresh(unfinished.connection_id, None, finish_unfinished=True)
            except ReconnectNeeded:
                outcome.lost.append(unfinished.connection_id)
            except (SmartcarError, LeaseTimeout, CredentialsError) as exc:
                # Tried again by the next refresh (the interruption stays on record).
                log.warning(
                    "Connection %d: could not finish an interrupted renewal (%s)",
                    unfinished.connection_id,
                    exc,
                )
            else:
                outcome.finished.append(unfinished.connection_id)
        return outcome

    def _take_lease(self, connection_id: int) -> bool:
        """The lease, when it is free, expired, or held by a process on this PC that no longer runs."""
        me = this_process_text()
        if connections.take_refresh_lease(connection_id, me):
            return True
        holder = connections.lease_holder(connection_id)
        return (
            holder is not None
            and is_gone(holder)
            and connections.take_refresh_lease(connection_id, me, gone_holder=holder)
        )

    async def _refresh(
        self, connection_id: int, refused: str | None = None, *, finish_unfinished: bool = False
    ) -> str:
        """`finish_unfinished`: renew even a fresh-looking pair when a dead process's renewal of it is on
        record (its refresh token may be in Smartcar's grace period, about to stop working)."""
        waited = 0.0
        while True:
            pair = self._pair(connections.connection_pair_row(connection_id))
            if not finish_unfinished and self._fresh_enough(pair) and pair.access_token != refused:
                return pair.access_token  # refreshed meanwhile, here or by another process
            if self._take_lease(connection_id):
                break
            if waited >= LEASE_WAIT_SECONDS:
                raise LeaseTimeout(
                    QCoreApplication.translate(
                        "TokenWords",
                        "Another ShopApp is renewing this connection's tokens; try again shortly.",
                    )
                )
            await self._sleep(LEASE_POLL_SECONDS)
            waited += LEASE_POLL_SECONDS
        interrupted = False
        try:
            row = connections.connection_pair_row(connection_id)  # re-read under the lease
            interrupted = row.renewal_interrupted
            pair = self._pair(row)
            if not interrupted and self._fresh_enough(pair) and pair.access_token != refused:
                connections.release_lease(connection_id)
                return pair.access_token
            if self._auth is None:
                raise CredentialsError(_words(V2_CLIENT_MISSING))
            new_pair = await self._auth.refresh_tokens(pair.refresh_token)
        except OAuthError as exc:
            if exc.is_invalid_grant:
                reason = _words(CRASHED_DURING_RENEWAL if interrupted else REFRESH_REFUSED)
                log.warning(
                    "Connection %d: refresh refused (%s%s); marked for reconnection",
                    connection_id,
                    exc.type,
                    ", after a process crashed during an earlier renewal" if interrupted else "",
                )
                connections.mark_needs_reconnect(connection_id, reason)
                raise ReconnectNeeded(reason) from exc
            connections.release_lease(connection_id)
            if exc.is_invalid_client:
                raise SetupError(_words(V2_CLIENT_REFUSED)) from None
            raise
        except BaseException:
            connections.release_lease(connection_id)
            raise
        sealed = seal_token_pair(new_pair, self._data_key(), token_context(connection_id))
        connections.save_pair_and_release(
            connection_id, sealed, new_pair.access_expires_at, new_pair.refresh_expires_at
        )
        return new_pair.access_token
