"""What can go wrong on the way to a webhook receiver, in a seeded plan: the same event twice (at-least-once
delivery), an event held back and sent after the car's next one (no ordering guarantee), and a forged copy
with a wrong SC-Signature sent in addition to the good delivery (so nothing is lost, but the receiver must
refuse it). Reference/smartcar-v3.md section 7.6.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from typing import Generic, Protocol, TypeVar


@dataclass(frozen=True, slots=True)
class WebhookFaults:
    """Probabilities (0..1) per event: duplicate, reorder, bad_signature."""

    name: str = "none"
    duplicate: float = 0.0
    reorder: float = 0.0
    bad_signature: float = 0.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "name" and not 0.0 <= value <= 1.0:
                raise ValueError(f"Webhook fault probability {f.name}={value} is not between 0 and 1.")


WEBHOOK_FAULT_PROFILES: dict[str, WebhookFaults] = {
    "none": WebhookFaults("none"),
    # The load benchmark's mix (issue 16): 10 % duplicates, 5 % reordered, 1 % badly signed.
    "flaky": WebhookFaults("flaky", duplicate=0.10, reorder=0.05, bad_signature=0.01),
}


def parse_webhook_faults(spec: str) -> WebhookFaults:
    """`none`, `flaky`, optionally followed or replaced by overrides: `flaky,reorder=0.2` or
    `duplicate=0.5`. Raises ValueError naming what is wrong."""
    parts = [part.strip() for part in spec.split(",") if part.strip()]
    profile = WEBHOOK_FAULT_PROFILES["none"]
    if parts and "=" not in parts[0]:
        name = parts.pop(0).lower()
        if name not in WEBHOOK_FAULT_PROFILES:
            choices = ", ".join(WEBHOOK_FAULT_PROFILES)
            raise ValueError(f"Unknown webhook fault profile {name!r}; choose one of {choices}.")
        profile = WEBHOOK_FAULT_PROFILES[name]
    names = {f.name for f in fields(WebhookFaults)} - {"name"}
    overrides: dict[str, float] = {}
    for part in parts:
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key not in names:
            raise ValueError(f"Unknown webhook fault {key!r}; choose among {', '.join(sorted(names))}.")
        try:
            overrides[key] = float(value)
        except ValueError:
            raise ValueError(
                f"Webhook fault {key} needs a probability between 0 and 1, not {value!r}."
            ) from None
    return replace(profile, name=spec.strip(), **overrides) if overrides else profile


class HasVehicle(Protocol):
    @property
    def vehicle_id(self) -> str: ...


EventT = TypeVar("EventT", bound=HasVehicle)


@dataclass(frozen=True, slots=True)
class PlannedSend(Generic[EventT]):
    """One send of the plan: the event, and whether this is a forged copy (wrong signature, sent once)."""

    event: EventT
    forged: bool = False


class FaultPlanner(Generic[EventT]):
    """Turns events, in the order they happened, into the sends that go out. Three draws per event from a
    random.Random(seed), always all three, so the same seed and events give the same plan."""

    def __init__(self, faults: WebhookFaults, seed: int = 0) -> None:
        self.faults = faults
        self._rng = random.Random(f"shopapp-webhook-faults:{seed}")
        self._held: dict[str, EventT] = {}

    def plan(self, events: list[EventT]) -> list[PlannedSend[EventT]]:
        sends: list[PlannedSend[EventT]] = []
        for event in events:
            duplicate, reorder, forged = (self._rng.random() for _ in range(3))
            held = self._held.pop(event.vehicle_id, None)
            if held is None and reorder < self.faults.reorder:
                self._held[event.vehicle_id] = event  # goes out after this car's next event
                continue
            sends.append(PlannedSend(event))
            if duplicate < self.faults.duplicate:
                sends.append(PlannedSend(event))
            if forged < self.faults.bad_signature:
                sends.append(PlannedSend(event, forged=True))
            if held is not None:
                sends.append(PlannedSend(held))
        return sends

    def release_held(self) -> list[PlannedSend[EventT]]:
        """The events still held back (no later event of their car came): sent late rather than never."""
        held, self._held = list(self._held.values()), {}
        return [PlannedSend(event) for event in held]

    @property
    def held_count(self) -> int:
        return len(self._held)
