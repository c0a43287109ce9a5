"""The one shared httpx client and the request helper that turns every outcome into JSON or a typed error."""

from __future__ import annotations

import json
from typing import Any

import httpx

from shopapp import __version__
from shopapp.smartcar.errors import MalformedResponseError, NetworkError, error_from_response

# Reading a car can take Smartcar a long while (waking it, the car maker's servers); the SDK allows 310 s.
# Two minutes is generous without letting one car hold a refresh slot for five.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=30.0, pool=60.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=16, keepalive_expiry=30.0)
USER_AGENT = f"ShopApp/{__version__} httpx/{httpx.__version__}"


def create_http_client(
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> httpx.AsyncClient:
    """The app's single AsyncClient. `transport` is injectable: respx in tests, ASGITransport for the
    in-process simulator."""
    return httpx.AsyncClient(
        transport=transport,
        timeout=timeout,
        limits=limits,
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )


async def request_json(
    http: httpx.AsyncClient, method: str, url: str, **kwargs: Any
) -> tuple[Any, httpx.Response]:
    """Sends one request and returns (decoded JSON body, response) for a 2xx answer.

    Raises NetworkError when no answer came, the typed SmartcarError for an error answer, and
    MalformedResponseError when a success answer is not JSON. Messages name the host, never the URL's query
    (it may carry an authorization code) nor any header.
    """
    host = httpx.URL(url).host
    try:
        response = await http.request(method, url, **kwargs)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise NetworkError(f"Could not connect to {host} ({type(exc).__name__}).", code="CONNECT") from exc
    except httpx.TimeoutException as exc:
        raise NetworkError(f"{host} did not answer in time ({type(exc).__name__}).", code="TIMEOUT") from exc
    except httpx.HTTPError as exc:
        message = f"The connection to {host} failed ({type(exc).__name__})."
        raise NetworkError(message, code="TRANSPORT") from exc
    if response.status_code >= 400:
        raise error_from_response(response.status_code, _decode_or_text(response), response.headers)
    if response.status_code == 204 or not response.content:
        return None, response
    try:
        return json.loads(response.content), response
    except ValueError as exc:
        raise MalformedResponseError(
            f"{host} answered HTTP {response.status_code} with a body that is not JSON.",
            status=response.status_code,
            request_id=response.headers.get("SC-Request-Id"),
        ) from exc


def _decode_or_text(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None
