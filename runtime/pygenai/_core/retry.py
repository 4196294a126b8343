"""When to retry a failed request and how long to wait: a pure policy shared by sync, async and streaming calls.

Nothing here sleeps, reads a clock or draws a random number by itself: callers pass the elapsed time, the
current wall-clock time and a uniform random number in, and get a decision out. That keeps every rule
testable without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["RETRYABLE_STATUS_CODES", "CircuitBreaker", "RetryDecision", "RetryPolicy", "server_delay"]

RETRYABLE_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses worth another attempt: timeouts, rate limits and transient server failures. Other 4xx never are."""


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """What to do after a failed attempt: wait ``delay`` seconds and retry, or give up (``delay is None``)."""

    delay: float | None
    reason: str

    @property
    def retry(self) -> bool:
        return self.delay is not None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How failed requests are retried.

    * ``max_retries``: retries after the first attempt (0 turns retrying off).
    * ``initial_delay`` / ``max_delay``: exponential backoff bounds in seconds; the n-th retry waits a uniformly
      random time in ``[0, min(max_delay, initial_delay * 2**n)]`` ("full jitter").
    * ``max_server_delay``: the longest server-requested delay (``Retry-After``, ``RetryInfo``) the client will wait;
      a longer one raises at once, with the delay on the error's ``retry_after``.
    * ``deadline``: seconds the whole call may take from its first attempt: every attempt, the waits between
      them and reading the response (a stream: until its first event). No retry starts that could not begin
      before it, and a call still running when it passes raises :class:`~pygenai.DeadlineExceededError`
      (``None``: no deadline). ``deadline=`` on a client or a call sets it too.

    A delay the server asks for always wins over the backoff.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_server_delay: float = 60.0
    deadline: float | None = 600.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_server_delay < 0:
            raise ValueError("retry delays must be >= 0")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be > 0 or None")

    def backoff(self, retry_number: int, rand: float) -> float:
        """The jittered wait before retry ``retry_number`` (0 for the first retry); ``rand`` is uniform in [0, 1)."""
        cap = min(self.max_delay, self.initial_delay * (2.0 ** min(retry_number, 62)))
        return rand * cap

    def decide(
        self,
        *,
        retries_done: int,
        elapsed: float,
        retryable: bool,
        server_delay: float | None = None,
        rand: float = 1.0,
    ) -> RetryDecision:
        """Decide whether to retry after a failed attempt.

        ``retries_done`` counts retries already made, ``elapsed`` the seconds since the first attempt began,
        ``retryable`` whether the failure is of a retryable kind, ``server_delay`` the delay the server asked for.
        """
        if not retryable:
            return RetryDecision(None, "not retryable")
        if server_delay is not None and server_delay > self.max_server_delay:
            return RetryDecision(
                None, f"server asked for {server_delay:g}s, above the {self.max_server_delay:g}s ceiling"
            )
        if retries_done >= self.max_retries:
            return RetryDecision(None, f"gave up after {retries_done} retries")
        delay = server_delay if server_delay is not None else self.backoff(retries_done, rand)
        if self.deadline is not None and elapsed + delay >= self.deadline:
            return RetryDecision(None, f"the {self.deadline:g}s deadline would pass before the next attempt")
        return RetryDecision(delay, "server delay" if server_delay is not None else "backoff")

    def remaining(self, elapsed: float) -> float | None:
        """Seconds left before the deadline (``None`` without one)."""
        return None if self.deadline is None else max(0.0, self.deadline - elapsed)


def server_delay(headers: Mapping[str, str], retry_info_delay: float | None, now: float) -> float | None:
    """The delay, in seconds, the server asked for; the longest of all it gave, or ``None``.

    Reads ``retry-after-ms`` (milliseconds), ``Retry-After`` (seconds or an HTTP date, measured from ``now``,
    a Unix time) and ``google.rpc.RetryInfo.retryDelay`` from the error body (passed in as seconds).
    """
    delays: list[float] = []
    if retry_info_delay is not None:
        delays.append(retry_info_delay)
    millis = _number(_header(headers, "retry-after-ms"))
    if millis is not None:
        delays.append(millis / 1000.0)
    retry_after = _header(headers, "retry-after")
    if retry_after is not None:
        seconds = _number(retry_after)
        if seconds is None:
            seconds = _http_date_delay(retry_after, now)
        if seconds is not None:
            delays.append(seconds)
    return max(delays) if delays else None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        for key, item in headers.items():
            if key.lower() == name:
                return item
    return value


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if number >= 0 and number == number and number != float("inf") else None


def _http_date_delay(value: str, now: float) -> float | None:
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


class CircuitBreaker:
    """Fail fast while a service keeps failing.

    After ``failures`` consecutive retryable failures (any attempt of any request made through the clients that
    share this breaker), the circuit opens: requests raise :class:`~pygenai.CircuitOpenError` without being sent
    for ``cooldown`` seconds. The first request after the cool-down goes through; one more failure opens the
    circuit again at once, a success closes it.

    Example::

        client = pygenai.Client(circuit_breaker=pygenai.CircuitBreaker(failures=5, cooldown=30))
    """

    def __init__(self, failures: int = 5, cooldown: float = 30.0, *, clock: Callable[[], float] = time.monotonic):
        if failures < 1:
            raise ValueError("failures must be >= 1")
        if cooldown < 0:
            raise ValueError("cooldown must be >= 0")
        self.failures = failures
        self.cooldown = cooldown
        self._clock = clock
        self._consecutive = 0
        self._open_until: float | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"CircuitBreaker(failures={self.failures}, cooldown={self.cooldown:g})"

    def remaining_cooldown(self) -> float | None:
        """Seconds the circuit stays open, or ``None`` when requests may be sent."""
        with self._lock:
            if self._open_until is None:
                return None
            left = self._open_until - self._clock()
            return left if left > 0 else None

    def record_success(self) -> None:
        """The service answered (with anything but a retryable failure)."""
        with self._lock:
            self._consecutive = 0
            self._open_until = None

    def record_failure(self) -> None:
        """An attempt failed in a retryable way."""
        with self._lock:
            self._consecutive += 1
            if self._consecutive >= self.failures:
                self._open_until = self._clock() + self.cooldown
