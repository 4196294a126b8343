"""Per-attempt hooks: code that sees every attempt of every request, inside the retry loop.

A hook subclasses :class:`AttemptHook` and overrides the methods it needs; the others cost nothing,
because a client collects, once, only the methods a hook actually overrides (:class:`Hooks`). For one
call the methods run in this order::

    on_request(attempt)                       before each attempt is sent
    on_response(attempt, response)            the attempt got a 2xx answer (headers only, for a stream)
    on_error(attempt, error, decision)        the attempt failed; ``decision`` says whether a retry follows
    on_stream_event(attempt, event)           each decoded event of a stream, as the caller receives it
    on_stream_end(attempt, error)             the stream finished (``error`` is ``None``) or failed

An :class:`Attempt` names the operation, the request (method, URL, headers without the API key, body),
its number (1 for the first), and has a ``state`` dict where a hook keeps what it needs between the
calls of one attempt (an OpenTelemetry span, a start time). A stream that resumes after a cut starts a
new attempt. The built-in :class:`RetryLog` is the first hook of every client: it logs each retry at
INFO on the ``pygenai`` logger.

Example::

    class Timing(pygenai.AttemptHook):
        def on_request(self, attempt):
            attempt.state["start"] = time.monotonic()

        def on_response(self, attempt, response):
            print(attempt.operation, response.status_code, time.monotonic() - attempt.state["start"])

    client = pygenai.Client(hooks=[Timing()])
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from .errors import APIError
    from .raw import RawResponse
    from .retry import RetryDecision

__all__ = ["Attempt", "AttemptHook", "Hooks", "RetryLog", "default_hooks"]


@dataclass(slots=True, eq=False)
class Attempt:
    """One attempt of one request, as hooks see it.

    ``operation`` is the API's operation id (``models.generateContent``); ``url`` is the request's URL without
    its query string; ``number`` counts attempts of the call from 1; ``max_retries`` is the call's retry budget;
    ``headers`` are the request's headers, read-only and without any credential (``x-goog-api-key``,
    ``authorization``); ``state`` is free for hooks to use.
    """

    operation: str
    method: str
    url: str
    number: int
    max_retries: int
    stream: bool
    headers: Mapping[str, str]
    body: bytes | None
    state: dict[str, Any] = field(default_factory=dict)


class AttemptHook:
    """Base class of per-attempt hooks: override the methods you need (see the module docstring).

    A hook must not raise: an exception from a hook propagates out of the call, like one from the caller's
    own code.
    """

    def on_request(self, attempt: Attempt) -> None:
        """Before ``attempt`` is sent."""

    def on_response(self, attempt: Attempt, response: RawResponse) -> None:
        """``attempt`` got a 2xx answer; ``response.content`` is empty for a stream (its body becomes events)."""

    def on_error(self, attempt: Attempt, error: APIError, decision: RetryDecision) -> None:
        """``attempt`` failed with ``error``; ``decision.retry`` says whether another attempt follows, and when."""

    def on_stream_event(self, attempt: Attempt, event: object) -> None:
        """A stream's event, decoded, just before the caller gets it."""

    def on_stream_end(self, attempt: Attempt, error: BaseException | None) -> None:
        """The stream read by ``attempt`` ended: completely (``error is None``), cut or failed (the error), or
        closed by the caller before its end (a ``GeneratorExit``). A cut attempt that is re-sent or resumed
        ends here too, then gets :meth:`on_error` with the decision."""


_METHODS: Final = ("on_request", "on_response", "on_error", "on_stream_event", "on_stream_end")


class Hooks:
    """A client's hooks, with each method's overriding implementations collected once.

    ``request``, ``response``, ... hold only the bound methods that hooks override, so a call checks an empty
    tuple where no hook cares.
    """

    __slots__ = ("all", "error", "request", "response", "stream_end", "stream_event")

    all: tuple[AttemptHook, ...]
    request: tuple[Callable[[Attempt], None], ...]
    response: tuple[Callable[[Attempt, RawResponse], None], ...]
    error: tuple[Callable[[Attempt, APIError, RetryDecision], None], ...]
    stream_event: tuple[Callable[[Attempt, object], None], ...]
    stream_end: tuple[Callable[[Attempt, BaseException | None], None], ...]

    def __init__(self, hooks: Sequence[AttemptHook]) -> None:
        for hook in hooks:
            if not isinstance(hook, AttemptHook):
                raise TypeError(f"hooks must be AttemptHook instances, got {type(hook).__name__}")
        self.all = tuple(hooks)
        for name in _METHODS:
            base = getattr(AttemptHook, name)
            bound = tuple(getattr(h, name) for h in hooks if getattr(type(h), name) is not base)
            setattr(self, name.removeprefix("on_"), bound)

    @property
    def streams(self) -> bool:
        """Whether any hook watches stream events or stream ends."""
        return bool(self.stream_event or self.stream_end)


class RetryLog(AttemptHook):
    """Logs each retry at INFO on the ``pygenai`` logger (with ``pygenai_attempt``, ``pygenai_status`` and
    ``pygenai_delay`` on the record); a failure that ends the call is raised, not logged."""

    def on_error(self, attempt: Attempt, error: APIError, decision: RetryDecision) -> None:
        if decision.delay is None:
            return
        import logging  # only when a retry happens: importing logging costs more than the rest of `import pygenai`

        status = getattr(error, "status_code", None) or type(error).__name__
        logging.getLogger("pygenai").info(
            "retry %d of %d for %s %s after %s: waiting %.3fs (%s)",
            attempt.number,
            attempt.max_retries,
            attempt.method,
            attempt.url,
            status,
            decision.delay,
            decision.reason,
            extra={"pygenai_attempt": attempt.number, "pygenai_status": status, "pygenai_delay": decision.delay},
        )


def default_hooks() -> list[AttemptHook]:
    """The hooks every client starts with."""
    return [RetryLog()]
