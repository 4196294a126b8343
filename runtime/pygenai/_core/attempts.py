"""The attempts of one call: what failed, what the retry policy says, the circuit breaker, the hooks' view.

The I/O shells create one :class:`Attempts` per call and ask it before each attempt (the timeouts left under
the deadline; whether the breaker is open) and after each failure (retry, and after how long, or give up).
A stream keeps its call's ``Attempts``, so re-sending it before its first event spends the same budget.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .errors import APIConnectionError, APIError, APIStatusError, CircuitOpenError
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
    """Bookkeeping of one call's attempts (see the module docstring)."""

    __slots__ = ("breaker", "clock", "retries", "spec", "start")

    def __init__(self, spec: RequestSpec, clock: Clock, breaker: CircuitBreaker | None) -> None:
        self.spec = spec
        self.clock = clock
        self.breaker = breaker
        self.retries = 0
        self.start = clock.monotonic()

    def before_attempt(self) -> Timeouts:
        """Check the circuit breaker; return this attempt's timeouts."""
        if self.breaker is not None:
            left = self.breaker.remaining_cooldown()
            if left is not None:
                raise CircuitOpenError(left, method=self.spec.method, url=self.spec.display_url)
        return capped(self.spec.timeout, self.spec.policy.remaining(self.clock.monotonic() - self.start))

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
                retryable = isinstance(error, APIConnectionError)
        if self.breaker is not None:
            if retryable:
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
