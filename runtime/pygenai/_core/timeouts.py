"""Timeouts as plain data: connect, read, write and pool limits in seconds (``None``: no limit).

Users may pass a number, ``None`` or an ``httpx2.Timeout`` (anything with the four attributes); the core
keeps a :class:`Timeouts` and the I/O layer turns it into what its HTTP library wants.
"""

from __future__ import annotations

from typing import Final, NamedTuple, Protocol

__all__ = ["DEFAULT_TIMEOUTS", "TimeoutLike", "Timeouts", "capped", "to_timeouts"]


class TimeoutLike(Protocol):
    """What ``timeout=`` takes besides a number: an object with the four limits (``httpx2.Timeout`` is one)."""

    @property
    def connect(self) -> float | None: ...
    @property
    def read(self) -> float | None: ...
    @property
    def write(self) -> float | None: ...
    @property
    def pool(self) -> float | None: ...


class Timeouts(NamedTuple):
    """The four limits of one request, in seconds; ``None`` waits forever."""

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None


DEFAULT_TIMEOUTS: Final = Timeouts(connect=10.0, read=600.0, write=600.0, pool=600.0)
"""600 s for everything but connecting, which gets 10 s."""


def to_timeouts(value: float | TimeoutLike | None) -> Timeouts:
    """A number (every limit), ``None`` (no limits) or an object with the four limits."""
    if isinstance(value, Timeouts):
        return value
    if value is None or isinstance(value, int | float):
        if isinstance(value, bool):
            raise TypeError("timeout must be a number of seconds, None or a Timeout, not a bool")
        seconds = None if value is None else float(value)
        return Timeouts(seconds, seconds, seconds, seconds)
    try:
        return Timeouts(value.connect, value.read, value.write, value.pool)
    except AttributeError:
        raise TypeError(f"timeout must be a number of seconds, None or a Timeout, not {type(value).__name__}") from None


def capped(timeouts: Timeouts, remaining: float | None) -> Timeouts:
    """Each limit, no longer than what is left before the retry deadline.

    Within a second of the deadline the configured limits stand (so no new object is built per attempt).
    """
    if remaining is None:
        return timeouts
    limit = remaining + 1.0
    if all(value is not None and value <= limit for value in timeouts):
        return timeouts
    return Timeouts(*(remaining if value is None else min(value, remaining) for value in timeouts))
