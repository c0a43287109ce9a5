"""`shopapp webhooks subscribe [--webhook ID] [--dry-run]`: the shop's v3 cars subscribed to its webhook
through Smartcar's Management API (at the HTTP boundary, a small stateful Smartcar): one line per car,
idempotent (a second run finds every car subscribed), the webhook chosen or the choice asked for, exit
codes 0 / 1 / 2, and no secret in anything printed."""

import json
from datetime import UTC, datetime

import httpx
import pytest
from builders import customer, vehicle
from words import words

from shopapp.cli import main
from shopapp.store.models import Connection

CLIENT_ID = "client_shop123"
CLIENT_SECRET = "client-secret-NEVER-SHOWN"
APP_TOKEN = "app-token-NEVER-SHOWN"
IAM = "https://iam.smartcar.test/oauth2/token"
MANAGEMENT = "https://management.api.smartcar.test"
WEBHOOKS = f"{MANAGEMENT}/v3/webhooks"
SUBSCRIPTIONS = f"{MANAGEMENT}/v3/subscriptions"
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
AUTO_ENROLLMENT = "Smartcar subscribes newly connected cars by itself when the webhook's “Automatically subscribe all vehicles” is on (Smartcar Dashboard → Integrations → Webhooks); this command subscribes the cars connected before."  # noqa: E501 (the catalogue's message)


def webhook(number, enabled=True):
    return {
        "id": f"wh-{number}",
        "type": "webhook",
        "attributes": {
            "name": f"Receiver {number}",
            "callbackUri": f"https://shop{number}.example/webhooks",
            "isEnabled": enabled,
        },
    }


class ManagementApi:
    """Smartcar's management API as far as this command uses it: the webhooks it is given, and
    subscriptions kept per (webhook, vehicle) so a repeat answers 409. `refuse` maps a vehicle id to the
    error answer its subscription gets."""

    def __init__(self, respx_mock, webhooks):
        self.webhooks = webhooks
        self.subscribed: set[tuple[str, str, str]] = set()
        self.refuse: dict[str, httpx.Response] = {}
        self.token = respx_mock.post(IAM).respond(
            json={"access_token": APP_TOKEN, "token_type": "Bearer", "expires_in": 3600}
        )
        self.listing = respx_mock.get(WEBHOOKS).mock(side_effect=self._list)
        self.posts = respx_mock.post(SUBSCRIPTIONS).mock(side_effect=self._subscribe)

    def _authorized(self, request):
        return request.headers.get("Authorization") == f"Bearer {APP_TOKEN}"

    def _list(self, request):
        assert self._authorized(request)
        meta = {"pageNumber": 1, "pageSize": 100, "totalCount": len(self.webhooks)}
        return httpx.Response(200, json={"data": self.webhooks, "meta": meta})

    def _subscribe(self, request):
        assert self._authorized(request)
        attributes = json.loads(request.content)["data"]["attributes"]
        key = (attributes["webhookId"], attributes["userId"], attributes["vehicleId"])
        if attributes["vehicleId"] in self.refuse:
            return self.refuse[attributes["vehicleId"]]
        if key in self.subscribed:
            conflict = {"type": "CONFLICT", "code": "ALREADY_EXISTS", "detail": "Subscribed.", "status": 409}
            return httpx.Response(409, json=conflict)
        self.subscribed.add(key)
        return httpx.Response(202, json={"data": {"id": f"sub-{len(self.subscribed)}"}})


