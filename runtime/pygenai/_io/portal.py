"""One long-lived event loop in a background thread, for sync code that must call async code.

A sync client runs async tools, and async toolsets (an MCP session, an agent) through it. All such calls of
the process go to the same loop, so a session opened by one call is still there for the next: a fresh
``asyncio.run`` per call could not keep it. The thread starts on first use and stops at interpreter exit.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager, ExitStack
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal

__all__ = ["call", "enter", "portal", "shutdown"]

T = TypeVar("T")

_lock = threading.Lock()
_stack: ExitStack | None = None
_portal: BlockingPortal | None = None


def portal() -> BlockingPortal:
    """The shared portal (started on first use)."""
    global _stack, _portal
    found = _portal
    if found is not None:
        return found
    with _lock:
        if _portal is None:
            from anyio.from_thread import start_blocking_portal

            stack = ExitStack()
            _portal = stack.enter_context(start_blocking_portal())
            _stack = stack
        return _portal


def call(function: Callable[..., Awaitable[T]], *args: Any) -> T:
    """Run ``await function(*args)`` on the shared loop and wait for it."""
    return portal().call(function, *args)


def enter(manager: Any) -> AbstractContextManager[Any]:
    """A sync context manager that enters and exits an async one on the shared loop."""
    return portal().wrap_async_context_manager(manager)


def shutdown() -> None:
    """Stop the shared loop (at exit; the next use starts a new one)."""
    global _stack, _portal
    with _lock:
        stack, _stack, _portal = _stack, None, None
    if stack is not None:
        stack.close()


atexit.register(shutdown)
