"""The one-shot loopback listener that receives Smartcar Connect's redirect (RFC 8252 section 7.3).

It binds the loopback address(es) the redirect URI's host resolves to, on that port, answers the browser
with a short page, and hands the redirect's query to its caller. Redirects without the expected `state`
(an old tab, another program) are answered and ignored: only the Connect this process started counts.
HTTP parsing is h11's; the server is asyncio's own, so the listener runs on whatever loop the app runs.
"""

from __future__ import annotations

import asyncio
import errno
import html
import ipaddress
import logging
import os
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import h11
from PySide6.QtCore import QCoreApplication

from shopapp.errors import UserFacingError
from shopapp.i18n import fill

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024
READ_TIMEOUT_SECONDS = 10.0


class ListenerError(UserFacingError):
    """The listener cannot start (port taken, no loopback address); the message says what to do."""


@dataclass(frozen=True, slots=True)
class BrowserPage:
    """What the browser shows after the redirect."""

    ok: bool
    heading: str
    message: str

    def render(self) -> bytes:
        colour = "#1b7f3b" if self.ok else "#b3261e"
        close_tab = QCoreApplication.translate("ConnectPage", "You can close this tab and return to ShopApp.")
        language = QCoreApplication.translate("ConnectPage", "en", "the HTML lang code of this language")
        return (
            f"<!doctype html><html lang='{html.escape(language)}'><head><meta charset='utf-8'>"
            f"<title>ShopApp: {html.escape(self.heading)}</title>"
            # untranslated: the page's style sheet
            "<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
            f"line-height:1.5}}h1{{color:{colour};font-size:1.6em}}</style></head><body>"
            f"<h1>{html.escape(self.heading)}</h1><p>{html.escape(self.message)}</p>"
            f"<p>{html.escape(close_tab)}</p></body></html>"
        ).encode()


# Called with the redirect's query once its state matched; its page is shown and the listener stops.
RedirectHandler = Callable[[Mapping[str, str]], Awaitable[BrowserPage]]


def _stale_page() -> BrowserPage:
    return BrowserPage(
        False,
        QCoreApplication.translate("ConnectPage", "This link is not from the current Connect"),
        QCoreApplication.translate(
            "ConnectPage", "It may come from an older tab or window. Start Connect again from ShopApp."
        ),
    )


def check_redirect_uri(redirect_uri: str) -> tuple[str, int]:
    """The host and port the listener binds for `redirect_uri`; ListenerError (one line) for a URI that is
    no http://localhost:PORT/path address with a port from 1 to 65535."""
    shown = redirect_uri if redirect_uri.isprintable() else ascii(redirect_uri)
    try:
        parts = urlsplit(redirect_uri)
        scheme, host, port = parts.scheme, parts.hostname or "localhost", parts.port
    except ValueError:  # a port that is no number, or out of range; an unbalanced [IPv6 host]
        scheme, host, port = "", "", -1
    if port is None or port == 0:
        raise ListenerError(
            fill(
                QCoreApplication.translate(
                    "ConnectListener", "The redirect URI %1 names no port; use http://localhost:PORT/..."
                ),
                shown,
            )
        )
    if port < 0 or scheme != "http":
        raise ListenerError(
            fill(
                QCoreApplication.translate(
                    "ConnectListener",
                    "The redirect URI %1 is not http://localhost:PORT/path with a port from 1 to 65535 (SMARTCAR_REDIRECT_URI, else the redirect_uri setting)",  # noqa: E501 (one literal for lupdate)
                ),
                shown,
            )
        )
    return host, port


def bind_loopback(redirect_uri: str) -> list[socket.socket]:
    """Listening sockets on every loopback address of the redirect URI's host (e.g. 127.0.0.1 and ::1
    for `localhost`), so the browser reaches us whichever one it tries first."""
    host, port = check_redirect_uri(redirect_uri)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise ListenerError(
            fill(
                QCoreApplication.translate(
                    "ConnectListener", "Cannot resolve %1 for the Connect listener: %2"
                ),
                host,
                exc.strerror,
            )
        ) from exc
    addresses = list(
        dict.fromkeys(
            (family, sockaddr[:2] if family == socket.AF_INET else sockaddr)
            for family, _, _, _, sockaddr in infos
            if ipaddress.ip_address(str(sockaddr[0]).split("%")[0]).is_loopback
        )
    )
    if not addresses:
        raise ListenerError(
            fill(
                QCoreApplication.translate(
                    "ConnectListener",
                    "%1 is not a loopback address; the redirect URI must be http://localhost:PORT/",
                ),
                host,
            )
        )
    sockets: list[socket.socket] = []
    for family, address in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            if os.name != "nt":  # on Windows SO_REUSEADDR would let two listeners share the port
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(8)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT) and family == socket.AF_INET6:
                continue  # IPv6 is switched off on this PC: the IPv4 listener is enough
            for opened in sockets:
                opened.close()
            if exc.errno == errno.EADDRINUSE or getattr(exc, "winerror", None) == 10048:
                raise ListenerError(
                    fill(
                        QCoreApplication.translate(
                            "ConnectListener",
                            "Port %1 is in use by another program, so Connect cannot receive Smartcar's answer. Close that program (another ShopApp window running Connect?) and try again.",  # noqa: E501 (one literal for lupdate)
                        ),
                        port,
                    )
                ) from exc
            raise ListenerError(
                fill(
                    QCoreApplication.translate("ConnectListener", "Cannot listen on %1 port %2: %3"),
                    host,
                    port,
                    exc.strerror or exc,
                )
            ) from exc
        sockets.append(sock)
    if not sockets:
        raise ListenerError(
            fill(
                QCoreApplication.translate("ConnectListener", "Cannot listen on any loopback address of %1"),
                host,
            )
        )
    return sockets


