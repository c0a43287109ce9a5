"""Ending a car's Smartcar link: Smartcar is told first (v2 `DELETE /vehicles/{id}/application` with the
owner's token, v3 `DELETE /v3/connections/{connectionId}`), then the shop keeps the car as one it keeps by
hand, with every reading, service and letter it had. Nothing changes in the shop when Smartcar could not be
told (the front desk tries again); a link Smartcar had already ended (the owner revoked it) is ended here
too."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication

from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.smartcar_app import SmartcarSession
from shopapp.services.tokens import LeaseTimeout, ReconnectNeeded, TokenKeeper
from shopapp.smartcar.errors import AuthenticationError, ResourceNotFoundError, SmartcarError
from shopapp.store.vehicles import ConnectedCar, connected_cars, unlink_car

log = logging.getLogger(__name__)


class LinkNotEnded(UserFacingError):
    """Smartcar could not be told: nothing changed."""


class CarNotLinked(LinkNotEnded):
    """The car has no Smartcar link to end."""

    @classmethod
    def said(cls) -> CarNotLinked:
        return cls(QCoreApplication.translate("ConnectionEnd", "This car is not linked to Smartcar."))


@dataclass(frozen=True, slots=True)
class EndedLink:
    """The car whose link ended; `already_ended`: Smartcar no longer had it (the owner had revoked it)."""

    vehicle_id: int
    title: str
    already_ended: bool


async def end_car_link(
    session: SmartcarSession,
    tokens: Callable[[], TokenKeeper],
    vehicle_id: int,
    run: Callable[..., Awaitable[object]],
) -> EndedLink:
    """Tells Smartcar the shop no longer reads this car, then keeps the car as a car kept by hand. `tokens`
    gives the v2 token keeper (asked only for a v2 link); `run(function, *args)` runs a store call on the
    database worker. Raises LinkNotEnded (not linked, or Smartcar could not be told: nothing changed)."""
    found = cast(list[ConnectedCar], await run(connected_cars, [vehicle_id]))
    if not found:
        raise LinkNotEnded(QCoreApplication.translate("ConnectionEnd", "This car is not linked to Smartcar."))
    car = found[0]
    try:
        if car.api == "v3":
            already_ended = await _end_v3(session, car)
        else:
            already_ended = await _end_v2(session, tokens(), car)
    except (AuthenticationError, ResourceNotFoundError, ReconnectNeeded):
        already_ended = True  # the owner revoked the shop's access, or Smartcar no longer knows the car
    except (SmartcarError, LeaseTimeout) as exc:
        cause = exc.type if isinstance(exc, SmartcarError) else type(exc).__name__
        log.warning("Ending the Smartcar link of car %d failed: %s", vehicle_id, cause)
        raise LinkNotEnded(
            fill(
                QCoreApplication.translate(
                    "ConnectionEnd", "Smartcar could not be told (%1); the %2 stays linked."
                ),
                cause,
                car.title,
            ),
            what_to_do=QCoreApplication.translate("ConnectionEnd", "Try again in a few minutes."),
        ) from exc
    await run(unlink_car, vehicle_id)
    log.info("Car %d: Smartcar link ended (already ended on Smartcar's side: %s)", vehicle_id, already_ended)
    return EndedLink(vehicle_id, car.title, already_ended)


async def _end_v3(session: SmartcarSession, car: ConnectedCar) -> bool:
    v3 = session.v3_client()
    granted = await v3.connections(user_id=car.smartcar_user_id, vehicle_id=car.smartcar_id)
    mine = [item for item in granted if item.vehicle_id == car.smartcar_id]
    for item in mine:
        await v3.delete_connection(item.connection_id)
    return not mine


async def _end_v2(session: SmartcarSession, tokens: TokenKeeper, car: ConnectedCar) -> bool:
    token = await tokens.access_token(car.connection_id)
    await session.client.disconnect(token, car.smartcar_id)
    return False
