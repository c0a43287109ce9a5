"""The Smartcar application (client id and secret) the simulator accepts at its token endpoint."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

DEMO_CLIENT_ID = "shopapp-demo-client"
DEMO_CLIENT_SECRET = "shopapp-demo-secret"


@dataclass(frozen=True, slots=True)
class ClientCredentials:
    """client_id, client_secret (kept out of repr), from_environment (True when taken from
    SMARTCAR_CLIENT_ID / SMARTCAR_CLIENT_SECRET rather than the fixed demo pair)."""

    client_id: str
    client_secret: str = field(repr=False)
    from_environment: bool = False

    def accepts(self, client_id: str, client_secret: str) -> bool:
        return hmac.compare_digest(client_id.encode(), self.client_id.encode()) and hmac.compare_digest(
            client_secret.encode(), self.client_secret.encode()
        )


def app_credentials(environ: Mapping[str, str]) -> ClientCredentials:
    """The developer's own app id and secret when both variables are set, else the demo pair, so a
    developer's existing Smartcar setup works against the simulator unchanged."""
    client_id = (environ.get("SMARTCAR_CLIENT_ID") or "").strip()
    client_secret = (environ.get("SMARTCAR_CLIENT_SECRET") or "").strip()
    if client_id and client_secret:
        return ClientCredentials(client_id, client_secret, from_environment=True)
    return ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
