"""The credentials the simulator accepts: the application (v2 OAuth client, whose id is also the Application
ID that Connect takes) and the v3 API client (client-credentials grant at `/oauth2/token`)."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

DEMO_CLIENT_ID = "shopapp-demo-client"
DEMO_CLIENT_SECRET = "shopapp-demo-secret"
# In v3 Connect takes the Application ID; for an application created on v2 that is its OAuth client id.
DEMO_APPLICATION_ID = DEMO_CLIENT_ID
# v3 API credentials are a separate pair; real API client ids begin with `client_` (observed, not documented).
DEMO_API_CLIENT_ID = "client_shopappdemo"
DEMO_API_CLIENT_SECRET = "shopapp-demo-api-secret"
API_CLIENT_PREFIX = "client_"
# The Application Management Token the simulator signs webhooks with (the HMAC key of VERIFY answers and
# SC-Signature): a fixed demo value like the pairs above, replaced with Simulator.management_token.
DEMO_MANAGEMENT_TOKEN = "shopapp-demo-management-token"


@dataclass(frozen=True, slots=True)
class ClientCredentials:
    """client_id, client_secret (kept out of repr), from_environment (True when the secret was taken from
    the environment rather than being a fixed demo one: it is then never printed), secret_variable (the
    environment variable it came from, for messages)."""

    client_id: str
    client_secret: str = field(repr=False)
    from_environment: bool = False
    secret_variable: str = field(default="SMARTCAR_CLIENT_SECRET", compare=False)

    def accepts(self, client_id: str, client_secret: str) -> bool:
        return hmac.compare_digest(client_id.encode(), self.client_id.encode()) and hmac.compare_digest(
            client_secret.encode(), self.client_secret.encode()
        )


def _variable(environ: Mapping[str, str], name: str) -> str:
    return (environ.get(name) or "").strip()


def app_credentials(environ: Mapping[str, str]) -> ClientCredentials:
    """The application Connect and the v2 token endpoint accept, so a developer's existing Smartcar setup
    works against the simulator unchanged:
    - SMARTCAR_APPLICATION_ID with SMARTCAR_V2_CLIENT_SECRET, when both are set;
    - else SMARTCAR_CLIENT_ID with SMARTCAR_CLIENT_SECRET, when both are set and the id is not a v3 API
      client id (`client_...`: those are the API credentials, see api_credentials);
    - else SMARTCAR_APPLICATION_ID alone with the demo secret (a v3 app never exchanges a code);
    - else the demo pair."""
    application_id = _variable(environ, "SMARTCAR_APPLICATION_ID")
    v2_secret = _variable(environ, "SMARTCAR_V2_CLIENT_SECRET")
    if application_id and v2_secret:
        return ClientCredentials(
            application_id, v2_secret, from_environment=True, secret_variable="SMARTCAR_V2_CLIENT_SECRET"
        )
    client_id = _variable(environ, "SMARTCAR_CLIENT_ID")
    client_secret = _variable(environ, "SMARTCAR_CLIENT_SECRET")
    if client_id and client_secret and not client_id.startswith(API_CLIENT_PREFIX):
        return ClientCredentials(client_id, client_secret, from_environment=True)
    if application_id:
        return ClientCredentials(application_id, DEMO_CLIENT_SECRET)
    return ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)


def api_credentials(environ: Mapping[str, str]) -> ClientCredentials:
    """The v3 API client the `/oauth2/token` endpoint accepts: SMARTCAR_CLIENT_ID (beginning with
    `client_`) with SMARTCAR_CLIENT_SECRET when both are set, else the demo pair."""
    client_id = _variable(environ, "SMARTCAR_CLIENT_ID")
    client_secret = _variable(environ, "SMARTCAR_CLIENT_SECRET")
    if client_id.startswith(API_CLIENT_PREFIX) and client_secret:
        return ClientCredentials(client_id, client_secret, from_environment=True)
    return ClientCredentials(DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET)
