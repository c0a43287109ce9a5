"""Async client of the Smartcar v2 API: Connect/OAuth, vehicle endpoints, batch, typed errors, retries."""

from shopapp.smartcar.auth import SmartcarAuth, build_connect_url
from shopapp.smartcar.client import SmartcarClient
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
)
from shopapp.smartcar.http_session import create_http_client
from shopapp.smartcar.results import BatchItem, BatchResult, ResponseMeta, TokenPair
from shopapp.smartcar.retry import RetryPolicy

__all__ = [
    "AppCredentials",
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
    "ResourceNotFoundError",
    "ResponseMeta",
    "RetryPolicy",
    "ServerError",
    "SmartcarAuth",
    "SmartcarClient",
    "SmartcarEndpoints",
    "SmartcarError",
    "TokenPair",
    "UpstreamError",
    "ValidationError",
    "VehicleStateError",
    "build_connect_url",
    "create_http_client",
]
