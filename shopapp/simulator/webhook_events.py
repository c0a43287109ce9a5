"""Webhook payloads, version 4.0 (reference/smartcar-v3.md sections 7.2-7.5), and their HMAC.

The simulator's own reading of the protocol (it must not borrow from shopapp.smartcar): VERIFY carries
`data.challenge` and is unsigned; VEHICLE_STATE and VEHICLE_ERROR are signed with `SC-Signature`, the hex
HMAC-SHA256 of the raw body keyed with the Application Management Token. A delivery's signals are the
same values `GET /v3/vehicles/{id}/signals` answers at that moment (metric), in the webhook's flat form,
with times as epoch milliseconds.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from shopapp.simulator import telemetry
from shopapp.simulator.api_v3 import signal_status_and_body
from shopapp.simulator.api_v3_connections import POWERTRAIN_TYPES
from shopapp.simulator.clock import iso_z
from shopapp.simulator.fleet import Vehicle
from shopapp.simulator.signals import Signal, SignalContext, signals_of
from shopapp.simulator.v3_responses import json_bytes
from shopapp.simulator.webhook_registry import Webhook

PAYLOAD_VERSION = "4.0"
SIGNATURE_HEADER = "SC-Signature"
USER_AGENT = "Smartcar/4.0 (ShopApp simulator)"
VERIFY = "VERIFY"
VEHICLE_STATE = "VEHICLE_STATE"
VEHICLE_ERROR = "VEHICLE_ERROR"
FIRST_DELIVERY_TRIGGER = {"code": "FIRST_DELIVERY", "name": "FirstDelivery", "group": "Webhook"}
# The webhook's data signals: every signal the car lists except its service history, which is large, changes
# at a visit, and which ShopApp reads on a refresh.
NOT_DELIVERED = frozenset({"service-records"})


def hmac_hex(key: str, message: str | bytes) -> str:
    """Hex HMAC-SHA256 keyed with the management token (VERIFY's answer, and SC-Signature of a body)."""
    data = message.encode("utf-8") if isinstance(message, str) else message
    return hmac.new(key.encode("utf-8"), data, hashlib.sha256).hexdigest()


def forged_signature(key: str, body: bytes) -> str:
    """A signature of the right form made with the wrong key: what a forged delivery would carry."""
    return hmac_hex(key + ":forged", body)


def epoch_ms(ts: float) -> int:
    return round(ts * 1000)


@dataclass(frozen=True, slots=True)
class OutgoingEvent:
    """One event to deliver. `envelope` lacks meta.deliveryId and meta.deliveredAt, which every attempt
    sets anew (the eventId stays the same across retries)."""

    event_id: str
    event_type: str
    vehicle_id: str
    envelope: dict[str, Any]

    def render(self, delivery_id: str, delivered_at: int | str) -> bytes:
        meta = {**self.envelope["meta"], "deliveryId": delivery_id, "deliveredAt": delivered_at}
        return json_bytes({**self.envelope, "meta": meta})


@dataclass(frozen=True, slots=True)
class VehicleProblem:
    """A fault that a VEHICLE_ERROR reports (its `type`, `code`, texts and resolution)."""

    type: str
    code: str
    description: str
    suggested_user_message: str
    resolution: str
    doc_page: str


ASLEEP = VehicleProblem(
    "VEHICLE_STATE",
    "ASLEEP",
    "The vehicle is in a sleep state and temporarily unable to report its data.",
    "Your car is in a sleep state. Please try again later.",
    "RETRY_LATER",
    "vehicle-state-errors",
)
UNREACHABLE = VehicleProblem(
    "VEHICLE_STATE",
    "UNREACHABLE",
    "The vehicle is currently unreachable: it may be in an area without cellular reception.",
    "Your car is currently unreachable. Please make sure it is in an area with cellular reception.",
    "RETRY_LATER",
    "vehicle-state-errors",
)
# A subscribed car whose connection ended (the owner revoked access): Smartcar can no longer read it.
ACCESS_ENDED = VehicleProblem(
    "CONNECTED_SERVICES_ACCOUNT",
    "AUTHENTICATION_FAILED",
    "Smartcar can no longer access this vehicle: the owner's connection to the application has ended.",
    "Please reconnect your car to keep sharing its data.",
    "REAUTHENTICATE",
    "connected-services-account-errors",
)


def vehicle_json(vehicle: Vehicle) -> dict[str, Any]:
    return {
        "id": vehicle.id,
        "make": vehicle.make,
        "model": vehicle.model,
        "year": vehicle.year,
        "mode": "live",
        "powertrainType": POWERTRAIN_TYPES[vehicle.powertrain],
    }


def delivered_signals(vehicle: Vehicle) -> list[Signal]:
    return [signal for signal in signals_of(vehicle) if signal.code not in NOT_DELIVERED]


def signals_json(
    vehicle: Vehicle, permissions: frozenset[str], now: float, long_units: bool
) -> list[dict[str, Any]]:
    """Every data signal of the car as a delivery carries it: `{code, name, group, body, status,
    meta: {oemUpdatedAt, retrievedAt}}` (no body and no oemUpdatedAt for a signal that failed)."""
    at = telemetry.recorded_at(vehicle, now)
    ctx = SignalContext(vehicle, at, now, False, long_units)
    items = []
    for signal in delivered_signals(vehicle):
        status, body = signal_status_and_body(signal, ctx, permissions)
        item: dict[str, Any] = {"code": signal.code, "name": signal.name, "group": signal.group}
        meta: dict[str, Any] = {"retrievedAt": epoch_ms(now)}
        if body is not None:
            item["body"] = body
            meta = {"oemUpdatedAt": epoch_ms(at), **meta}
        item["status"] = status
        item["meta"] = meta
        items.append(item)
    return items


def _meta(webhook: Webhook, **more: Any) -> dict[str, Any]:
    return {"version": PAYLOAD_VERSION, "webhookId": webhook.id, "webhookName": webhook.name, **more}


def verify_envelope(event_id: str, challenge: str, webhook: Webhook, delivery_id: str, now: float) -> bytes:
    """VERIFY as section 7.2 shows it (deliveredAt an ISO string there)."""
    meta = _meta(webhook, deliveryId=delivery_id, deliveredAt=iso_z(now))
    return json_bytes(
        {"eventId": event_id, "eventType": VERIFY, "data": {"challenge": challenge}, "meta": meta}
    )


def state_event(
    event_id: str,
    webhook: Webhook,
    user_id: str,
    vehicle: Vehicle,
    triggers: list[dict[str, Any]],
    signals: list[dict[str, Any]],
    sequence: int,
) -> OutgoingEvent:
    """VEHICLE_STATE (section 7.4)."""
    envelope = {
        "eventId": event_id,
        "eventType": VEHICLE_STATE,
        "vehicleId": vehicle.id,
        "data": {
            "user": {"id": user_id},
            "vehicle": vehicle_json(vehicle),
            "triggers": triggers,
            "signals": signals,
        },
        "meta": _meta(webhook, sequence=sequence, signalCount=len(signals), mode="LIVE"),
    }
    return OutgoingEvent(event_id, VEHICLE_STATE, vehicle.id, envelope)


def error_entry(problem: VehicleProblem, state: str, vehicle: Vehicle) -> dict[str, Any]:
    """One `data.errors[]` entry (section 7.5); state ERROR or RESOLVED."""
    code_anchor = problem.code.lower().replace("_", "-")
    return {
        "type": problem.type,
        "code": problem.code,
        "state": state,
        "description": problem.description,
        "suggestedUserMessage": problem.suggested_user_message,
        "docURL": f"https://smartcar.com/docs/errors/api-errors/{problem.doc_page}#{code_anchor}",
        "resolution": {"type": problem.resolution},
        "signals": [
            {"code": signal.code, "name": signal.name, "group": signal.group}
            for signal in delivered_signals(vehicle)
        ],
    }


def error_event(
    event_id: str,
    webhook: Webhook,
    user_id: str,
    vehicle: Vehicle,
    errors: list[dict[str, Any]],
    sequence: int,
) -> OutgoingEvent:
    """VEHICLE_ERROR (section 7.5): the VEHICLE_STATE envelope with `data.errors[]` instead of signals."""
    envelope = {
        "eventId": event_id,
        "eventType": VEHICLE_ERROR,
        "vehicleId": vehicle.id,
        "data": {"user": {"id": user_id}, "vehicle": vehicle_json(vehicle), "errors": errors},
        "meta": _meta(webhook, sequence=sequence, mode="LIVE"),
    }
    return OutgoingEvent(event_id, VEHICLE_ERROR, vehicle.id, envelope)
