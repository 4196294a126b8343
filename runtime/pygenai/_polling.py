"""Waiting for a server-side job (a file being processed, a batch running) to reach a final state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._errors import PygenaiError

if TYPE_CHECKING:
    from ._client import BaseClient
    from ._transport import Clock

__all__ = ["Deadline", "WaitTimeoutError", "client_clock"]


class WaitTimeoutError(PygenaiError, TimeoutError):
    """A wait ended before the resource reached a final state; ``last`` is the resource as last seen."""

    def __init__(self, message: str, last: object) -> None:
        super().__init__(message)
        self.last = last


class Deadline:
    """When the next poll may happen: ``poll_interval`` apart, never past ``timeout`` seconds from the start."""

    __slots__ = ("clock", "interval", "start", "timeout")

    def __init__(self, clock: Clock, timeout: float | None, interval: float) -> None:
        if interval < 0:
            raise ValueError("poll_interval must be >= 0")
        if timeout is not None and timeout < 0:
            raise ValueError("timeout must be >= 0 or None")
        self.clock = clock
        self.timeout = timeout
        self.interval = interval
        self.start = clock.monotonic()

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or ``None`` when the time is up."""
        if self.timeout is None:
            return self.interval
        left = self.timeout - (self.clock.monotonic() - self.start)
        if left <= 0:
            return None
        return min(self.interval, left)


def client_clock(client: BaseClient) -> Clock:
    """The clock a client's retries use (a test may have injected one), for polling."""
    from ._transport import SYSTEM_CLOCK

    return client._clock if client._clock is not None else SYSTEM_CLOCK
