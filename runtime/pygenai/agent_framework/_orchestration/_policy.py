"""What a team does when one of its nodes fails: stop the whole run, record the error and go on, or retry."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Literal

from ..._core.retry import RetryPolicy

if TYPE_CHECKING:
    from ..._core.clock import Clock

__all__ = ["FailurePolicy"]


@dataclasses.dataclass(frozen=True)
class FailurePolicy:
    """How a team treats a node (an agent, an aggregator, a nested team) whose run raised an ``Exception``.

    Build one with :meth:`fail_fast` (the default: the team run raises :class:`pygenai.TeamRunError` and cancels
    the branches still running), :meth:`continue_on_error` (the error is recorded on the node's result and the run
    goes on) or :meth:`retry` (run the node again after a backoff; when the attempts are spent, fail or continue).
    Cancellation is never a failure: it always stops the run.
    """

    attempts: int = 1
    """Runs of the node at most (1: no retry)."""
    on_exhausted: Literal["fail", "continue"] = "fail"
    """What happens once the last attempt failed."""
    backoff: float = 0.0
    """Seconds before the first retry (doubling each retry, up to ``max_backoff``, with full jitter)."""
    max_backoff: float = 0.0
    clock: Clock | None = dataclasses.field(default=None, compare=False)
    """Where the waits between attempts sleep and draw their jitter (``None``: the real clock)."""

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError(f"FailurePolicy.retry(attempts=...) must be >= 1, got {self.attempts}")
        if self.backoff < 0 or self.max_backoff < 0:
            raise ValueError("FailurePolicy backoff delays must be >= 0")

    @classmethod
    def fail_fast(cls) -> FailurePolicy:
        """The node's error ends the team run (other branches are cancelled)."""
        return cls()

    @classmethod
    def continue_on_error(cls) -> FailurePolicy:
        """The node's error is recorded in the team result; the run goes on without its output."""
        return cls(on_exhausted="continue")

    @classmethod
    def retry(
        cls,
        attempts: int,
        backoff: float = 0.5,
        *,
        max_backoff: float = 8.0,
        then: Literal["fail", "continue"] = "fail",
        clock: Clock | None = None,
    ) -> FailurePolicy:
        """Run the node up to ``attempts`` times; retry ``n`` (0 first) waits a random time in
        ``[0, min(max_backoff, backoff * 2**n)]``. ``then``: fail the team run (default) or continue with the error
        recorded once every attempt failed. ``clock``: inject a fake clock to test without waiting."""
        return cls(attempts, then, backoff, max_backoff, clock)

    @property
    def fails_fast(self) -> bool:
        """Whether a node that failed (every attempt) ends the team run."""
        return self.on_exhausted == "fail"

    async def wait_before_retry(self, retry_number: int) -> None:
        """Sleep the backoff before retry ``retry_number`` (0 for the first)."""
        clock = self.clock
        if clock is None:
            from ..._io.clock import SYSTEM_CLOCK

            clock = SYSTEM_CLOCK
        shape = RetryPolicy(max_retries=self.attempts, initial_delay=self.backoff, max_delay=self.max_backoff)
        await clock.asleep(shape.backoff(retry_number, clock.random()))
