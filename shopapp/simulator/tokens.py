"""Authorization codes, access and refresh tokens, the grants (connections) they stand for, and the v3
application tokens of the client-credentials grant.

Real-API behaviour kept on purpose: codes are single use; every refresh rotates the refresh token and the
used one stops working once a grace period has passed (0 by default); access tokens issued earlier stay
valid until they expire; a revoked grant refuses its refresh tokens and its access tokens alike. App tokens
are opaque, last an hour of simulated time and have no refresh token: a client asks for a new one.
"""

from __future__ import annotations

import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from shopapp.simulator.config import SimulatorConfig
from shopapp.simulator.errors import OAuthError


@dataclass(slots=True)
class Grant:
    """One completed Connect: a user, what they shared (vehicles, scopes) with which application.

    Attributes: id, user_id, client_id, scopes, vehicle_ids (disconnecting a car removes it), created_ts,
    revoked, options (what else the Connect URL said: mode, approval_prompt, flags, user...).
    """

    id: str
    user_id: str
    client_id: str
    scopes: frozenset[str]
    vehicle_ids: list[str]
    created_ts: float
    revoked: bool = False
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TokenPair:
    """What the token endpoint answers. Never printed: repr hides both tokens."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_in: int
    token_type: str = "Bearer"

    def body(self) -> dict[str, object]:
        return {
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_in": self.expires_in,
            "refresh_token": self.refresh_token,
        }


@dataclass(slots=True)
class _Code:
    grant: Grant
    redirect_uri: str | None
    issued_ts: float
    used: bool = False


@dataclass(slots=True)
class _Access:
    grant: Grant
    expires_ts: float


@dataclass(slots=True)
class _Refresh:
    grant: Grant
    expires_ts: float
    used_ts: float | None = None


class TokenStore:
    """Every code, token and grant the simulator has issued. Thread-safe: the loopback server and a test
    may use it at the same time."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config  # lifetimes are read at each use, so tests can change them mid-run
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, _Access] = {}
        self._refresh: dict[str, _Refresh] = {}
        self.grants: list[Grant] = []
        self._grants_by_user: dict[str, list[Grant]] = {}
        self._app_tokens: dict[str, float] = {}  # token -> expiry
        # Telemetry for tests: refresh-token grants asked for, and how many reused an already used token;
        # requests at the client-credentials token endpoint (failed ones included).
        self.refresh_calls = 0
        self.refresh_token_reuses = 0
        self.app_token_requests = 0
        # Called (outside the lock) each time a refresh token is rotated, after the new pair is issued and
        # before it is answered: a test can kill the client at the worst moment for it.
        self.on_rotated: Callable[[], None] | None = None
        self._lock = threading.Lock()

    def create_grant(
        self,
        user_id: str,
        client_id: str,
        scopes: frozenset[str],
        vehicle_ids: list[str],
        now: float,
        options: dict[str, str] | None = None,
    ) -> Grant:
        grant = Grant(
            str(uuid.uuid4()), user_id, client_id, scopes, list(vehicle_ids), now, options=options or {}
        )
        with self._lock:
            self.grants.append(grant)
            self._grants_by_user.setdefault(user_id, []).append(grant)
        return grant

    def issue_code(self, grant: Grant, redirect_uri: str | None, now: float) -> str:
        code = str(uuid.uuid4())
        with self._lock:
            self._codes[code] = _Code(grant, redirect_uri, now)
        return code

    def issue_pair(self, grant: Grant, now: float) -> TokenPair:
        access, refresh = str(uuid.uuid4()), str(uuid.uuid4())
        with self._lock:
            self._access[access] = _Access(grant, now + self.config.access_token_ttl_s)
            self._refresh[refresh] = _Refresh(grant, now + self.config.refresh_token_ttl_s)
        return TokenPair(access, refresh, int(self.config.access_token_ttl_s))

    def redeem_code(self, code: str, client_id: str, redirect_uri: str | None, now: float) -> TokenPair:
        invalid = OAuthError(400, "invalid_grant", "Invalid code.")
        with self._lock:
            entry = self._codes.get(code)
            if entry is None or entry.used or entry.grant.client_id != client_id:
                raise invalid
            if now > entry.issued_ts + self.config.code_ttl_s:
                raise OAuthError(400, "invalid_grant", "Invalid code: the code has expired.")
            if redirect_uri is not None and redirect_uri != entry.redirect_uri:
                raise OAuthError(400, "invalid_grant", "Invalid code: redirect_uri does not match.")
            entry.used = True
        return self.issue_pair(entry.grant, now)

    def refresh(self, token: str, client_id: str, now: float) -> TokenPair:
        invalid = OAuthError(400, "invalid_grant", "Invalid refresh_token.")
        with self._lock:
            entry = self._refresh.get(token)
            self.refresh_calls += 1
            self.refresh_token_reuses += entry is not None and entry.used_ts is not None
            if entry is None or entry.grant.client_id != client_id or entry.grant.revoked:
                raise invalid
            if now >= entry.expires_ts:
                raise invalid
            if entry.used_ts is not None and now >= entry.used_ts + self.config.refresh_grace_s:
                raise invalid
            if entry.used_ts is None:
                entry.used_ts = now
        pair = self.issue_pair(entry.grant, now)
        if self.on_rotated is not None:
            self.on_rotated()
        return pair

    def grant_for_access_token(self, token: str, now: float) -> Grant | None:
        entry = self._access.get(token)
        if entry is None or entry.grant.revoked or now >= entry.expires_ts:
            return None
        return entry.grant

    def grant_for_refresh_token(self, token: str) -> Grant | None:
        entry = self._refresh.get(token)
        return entry.grant if entry else None

    def revoke_user(self, user_id: str) -> int:
        """The owner revoked the app at their car maker: every grant of theirs stops working."""
        count = 0
        with self._lock:
            for grant in self.grants:
                if grant.user_id == user_id and not grant.revoked:
                    grant.revoked = True
                    count += 1
        return count

    def grants_of(self, user_id: str) -> list[Grant]:
        """The user's grants, oldest first, revoked ones included."""
        with self._lock:
            return list(self._grants_by_user.get(user_id, ()))

    def end_vehicle_access(self, user_id: str, client_id: str, vehicle_id: str) -> bool:
        """The application loses this car under every grant of this owner (v2 disconnect, v3 DELETE
        connection). False when no grant covered it."""
        ended = False
        with self._lock:
            for grant in self._grants_by_user.get(user_id, ()):
                if grant.client_id == client_id and vehicle_id in grant.vehicle_ids:
                    grant.vehicle_ids.remove(vehicle_id)
                    ended = True
        return ended

    # --- keeping the grants across processes (the demo's prepared shop) --------------------------------

    def saved_state(self) -> dict[str, Any]:
        """The grants and the user tokens still of use, as JSON-ready data (codes and app tokens are not
        kept: a code is single use, an app token is asked for again)."""
        with self._lock:
            grants = [
                {
                    "id": g.id,
                    "user_id": g.user_id,
                    "client_id": g.client_id,
                    "scopes": sorted(g.scopes),
                    "vehicle_ids": list(g.vehicle_ids),
                    "created_ts": g.created_ts,
                    "revoked": g.revoked,
                    "options": dict(g.options),
                }
                for g in self.grants
            ]
            access = {token: [e.grant.id, e.expires_ts] for token, e in self._access.items()}
            refresh = {token: [e.grant.id, e.expires_ts, e.used_ts] for token, e in self._refresh.items()}
        return {"grants": grants, "access": access, "refresh": refresh}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Takes back what saved_state() gave (into a store that has issued nothing yet)."""
        by_id = {}
        for entry in state["grants"]:
            grant = Grant(
                entry["id"],
                entry["user_id"],
                entry["client_id"],
                frozenset(entry["scopes"]),
                list(entry["vehicle_ids"]),
                float(entry["created_ts"]),
                bool(entry["revoked"]),
                dict(entry["options"]),
            )
            by_id[grant.id] = grant
        with self._lock:
            for grant in by_id.values():
                self.grants.append(grant)
                self._grants_by_user.setdefault(grant.user_id, []).append(grant)
            for token, (grant_id, expires) in state["access"].items():
                self._access[token] = _Access(by_id[grant_id], float(expires))
            for token, (grant_id, expires, used) in state["refresh"].items():
                self._refresh[token] = _Refresh(by_id[grant_id], float(expires), used)

    # --- v3 application tokens -------------------------------------------------------------------------

    def count_app_token_request(self) -> None:
        with self._lock:
            self.app_token_requests += 1

    def issue_app_token(self, now: float) -> tuple[str, int]:
        """A new application token and its lifetime in seconds; earlier ones stay valid until they expire."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._app_tokens[token] = now + self.config.app_token_ttl_s
        return token, int(self.config.app_token_ttl_s)

    def app_token_valid(self, token: str, now: float) -> bool:
        expires = self._app_tokens.get(token)
        return expires is not None and now < expires

    def expire_app_tokens(self) -> None:
        """Every application token issued so far stops working (they are kept, so issued_secrets still
        names them)."""
        with self._lock:
            self._app_tokens = dict.fromkeys(self._app_tokens, float("-inf"))

    def issued_secrets(self) -> set[str]:
        """Every code, access token, refresh token and app token handed out: tests grep stores and logs for
        them."""
        with self._lock:
            return set(self._codes) | set(self._access) | set(self._refresh) | set(self._app_tokens)

    def connected_user_ids(self) -> set[str]:
        return {grant.user_id for grant in self.grants}
