"""Waiting for a background interaction: which statuses end the wait, how often to ask, what the end means.

Pure: nothing here sleeps, reads a clock or sends a request. ``client.interactions.wait`` asks :class:`PollPolicy`
for each delay (passing the polls made, the delay the server asked for and the time left) and
:func:`interaction_outcome` for what the status it stopped at means.

Statuses, as the API sends them: ``in_progress`` (and ``queued``, ``requires_continuation``) while the work
goes on; ``completed``, ``failed``, ``cancelled``, ``incomplete``, ``budget_exceeded`` and ``requires_action``
(the model waits for function results or a confirmation) end it. A status this version does not know keeps
the wait going: a new *running* state stopping a wait early would hand back an interaction without its output,
while a new *final* state only makes the wait run to its ``timeout`` (and :class:`InteractionPending` names it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from pygenai_generated.interactions_types import Error

if TYPE_CHECKING:
    from ._result import Interaction

__all__ = [
    "RUNNING_STATUSES",
    "TERMINAL_STATUSES",
    "InteractionBudgetExceeded",
    "InteractionCancelled",
    "InteractionCompleted",
    "InteractionFailed",
    "InteractionIncomplete",
    "InteractionOutcome",
    "InteractionPending",
    "InteractionRequiresAction",
    "PollPolicy",
    "interaction_outcome",
    "is_terminal",
]

TERMINAL_STATUSES: Final = frozenset(
    {"completed", "failed", "cancelled", "incomplete", "budget_exceeded", "requires_action"}
)
"""The statuses at which an interaction stops working (``wait`` returns)."""
RUNNING_STATUSES: Final = frozenset({"in_progress", "queued", "requires_continuation"})
"""The statuses of an interaction still at work."""


def is_terminal(status: str | None) -> bool:
    """Whether ``status`` ends a wait (unknown statuses do not: see the module's docstring)."""
    return status in TERMINAL_STATUSES


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How often ``client.interactions.wait`` asks for the interaction.

    The first poll goes at once; then the waits grow from ``initial_interval`` by ``multiplier`` up to
    ``max_interval`` (1, 2, 4, 8, 10, 10, ... seconds by default: a short answer is seen quickly, a Deep Research
    run of many minutes costs a request every 10 s). A delay the server asks for (``Retry-After``,
    ``retry-after-ms`` or an error's ``RetryInfo``) replaces the backoff's. No wait goes past the ``timeout``.

    A poll that fails in a way worth retrying (a rate limit, a 5xx, a dropped connection) after the client's own
    retries is polled again after the next delay; ``max_failed_polls`` such failures in a row raise the last.
    """

    initial_interval: float = 1.0
    max_interval: float = 10.0
    multiplier: float = 2.0
    max_failed_polls: int = 5

    def __post_init__(self) -> None:
        if self.initial_interval < 0 or self.max_interval < 0:
            raise ValueError("poll intervals must be >= 0")
        if self.multiplier < 1:
            raise ValueError("the poll interval multiplier must be >= 1")
        if self.max_failed_polls < 0:
            raise ValueError("max_failed_polls must be >= 0")

    def interval(self, polls_done: int) -> float:
        """The backoff before poll ``polls_done + 1`` (``polls_done`` >= 1: the first poll has no wait)."""
        exponent = min(max(polls_done - 1, 0), 64)
        return min(self.max_interval, self.initial_interval * self.multiplier**exponent)

    def next_delay(self, *, polls_done: int, server_delay: float | None, remaining: float | None) -> float | None:
        """Seconds to sleep before the next poll, or ``None`` when the time is up.

        ``server_delay`` is what the server asked for (it wins over the backoff); ``remaining`` the seconds left
        before the wait's timeout (``None``: no timeout).
        """
        delay = server_delay if server_delay is not None else self.interval(polls_done)
        if remaining is None:
            return delay
        if remaining <= 0:
            return None
        return min(delay, remaining)


# --------------------------------------------------------------------------- outcomes


@dataclass(frozen=True, slots=True)
class InteractionOutcome:
    """What a status means, as a type to ``match`` on (or ``outcome.ok``) instead of comparing strings.

    ``interaction`` is the interaction read; ``status`` its status as sent.
    """

    interaction: Interaction
    status: str | None

    @property
    def ok(self) -> bool:
        """Whether the interaction completed (its output is there)."""
        return False

    @property
    def terminal(self) -> bool:
        """Whether the interaction has stopped working."""
        return True


@dataclass(frozen=True, slots=True)
class InteractionCompleted(InteractionOutcome):
    """``completed``: the output is there."""

    @property
    def ok(self) -> bool:
        return True


@dataclass(frozen=True, slots=True)
class InteractionFailed(InteractionOutcome):
    """``failed``; ``error`` is what the interaction reports (``code`` and ``message``), ``None`` when it says
    nothing."""

    error: Error | None = None


@dataclass(frozen=True, slots=True)
class InteractionCancelled(InteractionOutcome):
    """``cancelled``: someone cancelled it (``client.interactions.cancel``)."""


@dataclass(frozen=True, slots=True)
class InteractionIncomplete(InteractionOutcome):
    """``incomplete``: stopped early (``max_output_tokens``, say); the output so far is on the interaction."""


@dataclass(frozen=True, slots=True)
class InteractionBudgetExceeded(InteractionOutcome):
    """``budget_exceeded``: the interaction used up the budget it was given."""


@dataclass(frozen=True, slots=True)
class InteractionRequiresAction(InteractionOutcome):
    """``requires_action``: the model waits for function results (or a confirmation) in a next interaction."""


@dataclass(frozen=True, slots=True)
class InteractionPending(InteractionOutcome):
    """Not finished: ``in_progress``, ``queued``, ... or a status this version does not know (``status`` says)."""

    @property
    def terminal(self) -> bool:
        return False


_OUTCOMES: Final[dict[str, type[InteractionOutcome]]] = {
    "completed": InteractionCompleted,
    "cancelled": InteractionCancelled,
    "incomplete": InteractionIncomplete,
    "budget_exceeded": InteractionBudgetExceeded,
    "requires_action": InteractionRequiresAction,
}


def interaction_error(data: dict[str, Any]) -> Error | None:
    """The error an interaction reports: its ``error`` object, else the first of its ``errors`` list."""
    error = data.get("error")
    if not isinstance(error, dict):
        errors = data.get("errors")
        error = next((e for e in errors if isinstance(e, dict)), None) if isinstance(errors, list) else None
    return Error._wrap(error) if isinstance(error, dict) else None


def interaction_outcome(interaction: Interaction) -> InteractionOutcome:
    """The typed outcome of an interaction's status.

    Example::

        done = client.interactions.wait(interaction)
        match pygenai.interaction_outcome(done):
            case pygenai.InteractionCompleted():
                print(done.text)
            case pygenai.InteractionFailed(error=error):
                print("failed:", error.message if error else "no reason given")
            case other:
                print("stopped:", other.status)
    """
    data = interaction._data
    status = data.get("status")
    status = status if isinstance(status, str) else None
    if status == "failed":
        return InteractionFailed(interaction, status, interaction_error(data))
    kind = _OUTCOMES.get(status) if status is not None else None
    return (kind or InteractionPending)(interaction, status)
