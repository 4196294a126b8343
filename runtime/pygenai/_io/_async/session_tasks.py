"""Where the async and sync Live sessions really differ (hand-written; its twin is ``_sync/session_tasks.py``).

* :class:`ToolTasks`: tool calls run in the background while the session keeps reading frames, each under its own
  cancel scope, so a ``toolCallCancellation`` stops the calls it names before their responses are sent. The sync
  twin runs each call when it arrives, to its end (a blocking call cannot be interrupted): a cancellation can only
  drop responses of calls not run yet.
* :meth:`ToolTasks.hold`: each WebSocket is opened and closed by a task of the session's group, whatever the caller's
  cancel scopes (the transport's connection is a task group: opened inside a caller's ``fail_after`` and closed
  outside it, or the reverse, would break anyio's nesting of scopes, and the session opens and closes connections
  while it reads, when it resumes). The sync twin opens the connection where it is asked for.
* :class:`SendLock`: one frame at a time on the socket (tool responses are sent from background tasks); the sync
  twin has one thread and needs none.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from types import TracebackType
from typing import Protocol, cast

import anyio
import anyio.abc

__all__ = ["Connection", "HeldConnection", "SendLock", "ToolTasks"]


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
