"""Time as the runtime sees it: an injectable clock, and deadlines for polling.

Retries, polling and stream resumes read the time, draw jitter and sleep through a :class:`Clock`, so a
test can replace it and check every delay without waiting. The real clock lives in the I/O layer (its
async sleep needs the event loop library).
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Clock", "Deadline"]


class Clock(Protocol):
    """Time, randomness and sleeping, injectable so retry behaviour can be tested without waiting."""

    def monotonic(self) -> float: ...
    def time(self) -> float: ...
    def random(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...
    async def asleep(self, seconds: float) -> None: ...


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
