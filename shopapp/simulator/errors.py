"""Smartcar error answers (type, code, HTTP status, body; v2, and v3 where it says more) and OAuth
token-endpoint errors."""

from __future__ import annotations

from typing import Any

_DOCS = "https://smartcar.com/docs/errors/api-errors"


class ApiError(Exception):
    """One v2 API error, raised anywhere in a request and turned into the exact Smartcar body at the edge.

    Attributes: status (HTTP), type, code (None where Smartcar sends null), description, resolution
    (resolution.type or None), suggested_user_message, doc_page, retry_after (seconds, only for
    RATE_LIMIT/VEHICLE), detail (VALIDATION only).
    """

    def __init__(
        self,
        status: int,
        type_: str,
        code: str | None,
        description: str,
        *,
        resolution: str | None = None,
        suggested_user_message: str | None = None,
        doc_page: str,
        retry_after: int | None = None,
        detail: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(f"{type_}:{code} {description}")
        self.status = status
        self.type = type_
        self.code = code
        self.description = description
        self.resolution = resolution
        self.suggested_user_message = suggested_user_message
        self.doc_page = doc_page
        self.retry_after = retry_after
        self.detail = detail

    def body(self, request_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": self.type,
            "code": self.code,
            "description": self.description,
            "docURL": f"{_DOCS}/{self.doc_page}#{(self.code or 'null').lower().replace('_', '-')}",
            "statusCode": self.status,
            "requestId": request_id,
            "resolution": {"type": self.resolution},
            "suggestedUserMessage": self.suggested_user_message,
        }
        if self.detail is not None:
            body["detail"] = self.detail
        return body


def authentication() -> ApiError:
    return ApiError(
        401,
        "AUTHENTICATION",
        None,
        "The authorization header is missing or malformed, or it contains invalid or expired "
        "authentication credentials. Please check for missing parameters, spelling and casing mistakes, "
        "and other syntax issues.",
        resolution="REAUTHENTICATE",
        suggested_user_message="Your car's connection needs to be updated. Please reconnect your car.",
        doc_page="authentication-errors",
    )


def permission(description: str | None = None) -> ApiError:
    return ApiError(
        403,
        "PERMISSION",
        None,
        description
        or "Your application has insufficient permissions to access the requested resource. Please prompt "
        "the user to re-authenticate using Smartcar Connect.",
        resolution="REAUTHENTICATE",
        suggested_user_message="Your car's connection is missing permissions. Please reconnect your car.",
        doc_page="permission-errors",
    )


def vehicle_not_connected() -> ApiError:
    # A vehicle id the token does not cover (never connected, someone else's, or disconnected) answers
    # like a missing permission: Smartcar's simulator docs describe PERMISSION as "not connected or
    # permission not granted", and a distinct answer would tell a caller which vehicle ids exist.
    return permission(
        "This vehicle is not connected to your application under this access token. Please prompt the user "
        "to connect it using Smartcar Connect."
    )


def path_not_found() -> ApiError:
    return ApiError(
        404,
        "RESOURCE_NOT_FOUND",
        "PATH",
        "The requested resource does not exist. Please check the URL and try again.",
        doc_page="resource-not-found-errors",
    )


def version_not_found() -> ApiError:
    return ApiError(
        404,
        "RESOURCE_NOT_FOUND",
        "VERSION",
        "The requested version of the API does not exist. Please check the version in the URL.",
        doc_page="resource-not-found-errors",
    )


def validation(description: str, *, parameter: str | None = None) -> ApiError:
    detail = [{"field": parameter, "message": description}] if parameter else None
    return ApiError(
        400,
        "VALIDATION",
        "PARAMETER" if parameter else None,
        description,
        doc_page="validation-errors",
        detail=detail,
    )


def compatibility(code: str) -> ApiError:
    descriptions = {
        "VEHICLE_NOT_CAPABLE": "The vehicle is incapable of performing your request.",
        "SMARTCAR_NOT_CAPABLE": "Smartcar does not yet support this request for this vehicle.",
        "MAKE_NOT_COMPATIBLE": "Smartcar does not support this make.",
    }
    return ApiError(
        501,
        "COMPATIBILITY",
        code,
        descriptions[code],
        suggested_user_message="Your car is unable to perform this request.",
        doc_page="compatibility-errors",
    )


def vehicle_rate_limit(retry_after: int) -> ApiError:
    return ApiError(
        429,
        "RATE_LIMIT",
        "VEHICLE",
        "You have reached the throttling rate limit for this vehicle. Please see the Retry-After header for "
        "when to retry the request.",
        resolution="RETRY_LATER",
        suggested_user_message="Your car is temporarily unable to connect. Please try again later.",
        doc_page="rate-limit-errors",
        retry_after=retry_after,
    )


def app_rate_limit() -> ApiError:
    return ApiError(
        429,
        "RATE_LIMIT",
        "SMARTCAR_API",
        "Your application has exceeded its rate limit. Please retry with exponential backoff.",
        resolution="RETRY_LATER",
        suggested_user_message="Your car is temporarily unable to connect. Please try again later.",
        doc_page="rate-limit-errors",
    )


def vehicle_request_limit() -> ApiError:
    return ApiError(
        430,
        "BILLING",
        "VEHICLE_REQUEST_LIMIT",
        "You have reached the monthly request limit for this vehicle under your current plan.",
        suggested_user_message="Your car is temporarily unable to connect. Please try again later.",
        doc_page="billing-errors",
    )


def server_internal() -> ApiError:
    return ApiError(
        500,
        "SERVER",
        "INTERNAL",
        "An internal Smartcar error has occurred. Our team has been notified and is working to resolve it.",
        resolution="RETRY_LATER",
        suggested_user_message="Smartcar is temporarily unavailable. Please try again later.",
        doc_page="server-errors",
    )


def upstream_no_response() -> ApiError:
    return ApiError(
        502,
        "UPSTREAM",
        "NO_RESPONSE",
        "The vehicle manufacturer's servers did not respond in time. Please retry later.",
        resolution="RETRY_LATER",
        suggested_user_message="Your car is temporarily unable to connect. Please try again later.",
        doc_page="upstream-errors",
    )


def vehicle_asleep() -> ApiError:
    return ApiError(
        409,
        "VEHICLE_STATE",
        "ASLEEP",
        "The vehicle is in a sleep state and temporarily unable to perform your request.",
        suggested_user_message="Your car is in a sleep state. Please try again later.",
        doc_page="vehicle-state-errors",
    )


# --- v3 ---------------------------------------------------------------------------------------------


def app_authentication() -> ApiError:
    # v3 is authorised by the application's own token: the fix is a new token, not the owner reconnecting.
    return ApiError(
        401,
        "AUTHENTICATION",
        None,
        "The Authorization header is missing, or the application access token in it is invalid or expired. "
        "Request a new token with the client credentials grant.",
        resolution="REAUTHENTICATE",
        doc_page="authentication-errors",
    )


def missing_user_id() -> ApiError:
    # As observed live (reference/smartcar-v3.md section 1.3): 400 VALIDATION/MISSING_PARAMETER.
    return ApiError(
        400,
        "VALIDATION",
        "MISSING_PARAMETER",
        "missing userId",
        doc_page="validation-errors",
        detail=[{"field": "sc-user-id", "message": "missing userId"}],
    )


def user_not_connected(
    description: str = "This user has not connected this vehicle to the application.",
) -> ApiError:
    # No v3 code is documented for "user not found / vehicle not connected" (reference section 5.2); this
    # is our choice: PERMISSION, like v2's answer for a car the token does not cover.
    return permission(description)


def resource_not_found(description: str, code: str | None = "PATH") -> ApiError:
    return ApiError(404, "RESOURCE_NOT_FOUND", code, description, doc_page="resource-not-found-errors")


class OAuthError(Exception):
    """A token-endpoint failure: `{"error", "error_description"}` with an HTTP status.

    The description never quotes the code or token that failed: they are secrets and end up in logs.
    """

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(f"{error}: {description}")
        self.status = status
        self.error = error
        self.description = description

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}
