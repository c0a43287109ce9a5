"""Subscribing the shop's v3 cars to its Smartcar webhook (issue 16, `shopapp webhooks subscribe`).

Smartcar delivers a car's signals to a webhook only once the car is subscribed to it (reference 7.1). With
the webhook's "Automatically subscribe all vehicles" on, Smartcar subscribes each car connected from then
on; the cars connected before are subscribed here, through the Management API with the application token
(the management token plays no part: it is only the key deliveries are signed with). Running it again is
harmless: Smartcar answers 409 for a car already subscribed, and the line says so.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp.credentials import Credentials
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.smartcar_app import SetupError, is_api_client_id, smartcar_app
from shopapp.smartcar.app_token import AppTokenSource
from shopapp.smartcar.errors import AuthenticationError, OAuthError, SmartcarError
from shopapp.smartcar.http_session import create_http_client
from shopapp.smartcar.management import SmartcarManagement, Subscribed, Webhook
from shopapp.store.vehicles import connected_cars

# Each outcome is a code (compared, counted) and, translated, the words a car's line shows.
SUBSCRIBED = str(QT_TRANSLATE_NOOP("WebhookSubscriptionWords", "subscribed"))
ALREADY_SUBSCRIBED = str(QT_TRANSLATE_NOOP("WebhookSubscriptionWords", "already subscribed"))
FAILED = str(QT_TRANSLATE_NOOP("WebhookSubscriptionWords", "failed"))
WOULD_SUBSCRIBE = str(QT_TRANSLATE_NOOP("WebhookSubscriptionWords", "would be subscribed"))

_OUTCOME_OF = {Subscribed.SUBSCRIBED: SUBSCRIBED, Subscribed.ALREADY_SUBSCRIBED: ALREADY_SUBSCRIBED}


class WebhookChoiceError(UserFacingError):
    """No webhook can be chosen: none exists, several are enabled and none was named, or the one named is
    not the application's. `webhooks`: what the application has (for the words that list them)."""

    def __init__(self, message: str, webhooks: Sequence[Webhook]) -> None:
        super().__init__(message)
        self.webhooks = tuple(webhooks)


def webhook_words(webhook: Webhook) -> str:
    """A webhook as the shop recognises it in the Dashboard: its id, name and callback URI."""
    no_name = QCoreApplication.translate("WebhookSubscriptionWords", "(no name)")
    return fill(
        QCoreApplication.translate("WebhookSubscriptionWords", "%1 “%2” → %3"),
        webhook.webhook_id,
        webhook.name or no_name,
        webhook.callback_uri or "?",
    )


def choose_webhook(webhooks: Sequence[Webhook], wanted: str | None) -> Webhook:
    """The webhook named (`--webhook ID`), else the application's only enabled one. Raises
    WebhookChoiceError saying what to do otherwise."""
    if wanted is not None and wanted.strip():
        for webhook in webhooks:
            if webhook.webhook_id == wanted.strip():
                return webhook
        if not webhooks:
            raise WebhookChoiceError(_none_words(), webhooks)
        unknown = QCoreApplication.translate(
            "WebhookSubscriptionWords", "The Smartcar application has no webhook %1; its webhooks: %2."
        )
        raise WebhookChoiceError(fill(unknown, wanted.strip(), _listed(webhooks)), webhooks)
    enabled = [webhook for webhook in webhooks if webhook.is_enabled]
    if len(enabled) == 1:
        return enabled[0]
    if not webhooks:
        raise WebhookChoiceError(_none_words(), webhooks)
    if not enabled:
        all_disabled = QCoreApplication.translate(
            "WebhookSubscriptionWords",
            "Every webhook of the Smartcar application is disabled: enable the one for the shop's receiver in the Smartcar Dashboard (Integrations → Webhooks), or name it with --webhook ID. Its webhooks: %1.",  # noqa: E501 (one literal for lupdate)
        )
        raise WebhookChoiceError(fill(all_disabled, _listed(webhooks)), webhooks)
    several = QCoreApplication.translate(
        "WebhookSubscriptionWords",
        "The Smartcar application has several enabled webhooks; name the one for the shop's receiver with --webhook ID: %1.",  # noqa: E501 (one literal for lupdate)
    )
    raise WebhookChoiceError(fill(several, _listed(enabled)), webhooks)


def _listed(webhooks: Sequence[Webhook]) -> str:
    return "; ".join(webhook_words(webhook) for webhook in webhooks)


def _none_words() -> str:
    return QCoreApplication.translate(
        "WebhookSubscriptionWords",
        "The Smartcar application has no webhook yet. Create one in the Smartcar Dashboard (Integrations → Webhooks) with the public HTTPS address of the shop's receiver (`shopapp webhooks serve`) as its callback URI, then run this again.",  # noqa: E501 (one literal for lupdate)
    )


@dataclass(frozen=True, slots=True)
class CarToSubscribe:
    """A car linked through v3: what the subscription needs (Smartcar's vehicle id and the owner's user id)
    and what its line shows."""

    vehicle_id: int
    smartcar_id: str
    user_id: str
    title: str
    customer: str


