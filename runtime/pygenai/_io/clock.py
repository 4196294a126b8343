"""The real clock (:class:`~pygenai._core.clock.Clock`): ``time``, ``random``, and sleeping through anyio."""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, Final

import anyio

if TYPE_CHECKING:
    from .._core.clock import Clock
    from .._core.settings import BaseClient

__all__ = ["SYSTEM_CLOCK", "SystemClock", "clock_of"]


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def time(self) -> float:
        return time.time()

    def random(self) -> float:
        return random.random()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


SYSTEM_CLOCK: Final = SystemClock()


def clock_of(client: BaseClient) -> Clock:
    """The clock a client's retries and polls use (a test may have injected one)."""
    return client._clock if client._clock is not None else SYSTEM_CLOCK
