"""Smartcar Connect (`/oauth/authorize`, auto-approving) and the v2 token endpoint (`/oauth/token`).

A v3 application (`config.application_api = "v3"`, the default) takes its Application ID as `client_id` or
`application_id`, accepts `response_type=none`, and redirects with the owner's `user_id` (plus `code` when
one was asked for, and `external_id` echoed); a v2 application answers exactly as before: code and state.
The legacy code exchange works for both (section 1.5 of reference/smartcar-v3.md).
"""

from __future__ import annotations

import base64
import binascii
import html
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from shopapp.simulator.errors import OAuthError
from shopapp.simulator.fleet import ALL_SCOPES
from shopapp.simulator.simulator import Simulator

_LOOPBACK_HOSTS = ("localhost", "127.0.0.1")
# Connect parameters kept on the grant for inspection; none changes what the simulator approves.
_OPTIONS = (
    "approval_prompt",
    "mode",
    "make",
    "single_select",
    "single_select_vin",
    "flags",
    "user",
    "external_id",
)


def is_loopback_redirect(uri: str) -> bool:
    """Only `http://localhost[:port]/...` or `http://127.0.0.1[:port]/...`: the simulator never sends an
    authorization code anywhere else."""
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in _LOOPBACK_HOSTS
        and parts.username is None
        and parts.password is None
        and not parts.fragment
        and (parts.path == "" or parts.path.startswith("/"))
    )


def _refusal_page(reason: str) -> HTMLResponse:
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Smartcar Connect (simulator)</title></head>"
        f"<body><h1>Connect cannot start</h1><p>{html.escape(reason)}</p></body></html>"
    )
    return HTMLResponse(page, status_code=400)


def _with_query(uri: str, params: dict[str, str]) -> str:
    return f"{uri}{'&' if '?' in uri else '?'}{urlencode(params)}"


class ConnectEndpoints:
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    async def authorize(self, request: Request) -> Response:
        sim = self.sim
        await sim.delay()
        query = request.query_params
        v3 = sim.config.application_api == "v3" and sim.config.served_apis != "v2"
        # v3 clients have been seen sending the Application ID under either name (section 11, item 9).
        application_id = (query.get("application_id") if v3 else None) or query.get("client_id")
        if application_id != sim.credentials.client_id:
            return _refusal_page("Unknown client_id.")
        redirect_uri = query.get("redirect_uri", "")
        if not is_loopback_redirect(redirect_uri):
            return _refusal_page(
                "redirect_uri must be http://localhost[:port]/... or http://127.0.0.1[:port]/..."
            )
        response_type = query.get("response_type")
        if response_type not in (("code", "none") if v3 else ("code",)):
            return _refusal_page(
                "response_type must be 'code' or 'none'." if v3 else "response_type must be 'code'."
            )

        # `required:` only makes real Connect reject incompatible cars; every scope is granted here.
        scopes = frozenset(s.removeprefix("required:") for s in query.get("scope", "").split() if s)
        scopes = scopes or frozenset(ALL_SCOPES)  # no scope: the dashboard's defaults, i.e. everything
        state = query.get("state")
        pinned_vin = query.get("single_select_vin")
        failure = sim.take_connect_failure()
        user = sim.choose_connect_user(pinned_vin, query.get("make"))
        params: dict[str, str] = {}
        if failure is not None or user is None:
            error = failure.error if failure else "no_vehicles"
            params["error"] = error
            params["error_description"] = failure.description if failure else "No vehicles to connect."
            if error == "vehicle_incompatible" and user is not None:
                vehicle = sim.fleet.vehicles_of(user)[0]
                params.update(vin=vehicle.vin, make=vehicle.make, model=vehicle.model, year=str(vehicle.year))
        else:
            vehicles = sim.fleet.vehicles_of(user)
            if query.get("single_select", "").lower() == "true":
                pinned = [v for v in vehicles if pinned_vin and v.vin == pinned_vin.upper()]
                vehicles = pinned or vehicles[:1]
            now = sim.clock.timestamp()
            options = {name: query[name] for name in _OPTIONS if name in query}
            grant = sim.tokens.create_grant(
                user.id, sim.credentials.client_id, scopes, [v.id for v in vehicles], now, options
            )
            if response_type == "code":
                params["code"] = sim.tokens.issue_code(grant, redirect_uri, now)
            if v3:
                params["user_id"] = user.id
                if query.get("external_id"):
                    params["external_id"] = query["external_id"]
        if state is not None:
            params["state"] = state
        return RedirectResponse(_with_query(redirect_uri, params), status_code=302)

    async def token(self, request: Request) -> Response:
        sim = self.sim
        await sim.delay()
        try:
            client_id = self._client(request)
            form = dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))
            now = sim.clock.timestamp()
            grant_type = form.get("grant_type")
            if grant_type == "authorization_code":
                if not form.get("code"):
                    raise OAuthError(400, "invalid_request", "Missing code.")
                pair = sim.tokens.redeem_code(form["code"], client_id, form.get("redirect_uri"), now)
            elif grant_type == "refresh_token":
                token = form.get("refresh_token")
                if not token:
                    raise OAuthError(400, "invalid_request", "Missing refresh_token.")
                grant = sim.tokens.grant_for_refresh_token(token)
                if grant is not None and not grant.revoked and sim.faults.revokes_on_refresh(grant.user_id):
                    sim.revoke_user(grant.user_id)
                pair = sim.tokens.refresh(token, client_id, now)
            else:
                raise OAuthError(
                    400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token."
                )
        except OAuthError as error:
            headers = {"WWW-Authenticate": 'Basic realm="smartcar"'} if error.status == 401 else None
            return JSONResponse(error.body(), status_code=error.status, headers=headers)
        return JSONResponse(pair.body(), headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def _client(self, request: Request) -> str:
        """The authenticated client id from HTTP Basic, or 401 invalid_client."""
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        invalid = OAuthError(401, "invalid_client", "Invalid or missing client credentials.")
        if scheme.lower() != "basic":
            raise invalid
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise invalid from None
        client_id, colon, secret = decoded.partition(":")
        if not colon or not self.sim.credentials.accepts(client_id, secret):
            raise invalid
        return client_id
