"""Streaming with automatic function calling, as a sequence of events.

``client.models.generate_content_stream_events(...)`` (and ``chat.send_events(...)``) stream each model turn
and run the Python tools between turns, yielding:

* :class:`TextEvent` for every text fragment as it arrives (``thought=True`` for thought summaries);
* :class:`FunctionCallEvent` for each call of a model turn, once the turn is complete;
* :class:`FunctionResultEvent` for each call's result (or error), in call order;
* :class:`FinalEvent` last, with the final model turn accumulated into a ``GenerateContentResponse`` whose
  ``automatic_function_calling`` says how the loop ended.

Each event has a ``type`` (``"text"``, ``"call"``, ``"result"``, ``"final"``) and the ``turn`` it belongs to
(0 for the first model turn). Without Python tools (or with automatic function calling disabled) there is one
turn: text events, call events for any calls, and the final event.

Example::

    with client.models.generate_content_stream_events(model=..., contents=..., config={"tools": [f]}) as events:
        for event in events:
            if event.type == "text":
                print(event.text, end="")
            elif event.type == "final":
                response = event.response
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeAlias

from ._config import PreparedRequest
from ._response import AutomaticFunctionCallingResult, GenerateContentResponse, attach
from ._tools import Finished, FunctionCall, FunctionCallingLoop, Toolbox, ToolResult, arun_calls, run_calls

if TYPE_CHECKING:
    from ._models import AsyncGenerateContentStream, GenerateContentStream

__all__ = [
    "AsyncGenerateContentEvents",
    "FinalEvent",
    "FunctionCallEvent",
    "FunctionResultEvent",
    "GenerateContentEvent",
    "GenerateContentEvents",
    "TextEvent",
]

JSONObject: TypeAlias = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class TextEvent:
    """A text fragment of a model turn, as it streamed in; ``thought`` marks thought summaries."""

    text: str
    thought: bool
    turn: int
    type: Literal["text"] = "text"


@dataclasses.dataclass(frozen=True)
class FunctionCallEvent:
    """A function call of a completed model turn (``call.part`` is the wire part, signature included)."""

    call: FunctionCall
    turn: int
    type: Literal["call"] = "call"


@dataclasses.dataclass(frozen=True)
class FunctionResultEvent:
    """What running one call produced: ``result.value``, or ``result.error`` sent to the model as an error."""

    result: ToolResult
    turn: int
    type: Literal["result"] = "result"


@dataclasses.dataclass(frozen=True)
class FinalEvent:
    """The last event: the final model turn, accumulated (``response.automatic_function_calling`` tells why)."""

    response: GenerateContentResponse
    turn: int
    type: Literal["final"] = "final"


GenerateContentEvent: TypeAlias = TextEvent | FunctionCallEvent | FunctionResultEvent | FinalEvent


def _text_events(chunk: GenerateContentResponse, turn: int) -> list[TextEvent]:
    events: list[TextEvent] = []
    for part in chunk._parts():
        text = part.get("text")
        if isinstance(text, str) and text:
            events.append(TextEvent(text, part.get("thought") is True, turn))
    return events


def _content(response: GenerateContentResponse) -> JSONObject | None:
    content = response.content
    return content._data if content is not None else None


class _Driver:
    """State of one event run: the loop, the tool results, the final response."""

    def __init__(self, prepared: PreparedRequest, on_final: Callable[[GenerateContentResponse], None] | None) -> None:
        self.prepared = prepared
        self.on_final = on_final
        self.loop = (
            FunctionCallingLoop(prepared.toolbox, max_rounds=prepared.max_rounds)
            if prepared.automatic and prepared.toolbox is not None
            else None
        )
        self.results: list[ToolResult] = []
        self.response: GenerateContentResponse | None = None

    def finish(self, final: GenerateContentResponse, turn: int) -> FinalEvent | list[FunctionCall]:
        """The final event when the loop is over, else the calls to run."""
        loop = self.loop
        if loop is not None:
            step = loop.step(_content(final))
            if not isinstance(step, Finished):
                return step.calls
            afc = AutomaticFunctionCallingResult(
                step.reason, step.rounds, list(loop.history), list(self.results), step.calls
            )
            attach(final, structured=self.prepared.structured, afc=afc)
        self.response = final
        if self.on_final is not None:
            self.on_final(final)
        return FinalEvent(final, turn)

    @property
    def toolbox(self) -> Toolbox:
        assert self.prepared.toolbox is not None
        return self.prepared.toolbox

    def submit(self, results: Sequence[ToolResult]) -> JSONObject:
        assert self.loop is not None
        self.results.extend(results)
        self.loop.submit(results)
        return self.prepared.request_body(self.loop.history)


class GenerateContentEvents:
    """The events of a streamed, tool-running generation (sync); iterate it, and close it (or ``with``).

    ``response`` is the final response once the :class:`FinalEvent` was produced.
    """

    def __init__(
        self,
        first: GenerateContentStream,
        reopen: Callable[[JSONObject], GenerateContentStream],
        prepared: PreparedRequest,
        *,
        on_final: Callable[[GenerateContentResponse], None] | None = None,
    ) -> None:
        self._driver = _Driver(prepared, on_final)
        self._reopen = reopen
        self._first = first
        self._iterator = self._run(first)

    @property
    def response(self) -> GenerateContentResponse | None:
        """The final response (``None`` until the final event)."""
        return self._driver.response

    def _run(self, stream: GenerateContentStream) -> Generator[GenerateContentEvent]:
        driver = self._driver
        turn = 0
        while True:
            with stream:
                for chunk in stream:
                    yield from _text_events(chunk, turn)
                final = stream.final_response()
            yield from (FunctionCallEvent(call, turn) for call in final.function_calls)
            outcome = driver.finish(final, turn)
            if isinstance(outcome, FinalEvent):
                yield outcome
                return
            results = run_calls(driver.toolbox, outcome, on_error=driver.prepared.on_error)
            yield from (FunctionResultEvent(result, turn) for result in results)
            body = driver.submit(results)
            turn += 1
            stream = self._reopen(body)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> GenerateContentEvent:
        return next(self._iterator)

    def until_done(self) -> GenerateContentResponse:
        """Consume the remaining events; the final response."""
        for _ in self:
            pass
        if self._driver.response is None:
            raise RuntimeError("the events were closed before the final event")
        return self._driver.response

    def close(self) -> None:
        """Stop, closing the open stream."""
        self._iterator.close()
        self._first.close()  # in case iteration never started

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncGenerateContentEvents:
    """The async twin of :class:`GenerateContentEvents` (``async for``, ``await close()``, ``async with``);
    tools of one model turn run concurrently."""

    def __init__(
        self,
        first: AsyncGenerateContentStream,
        reopen: Callable[[JSONObject], Awaitable[AsyncGenerateContentStream]],
        prepared: PreparedRequest,
        *,
        on_final: Callable[[GenerateContentResponse], None] | None = None,
    ) -> None:
        self._driver = _Driver(prepared, on_final)
        self._reopen = reopen
        self._first = first
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
                    for event in _text_events(chunk, turn):
                        yield event
                final = await stream.final_response()
            for call in final.function_calls:
                yield FunctionCallEvent(call, turn)
            outcome = driver.finish(final, turn)
            if isinstance(outcome, FinalEvent):
                yield outcome
                return
            results = await arun_calls(driver.toolbox, outcome, on_error=driver.prepared.on_error)
            for result in results:
                yield FunctionResultEvent(result, turn)
            body = driver.submit(results)
            turn += 1
            stream = await self._reopen(body)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> GenerateContentEvent:
        return await self._iterator.__anext__()

    async def until_done(self) -> GenerateContentResponse:
        """Consume the remaining events; the final response."""
        async for _ in self:
            pass
        if self._driver.response is None:
            raise RuntimeError("the events were closed before the final event")
        return self._driver.response

    async def close(self) -> None:
        """Stop, closing the open stream."""
        await self._iterator.aclose()
        await self._first.close()  # in case iteration never started

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
