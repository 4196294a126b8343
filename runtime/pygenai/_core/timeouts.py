"""Timeouts as plain data: connect, read, write and pool limits in seconds (``None``: no limit), and deadlines.

Two bounds, two names:

* ``timeout`` bounds each step of an attempt: connecting, each read, each write, waiting for a pooled connection.
  A server that keeps sending a byte now and then never trips it.
* ``deadline`` bounds the whole call: every attempt, the waits between retries and reading the response (for a
  stream, until its first event: after that the caller reads at its own pace and ``timeout`` guards each read).
  It is the retry policy's ``deadline``; ``deadline=`` on a client or a call replaces it.

Users may pass a number, ``None`` or an ``httpx2.Timeout`` (anything with the four attributes); the core
keeps a :class:`Timeouts` and the I/O layer turns it into what its HTTP library wants.
"""

from __future__ import annotations

from typing import Final, NamedTuple, Protocol

__all__ = ["DEFAULT_TIMEOUTS", "TimeoutLike", "Timeouts", "capped", "check_deadline", "to_timeouts"]


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


def check_deadline(value: object) -> float | None:
    """A ``deadline=`` value checked: a positive number of seconds, or ``None`` (no deadline)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"deadline must be a number of seconds or None, not {type(value).__name__}")
    if not value > 0 or value == float("inf"):
        raise ValueError(f"deadline must be a positive, finite number of seconds or None, not {value!r}")
    return float(value)


def capped(timeouts: Timeouts, remaining: float | None) -> Timeouts:
    """Each limit, no longer than what is left before the deadline, so a step that waits in vain ends with it.

    Limits within 1% of what is left stand as configured, so the default limits (600 s, under a 600 s deadline)
    are the same object on every call and no new one is built per attempt.
    """
    if remaining is None:
        return timeouts
    limit = remaining * 1.01
    if all(value is not None and value <= limit for value in timeouts):
        return timeouts
    return Timeouts(*(remaining if value is None else min(value, remaining) for value in timeouts))