@pytest.fixture
def v3_shop(sqlite_only, monkeypatch, without_smartcar_variables):
    """Two owners on v3 (one with two cars), one still on v2, and a car kept at the desk; the shop's v3
    application set in the environment, pointed at the test's Smartcar."""
    for name, value in {
        "SMARTCAR_CLIENT_ID": CLIENT_ID,
        "SMARTCAR_CLIENT_SECRET": CLIENT_SECRET,
        "SMARTCAR_APPLICATION_ID": "0d9c6a3e-1111-4222-8333-444455556666",
        "SMARTCAR_IAM_TOKEN_URL": IAM,
        "SMARTCAR_MANAGEMENT_API_ORIGIN": MANAGEMENT,
    }.items():
        monkeypatch.setenv(name, value)
    cars = []
    for name, user, smartcar_ids in (
        ("Ana Lima", "user-ana", ["veh-a1", "veh-a2"]),
        ("Ben Ode", "user-ben", ["veh-b1"]),
    ):
        owner = customer(name)
        link = Connection.create(
            customer=owner, smartcar_user_id=user, api="v3", created_at=NOW, updated_at=NOW
        )
        cars += [vehicle(owner, connection=link, smartcar_id=smartcar_id) for smartcar_id in smartcar_ids]
    old = customer("Cy Old")
    v2_link = Connection.create(
        customer=old, smartcar_user_id="user-cy", api="v2", created_at=NOW, updated_at=NOW
    )
    vehicle(old, connection=v2_link, smartcar_id="veh-c1")
    vehicle(old, vin="1HGCM82633A004352")  # at the desk only: no Smartcar id
    return cars


def run(capsys, *args):
    code = main(["webhooks", "subscribe", *args])
    out, err = capsys.readouterr()
    return code, out, err


def car_line(car, outcome, reason=None):
    said = words("WebhookSubscriptionWords", outcome)
    if reason is not None:
        return words(
            "WebhookSubscriptionWords",
            "%1 (%2, vehicle %3): %4 — %5",
            car.title,
            car.customer.name,
            car.smartcar_id,
            said,
            reason,
        )
    return words(
        "WebhookSubscriptionWords",
        "%1 (%2, vehicle %3): %4",
        car.title,
        car.customer.name,
        car.smartcar_id,
        said,
    )


def webhook_words(number):
    return words(
        "WebhookSubscriptionWords",
        "%1 “%2” → %3",
        f"wh-{number}",
        f"Receiver {number}",
        f"https://shop{number}.example/webhooks",
    )


def assert_no_secret(*texts):
    for text in texts:
        assert CLIENT_SECRET not in text
        assert APP_TOKEN not in text


