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
* :class:`ToolTasks` (the Live session): tool calls run in the background while the session keeps reading
  frames, each under its own cancel scope, so a ``toolCallCancellation`` stops the calls it names before their
  responses are sent. The sync twin runs each call when it arrives, to its end (a blocking call cannot be
  interrupted): a cancellation can only drop responses of calls not run yet.
* :meth:`ToolTasks.hold`: each WebSocket is opened and closed by a task of the session's group, whatever the caller's
  cancel scopes (the transport's connection is a task group: opened inside a caller's ``fail_after`` and closed
  outside it, or the reverse, would break anyio's nesting of scopes, and the session opens and closes connections
  while it reads, when it resumes). The sync twin opens the connection where it is asked for.
* :class:`SendLock`: one frame at a time on the socket (tool responses are sent from background tasks); the sync
  twin has one thread and needs none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, cast

import anyio
import anyio.abc
import anyio.to_thread

if TYPE_CHECKING:
    from ..._core.attempts import Attempts
    from ..._core.clock import Clock

__all__ = [
    "AttemptDeadline",
    "Connection",
    "FirstPage",
    "HeldConnection",
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


class Connection(Protocol):
    """A message connection (the Live WebSocket): text out, frames in, a close with a code."""

    async def send_text(self, text: str, /) -> None: ...
    async def send_bytes(self, data: bytes, /) -> None: ...
    async def receive(self) -> str | bytes: ...
    async def close(self, code: int = 1000, reason: str = "", /) -> None: ...


class ToolTasks:
    """Background tool calls of one session, cancellable by call id (``async with`` keeps them running)."""

    def __init__(self) -> None:
        self._group: anyio.abc.TaskGroup | None = None
        self._scopes: dict[str, anyio.CancelScope] = {}

    async def __aenter__(self) -> ToolTasks:
        group = anyio.create_task_group()
        await group.__aenter__()
        self._group = group
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> bool | None:
        group, self._group = self._group, None
        if group is None:
            return None
        group.cancel_scope.cancel()  # calls still running when the session ends are abandoned
        try:
            return await group.__aexit__(kind, error, traceback)
        except BaseExceptionGroup as raised:
            if error is None or not _holds_only(raised, error):
                raise
        raise error  # the session block's own error, not wrapped in a group the caller never made

    def start(self, call_id: str, job: Callable[[], Awaitable[None]]) -> None:
        """Run ``job`` (one call and its response) in the background; :meth:`cancel` with ``call_id`` stops it."""
        if self._group is None:
            raise RuntimeError("the session is not open")
        scope = anyio.CancelScope()
        self._scopes[call_id] = scope

        async def run() -> None:
            try:
                with scope:
                    await job()
            finally:
                if self._scopes.get(call_id) is scope:
                    del self._scopes[call_id]

        self._group.start_soon(run)

    def cancel(self, call_ids: Iterable[str]) -> None:
        """Stop the running calls with these ids (their responses are not sent)."""
        for call_id in call_ids:
            scope = self._scopes.pop(call_id, None)
            if scope is not None:
                scope.cancel()

    @property
    def running(self) -> int:
        """How many calls are running."""
        return len(self._scopes)

    async def hold(self, opener: Callable[[], Awaitable[Connection]]) -> HeldConnection:
        """Open a connection in a task of the group, which keeps it until :meth:`HeldConnection.close`."""
        if self._group is None:
            raise RuntimeError("the session is not open")
        held = HeldConnection()
        self._group.start_soon(held.run, opener)
        await held.opened.wait()
        if held.error is not None:
            raise held.error
        return held


class HeldConnection:
    """A connection opened, and closed, by a task of the session (:meth:`ToolTasks.hold`); sending and receiving
    go straight to it from any task."""

    def __init__(self) -> None:
        self.opened = anyio.Event()
        self.error: BaseException | None = None
        self._connection: Connection | None = None
        self._release = anyio.Event()
        self._released = anyio.Event()
        self._close_with = (1000, "")

    async def run(self, opener: Callable[[], Awaitable[Connection]]) -> None:
        try:
            self._connection = await opener()
        except Exception as exc:  # handed to the caller of hold()
            self.error = exc
            self.opened.set()
            return
        self.opened.set()
        try:
            await self._release.wait()
        finally:
            # no shielding scope here: the connection's own scopes must close in the order they were opened
            try:
                await self._connection.close(*self._close_with)
            except Exception:  # a connection that fails to close is gone all the same
                pass
            self._released.set()

    async def send_text(self, text: str, /) -> None:
        assert self._connection is not None
        await self._connection.send_text(text)

    async def send_bytes(self, data: bytes, /) -> None:
        assert self._connection is not None
        await self._connection.send_bytes(data)

    async def receive(self) -> str | bytes:
        assert self._connection is not None
        return await self._connection.receive()

    async def close(self, code: int = 1000, reason: str = "", /) -> None:
        """Have the holding task close the connection, and wait until it has."""
        if not self._release.is_set():
            self._close_with = (code, reason)
            self._release.set()
        await self._released.wait()


class SendLock:
    """Sends one frame at a time."""

    def __init__(self) -> None:
        self._lock = anyio.Lock()

    async def __aenter__(self) -> None:
        await self._lock.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        self._lock.release()


def _holds_only(group: BaseExceptionGroup[BaseException], error: BaseException) -> bool:
    """Whether ``group`` holds ``error`` and, besides it, only cancellations."""
    cancelled = anyio.get_cancelled_exc_class()
    leaves: list[BaseException] = []
    pending: list[BaseException] = [group]
    while pending:
        item = pending.pop()
        if isinstance(item, BaseExceptionGroup):
            pending.extend(cast("BaseExceptionGroup[BaseException]", item).exceptions)
        else:
            leaves.append(item)
    return any(leaf is error for leaf in leaves) and all(
        leaf is error or isinstance(leaf, cancelled) for leaf in leaves
    )
