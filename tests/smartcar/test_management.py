"""Management API v3 (reference 7.1 and 11 item 7) at the HTTP boundary: the application's webhooks page by
page, subscribing a vehicle (202 subscribed, 409 already), the blog's path when the spec's does not exist
(remembered for the rest of the run), both error envelopes, one token renewal on 401, Retry-After."""

import json

import httpx
import pytest
from smartcar_support import fast_retry
from v3_support import APP_TOKEN, USER, V3_ENDPOINTS, VEHICLE, RecordingRetry, mock_token_issuer, token_source

from shopapp.smartcar import AuthenticationError, ResourceNotFoundError, SmartcarError, ValidationError
from shopapp.smartcar.management import BLOG_PATH, SPEC_PATH, SmartcarManagement, Subscribed, Webhook

MANAGEMENT = V3_ENDPOINTS.management_v3_base
WEBHOOKS = f"{MANAGEMENT}/webhooks"
SUBSCRIPTIONS = f"{MANAGEMENT}/subscriptions"
WEBHOOK = "5a8e5e38-1f7c-4a3b-9a31-0c9d8e7f6a5b"
BLOG_SUBSCRIPTIONS = f"{MANAGEMENT}/webhooks/{WEBHOOK}/subscriptions"
# What a server answers for a path it does not serve: the simulator's (and Smartcar's v2) JSON 404.
NO_SUCH_PATH = {
    "type": "RESOURCE_NOT_FOUND",
    "code": "PATH",
    "description": "The requested resource does not exist. Please check the URL and try again.",
    "statusCode": 404,
}


def management(http, retry=None, tokens=None):
    return SmartcarManagement(
        http, V3_ENDPOINTS, tokens or token_source(http), retry=retry or RecordingRetry()
    )


def webhook_item(number, enabled=True):
    return {
        "id": f"wh-{number}",
        "type": "webhook",
        "attributes": {
            "name": f"Shop receiver {number}",
            "callbackUri": f"https://receiver{number}.example/webhooks",
            "isEnabled": enabled,
        },
    }


@pytest.fixture(autouse=True)
def app_token(respx_mock):
    return mock_token_issuer(respx_mock, APP_TOKEN, "app-token-SECRET-2")


@pytest.mark.asyncio
async def test_webhooks_are_read_across_pages_with_the_app_token(http, respx_mock):
    items = [webhook_item(number, enabled=number != 2) for number in range(1, 6)]

    def page(request):
        number, size = int(request.url.params["page[number]"]), int(request.url.params["page[size]"])
        chunk = items[(number - 1) * size : number * size]
        meta = {"pageNumber": number, "pageSize": size, "totalCount": len(items)}
        return httpx.Response(200, json={"data": chunk, "meta": meta})

    route = respx_mock.get(WEBHOOKS).mock(side_effect=page)
    webhooks = await management(http).list_webhooks(page_size=2)
    assert [webhook.webhook_id for webhook in webhooks] == ["wh-1", "wh-2", "wh-3", "wh-4", "wh-5"]
    assert webhooks[0] == Webhook("wh-1", "Shop receiver 1", "https://receiver1.example/webhooks", True)
    assert webhooks[1].is_enabled is False
    assert route.call_count == 3
    assert {call.request.headers["Authorization"] for call in route.calls} == {f"Bearer {APP_TOKEN}"}


@pytest.mark.asyncio
async def test_webhook_paging_follows_links_next_when_there_is_no_count(http, respx_mock):
    def page(request):
        number = int(request.url.params["page[number]"])
        links = {"next": f"/v3/webhooks?page[number]={number + 1}" if number < 2 else None}
        return httpx.Response(200, json={"data": [webhook_item(number)], "links": links})

    route = respx_mock.get(WEBHOOKS).mock(side_effect=page)
    webhooks = await management(http).list_webhooks()
    assert [webhook.webhook_id for webhook in webhooks] == ["wh-1", "wh-2"]
    assert route.call_count == 2


