"""Where the Smartcar API lives and who the application is, read by the official SDK's environment names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_API_ORIGIN = "https://api.smartcar.com"
DEFAULT_AUTH_URL = "https://auth.smartcar.com/oauth/token"
DEFAULT_CONNECT_ORIGIN = "https://connect.smartcar.com"
DEFAULT_IAM_TOKEN_URL = "https://iam.smartcar.com/oauth2/token"
DEFAULT_VEHICLE_API_V3_ORIGIN = "https://vehicle.api.smartcar.com"
DEFAULT_MANAGEMENT_API_ORIGIN = "https://management.api.smartcar.com"
API_VERSION = "2.0"


@dataclass(frozen=True, slots=True)
class SmartcarEndpoints:
    """api_origin: the v2 REST origin (`/v2.0` is appended); auth_url: the full v2 token URL, as the Python
    SDK's SMARTCAR_AUTH_ORIGIN is; connect_origin: where `/oauth/authorize` lives; iam_token_url: the full
    v3 app-token URL (client credentials); vehicle_api_v3_origin and management_api_origin: the v3 REST
    origins (`/v3` is appended)."""

    api_origin: str = DEFAULT_API_ORIGIN
    auth_url: str = DEFAULT_AUTH_URL
    connect_origin: str = DEFAULT_CONNECT_ORIGIN
    iam_token_url: str = DEFAULT_IAM_TOKEN_URL
    vehicle_api_v3_origin: str = DEFAULT_VEHICLE_API_V3_ORIGIN
    management_api_origin: str = DEFAULT_MANAGEMENT_API_ORIGIN

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> SmartcarEndpoints:
        def pick(name: str, default: str) -> str:
            return (environ.get(name) or "").strip() or default

        return cls(
            api_origin=pick("SMARTCAR_API_ORIGIN", DEFAULT_API_ORIGIN).rstrip("/"),
            auth_url=pick("SMARTCAR_AUTH_ORIGIN", DEFAULT_AUTH_URL),
            connect_origin=pick("SMARTCAR_CONNECT_ORIGIN", DEFAULT_CONNECT_ORIGIN).rstrip("/"),
            iam_token_url=pick("SMARTCAR_IAM_TOKEN_URL", DEFAULT_IAM_TOKEN_URL),
            vehicle_api_v3_origin=pick(
                "SMARTCAR_VEHICLE_API_V3_ORIGIN", DEFAULT_VEHICLE_API_V3_ORIGIN
            ).rstrip("/"),
            management_api_origin=pick(
                "SMARTCAR_MANAGEMENT_API_ORIGIN", DEFAULT_MANAGEMENT_API_ORIGIN
            ).rstrip("/"),
        )

    @classmethod
    def for_server(cls, base_url: str) -> SmartcarEndpoints:
        """Everything on one server (the simulator), e.g. `http://127.0.0.1:8765`."""
        base = base_url.rstrip("/")
        return cls(
            api_origin=base,
            auth_url=f"{base}/oauth/token",
            connect_origin=base,
            iam_token_url=f"{base}/oauth2/token",
            vehicle_api_v3_origin=base,
            management_api_origin=base,
        )

    @property
    def api_base(self) -> str:
        return f"{self.api_origin}/v{API_VERSION}"

    @property
    def authorize_url(self) -> str:
        return f"{self.connect_origin}/oauth/authorize"

    @property
    def v3_base(self) -> str:
        return f"{self.vehicle_api_v3_origin}/v3"

    @property
    def management_v3_base(self) -> str:
        return f"{self.management_api_origin}/v3"


@dataclass(frozen=True, slots=True)
class AppCredentials:
    """The Smartcar application: client id, client secret (never shown in repr), redirect URI and, for v3,
    the Application ID that Connect takes (a UUID, unlike the API client id that begins with `client_`)."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
    application_id: str = field(default="", kw_only=True)

    @property
    def connect_id(self) -> str:
        """The id Connect is opened with: the Application ID when set, else the client id (right for v2)."""
        return self.application_id or self.client_id
