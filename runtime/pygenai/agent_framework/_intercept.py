"""Interceptors: code that wraps a run, each of its model requests and each of its tool calls.

Checkpoints, tracing and durable-execution engines all sit here, outside the loop: the loop asks the interceptors
to perform each request and call, and each interceptor may answer from a record (a resumed run), time it, or hand
it to an engine as a step. The first interceptor in a list is the outermost.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncGenerator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..tools import ToolInvocation, ToolResult
from ._backend import ModelReply

if TYPE_CHECKING:
    from ._agent import AgentRun

__all__ = ["RunInterceptor", "current_run"]

SendRequest = Callable[[], Awaitable[ModelReply]]
ExecuteCall = Callable[[], Awaitable[ToolResult]]

CURRENT_RUN: contextvars.ContextVar[AgentRun[Any] | None] = contextvars.ContextVar("pygenai_agent_run", default=None)


def current_run() -> AgentRun[Any] | None:
    """The run whose tool call is executing in this task (``None`` outside a tool call): a tool reads its agent,
    history and usage here, and an agent run started inside a tool sees its parent run."""
    return CURRENT_RUN.get()


class RunInterceptor:
    """Wraps a run, its model requests and its tool calls; each default passes straight through.

    Subclass and override what you need. ``model_request`` must return the reply ``send()`` returns (or one
    recorded earlier for the same step); ``tool_call`` the result ``execute()`` returns (or a recorded one).
    """

    def around_run(self, run: AgentRun[Any]) -> contextlib.AbstractAsyncContextManager[None]:
        """A context the whole run executes in (its exception, if any, passes through it)."""
        return contextlib.nullcontext()

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        """Perform step ``step``'s model request (``send()``)."""
        return await send()

    async def tool_call(self, run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall) -> ToolResult:
        """Perform ``call`` of step ``step`` (``execute()``)."""
        return await execute()


async def request_through(
    interceptors: Sequence[RunInterceptor], run: AgentRun[Any], step: int, send: SendRequest
) -> ModelReply:
    """``send`` wrapped by every interceptor, the first outermost."""
    for interceptor in reversed(interceptors):
        send = _bind_request(interceptor, run, step, send)
    return await send()


async def call_through(
    interceptors: Sequence[RunInterceptor], run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall
) -> ToolResult:
    """``execute`` wrapped by every interceptor, the first outermost."""
    for interceptor in reversed(interceptors):
        execute = _bind_call(interceptor, run, step, call, execute)
    return await execute()


@contextlib.asynccontextmanager
async def around_runs(interceptors: Sequence[RunInterceptor], run: AgentRun[Any]) -> AsyncGenerator[None, None]:
    """Every interceptor's ``around_run`` context, the first outermost."""
    async with contextlib.AsyncExitStack() as stack:
        for interceptor in interceptors:
            await stack.enter_async_context(interceptor.around_run(run))
        yield


def _bind_request(interceptor: RunInterceptor, run: AgentRun[Any], step: int, send: SendRequest) -> SendRequest:
    async def bound() -> ModelReply:
        return await interceptor.model_request(run, step, send)

    return bound


def _bind_call(
    interceptor: RunInterceptor, run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall
) -> ExecuteCall:
    async def bound() -> ToolResult:
        return await interceptor.tool_call(run, step, call, execute)

    return bound
