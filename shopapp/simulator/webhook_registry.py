"""The application's webhooks and their vehicle subscriptions (reference/smartcar-v3.md section 7.1).

Real webhooks are made in the Dashboard; here `register` stands in for it (the admin surface and
`shopapp simulate --webhook-url` call it). A webhook with auto-enrollment subscribes every connected car:
`enroll_connected` turns each live connection into a subscription, which then lists like any other (and
makes a POST for the same car answer 409).
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from shopapp.simulator.connections import Connection

DEFAULT_WEBHOOK_NAME = "ShopApp simulator webhook"


@dataclass(frozen=True, slots=True)
class Webhook:
    """id (uuid), name, callback_uri, enabled (isEnabled), auto_enroll ("Automatically subscribe all
    vehicles"), verified (answered VERIFY: only then does anything else reach it)."""

    id: str
    name: str
    callback_uri: str
    enabled: bool = True
    auto_enroll: bool = False
    verified: bool = False


@dataclass(frozen=True, slots=True)
class Subscription:
    """id, webhook_id, user_id, vehicle_id, created_ts (POSIX seconds, simulated), auto_enrolled (made by
    the webhook's auto-enrollment rather than a POST)."""

    id: str
    webhook_id: str
    user_id: str
    vehicle_id: str
    created_ts: float
    auto_enrolled: bool = False


class AlreadySubscribed(Exception):
    """That car is already subscribed to that webhook (the API's 409)."""

    def __init__(self, existing: Subscription) -> None:
        super().__init__(
            f"Vehicle {existing.vehicle_id} is already subscribed to webhook {existing.webhook_id}."
        )
        self.existing = existing


class WebhookRegistry:
    """Webhooks and subscriptions, safe to use from the server thread and a delivery thread at once."""

    def __init__(self) -> None:
        self._webhooks: dict[str, Webhook] = {}
        self._subscriptions: dict[str, Subscription] = {}
        self._order = itertools.count()
        self._orders: dict[str, int] = {}
        self._by_car: dict[tuple[str, str], str] = {}  # (webhook id, vehicle id) -> subscription id
        # (webhook, car) pairs whose auto-enrolled subscription was deleted: enrollment leaves them alone.
        self._opted_out: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    # --- webhooks --------------------------------------------------------------------------------------

    def register(
        self, callback_uri: str, *, name: str = DEFAULT_WEBHOOK_NAME, auto_enroll: bool = False
    ) -> Webhook:
        """A new webhook (what creating one in the Dashboard does); it is unverified until VERIFY passes."""
        webhook = Webhook(str(uuid.uuid4()), name, callback_uri, auto_enroll=auto_enroll)
        with self._lock:
            self._webhooks[webhook.id] = webhook
        return webhook

    def webhooks(self) -> list[Webhook]:
        with self._lock:
            return list(self._webhooks.values())

    def webhook(self, webhook_id: str) -> Webhook | None:
        with self._lock:
            return self._webhooks.get(webhook_id)

    def mark_verified(self, webhook_id: str, verified: bool = True) -> Webhook:
        with self._lock:
            webhook = self._webhooks[webhook_id] = replace(self._webhooks[webhook_id], verified=verified)
        return webhook

    def set_enabled(self, webhook_id: str, enabled: bool) -> Webhook:
        with self._lock:
            webhook = self._webhooks[webhook_id] = replace(self._webhooks[webhook_id], enabled=enabled)
        return webhook

    # --- subscriptions ---------------------------------------------------------------------------------

    def subscribe(
        self, webhook_id: str, user_id: str, vehicle_id: str, now: float, *, auto_enrolled: bool = False
    ) -> Subscription:
        """A new subscription; AlreadySubscribed if the car has one to this webhook; KeyError for an
        unknown webhook."""
        with self._lock:
            if webhook_id not in self._webhooks:
                raise KeyError(webhook_id)
            existing = self._find(webhook_id, vehicle_id)
            if existing is not None:
                raise AlreadySubscribed(existing)
            subscription = Subscription(
                str(uuid.uuid4()), webhook_id, user_id, vehicle_id, now, auto_enrolled
            )
            self._subscriptions[subscription.id] = subscription
            self._orders[subscription.id] = next(self._order)
            self._by_car[(webhook_id, vehicle_id)] = subscription.id
        return subscription

    def enroll_connected(self, connections: Iterable[Connection], now: float) -> list[Subscription]:
        """Subscribes every connected car to every enabled auto-enrolling webhook it is not subscribed to
        yet; returns the new subscriptions."""
        made = []
        connections = list(connections)
        with self._lock:
            enrolling = [w for w in self._webhooks.values() if w.auto_enroll and w.enabled]
        for webhook in enrolling:
            for connection in connections:
                with self._lock:
                    if (webhook.id, connection.vehicle_id) in self._opted_out:
                        continue
                try:
                    made.append(
                        self.subscribe(
                            webhook.id, connection.user_id, connection.vehicle_id, now, auto_enrolled=True
                        )
                    )
                except (AlreadySubscribed, KeyError):
                    continue
        return made

    def subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        user_id: str | None = None,
        vehicle_id: str | None = None,
    ) -> list[Subscription]:
        """Every subscription matching the filters given (None: any), oldest first."""
        with self._lock:
            found = [
                s
                for s in self._subscriptions.values()
                if webhook_id in (None, s.webhook_id)
                and user_id in (None, s.user_id)
                and vehicle_id in (None, s.vehicle_id)
            ]
            found.sort(key=lambda s: self._orders[s.id])
        return found

    def subscription(self, subscription_id: str) -> Subscription | None:
        with self._lock:
            return self._subscriptions.get(subscription_id)

    def unsubscribe(self, subscription_id: str) -> Subscription | None:
        """Ends a subscription; None if there was none. An auto-enrolling webhook does not enroll the car
        again (Smartcar's auto-enrollment acts on new connections)."""
        with self._lock:
            self._orders.pop(subscription_id, None)
            gone = self._subscriptions.pop(subscription_id, None)
            if gone is not None:
                self._by_car.pop((gone.webhook_id, gone.vehicle_id), None)
            if gone is not None and gone.auto_enrolled:
                self._opted_out.add((gone.webhook_id, gone.vehicle_id))
        return gone

    def _find(self, webhook_id: str, vehicle_id: str) -> Subscription | None:
        found = self._by_car.get((webhook_id, vehicle_id))
        return None if found is None else self._subscriptions[found]
