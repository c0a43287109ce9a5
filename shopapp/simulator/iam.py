"""The v3 token endpoint (`POST /oauth2/token`, iam.smartcar.com in the real world): the OAuth 2.0
client-credentials grant that gives the application its one access token (reference section 1.2).

The docs send a form body, the published auth.yaml a JSON body: both are read, and HTTP Basic too.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from shopapp.simulator.errors import OAuthError
from shopapp.simulator.simulator import Simulator


async def _fields(request: Request) -> dict[str, str]:
    """The body's fields, whichever encoding it came in."""
    raw = await request.body()
    content_type = request.headers.get("content-type", "").lower()
    text = raw.decode("utf-8", "replace")
    if "json" in content_type or (not content_type and text.lstrip().startswith("{")):
        try:
            body = json.loads(text or "{}")
        except (ValueError, RecursionError):
            raise OAuthError(400, "invalid_request", "The request body is not valid JSON.") from None
        if not isinstance(body, dict):
            raise OAuthError(400, "invalid_request", "The request body must be a JSON object.")
        return {str(key): value for key, value in body.items() if isinstance(value, str)}
    return dict(parse_qsl(text, keep_blank_values=True))


def _basic(request: Request) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise OAuthError(401, "invalid_client", "Invalid client credentials.") from None
    client_id, colon, secret = decoded.partition(":")
    if not colon:
        raise OAuthError(401, "invalid_client", "Invalid client credentials.")
    return client_id, secret


class IamEndpoint:
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    async def token(self, request: Request) -> Response:
        sim = self.sim
        await sim.delay()
        sim.tokens.count_app_token_request()
        request_id = str(uuid.uuid4())
        try:
            fields = await _fields(request)
            client_id, secret = _basic(request) or (
                fields.get("client_id", ""),
                fields.get("client_secret", ""),
            )
            if not client_id or not secret:
                raise OAuthError(400, "invalid_request", "Missing client_id or client_secret.")
            # Only the v3 API client: the v2 OAuth client's pair is a different credential.
            if not sim.api_credentials.accepts(client_id, secret):
                raise OAuthError(401, "invalid_client", "Invalid client credentials.")
            grant_type = fields.get("grant_type")
            if not grant_type:
                raise OAuthError(400, "invalid_request", "Missing grant_type.")
            if grant_type != "client_credentials":
                raise OAuthError(400, "unsupported_grant_type", "grant_type must be client_credentials.")
        except OAuthError as error:
            headers = {"SC-Request-Id": request_id}
            if error.status == 401:
                headers["WWW-Authenticate"] = 'Basic realm="smartcar"'
            return JSONResponse(error.body(), status_code=error.status, headers=headers)
        token, expires_in = sim.tokens.issue_app_token(sim.clock.timestamp())
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": expires_in},
            headers={"Cache-Control": "no-store", "Pragma": "no-cache", "SC-Request-Id": request_id},
        )
