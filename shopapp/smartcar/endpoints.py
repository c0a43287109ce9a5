"""Where the Smartcar API lives and who the application is, read by the official SDK's environment names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_API_ORIGIN = "https://api.smartcar.com"
DEFAULT_AUTH_URL = "https://auth.smartcar.com/oauth/token"
DEFAULT_CONNECT_ORIGIN = "https://connect.smartcar.com"
API_VERSION = "2.0"


@dataclass(frozen=True, slots=True)
class SmartcarEndpoints:
    """api_origin: the REST origin (`/v2.0` is appended); auth_url: the full token URL, as the Python SDK's
    SMARTCAR_AUTH_ORIGIN is; connect_origin: where `/oauth/authorize` lives."""

    api_origin: str = DEFAULT_API_ORIGIN
    auth_url: str = DEFAULT_AUTH_URL
    connect_origin: str = DEFAULT_CONNECT_ORIGIN

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> SmartcarEndpoints:
        def pick(name: str, default: str) -> str:
            return (environ.get(name) or "").strip() or default

        return cls(
            api_origin=pick("SMARTCAR_API_ORIGIN", DEFAULT_API_ORIGIN).rstrip("/"),
            auth_url=pick("SMARTCAR_AUTH_ORIGIN", DEFAULT_AUTH_URL),
            connect_origin=pick("SMARTCAR_CONNECT_ORIGIN", DEFAULT_CONNECT_ORIGIN).rstrip("/"),
        )

    @classmethod
    def for_server(cls, base_url: str) -> SmartcarEndpoints:
        """All three on one server (the simulator), e.g. `http://127.0.0.1:8765`."""
        base = base_url.rstrip("/")
        return cls(api_origin=base, auth_url=f"{base}/oauth/token", connect_origin=base)

    @property
    def api_base(self) -> str:
        return f"{self.api_origin}/v{API_VERSION}"

    @property
    def authorize_url(self) -> str:
        return f"{self.connect_origin}/oauth/authorize"


@dataclass(frozen=True, slots=True)
class AppCredentials:
    """The Smartcar application: client id, client secret (never shown in repr) and redirect URI."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
