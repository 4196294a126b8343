"""Streaming with automatic function calling, as events: the shell that streams turns and runs tools between them.

See ``pygenai.gemini._events`` for the events and the driver's rules.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import AsyncExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias

from ...tools._async.run import run_calls
from .._events import EventDriver, FinalEvent, FunctionCallEvent, FunctionResultEvent, GenerateContentEvent, text_events
from .._prepare import PreparedRequest
from .._response import GenerateContentResponse
from .._wire import GEMINI_WIRE

if TYPE_CHECKING:
    from .stream import AsyncGenerateContentStream

__all__ = ["AsyncGenerateContentEvents"]

JSONObject: TypeAlias = dict[str, Any]


class AsyncGenerateContentEvents:
    """The events of a streamed, tool-running generation; iterate it, and close it (or use it as a context
    manager). Tools of one model turn run concurrently with the async client, one after another with the sync one.

    ``response`` is the final response once the :class:`~pygenai.FinalEvent` was produced.
    """

    def __init__(
        self,
        first: AsyncGenerateContentStream,
        reopen: Callable[[JSONObject], Awaitable[AsyncGenerateContentStream]],
        prepared: PreparedRequest,
        *,
        on_final: Callable[[GenerateContentResponse], None] | None = None,
        tools: AsyncExitStack | None = None,
    ) -> None:
        self._driver = EventDriver(prepared, on_final)
        self._reopen = reopen
        self._first = first
        self._tools = tools
        self._iterator = self._run(first)

    @property
    def response(self) -> GenerateContentResponse | None:
        """The final response (``None`` until the final event)."""
        return self._driver.response

    async def _run(self, stream: AsyncGenerateContentStream) -> AsyncGenerator[GenerateContentEvent]:
        driver = self._driver
        turn = 0
        while True:
            async with stream:
                async for chunk in stream:
                    for event in text_events(chunk, turn):
                        yield event
                final = await stream.final_response()
            for call in final.function_calls:
                yield FunctionCallEvent(call, turn)
            outcome = driver.finish(final, turn)
            if isinstance(outcome, FinalEvent):
                yield outcome
                return
            results = await run_calls(driver.toolbox, outcome, GEMINI_WIRE, on_error=driver.prepared.on_error)
            for result in results:
                yield FunctionResultEvent(result, turn)
            body = driver.submit(results)
            turn += 1
            stream = await self._reopen(body)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> GenerateContentEvent:
        try:
            return await self._iterator.__anext__()
        except StopAsyncIteration:
            await self._close_tools()
            raise

    async def until_done(self) -> GenerateContentResponse:
        """Consume the remaining events; the final response."""
        async for _ in self:
            pass
        if self._driver.response is None:
            raise RuntimeError("the events were closed before the final event")
        return self._driver.response

    async def close(self) -> None:
        """Stop, closing the open stream (and the toolsets opened for this run)."""
        try:
            await self._iterator.aclose()
            await self._first.close()  # in case iteration never started
        finally:
            await self._close_tools()

    async def _close_tools(self) -> None:
        tools, self._tools = self._tools, None
        if tools is not None:
            await tools.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
