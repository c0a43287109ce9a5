"""Async clients of the Smartcar API: v2 (Connect/OAuth, vehicle endpoints, batch) and v3 (app token,
connections, signals); typed errors, retries."""

from shopapp.smartcar.app_token import AppTokenSource
from shopapp.smartcar.auth import SmartcarAuth, build_connect_url
from shopapp.smartcar.client import RequestGate, SmartcarClient
from shopapp.smartcar.endpoints import AppCredentials, SmartcarEndpoints
from shopapp.smartcar.errors import (
    AuthenticationError,
    BillingError,
    CompatibilityError,
    ConnectedServicesAccountError,
    MalformedResponseError,
    NetworkError,
    OAuthError,
    PermissionDeniedError,
    RateLimitError,
    ResourceNotFoundError,
    ServerError,
    SmartcarError,
    UpstreamError,
    ValidationError,
    VehicleStateError,
    error_from_object,
    error_from_response,
)
from shopapp.smartcar.http_session import create_http_client
from shopapp.smartcar.results import BatchItem, BatchResult, ResponseMeta, TokenPair
from shopapp.smartcar.retry import RetryPolicy
from shopapp.smartcar.signals import parse_instant
from shopapp.smartcar.v3_client import SmartcarV3Client
from shopapp.smartcar.v3_results import SignalSet, V3Connection, V3Signal, V3Vehicle

__all__ = [
    "AppCredentials",
    "AppTokenSource",
    "AuthenticationError",
    "BatchItem",
    "BatchResult",
    "BillingError",
    "CompatibilityError",
    "ConnectedServicesAccountError",
    "MalformedResponseError",
    "NetworkError",
    "OAuthError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestGate",
    "ResourceNotFoundError",
    "ResponseMeta",
    "RetryPolicy",
    "ServerError",
    "SignalSet",
    "SmartcarAuth",
    "SmartcarClient",
    "SmartcarEndpoints",
    "SmartcarError",
    "SmartcarV3Client",
    "TokenPair",
    "UpstreamError",
    "V3Connection",
    "V3Signal",
    "V3Vehicle",
    "ValidationError",
    "VehicleStateError",
    "build_connect_url",
    "create_http_client",
    "error_from_object",
    "error_from_response",
    "parse_instant",
]