@pytest.mark.asyncio
async def test_subscribing_sends_the_spec_body_and_202_is_subscribed(http, respx_mock):
    route = respx_mock.post(SUBSCRIPTIONS).respond(
        202, json={"data": {"id": "sub-1", "type": "subscription"}}
    )
    client = management(http)
    assert await client.subscribe(WEBHOOK, USER, VEHICLE) is Subscribed.SUBSCRIBED
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "data": {"attributes": {"webhookId": WEBHOOK, "userId": USER, "vehicleId": VEHICLE}}
    }
    assert request.headers["Authorization"] == f"Bearer {APP_TOKEN}"
    assert client.subscription_path == SPEC_PATH


@pytest.mark.asyncio
async def test_409_is_already_subscribed_and_not_retried(http, respx_mock):
    conflict = {
        "type": "CONFLICT",
        "code": "SUBSCRIPTION_EXISTS",
        "detail": "Already subscribed.",
        "status": 409,
    }
    route = respx_mock.post(SUBSCRIPTIONS).respond(409, json=conflict)
    retry = RecordingRetry()
    assert await management(http, retry).subscribe(WEBHOOK, USER, VEHICLE) is Subscribed.ALREADY_SUBSCRIBED
    assert route.call_count == 1
    assert retry.slept == []


@pytest.mark.asyncio
async def test_a_bare_404_falls_back_to_the_blog_path_for_the_rest_of_the_run(http, respx_mock):
    spec = respx_mock.post(SUBSCRIPTIONS).respond(404, json=NO_SUCH_PATH)
    blog = respx_mock.post(BLOG_SUBSCRIPTIONS).mock(
        side_effect=[httpx.Response(202, json={}), httpx.Response(409, json={}), httpx.Response(202, json={})]
    )
    client = management(http)
    assert await client.subscribe(WEBHOOK, USER, VEHICLE) is Subscribed.SUBSCRIBED
    assert json.loads(blog.calls.last.request.content) == {
        "data": {"attributes": {"userId": USER, "vehicleId": VEHICLE}}
    }
    assert client.subscription_path == BLOG_PATH
    assert await client.subscribe(WEBHOOK, USER, "other-vehicle") is Subscribed.ALREADY_SUBSCRIBED
    assert await client.subscribe(WEBHOOK, USER, "third-vehicle") is Subscribed.SUBSCRIBED
    assert spec.call_count == 1  # asked once; the blog's path from then on
    assert blog.call_count == 3


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(404, text="Not Found"),
        httpx.Response(404, json={"errors": [{"status": "404", "code": "not_found", "title": "Not Found"}]}),
    ],
)
async def test_a_404_without_a_readable_error_is_a_missing_path_too(http, respx_mock, answer):
    respx_mock.post(SUBSCRIPTIONS).mock(return_value=answer)
    blog = respx_mock.post(BLOG_SUBSCRIPTIONS).respond(202, json={})
    assert await management(http).subscribe(WEBHOOK, USER, VEHICLE) is Subscribed.SUBSCRIBED
    assert blog.call_count == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body",
    [  # both v3 envelopes, each naming what was not found
        {
            "type": "RESOURCE_NOT_FOUND",
            "code": "WEBHOOK_NOT_FOUND",
            "detail": f"No webhook {WEBHOOK}.",
            "status": "404",
        },
        {"errors": [{"status": "404", "code": "not_found", "detail": "Vehicle not found."}]},
    ],
)
async def test_a_404_about_the_webhook_or_vehicle_is_the_answer(http, respx_mock, body):
    respx_mock.post(SUBSCRIPTIONS).respond(404, json=body)
    blog = respx_mock.post(BLOG_SUBSCRIPTIONS).respond(202, json={})
    client = management(http)
    with pytest.raises(ResourceNotFoundError) as raised:
        await client.subscribe(WEBHOOK, USER, VEHICLE)
    assert raised.value.status == 404
    assert blog.call_count == 0
    assert client.subscription_path == SPEC_PATH


