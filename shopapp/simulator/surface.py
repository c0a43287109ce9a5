"""What every API surface of the simulator does around a request: a fresh request id, the configured delay,
and an API error turned into that surface's error body."""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod

from starlette.requests import Request
from starlette.responses import Response

from shopapp.simulator.errors import ApiError
from shopapp.simulator.simulator import Simulator


class ApiSurface(ABC):
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    async def endpoint(self, request: Request) -> Response:
        request_id = str(uuid.uuid4())
        try:
            await self.sim.delay()
            return await self._handle(request, request_id)
        except ApiError as error:
            return self._error_response(error, request_id)

    @abstractmethod
    async def _handle(self, request: Request, request_id: str) -> Response: ...

    @abstractmethod
    def _error_response(self, error: ApiError, request_id: str) -> Response: ...
