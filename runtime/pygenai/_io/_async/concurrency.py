"""Where async and sync code really differ (hand-written; its twin is ``_sync/concurrency.py``).

* :func:`sleep`: waits through the clock (so tests can replace it);
* :func:`gather`: runs thunks concurrently in an anyio task group (asyncio or trio), results in order; the
  sync twin runs them one after another;
* :func:`run_blocking`: runs a blocking function (a file read) in a worker thread; the sync twin calls it;
* :class:`FirstPage`: how a pager gets its first page for ``pager.page``, ``pager[0]`` and ``pager.page_size``:
  ``await pager`` fetches it (a property cannot), and reading the page before that raises; the sync twin fetches
  it on first use, and a sync pager is not awaitable.
* :func:`deadline_scope`: a call's deadline over one wait for the server (the response, a chunk of its body). Here
  the wait is cancelled the moment the deadline passes; the sync twin cannot interrupt a blocking read, so it
  checks the deadline before the wait, and the wait is bounded by the read timeout (capped to the time the
  deadline left when the attempt began).
* :func:`attempt_deadline`: the same over a whole attempt of a request that is not a stream (sending it, waiting
  for the response, reading its body): one cancel scope, and one timer, per attempt instead of one per wait. The
  sync twin gives ``None``: its waits are checked one by one (:func:`deadline_scope`).
* :func:`shielded`: a block that runs to its end even while the task is being cancelled (cancelling a server-side
  job when the caller's task is cancelled); the sync twin has nothing to shield from.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Sequence
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import anyio
import anyio.to_thread

if TYPE_CHECKING:
    from ..._core.attempts import Attempts
    from ..._core.clock import Clock

__all__ = [
    "AttemptDeadline",
    "FirstPage",
    "attempt_deadline",
    "deadline_scope",
    "gather",
    "run_blocking",
    "shielded",
    "sleep",
]

T = TypeVar("T")


async def sleep(clock: Clock, seconds: float) -> None:
    """Wait ``seconds`` on ``clock``."""
    await clock.asleep(seconds)


async def gather(thunks: Sequence[Callable[[], Awaitable[T]]]) -> list[T]:
    """Run every thunk concurrently; their results in order.

    The first exception cancels the others and is raised as it is (not wrapped in an exception group).
    """
    results: list[T | None] = [None] * len(thunks)

    async def run(index: int, thunk: Callable[[], Awaitable[T]]) -> None:
        results[index] = await thunk()

    try:
        async with anyio.create_task_group() as group:
            for index, thunk in enumerate(thunks):
                group.start_soon(run, index, thunk)
    except BaseExceptionGroup as errors:
        first = errors.exceptions[0]
        if len(errors.exceptions) == 1 and isinstance(first, Exception):
            raise first from None
        raise
    return results  # type: ignore[return-value]  # every slot was filled: no task failed


async def run_blocking(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` in a worker thread, so the event loop keeps running."""
    return await anyio.to_thread.run_sync(function, *args)


class FirstPage:
    """An async pager's first page: ``pager = await client.aio.models.list()`` fetches it and gives the pager back.

    ``pager.page``, ``pager[0]`` and ``pager.page_size`` read the current page; they are properties, which cannot
    fetch, so before the first ``await`` (or ``await pager.next_page()``) they raise. ``async for`` needs no await.
    """

    __slots__ = ()

    async def _fetch_first(self) -> None:
        raise NotImplementedError

    def _need_first(self) -> None:
        raise RuntimeError(
            f"the {type(self).__name__} has not fetched a page yet: await it first "
            "(pager = await client.aio.models.list(...)), or iterate it with async for"
        )

    def __await__(self) -> Generator[Any, None, Self]:
        return self._awaited().__await__()

    async def _awaited(self) -> Self:
        await self._fetch_first()
        return self


def deadline_scope(attempts: Attempts, stage: str, left: float | None) -> AbstractContextManager[None]:
    """Run the block (one wait on httpx2) under the call's deadline, ``left`` seconds away (``attempts.time_left()``;
    ``None``: none applies): past it, cancel the wait and raise :class:`~pygenai.DeadlineExceededError` saying the
    call was ``stage``."""
    if left is None:
        return _UNBOUNDED
    if left <= 0:
        raise attempts.deadline_error(stage)
    return AttemptDeadline(attempts, stage, anyio.current_time() + left)


def attempt_deadline(attempts: Attempts, stage: str, stream: bool) -> AttemptDeadline | None:
    """The call's deadline over a whole attempt, all its waits under one scope (``None`` for a stream, whose body
    is read later, or when no deadline applies); the caller sets ``stage`` as the attempt moves on. Past the
    deadline already, raise :class:`~pygenai.DeadlineExceededError`."""
    if stream:
        return None
    left = attempts.time_left()
    if left is None:
        return None
    if left <= 0:
        raise attempts.deadline_error(stage)
    return AttemptDeadline(attempts, stage, anyio.current_time() + left)


class AttemptDeadline:
    """``anyio.fail_after`` without its generator frames (this runs around the waits of every call), raising the
    deadline's error, for the wait named by ``stage``, instead of ``TimeoutError``."""

    __slots__ = ("_attempts", "_scope", "stage")

    def __init__(self, attempts: Attempts, stage: str, deadline: float) -> None:
        self._attempts = attempts
        self._scope = anyio.CancelScope(deadline=deadline)
        self.stage = stage

    def __enter__(self) -> None:
        self._scope.__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> bool:
        scope = self._scope
        suppressed = scope.__exit__(kind, error, traceback)
        if scope.cancelled_caught and anyio.current_time() >= scope.deadline:
            raise self._attempts.deadline_error(self.stage) from None
        return bool(suppressed)


_UNBOUNDED = nullcontext()


def shielded() -> anyio.CancelScope:
    """A block the task's cancellation does not interrupt (``with shielded(): await ...``), for clean-up requests."""
    return anyio.CancelScope(shield=True)