@pytest.mark.asyncio
async def test_when_neither_path_exists_the_error_is_raised_and_nothing_remembered(http, respx_mock):
    respx_mock.post(SUBSCRIPTIONS).respond(404, json=NO_SUCH_PATH)
    respx_mock.post(BLOG_SUBSCRIPTIONS).respond(404, json=NO_SUCH_PATH)
    client = management(http)
    with pytest.raises(ResourceNotFoundError):
        await client.subscribe(WEBHOOK, USER, VEHICLE)
    assert client.subscription_path is None


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "body",
    [
        {
            "type": "VALIDATION",
            "code": "MISSING_PARAMETER",
            "title": "Validation",
            "detail": "missing userId",
            "status": "400",
            "resolution": {"type": "RETRY_LATER"},
        },
        {
            "errors": [
                {
                    "type": "VALIDATION",
                    "code": "MISSING_PARAMETER",
                    "detail": "missing userId",
                    "status": "400",
                }
            ]
        },
        {"errors": [{"status": "400", "code": "bad_request", "detail": "missing userId"}]},
    ],
)
async def test_errors_in_either_envelope_are_typed(http, respx_mock, body):
    respx_mock.post(SUBSCRIPTIONS).respond(400, json=body, headers={"SC-Request-Id": "req-9"})
    with pytest.raises(ValidationError) as raised:
        await management(http).subscribe(WEBHOOK, USER, VEHICLE)
    assert raised.value.description == "missing userId"
    assert raised.value.status == 400
    assert raised.value.request_id == "req-9"


@pytest.mark.asyncio
async def test_a_401_renews_the_app_token_once(http, respx_mock, app_token):
    refused = httpx.Response(401, json={"errors": [{"status": "401", "code": "unauthorized"}]})
    route = respx_mock.post(SUBSCRIPTIONS).mock(side_effect=[refused, httpx.Response(202, json={})])
    assert await management(http).subscribe(WEBHOOK, USER, VEHICLE) is Subscribed.SUBSCRIBED
    assert [call.request.headers["Authorization"] for call in route.calls] == [
        f"Bearer {APP_TOKEN}",
        "Bearer app-token-SECRET-2",
    ]
    assert app_token.call_count == 2


@pytest.mark.asyncio
async def test_a_second_401_is_the_answer_and_names_no_token(http, respx_mock, app_token):
    refused = httpx.Response(
        401, json={"type": "AUTHENTICATION", "code": None, "detail": "Invalid token.", "status": 401}
    )
    route = respx_mock.get(WEBHOOKS).mock(return_value=refused)
    with pytest.raises(AuthenticationError) as raised:
        await management(http).list_webhooks()
    assert route.call_count == 2
    assert app_token.call_count == 2
    assert "SECRET" not in str(raised.value)


@pytest.mark.asyncio
async def test_429_waits_for_retry_after(http, respx_mock):
    limited = httpx.Response(
        429,
        json={"type": "RATE_LIMIT", "code": "SMARTCAR_API", "detail": "Slow down.", "status": 429},
        headers={"Retry-After": "7"},
    )
    route = respx_mock.post(SUBSCRIPTIONS).mock(side_effect=[limited, httpx.Response(202, json={})])
    retry = RecordingRetry()
    assert await management(http, retry).subscribe(WEBHOOK, USER, VEHICLE) is Subscribed.SUBSCRIBED
    assert route.call_count == 2
    assert len(retry.slept) == 1
    assert 7 <= retry.slept[0] <= 8


@pytest.mark.asyncio
async def test_a_malformed_webhook_list_is_an_error(http, respx_mock):
    respx_mock.get(WEBHOOKS).respond(json={"data": {"id": "not-a-list"}})
    with pytest.raises(SmartcarError):
        await management(http, RecordingRetry(policy=fast_retry(max_attempts=1))).list_webhooks()
