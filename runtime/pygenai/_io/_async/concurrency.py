"""Where async and sync code really differ (hand-written; its twin is ``_sync/concurrency.py``).

* :func:`sleep`: waits through the clock (so tests can replace it);
* :func:`gather`: runs thunks concurrently in an anyio task group (asyncio or trio), results in order; the
  sync twin runs them one after another;
* :func:`run_blocking`: runs a blocking function (a file read) in a worker thread; the sync twin calls it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

import anyio
import anyio.to_thread

if TYPE_CHECKING:
    from ..._core.clock import Clock

__all__ = ["gather", "run_blocking", "sleep"]

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
