"""Streaming interactions while running Python tools, as events: the shell (events and rules in ``_events``)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable
from contextlib import AsyncExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias

from ..._core.stream_parser import StreamFailure
from ...tools import Finished
from ...tools._async.run import run_calls
from ...tools._events import FunctionCallEvent, FunctionResultEvent
from .._events import FinalInteractionEvent, InteractionEvent, TextSteps
from .._loop import ToolRun
from .._prepare import PreparedInteraction
from .._result import Interaction, attach
from .._wire import INTERACTIONS_WIRE
from .stream import AsyncInteractionStream

if TYPE_CHECKING:
    from ..._core.options import RequestOptions
    from .interactions import AsyncInteractions

__all__ = ["AsyncInteractionEvents"]

JSONObject: TypeAlias = dict[str, Any]


class AsyncInteractionEvents:
    """The events of a streamed, tool-running interaction (see ``pygenai.interactions._events``); iterate it, and
    close it (or use it as a context manager). The tools of one round run concurrently with the async client.

    ``interaction`` is the final interaction once the final event was produced. Events that failed (a stream
    error, a tool that raised with ``on_tool_error="raise"``) have released their connection and closed the
    toolsets they opened; every later read raises that error again.
    """

    def __init__(
        self,
        interactions: AsyncInteractions,
        prepared: PreparedInteraction,
        options: RequestOptions,
        first: AsyncInteractionStream,
        *,
        tools: AsyncExitStack | None = None,
        on_final: Callable[[Interaction], None] | None = None,
    ) -> None:
        self._interactions = interactions
        self._prepared = prepared
        self._options = options
        self._stream = first
        self._tools = tools
        self._on_final = on_final
        self._failure: StreamFailure | None = None
        self._final: Interaction | None = None
        self._iterator = self._run()

    @property
    def interaction(self) -> Interaction | None:
        """The final interaction (``None`` until the final event; the error, if the events failed)."""
        if self._failure is not None:
            self._failure.raise_again()
        return self._final

    async def _run(self) -> AsyncGenerator[InteractionEvent]:
        prepared = self._prepared
        run = ToolRun(prepared) if prepared.runs_tools else None
        turn = 0
        while True:
            texts = TextSteps(turn)
            async for event in self._stream:
                for text in texts.events(event._data):
                    yield text
            interaction = await self._stream.final_response()
            if run is None:
                yield self._finish(interaction, turn)
                return
            step = run.step(interaction._data)
            if isinstance(step, Finished):
                attach(interaction, prepared.structured, afc=run.outcome(step))
                yield self._finish(interaction, turn)
                return
            for call in step.calls:
                yield FunctionCallEvent(call, turn)
            assert prepared.toolbox is not None
            results = await run_calls(prepared.toolbox, step.calls, INTERACTIONS_WIRE, on_error=prepared.on_error)
            for result in results:
                yield FunctionResultEvent(result, turn)
            body = run.follow_up(interaction._data, results)
            events = await self._interactions._stream_events(prepared, self._options, body)
            self._stream = AsyncInteractionStream(events, structured=prepared.structured)
            turn += 1

    def _finish(self, interaction: Interaction, turn: int) -> FinalInteractionEvent:
        self._final = interaction
        if self._on_final is not None:
            self._on_final(interaction)
        return FinalInteractionEvent(interaction, turn)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> InteractionEvent:
        if self._failure is not None:
            self._failure.raise_again()
        try:
            return await self._iterator.__anext__()
        except StopAsyncIteration:
            await self._close_tools()
            raise
        except BaseException as exc:
            self._failure = StreamFailure(exc)
            await self._stream.close()
            await self._close_tools()
            raise

    async def until_done(self) -> Interaction:
        """Consume the remaining events; the final interaction (events that failed raise their error again)."""
        async for _ in self:
            pass
        if self._final is None:
            raise RuntimeError("the events were closed before the final event")
        return self._final

    async def close(self) -> None:
        """Stop, closing the open stream (and the toolsets opened for this run)."""
        try:
            await self._iterator.aclose()
            await self._stream.close()
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
