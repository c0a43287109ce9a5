"""Typed Smartcar errors: every failure of a Smartcar call becomes one `SmartcarError`.

The subclasses follow Smartcar's error `type` (reference section 5.2) so callers can catch the family they
handle (`CompatibilityError` means "this car cannot give that signal", not a failure) while every
instance still carries the raw fields: type, code, HTTP status, request id, resolution and Retry-After.
Messages never contain tokens or the client secret.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from shopapp.smartcar.headers import header_value


@dataclass(frozen=True, slots=True)
class Resolution:
    """What Smartcar says to do about an error: RETRY_LATER, REAUTHENTICATE, CONTACT_SUPPORT, ..."""

    type: str | None = None
    url: str | None = None


class SmartcarError(Exception):
    """A failed Smartcar call.

    Attributes: type, code, status (HTTP status, or None when no response came), description,
    request_id, resolution, retry_after (seconds, or None), doc_url, suggested_user_message.
    """

    default_type: ClassVar[str] = "UNKNOWN"

    def __init__(
        self,
        description: str,
        *,
        type: str | None = None,
        code: str | None = None,
        status: int | None = None,
        request_id: str | None = None,
        resolution: Resolution | None = None,
        retry_after: float | None = None,
        doc_url: str | None = None,
        suggested_user_message: str | None = None,
    ) -> None:
        self.type = type or self.default_type
        self.code = code
        self.status = status
        self.description = description
        self.request_id = request_id
        self.resolution = resolution or Resolution()
        self.retry_after = retry_after
        self.doc_url = doc_url
        self.suggested_user_message = suggested_user_message
        super().__init__(self._message())

    def _message(self) -> str:
        kind = f"{self.type}:{self.code}" if self.code else self.type
        parts = [f"{kind} - {self.description}"]
        details = []
        if self.status is not None:
            details.append(f"HTTP {self.status}")
        if self.request_id:
            details.append(f"request {self.request_id}")
        if details:
            parts.append(f"({', '.join(details)})")
        return " ".join(parts)

    def __reduce__(
        self,
    ) -> tuple[Any, ...]:  # keeps keyword-only fields when pickled (e.g. across an executor)
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[SmartcarError], state: dict[str, Any]) -> SmartcarError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._message())
    return error


class ValidationError(SmartcarError):
    default_type = "VALIDATION"


class ConnectedServicesAccountError(SmartcarError):
    """A problem with the owner's car-maker account (400), e.g. AUTHENTICATION_FAILED, VEHICLE_MISSING."""

    default_type = "CONNECTED_SERVICES_ACCOUNT"


class AuthenticationError(SmartcarError):
    """401: the access token (or the app's credentials) is not valid."""

    default_type = "AUTHENTICATION"


class PermissionDeniedError(SmartcarError):
    """403: the owner did not grant the permission this call needs."""

    default_type = "PERMISSION"


class ResourceNotFoundError(SmartcarError):
    default_type = "RESOURCE_NOT_FOUND"


class VehicleStateError(SmartcarError):
    """409: the car cannot answer right now (asleep, unreachable, ...)."""

    default_type = "VEHICLE_STATE"


class RateLimitError(SmartcarError):
    """429: code VEHICLE (per-car limit, with Retry-After) or SMARTCAR_API (the app's request bucket)."""

    default_type = "RATE_LIMIT"


class BillingError(SmartcarError):
    """430: plan limits, e.g. VEHICLE_REQUEST_LIMIT (the car's monthly calls are spent)."""

    default_type = "BILLING"


class ServerError(SmartcarError):
    default_type = "SERVER"


class CompatibilityError(SmartcarError):
    """501: the car (or Smartcar for this car) cannot give this signal. Normal in mixed fleets."""

    default_type = "COMPATIBILITY"


class UpstreamError(SmartcarError):
    """502: the car maker's servers failed or throttled."""

    default_type = "UPSTREAM"


class OAuthError(SmartcarError):
    """The token endpoint refused a grant (`invalid_grant`, `invalid_client`, ...)."""

    default_type = "OAUTH"

    @property
    def is_invalid_grant(self) -> bool:
        return self.type == "invalid_grant"

    @property
    def is_invalid_client(self) -> bool:
        """The client id or secret is wrong: a set-up problem for the shop, not for one car's owner."""
        return self.type == "invalid_client"


class NetworkError(SmartcarError):
    """No usable answer: connection refused, DNS failure, timeout. `code` is CONNECT, TIMEOUT or TRANSPORT."""

    default_type = "NETWORK"

    @property
    def request_was_sent(self) -> bool:
        """False only when the request cannot have reached the server (so repeating it is always safe)."""
        return self.code != "CONNECT"


class MalformedResponseError(SmartcarError):
    """The answer was not the JSON shape the API documents."""

    default_type = "MALFORMED_RESPONSE"


_CLASS_BY_TYPE: dict[str, type[SmartcarError]] = {
    cls.default_type: cls
    for cls in (
        ValidationError,
        ConnectedServicesAccountError,
        AuthenticationError,
        PermissionDeniedError,
        ResourceNotFoundError,
        VehicleStateError,
        RateLimitError,
        BillingError,
        ServerError,
        CompatibilityError,
        UpstreamError,
    )
}