def test_every_v3_car_is_subscribed_once_and_a_second_run_finds_them_subscribed(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [webhook(1, enabled=False), webhook(2)])
    code, out, err = run(capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == words("CommandLine", "Webhook: %1", webhook_words(2))
    assert lines[1:4] == [car_line(car, "subscribed") for car in v3_shop]
    assert words("WebhookCommandCounts", "%n car(s) subscribed now", n=3) in lines[4]
    assert lines[-1] == words("CommandLine", AUTO_ENROLLMENT)
    # The only enabled webhook; each owner's user id with each car; the v2 car and the desk car left out.
    assert api.subscribed == {
        ("wh-2", "user-ana", "veh-a1"),
        ("wh-2", "user-ana", "veh-a2"),
        ("wh-2", "user-ben", "veh-b1"),
    }

    code, again, err = run(capsys)
    assert (code, err) == (0, "")
    assert again.splitlines()[1:4] == [car_line(car, "already subscribed") for car in v3_shop]
    assert words("WebhookCommandCounts", "%n already subscribed", n=3) in again.splitlines()[4]
    assert words("WebhookCommandCounts", "%n car(s) subscribed now", n=0) in again.splitlines()[4]
    assert len(api.subscribed) == 3
    assert_no_secret(out, again)


def test_several_enabled_webhooks_and_none_named_exit_2_naming_them(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [webhook(1), webhook(2), webhook(3, enabled=False)])
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    several = words(
        "WebhookSubscriptionWords",
        "The Smartcar application has several enabled webhooks; name the one for the shop's receiver with --webhook ID: %1.",  # noqa: E501 (the catalogue's message)
        f"{webhook_words(1)}; {webhook_words(2)}",
    )
    assert err == f"shopapp: {several}\n"
    assert api.posts.call_count == 0
    assert_no_secret(err)

    code, out, err = run(capsys, "--webhook", "wh-1")
    assert (code, err) == (0, "")
    assert {key[0] for key in api.subscribed} == {"wh-1"}


def test_a_webhook_named_that_does_not_exist_exits_2(v3_shop, respx_mock, capsys):
    ManagementApi(respx_mock, [webhook(1)])
    code, out, err = run(capsys, "--webhook", "wh-9")
    unknown = words(
        "WebhookSubscriptionWords",
        "The Smartcar application has no webhook %1; its webhooks: %2.",
        "wh-9",
        webhook_words(1),
    )
    assert (code, out, err) == (2, "", f"shopapp: {unknown}\n")


def test_no_webhook_tells_the_shop_to_create_one_in_the_dashboard(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [])
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    none = words(
        "WebhookSubscriptionWords",
        "The Smartcar application has no webhook yet. Create one in the Smartcar Dashboard (Integrations → Webhooks) with the public HTTPS address of the shop's receiver (`shopapp webhooks serve`) as its callback URI, then run this again.",  # noqa: E501 (the catalogue's message)
    )
    assert err == f"shopapp: {none}\n"
    assert api.posts.call_count == 0


def test_a_car_smartcar_turns_down_fails_with_why_and_the_rest_are_subscribed(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [webhook(1)])
    refused = {"errors": [{"status": "403", "code": "forbidden", "detail": "The vehicle is not connected."}]}
    api.refuse["veh-a2"] = httpx.Response(403, json=refused)
    code, out, err = run(capsys)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[1:4] == [
        car_line(v3_shop[0], "subscribed"),
        car_line(v3_shop[1], "failed", "The vehicle is not connected."),
        car_line(v3_shop[2], "subscribed"),
    ]
    assert words("WebhookCommandCounts", "%n failed", n=1) in lines[4]


def test_a_dry_run_names_the_webhook_and_cars_and_subscribes_nothing(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [webhook(1)])
    code, out, err = run(capsys, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1:4] == [car_line(car, "would be subscribed") for car in v3_shop]
    assert lines[4] == words(
        "WebhookCommandCounts", "%n car(s) would be subscribed; nothing was changed.", n=3
    )
    assert api.posts.call_count == 0


def test_without_v3_credentials_it_is_a_set_up_error(
    sqlite_only, without_smartcar_variables, respx_mock, capsys
):
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert err.startswith("shopapp: ")
    assert "SMARTCAR_CLIENT_ID" in err  # the set-up's own words, naming what to set


def test_credentials_smartcar_refuses_are_a_set_up_error_without_the_secret(v3_shop, respx_mock, capsys):
    respx_mock.post(IAM).respond(401, json={"error": "invalid_client", "error_description": "Bad client."})
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert err.startswith("shopapp: ")
    assert_no_secret(err)


def test_a_webhook_named_while_disabled_is_used_and_the_shop_told(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [webhook(1), webhook(2, enabled=False)])
    code, out, err = run(capsys, "--webhook", "wh-2")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        words("CommandLine", "Webhook: %1", webhook_words(2)),
        words(
            "CommandLine",
            "This webhook is disabled in the Smartcar Dashboard: its cars get no live updates until it is enabled.",  # noqa: E501 (the catalogue's message)
        ),
    ]
    assert {key[0] for key in api.subscribed} == {"wh-2"}


def test_every_webhook_disabled_and_none_named_exits_2(v3_shop, respx_mock, capsys):
    api = ManagementApi(respx_mock, [webhook(1, enabled=False)])
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert webhook_words(1) in err
    assert api.posts.call_count == 0


def test_a_shop_with_only_a_v2_client_is_told_webhooks_need_v3(
    sqlite_only, without_smartcar_variables, monkeypatch, respx_mock, capsys
):
    from shopapp.store.queries import save_setting

    save_setting("smartcar_api", "v2")
    monkeypatch.setenv("SMARTCAR_CLIENT_ID", "legacy-oauth-client")
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", CLIENT_SECRET)
    code, out, err = run(capsys)
    v2_only = words(
        "WebhookSubscriptionWords",
        "Webhooks need the shop's Smartcar API v3 credentials (an API client id beginning with client_ and its secret); this computer has only a v2 client.",  # noqa: E501 (the catalogue's message)
    )
    assert (code, out, err) == (2, "", f"shopapp: {v2_only}\n")
