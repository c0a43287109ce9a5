"""How v3 answers look: the two error envelopes, signal timestamps, and JSON:API links.

Where reference/smartcar-v3.md lists two readings (section 11), the SimulatorConfig knob picks one.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

from shopapp.simulator.clock import iso_z
from shopapp.simulator.errors import ApiError

# The early spec's JSON:API codes for the statuses it lists; other statuses take their HTTP reason phrase
# in the same style (our choice: the spec names no more).
_JSONAPI_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    500: "internal_error",
}
_BILLING_TITLE = "Billing Limit Reached"  # 430 is Smartcar's own status: HTTPStatus does not know it


def json_bytes(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return _BILLING_TITLE


def jsonapi_error_body(error: ApiError, request_id: str) -> dict[str, Any]:
    """The early v3 spec's envelope: `{"errors": [{status, code, title, detail, links}]}`."""
    title = _title(error.status)
    code = _JSONAPI_CODES.get(error.status, title.lower().replace(" ", "_").replace("-", "_"))
    about = error.body(request_id)["docURL"]
    return {
        "errors": [
            {
                "status": str(error.status),
                "code": code,
                "title": title,
                "detail": error.description,
                "links": {"about": about},
            }
        ]
    }


def error_body(error: ApiError, request_id: str, shape: str) -> dict[str, Any]:
    # "flat" is v2's object, which the official SDK parses into a rich SmartcarException.
    return jsonapi_error_body(error, request_id) if shape == "jsonapi" else error.body(request_id)


def v3_error_response(error: ApiError, request_id: str, shape: str) -> Response:
    headers = {"SC-Request-Id": request_id}
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    body = json_bytes(error_body(error, request_id, shape))
    return Response(body, error.status, headers, media_type="application/json")


def signal_time(ts: float, style: str) -> int | str:
    """A signal's meta time as epoch milliseconds, epoch seconds or ISO 8601 (section 4, per-signal meta)."""
    if style == "iso":
        return iso_z(ts)
    if style == "seconds":
        return int(ts)
    return round(ts * 1000)


def paging_meta(number: int, size: int, total: int, style: str) -> dict[str, Any]:
    """Collection meta: `pageNumber` (current spec) or `page` (the early spec)."""
    if style == "page":
        return {"page": number, "pageSize": size, "totalCount": total}
    return {"pageNumber": number, "pageSize": size, "totalCount": total}
