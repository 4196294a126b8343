"""The GenerateContent stream: typed chunks of a generation, accumulated into the whole turn as they pass.

Without tools to run it is one ``streamGenerateContent`` response. With Python functions or toolsets in
``tools`` it is every turn of the automatic function-calling loop: the chunks of each model turn as they
stream in, the tools run between turns, and the final response carries how the loop ended.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import AsyncExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias

from ..._core.stream_parser import StreamFailure
from .._events import EventDriver
from .._response import GenerateContentChunk, GenerateContentResponse
from .rounds import Chunk, Round, run_rounds
from .turn_stream import AsyncTurnStream

if TYPE_CHECKING:
    from ..._core.raw import RawResponse

__all__ = ["AsyncGenerateContentStream"]

JSONObject: TypeAlias = dict[str, Any]


class AsyncGenerateContentStream:
    """The chunks of a generation (:class:`~pygenai.GenerateContentChunk`), accumulated as they pass.

    The accumulated turn (``final_response()``, ``accumulated``) merges text fragments, keeps every part that
    carries a thought signature as it came (an empty final part included) and leaves out bare ``{"text": ""}``
    parts. With tools to run, the chunks of every model turn come in order and ``final_response()`` is the last
    turn, its ``automatic_function_calling`` telling how the loop ended. Close it (or use it as a context
    manager) to release the connection.

    A stream that failed (cut, an error event, a chunk that does not decode, a tool that raised with
    ``on_tool_error="raise"``) has released its connection and closed the toolsets it opened; every later read
    (iteration, ``final_response()``, ``accumulated``) raises that error again. ``final_response()`` and
    ``accumulated`` share no object with the chunks already handed out, nor with each other.

    Example::

        async with await client.models.stream_generate_content(model="gemini-2.5-flash", contents="A story") as stream:
            async for chunk in stream:
                print(chunk.text, end="")
        answer = await stream.final_response()   # the whole turn, signatures on their parts, last usage snapshot
    """

    def __init__(
        self,
        first: AsyncTurnStream,
        *,
        reopen: Callable[[JSONObject], Awaitable[AsyncTurnStream]] | None = None,
        driver: EventDriver | None = None,
        tools: AsyncExitStack | None = None,
    ) -> None:
        self._turn = first
        self._driver = driver
        self._tools = tools
        self._rounds: AsyncGenerator[Round] | None = None
        self._failure: StreamFailure | None = None
        if reopen is not None and driver is not None:
            self._rounds = run_rounds(first, reopen, driver, on_turn=self._set_turn)

    def _set_turn(self, turn: AsyncTurnStream) -> None:
        self._turn = turn

    @property
    def response(self) -> RawResponse:
        """The HTTP response the current turn is read from (``content`` is empty: the body becomes chunks)."""
        return self._turn.response

    @property
    def last_event_id(self) -> str | None:
        """The id of the last event of the current turn (an SSE ``id:`` field), when the server sends ids."""
        return self._turn.last_event_id

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> GenerateContentChunk:
        rounds = self._rounds
        if rounds is None:
            return await self._turn.__anext__()
        if self._failure is not None:
            self._failure.raise_again()
        try:
            while True:
                item = await rounds.__anext__()
                if isinstance(item, Chunk):
                    return item.chunk
        except StopAsyncIteration:
            await self._close_tools()
            raise
        except BaseException as exc:
            # The error ended the rounds, closing the turn being read; the toolsets close here.
            self._failure = StreamFailure(exc)
            await self._close_tools()
            raise

    @property
    def accumulated(self) -> GenerateContentResponse:
        """The current turn's chunks so far merged into one response (thought signatures kept on their parts).

        A new response each time; a failed stream raises its error instead.
        """
        if self._failure is not None:
            self._failure.raise_again()
        return self._turn.accumulated

    async def final_response(self) -> GenerateContentResponse:
        """Read the rest of the stream; the last turn as one response (what ``generate_content`` returns).

        A stream that failed raises its error again; one closed before its end raises ``RuntimeError``.
        """
        async for _ in self:
            pass
        if self._driver is not None and self._rounds is not None:
            if self._driver.response is None:
                raise RuntimeError("the stream was closed before it ended; see .accumulated for what arrived")
            return self._driver.response
        return await self._turn.final_response()

    async def close(self) -> None:
        """Stop reading and release the connection (a stream closed before its end runs no completion hook)."""
        try:
            if self._rounds is not None:
                await self._rounds.aclose()
            await self._turn.close()
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
