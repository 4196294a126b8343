"""Where sync and async code really differ (hand-written; its twin is ``_async/concurrency.py``).

* :func:`sleep`: waits through the clock (so tests can replace it);
* :func:`gather`: runs thunks one after another, results in order; the first exception stops the rest;
* :func:`run_blocking`: calls a blocking function (the async twin runs it in a worker thread);
* :class:`FirstPage`: a sync pager fetches its first page when ``pager.page``, ``pager[0]`` or ``pager.page_size``
  is first read (the async twin needs ``await pager`` for that, and makes the pager awaitable).
* :func:`deadline_scope`: a call's deadline over one wait for the server (the response, a chunk of its body). A
  blocking read cannot be interrupted, so the deadline is checked before the wait, and the wait is bounded by the
  read timeout (capped to the time the deadline left when the attempt began); the async twin cancels the wait the
  moment the deadline passes.
* :func:`attempt_deadline`: ``None``: with no way to interrupt a wait, the waits of an attempt are checked one by
  one (:func:`deadline_scope`); the async twin puts a whole attempt under one cancel scope.
* :class:`ToolTasks` (the Live session): each tool call runs when it arrives, to its end, before the session
  reads the next frame (a blocking call cannot be interrupted); a ``toolCallCancellation`` can only drop responses
  of calls not run yet. The async twin runs calls in the background, each cancellable.
* :meth:`ToolTasks.hold`: opens the connection here (the async twin opens and closes it in a task of the session).
* :class:`SendLock`: nothing to lock in one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from ..._core.attempts import Attempts
    from ..._core.clock import Clock

__all__ = [
    "AttemptDeadline",
    "Connection",
    "FirstPage",
    "SendLock",
    "ToolTasks",
    "attempt_deadline",
    "deadline_scope",
    "gather",
    "run_blocking",
    "shielded",
    "sleep",
]

T = TypeVar("T")


def sleep(clock: Clock, seconds: float) -> None:
    """Wait ``seconds`` on ``clock``."""
    clock.sleep(seconds)


def gather(thunks: Sequence[Callable[[], T]]) -> list[T]:
    """Run every thunk in turn; their results in order."""
    return [thunk() for thunk in thunks]


def run_blocking(function: Callable[..., T], *args: object) -> T:
    """``function(*args)``, here and now."""
    return function(*args)


class FirstPage:
    """A sync pager's first page: fetched when the current page is first read."""

    __slots__ = ()

    def _fetch_first(self) -> None:
        raise NotImplementedError

    def _need_first(self) -> None:
        self._fetch_first()


_UNBOUNDED: AbstractContextManager[None] = nullcontext()


def deadline_scope(attempts: Attempts, stage: str, left: float | None) -> AbstractContextManager[None]:
    """Check the call's deadline, ``left`` seconds away (``attempts.time_left()``; ``None``: none applies), before
    the block (one blocking wait on httpx2, which cannot be cancelled: its timeouts are capped by the deadline
    instead); past it, raise :class:`~pygenai.DeadlineExceededError` saying the call was ``stage``."""
    if left is not None and left <= 0:
        raise attempts.deadline_error(stage)
    return _UNBOUNDED


def attempt_deadline(attempts: Attempts, stage: str, stream: bool) -> AttemptDeadline | None:
    """``None``: a sync attempt's waits are checked one by one (:func:`deadline_scope`), as none can be cut short."""
    return None


class AttemptDeadline(AbstractContextManager[None]):
    """What the async twin's attempt scope is; here never made (:func:`attempt_deadline` gives ``None``)."""

    stage: str

    def __exit__(self, *exc_info: object) -> None:
        return None


def shielded() -> AbstractContextManager[None]:
    """Nothing to shield from: a sync call is not cancelled from outside (the async twin's block survives its
    task's cancellation)."""
    return nullcontext()


class Connection(Protocol):
    """A message connection (the Live WebSocket): text out, frames in, a close with a code."""

    def send_text(self, text: str, /) -> None: ...
    def send_bytes(self, data: bytes, /) -> None: ...
    def receive(self) -> str | bytes: ...
    def close(self, code: int = 1000, reason: str = "", /) -> None: ...


class ToolTasks:
    """Tool calls of one session, run as they arrive."""

    def __enter__(self) -> ToolTasks:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> bool | None:
        return None

    def start(self, call_id: str, job: Callable[[], None]) -> None:
        """Run ``job`` (one call and its response) now."""
        job()

    def cancel(self, call_ids: Iterable[str]) -> None:
        """Nothing runs between frames: the session itself skips responses of cancelled calls."""

    @property
    def running(self) -> int:
        """Always 0: a call has finished before the next frame is read."""
        return 0

    def hold(self, opener: Callable[[], Connection]) -> Connection:
        """Open a connection."""
        return opener()


class SendLock:
    """No lock: one thread sends."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> None:
        return None
