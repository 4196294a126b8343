"""Where the sync and async Live sessions really differ (hand-written; its twin is ``_async/session_tasks.py``).

* :class:`ToolTasks`: each tool call runs when it arrives, to its end, before the session reads the next frame (a
  blocking call cannot be interrupted); a ``toolCallCancellation`` can only drop responses of calls not run yet. The
  async twin runs calls in the background, each cancellable.
* :meth:`ToolTasks.hold`: opens the connection here (the async twin opens and closes it in a task of the session).
* :class:`SendLock`: nothing to lock in one thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Protocol

__all__ = ["Connection", "SendLock", "ToolTasks"]


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
