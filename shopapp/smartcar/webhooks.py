"""Smartcar webhooks, payload version 4.0 (reference/smartcar-v3.md section 7): the HMAC that answers VERIFY
and signs every delivery, and the envelope read into typed events.

The key is the Application Management Token. VERIFY is not signed (it is answered with the HMAC of its
challenge); every other delivery carries `SC-Signature`, the hex HMAC-SHA256 of the raw body, which must be
checked on the bytes before any JSON parsing. Where the sources disagree (section 11: where `triggers`
sits, the legacy `payload.challenge`, epoch ms or ISO `deliveredAt`) both readings are accepted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from shopapp.smartcar.errors import MalformedResponseError, SmartcarError, error_from_object
from shopapp.smartcar.results import ResponseMeta
from shopapp.smartcar.signals import parse_instant
from shopapp.smartcar.v3_parsing import parse_signal
from shopapp.smartcar.v3_results import SignalSet, V3Vehicle

SIGNATURE_HEADER = "SC-Signature"
# An undocumented name one integration also accepts (section 7.3); read only when SC-Signature is absent.
FALLBACK_SIGNATURE_HEADER = "X-Smartcar-Signature"

VERIFY = "VERIFY"
VEHICLE_STATE = "VEHICLE_STATE"
VEHICLE_ERROR = "VEHICLE_ERROR"
FIRST_DELIVERY = "FIRST_DELIVERY"


def hmac_hex(key: str, message: str | bytes) -> str:
    """Hex HMAC-SHA256 of `message` keyed with the management token: what `smartcar.hash_challenge` gives."""
    data = message.encode("utf-8") if isinstance(message, str) else message
    return hmac.new(key.encode("utf-8"), data, hashlib.sha256).hexdigest()


def challenge_answer(key: str, challenge: str) -> dict[str, str]:
    """The JSON body that answers VERIFY."""
    return {"challenge": hmac_hex(key, challenge)}


def signature_matches(key: str, body: bytes, signature: str | None) -> bool:
    """Whether `signature` is the body's HMAC, compared in constant time (hex, case as Smartcar sends it:
    lower; an upper-case copy is accepted since hex is case-blind)."""
    if not signature:
        return False
    expected = hmac_hex(key, body)
    given = signature.strip().lower()
    return hmac.compare_digest(expected.encode("ascii"), given.encode("ascii", errors="replace"))


class MalformedEvent(MalformedResponseError):
    """A delivery that is JSON but not a webhook event ShopApp can read (no eventId, no type)."""


@dataclass(frozen=True, slots=True)
class VehicleErrorReport:
    """One entry of a VEHICLE_ERROR's `data.errors[]`: state ERROR (still failing) or RESOLVED."""

    type: str
    code: str
    state: str
    description: str
    signals: tuple[str, ...]

    @property
    def resolved(self) -> bool:
        return self.state == "RESOLVED"

    def as_error(self) -> SmartcarError:
        """The typed error, as a REST call failing the same way would raise it."""
        return error_from_object({"type": self.type, "code": self.code, "description": self.description})


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A delivery read: `event_type` upper-case (VERIFY, VEHICLE_STATE, VEHICLE_ERROR or another Smartcar may
    add); `signals` for VEHICLE_STATE; `errors` for VEHICLE_ERROR; `sequence` and `delivered_at` break ties
    between deliveries (there is no ordering guarantee); `test_mode`: a Dashboard test event."""

    event_id: str
    event_type: str
    challenge: str | None
    vehicle_id: str | None
    user_id: str | None
    signals: SignalSet | None
    errors: tuple[VehicleErrorReport, ...]
    triggers: tuple[str, ...]
    sequence: int | None
    delivered_at: datetime | None
    webhook_id: str | None
    test_mode: bool


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _triggers(envelope: dict[str, Any], data: dict[str, Any]) -> tuple[str, ...]:
    """Trigger codes from `data.triggers` or a top-level `triggers` (both seen), each `{code}` or the older
    `{type: SIGNAL_UPDATED|FIRST_DELIVERY, signal: {code}}`."""
    found = data.get("triggers")
    if not isinstance(found, list):
        found = envelope.get("triggers")
    codes: list[str] = []
    for trigger in found if isinstance(found, list) else ():
        trigger = _object(trigger)
        code = _text(trigger.get("code"))
        if code is None and _text(trigger.get("type")) == FIRST_DELIVERY:
            code = FIRST_DELIVERY
        if code is None:
            code = _text(_object(trigger.get("signal")).get("code"))
        if code is not None:
            codes.append(code)
    return tuple(codes)


def _vehicle(data: dict[str, Any], vehicle_id: str | None) -> V3Vehicle | None:
    vehicle = _object(data.get("vehicle"))
    if not vehicle or vehicle_id is None:
        return None
    year = _int(vehicle.get("year"))
    return V3Vehicle(
        vehicle_id=vehicle_id,
        make=_text(vehicle.get("make")) or "",
        model=_text(vehicle.get("model")) or "",
        year=year,
        powertrain_type=_text(vehicle.get("powertrainType")),
        mode=_text(vehicle.get("mode")),
    )


def _errors(data: dict[str, Any]) -> tuple[VehicleErrorReport, ...]:
    reports = []
    listed = data.get("errors")
    for entry in listed if isinstance(listed, list) else []:
        entry = _object(entry)
        signals = entry.get("signals")
        reports.append(
            VehicleErrorReport(
                type=(_text(entry.get("type")) or "").upper(),
                code=(_text(entry.get("code")) or "").upper(),
                state=(_text(entry.get("state")) or "ERROR").upper(),
                description=_text(entry.get("description")) or "",
                signals=tuple(
                    code
                    for code in (
                        _text(_object(item).get("code")) if isinstance(item, dict) else _text(item)
                        for item in (signals if isinstance(signals, list) else ())
                    )
                    if code
                ),
            )
        )
    return tuple(reports)


def parse_event(body: bytes) -> WebhookEvent:
    """Reads a delivery's raw body. ValueError for bytes that are not JSON; MalformedEvent for JSON that is
    not an event (an object with an eventId and an eventType, or the legacy v2.0 `eventName`)."""
    return read_event(json.loads(body))


def event_type_of(envelope: Any) -> str | None:
    """The delivery's type, upper-case (`eventType`, or the legacy v2.0 `eventName`), or None."""
    if not isinstance(envelope, dict):
        return None
    named = _text(envelope.get("eventType")) or _text(envelope.get("eventName"))
    return named.upper() if named else None