class LoopbackListener:
    """Serves `redirect_uri`'s path until one redirect with `state` arrived and was handled.

    Only the first redirect with the right state is handled: a browser may deliver it twice (a double
    click, a retry), and its one-time code must not be spent twice. Every copy is answered with the
    outcome of the first.

    Use as `async with LoopbackListener(...) as listener: ...; page = await listener.handled()`;
    binding happens on entry, so a taken port is reported before the browser opens.
    """

    def __init__(self, redirect_uri: str, state: str, handler: RedirectHandler) -> None:
        self._path = urlsplit(redirect_uri).path or "/"
        self._redirect_uri = redirect_uri
        self._state = state
        self._handler = handler
        self._servers: list[asyncio.Server] = []
        self._done: asyncio.Future[BrowserPage] | None = None
        self._first: asyncio.Task[tuple[int, BrowserPage]] | None = None

    async def __aenter__(self) -> LoopbackListener:
        self._done = asyncio.get_running_loop().create_future()
        for sock in bind_loopback(self._redirect_uri):
            self._servers.append(await asyncio.start_server(self._serve, sock=sock))
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        for server in self._servers:
            server.close()
        for server in self._servers:
            await server.wait_closed()

    async def handled(self) -> BrowserPage:
        """The page the handler produced, once a redirect with the right state arrived (wrap it in
        `asyncio.timeout`: an owner may never finish Connect)."""
        assert self._done is not None, "use the listener as an async context manager"  # untranslated: a bug
        return await asyncio.shield(self._done)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connection = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_REQUEST_BYTES)
        try:
            target = await _read_request_target(connection, reader)
            if target is None:
                return
            status, page = await self._answer(target)
            await _write_page(connection, writer, status, page)
        except (ConnectionError, TimeoutError, h11.RemoteProtocolError) as exc:
            log.info("Connect listener: dropped a request (%s)", type(exc).__name__)
        finally:
            writer.close()

    async def _answer(self, target: str) -> tuple[int, BrowserPage]:
        parts = urlsplit(target)
        if parts.path != self._path:
            return 404, BrowserPage(
                False,
                QCoreApplication.translate("ConnectPage", "Not found"),
                QCoreApplication.translate("ConnectPage", "This address only receives Smartcar Connect."),
            )
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        if query.get("state") != self._state:
            return 400, _stale_page()
        if self._first is None:
            self._first = asyncio.ensure_future(self._handle_first(query))
        # Shielded: a browser that gives up on its copy must not cancel the link being saved.
        return await asyncio.shield(self._first)

    async def _handle_first(self, query: Mapping[str, str]) -> tuple[int, BrowserPage]:
        assert self._done is not None
        try:
            page = await self._handler(query)
        except Exception as exc:
            log.exception("Connect: handling the redirect failed")
            if not self._done.done():
                self._done.set_exception(exc)
            return 500, BrowserPage(
                False,
                QCoreApplication.translate("ConnectPage", "Connect failed"),
                QCoreApplication.translate("ConnectPage", "ShopApp could not finish linking the car."),
            )
        if not self._done.done():
            self._done.set_result(page)
        return (200 if page.ok else 400), page


async def _read_request_target(connection: h11.Connection, reader: asyncio.StreamReader) -> str | None:
    async with asyncio.timeout(READ_TIMEOUT_SECONDS):
        while True:
            event = connection.next_event()
            if event is h11.NEED_DATA:
                data = await reader.read(4096)
                connection.receive_data(data)
                if not data and connection.their_state is h11.IDLE:
                    return None  # connected and left (a browser's speculative pre-connect)
                continue
            if isinstance(event, h11.Request):
                if event.method != b"GET":
                    return None  # a browser following a redirect only ever sends GET
                return event.target.decode("ascii", "replace")
            if isinstance(event, h11.ConnectionClosed):
                return None


async def _write_page(
    connection: h11.Connection, writer: asyncio.StreamWriter, status: int, page: BrowserPage
) -> None:
    body = page.render()
    headers = [
        ("Content-Type", "text/html; charset=utf-8"),  # untranslated: an HTTP header
        ("Content-Length", str(len(body))),
        ("Cache-Control", "no-store"),
        ("Connection", "close"),  # untranslated: an HTTP header
    ]
    writer.write(connection.send(h11.Response(status_code=status, headers=headers)))
    writer.write(connection.send(h11.Data(data=body)))
    writer.write(connection.send(h11.EndOfMessage()))
    await writer.drain()