_CLASS_BY_STATUS: dict[int, type[SmartcarError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: ResourceNotFoundError,
    409: VehicleStateError,
    429: RateLimitError,
    430: BillingError,
    500: ServerError,
    501: CompatibilityError,
    502: UpstreamError,
}


def parse_retry_after(value: Any, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds (int, float or text) or an HTTP date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return max(0.0, float(value))
    text = str(value).strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def lenient_integer(value: Any) -> int | None:
    """A whole number Smartcar sends either as a JSON integer or as a string of digits, e.g. an error body's
    status (v2 sends 401, the v3 envelopes "401") or a car's year (an integer, a string in one doc example);
    None for anything else. Here, not in parsing, because parsing reads its errors from this module."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _class_for(error_type: str | None, status: int | None) -> type[SmartcarError]:
    by_type = _CLASS_BY_TYPE.get(error_type) if error_type else None
    if by_type is not None:
        return by_type
    if status is None:
        return SmartcarError
    return _CLASS_BY_STATUS.get(status) or (ServerError if status >= 500 else SmartcarError)


def _resolution(value: Any) -> Resolution:
    if isinstance(value, dict):
        return Resolution(_text(value.get("type")), _text(value.get("url")))
    return Resolution(_text(value))


def _doc_url(body: Mapping[str, Any]) -> str | None:
    links = body.get("links")
    about = links.get("about") if isinstance(links, dict) else None
    return _text(body.get("docURL")) or _text(about)


def error_from_object(
    body: Mapping[str, Any],
    *,
    status: int | None = None,
    request_id: str | None = None,
    retry_after: float | None = None,
) -> SmartcarError:
    """The typed error for one Smartcar error object: v2's `{type, code, description, statusCode, ...}`,
    the 2026 v3 `{type, code, title, detail, status, resolution, ...}`, or a v3 signal's `status.error`
    (where no HTTP status exists: the class then follows `type` alone)."""
    error_type = _text(body.get("type"))
    body_status = lenient_integer(body.get("statusCode"))
    if body_status is None:
        body_status = lenient_integer(body.get("status"))
    cls = _class_for(error_type, status if status is not None else body_status)
    meta = body.get("meta")
    meta_request_id = meta.get("requestId") if isinstance(meta, dict) else None
    return cls(
        _text(body.get("description"))
        or _text(body.get("detail"))
        or _text(body.get("title"))
        or "Smartcar gave no description.",
        type=error_type,
        code=_text(body.get("code")),
        status=body_status if body_status is not None else status,
        request_id=_text(body.get("requestId")) or _text(meta_request_id) or request_id,
        resolution=_resolution(body.get("resolution")),
        retry_after=retry_after,
        doc_url=_doc_url(body),
        suggested_user_message=_text(body.get("suggestedUserMessage")),
    )


def _smartcar_error_object(body: Any) -> Mapping[str, Any] | None:
    """The Smartcar error object in a body, bare, wrapped as `{"error": {...}}` or as `errors[0]` (reference
    5.1: the v3 envelope is documented both ways and nobody knows which the live API sends)."""
    if not isinstance(body, dict):
        return None
    candidates: list[Any] = [body, body.get("error")]
    errors = body.get("errors")
    if isinstance(errors, list) and errors:
        candidates.append(errors[0])
    return next((c for c in candidates if isinstance(c, dict) and isinstance(c.get("type"), str)), None)


def _json_api_error(body: Any) -> Mapping[str, Any] | None:
    errors = body.get("errors") if isinstance(body, dict) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return errors[0]
    return None


def error_from_response(status: int, body: Any, headers: Any = None) -> SmartcarError:
    """Builds the typed error for an HTTP error answer.

    `body` is the decoded JSON (or raw text when the body was not JSON). Understands the v2 error body,
    the v3 flat error object (bare, inside `error` or inside `errors[0]`), the early v3 JSON:API
    `{"errors": [{status, code, title, detail}]}`, the OAuth `{error, error_description}` body and the
    retired v1 `{error, message}` body.
    """
    request_id = _text(header_value(headers, "SC-Request-Id"))
    retry_after = parse_retry_after(header_value(headers, "Retry-After"))
    smartcar_object = _smartcar_error_object(body)
    if smartcar_object is not None:
        return error_from_object(
            smartcar_object, status=status, request_id=request_id, retry_after=retry_after
        )
    json_api = _json_api_error(body)
    if json_api is not None:
        # Its lower-case codes (`unauthorized`, `not_found`) only restate the HTTP status: the class and
        # type come from the status, the code is kept for the log.
        cls = _class_for(None, status)
        return cls(
            _text(json_api.get("detail")) or _text(json_api.get("title")) or "Smartcar gave no description.",
            type=cls.default_type if cls is not SmartcarError else "HTTP_ERROR",
            code=_text(json_api.get("code")),
            status=status,
            request_id=request_id,
            retry_after=retry_after,
            doc_url=_doc_url(json_api),
        )
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        description = _text(body.get("error_description")) or _text(body.get("message"))
        if "message" not in body:  # v1 bodies say `message`; OAuth ones `error_description`
            return OAuthError(
                description or "The authorization server refused the request.",
                type=body["error"],
                status=status,
                request_id=request_id,
            )
        cls = _CLASS_BY_STATUS.get(status, SmartcarError)
        return cls(
            description or "Smartcar refused the request.",
            type=body["error"].upper(),
            code=_text(body.get("code")),
            status=status,
            request_id=_text(body.get("requestId")) or request_id,
            retry_after=retry_after,
        )
    cls = _class_for(None, status)
    return cls(
        f"Smartcar answered HTTP {status} without a readable error description.",
        type=cls.default_type if cls is not SmartcarError else "HTTP_ERROR",
        status=status,
        request_id=request_id,
        retry_after=retry_after,
    )