def read_event(envelope: Any) -> WebhookEvent:
    """Reads a delivery already parsed from JSON; MalformedEvent if it is not an event."""
    if not isinstance(envelope, dict):
        raise MalformedEvent("A webhook delivery is a JSON object.")
    meta = _object(envelope.get("meta"))
    data = _object(envelope.get("data"))
    legacy_payload = _object(envelope.get("payload"))
    event_id = _text(envelope.get("eventId"))
    event_type = _text(envelope.get("eventType")) or _text(envelope.get("eventName"))
    if event_id is None or event_type is None:
        raise MalformedEvent("A webhook delivery names its eventId and eventType.")
    event_type = event_type.upper()
    vehicle_id = _text(envelope.get("vehicleId")) or _text(_object(data.get("vehicle")).get("id"))
    user_id = _text(_object(data.get("user")).get("id")) or _text(envelope.get("userId"))
    signals = None
    if event_type == VEHICLE_STATE:
        response_meta = ResponseMeta(request_id=_text(meta.get("deliveryId")))
        read = {}
        listed = data.get("signals")
        for element in listed if isinstance(listed, list) else []:
            try:
                signal = parse_signal(element, response_meta)
            except MalformedResponseError:
                continue  # one unreadable element; the others still count
            read[signal.code] = signal
        signals = SignalSet(read, _vehicle(data, vehicle_id), response_meta)
    challenge = _text(data.get("challenge")) or _text(legacy_payload.get("challenge"))
    delivered = meta.get("deliveredAt")
    return WebhookEvent(
        event_id=event_id,
        event_type=event_type,
        challenge=challenge,
        vehicle_id=vehicle_id,
        user_id=user_id,
        signals=signals,
        errors=_errors(data) if event_type == VEHICLE_ERROR else (),
        triggers=_triggers(envelope, data),
        sequence=_int(meta.get("sequence")),
        delivered_at=parse_instant(delivered) if delivered is not None else None,
        webhook_id=_text(meta.get("webhookId")),
        test_mode=(_text(meta.get("mode")) or "").upper() == "TEST",
    )
