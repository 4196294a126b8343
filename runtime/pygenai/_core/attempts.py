"""The attempts of one call: what failed, what the retry policy says, the circuit breaker, the deadline, the hooks'
view.

The I/O shells create one :class:`Attempts` per call and ask it before each attempt (the timeouts left under
the deadline; whether the breaker is open), while reading (the time left before the deadline) and after each
failure (retry, and after how long, or give up). A stream keeps its call's ``Attempts``, so re-sending it before
its first event spends the same budget; once an event has reached the caller the deadline no longer applies
(:meth:`Attempts.bound_until`).
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    CircuitOpenError,
    DeadlineExceededError,
)
from .hooks import Attempt
from .retry import RETRYABLE_STATUS_CODES, CircuitBreaker, RetryDecision
from .timeouts import Timeouts, capped

if TYPE_CHECKING:
    from .clock import Clock
    from .request import RequestSpec

__all__ = ["CREDENTIAL_HEADERS", "Attempts"]

CREDENTIAL_HEADERS: Final = frozenset({"x-goog-api-key", "authorization"})
"""Headers that carry a credential: never shown to hooks, whoever set them."""


class Attempts:
    """Bookkeeping of one call's attempts (see the module docstring).

    ``deadline_at`` is the clock's monotonic time by which the call must be done (``None``: no deadline).
    """

    __slots__ = ("_established", "breaker", "clock", "deadline_at", "retries", "spec", "start")

    def __init__(self, spec: RequestSpec, clock: Clock, breaker: CircuitBreaker | None) -> None:
        self.spec = spec
        self.clock = clock
        self.breaker = breaker
        self.retries = 0
        self.start = clock.monotonic()
        deadline = spec.policy.deadline
        self.deadline_at = None if deadline is None else self.start + deadline
        self._established: Callable[[], bool] | None = None

    def bound_until(self, established: Callable[[], bool]) -> None:
        """Let the deadline hold only until ``established()`` is true (a stream: once an event reached the caller)."""
        self._established = established

    def time_left(self) -> float | None:
        """Seconds left before the deadline (0 or less once it passed); ``None`` when no deadline applies."""
        if self.deadline_at is None or (self._established is not None and self._established()):
            return None
        return self.deadline_at - self.clock.monotonic()

    def deadline_error(self, stage: str) -> DeadlineExceededError:
        """The error for a call whose deadline passed while it was doing ``stage`` ("while reading the response")."""
        deadline = self.spec.policy.deadline
        assert deadline is not None  # only asked for when a deadline applies
        return DeadlineExceededError(
            deadline,
            self.clock.monotonic() - self.start,
            stage,
            method=self.spec.method,
            url=self.spec.display_url,
        )

    def before_attempt(self) -> Timeouts:
        """Check the circuit breaker and the deadline; return this attempt's timeouts (capped by the deadline)."""
        if self.breaker is not None:
            left = self.breaker.remaining_cooldown()
            if left is not None:
                raise CircuitOpenError(left, method=self.spec.method, url=self.spec.display_url)
        left = self.time_left()
        if left is not None and left <= 0:
            raise self.deadline_error("before the next attempt could start")
        return capped(self.spec.timeout, left)

    def attempt(self, spec: RequestSpec | None = None) -> Attempt:
        """What hooks see of the attempt about to be sent (of ``spec``, when it differs from the call's)."""
        spec = spec or self.spec
        return Attempt(
            operation=spec.operation,
            method=spec.method,
            url=spec.url,
            number=self.retries + 1,
            max_retries=spec.policy.max_retries,
            stream=spec.stream,
            headers=MappingProxyType({k: v for k, v in spec.headers.items() if k.lower() not in CREDENTIAL_HEADERS}),
            body=spec.content,
        )

    def succeeded(self) -> None:
        if self.breaker is not None:
            self.breaker.record_success()

    def failed(self, error: APIError, *, retryable: bool | None = None) -> RetryDecision:
        """Record a failure and decide what follows; the caller raises ``error`` when the decision is to stop.

        Whether the failure is retryable follows from the error unless ``retryable`` says so.
        """
        server_delay = error.retry_after if isinstance(error, APIStatusError) else None
        if retryable is None:
            if isinstance(error, APIStatusError):
                retryable = error.status_code in RETRYABLE_STATUS_CODES
            else:
                retryable = isinstance(error, APIConnectionError) and error.retryable
        if self.breaker is not None:
            if retryable or isinstance(error, APITimeoutError):  # a passed deadline is the service being slow too
                self.breaker.record_failure()
            else:
                self.breaker.record_success()
        decision = self.spec.policy.decide(
            retries_done=self.retries,
            elapsed=self.clock.monotonic() - self.start,
            retryable=retryable,
            server_delay=server_delay,
            rand=self.clock.random(),
        )
        if decision.retry and self.breaker is not None and self.breaker.remaining_cooldown() is not None:
            return RetryDecision(None, "circuit breaker opened")
        if decision.retry:
            self.retries += 1
        return decision
