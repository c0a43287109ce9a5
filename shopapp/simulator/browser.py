"""The owner's side of Connect for demo mode and tests: a browser that signs in at the in-process simulator
and follows its redirect back to the app's loopback listener."""

from __future__ import annotations

import httpx

from shopapp.simulator.app import create_app
from shopapp.simulator.simulator import Simulator


def in_process_transport(sim: Simulator) -> httpx.ASGITransport:
    """Requests to any origin through this transport are answered by `sim` in this process."""
    return httpx.ASGITransport(app=create_app(sim))


async def approval_redirect(transport: httpx.AsyncBaseTransport, authorize_url: str) -> str:
    """Where Connect sends the browser once the owner approved (or refused): the app's redirect URI with
    `code` and/or `user_id` (a v3 application), or `error`, and `state`."""
    async with httpx.AsyncClient(transport=transport, follow_redirects=False) as browser:
        answer = await browser.get(authorize_url)
    location: str | None = answer.headers.get("location")
    if answer.status_code != 302 or not location:
        raise RuntimeError(f"Connect answered HTTP {answer.status_code} without a redirect.")
    return location


async def visit_as_owner(transport: httpx.AsyncBaseTransport, authorize_url: str) -> None:
    """Approves at the simulator, then follows the redirect over real loopback to the app's listener."""
    location = await approval_redirect(transport, authorize_url)
    async with httpx.AsyncClient(timeout=30) as browser:
        await browser.get(location)
