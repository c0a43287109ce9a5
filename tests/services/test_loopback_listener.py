"""The Connect listener on a real loopback socket: only the expected state counts, strays are answered and
ignored, the first redirect alone is handled (copies get its outcome), the page says what happened, and
an owner who never finishes makes Connect give up cleanly."""

import asyncio
import html
import socket

import httpx
import pytest
from words import words

from shopapp.services.connect import (
    STILL_ON_V2,
    ConnectCountWords,
    ConnectFailed,
    StillOnV2,
    complete_connect,
    run_connect,
)
from shopapp.services.loopback import BrowserPage, ListenerError, LoopbackListener, bind_loopback

pytestmark = [pytest.mark.loopback, pytest.mark.asyncio]


def _redirect_uri() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://localhost:{sock.getsockname()[1]}/callback"


async def test_only_the_expected_state_completes_the_wait():
    uri = _redirect_uri()
    seen = []

    async def handler(query):
        seen.append(dict(query))
        return BrowserPage(True, "Car linked", "2019 Ford F-150 <linked>")

    async with LoopbackListener(uri, "right-state", handler) as listener, httpx.AsyncClient() as browser:
        stray = await browser.get(f"{uri}?code=c1&state=old-tab")
        elsewhere = await browser.get(uri.replace("/callback", "/favicon.ico"))
        assert seen == []
        answer = await browser.get(f"{uri}?code=c2&state=right-state")
        page = await asyncio.wait_for(listener.handled(), 5)
        again = await browser.get(f"{uri}?code=c2&state=right-state")  # a reload after success
    assert (stray.status_code, elsewhere.status_code, answer.status_code) == (400, 404, 200)
    assert html.escape(words("ConnectPage", "This link is not from the current Connect")) in stray.text
    assert "&lt;linked&gt;" in answer.text  # the page escapes what it shows
    assert page.ok
    assert seen == [{"code": "c2", "state": "right-state"}]  # the code is spent once
    assert again.status_code == 200  # a reload shows what the first answer did
    assert "Car linked" in again.text


async def test_a_port_in_use_is_reported_before_anything_opens():
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        port = blocker.getsockname()[1]
        with pytest.raises(ListenerError) as caught:
            bind_loopback(f"http://127.0.0.1:{port}/callback")
    assert str(caught.value) == words("ConnectListener", PORT_IN_USE, port)


PORT_IN_USE = (
    "Port %1 is in use by another program, so Connect cannot receive Smartcar's answer. Close that program "
    "(another ShopApp window running Connect?) and try again."
)


def connect_words(source, *values):
    return words("ConnectWords", source, *values)


class _Session:
    """Just enough of a SmartcarSession for Connect to show its address."""

    def __init__(self, api="v2"):
        self.api = api

    def connect_url(self, *, state, scopes, external_id=None):
        return f"https://connect.example/oauth/authorize?state={state}"


async def test_an_owner_who_never_finishes_makes_connect_give_up():
    shown = []
    with pytest.raises(ConnectFailed) as caught:
        await run_connect(
            _Session(), _redirect_uri(), lambda: "key", show_url=shown.append, give_up_after=0.2
        )
    minutes = f"{0.2 / 60:g}"  # a part of a minute: no plural to choose
    assert str(caught.value) == connect_words(
        "No answer from Smartcar Connect within %1 minutes; start Connect again.", minutes
    )
    assert len(shown) == 1
    assert "state=" in shown[0]


NOT_SHARED = ("The owner chose not to share the car's data with the shop.",)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"error": "access_denied"}, NOT_SHARED),
        (
            {"error": "vehicle_incompatible", "make": "TESLA", "model": "Model 3", "year": "2020"},
            ("The %1 cannot share the data ShopApp needs through Smartcar.", "2020 TESLA Model 3"),
        ),
        ({"error": "something_new"}, ("Smartcar Connect stopped (%1).", "something_new")),
        ({"state": "s"}, ("Smartcar's answer carried no approval code; start Connect again.",)),
    ],
)
async def test_connect_errors_become_plain_messages(query, message):
    with pytest.raises(ConnectFailed) as caught:
        await complete_connect(_Session("v2"), query, lambda: "key", None, None)
    assert str(caught.value) == connect_words(*message)


@pytest.mark.parametrize(
    ("query", "failure", "message"),
    [
        ({"code": "abc", "state": "s"}, StillOnV2, (STILL_ON_V2,)),
        ({"state": "s"}, ConnectFailed, ("Smartcar's answer named no owner; start Connect again.",)),
        ({"error": "access_denied", "state": "s"}, ConnectFailed, NOT_SHARED),
    ],
)
async def test_v3_connect_needs_the_owner_named_and_says_how_to_switch_a_v2_application(
    query, failure, message
):
    with pytest.raises(ConnectFailed) as caught:
        await complete_connect(_Session("v3"), query, lambda: "key", None, None)
    # The window tells its own way out of the v2 case: it recognises it by type, whatever the language.
    assert type(caught.value) is failure
    assert str(caught.value) == connect_words(*message)
    if failure is StillOnV2:
        assert "shopapp config set smartcar_api v2" in str(caught.value)  # a command: never translated


async def test_connect_gives_up_after_whole_minutes_in_real_plurals():
    no_answer = "No answer from Smartcar Connect within %n minute(s); start Connect again."
    assert ConnectCountWords().no_answer(1) == words("ConnectCountWords", no_answer, n=1)
    assert ConnectCountWords().no_answer(10) == words("ConnectCountWords", no_answer, n=10)