def cars_to_subscribe() -> list[CarToSubscribe]:
    """The shop's cars that can be subscribed: connected through v3, with the owner's user id (a v2
    connection cannot be; `shopapp smartcar migrate` moves it first)."""
    return [
        CarToSubscribe(car.id, car.smartcar_id, car.smartcar_user_id, car.title, car.customer_name)
        for car in connected_cars()
        if car.api == "v3" and car.smartcar_id and car.smartcar_user_id
    ]


@dataclass(frozen=True, slots=True)
class SubscriptionLine:
    """One car's outcome (SUBSCRIBED, ALREADY_SUBSCRIBED, FAILED, WOULD_SUBSCRIBE) and, on failure, why."""

    car: CarToSubscribe
    outcome: str
    reason: str = ""

    def describe(self) -> str:
        said = QCoreApplication.translate("WebhookSubscriptionWords", self.outcome)
        car = self.car
        if self.reason:
            line = QCoreApplication.translate("WebhookSubscriptionWords", "%1 (%2, vehicle %3): %4 — %5")
            return fill(line, car.title, car.customer, car.smartcar_id, said, self.reason)
        line = QCoreApplication.translate("WebhookSubscriptionWords", "%1 (%2, vehicle %3): %4")
        return fill(line, car.title, car.customer, car.smartcar_id, said)


@dataclass
class SubscriptionReport:
    """The webhook the cars went to and each car's line, in the order they were asked."""

    webhook: Webhook
    dry_run: bool
    lines: list[SubscriptionLine] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def failed(self) -> list[SubscriptionLine]:
        return [line for line in self.lines if line.outcome == FAILED]


async def subscribe_cars(
    management: SmartcarManagement,
    cars: Sequence[CarToSubscribe],
    *,
    webhook_id: str | None = None,
    dry_run: bool = False,
    on_webhook: Callable[[Webhook], None] = lambda webhook: None,
    on_line: Callable[[SubscriptionLine], None] = lambda line: None,
) -> SubscriptionReport:
    """Chooses the webhook (WebhookChoiceError when none can be) and subscribes each car to it, one at a
    time (Smartcar's request bucket is the app's, shared with every front-desk PC). A car Smartcar turns
    down is a FAILED line with Smartcar's reason; a refused application token ends the run (OAuthError or
    AuthenticationError), since no car could fare better."""
    webhook = choose_webhook(await management.list_webhooks(), webhook_id)
    on_webhook(webhook)
    report = SubscriptionReport(webhook, dry_run)
    for car in cars:
        if dry_run:
            line = SubscriptionLine(car, WOULD_SUBSCRIBE)
        else:
            try:
                answer = await management.subscribe(webhook.webhook_id, car.user_id, car.smartcar_id)
            except (OAuthError, AuthenticationError):
                raise
            except SmartcarError as error:
                line = SubscriptionLine(car, FAILED, error.description)
            else:
                line = SubscriptionLine(car, _OUTCOME_OF[answer])
        report.lines.append(line)
        on_line(line)
    return report


def _v2_only() -> SetupError:
    return SetupError(
        QCoreApplication.translate(
            "WebhookSubscriptionWords",
            "Webhooks need the shop's Smartcar API v3 credentials (an API client id beginning with client_ and its secret); this computer has only a v2 client.",  # noqa: E501 (one literal for lupdate)
        )
    )


@asynccontextmanager
async def shop_management(
    settings: Mapping[str, Any], credentials: Credentials, environ: Mapping[str, str] | None = None
) -> AsyncIterator[SmartcarManagement]:
    """The Management API client of the shop's application, on its own HTTP client closed on exit. Raises
    SetupError when the v3 API credentials are not all on this computer."""
    app = smartcar_app(settings, credentials, environ)
    if not is_api_client_id(app.credentials.client_id) and app.api != "v3":
        raise _v2_only()
    async with await asyncio.to_thread(create_http_client) as http:
        tokens = AppTokenSource(http, app.endpoints, app.credentials.client_id, app.credentials.client_secret)
        yield SmartcarManagement(http, app.endpoints, tokens)


async def subscribe_shop_cars(
    settings: Mapping[str, Any],
    credentials: Credentials,
    *,
    webhook_id: str | None = None,
    dry_run: bool = False,
    on_webhook: Callable[[Webhook], None] = lambda webhook: None,
    on_line: Callable[[SubscriptionLine], None] = lambda line: None,
) -> SubscriptionReport:
    """`shopapp webhooks subscribe`: every v3 car of the shop subscribed to the chosen webhook. Raises
    SetupError, WebhookChoiceError, OAuthError / AuthenticationError (credentials refused) and the
    SmartcarError of a webhook list that could not be read."""
    cars = cars_to_subscribe()
    async with shop_management(settings, credentials) as management:
        return await subscribe_cars(
            management, cars, webhook_id=webhook_id, dry_run=dry_run, on_webhook=on_webhook, on_line=on_line
        )
