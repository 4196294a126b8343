# Generated from runtime/pygenai/gemini/_async/events.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Streaming with automatic function calling, as events: the shell that streams turns and runs tools between them.

See ``pygenai.gemini._events`` for the events and the driver's rules.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from contextlib import ExitStack
from types import TracebackType
from typing import Any, Self, TypeAlias

from ..._core.stream_parser import StreamFailure
from .._events import EventDriver, FunctionCallEvent, FunctionResultEvent, GenerateContentEvent, text_events
from .._prepare import PreparedRequest
from .._response import GenerateContentResponse
from .rounds import Calls, Chunk, Results, Round, run_rounds
from .turn_stream import TurnStream

__all__ = ["GenerateContentEvents"]

JSONObject: TypeAlias = dict[str, Any]


class GenerateContentEvents:
    """The events of a streamed, tool-running generation; iterate it, and close it (or use it as a context
    manager). Tools of one model turn run concurrently with the async client, one after another with the sync one.

    ``response`` is the final response once the :class:`~pygenai.FinalEvent` was produced. Events that failed (a
    cut stream, an error event, a chunk that does not decode, a tool that raised with ``on_tool_error="raise"``)
    have released their connection and closed the toolsets they opened; every later read (iteration,
    ``until_done()``, ``response``) raises that error again.
    """

    def __init__(
        self,
        first: TurnStream,
        reopen: Callable[[JSONObject], TurnStream],
        prepared: PreparedRequest,
        *,
        on_final: Callable[[GenerateContentResponse], None] | None = None,
        tools: ExitStack | None = None,
    ) -> None:
        self._driver = EventDriver(prepared, on_final)
        self._reopen = reopen
        self._first = first
        self._tools = tools
        self._failure: StreamFailure | None = None
        self._rounds = run_rounds(first, reopen, self._driver)
        self._iterator = self._run(self._rounds)

    @property
    def response(self) -> GenerateContentResponse | None:
        """The final response (``None`` until the final event; the error, if the events failed)."""
        if self._failure is not None:
            self._failure.raise_again()
        return self._driver.response

    def _run(self, rounds: Generator[Round]) -> Generator[GenerateContentEvent]:
        for item in rounds:
            if isinstance(item, Chunk):
                for event in text_events(item.chunk, item.turn):
                    yield event
            elif isinstance(item, Calls):
                for call in item.calls:
                    yield FunctionCallEvent(call, item.turn)
            elif isinstance(item, Results):
                for result in item.results:
                    yield FunctionResultEvent(result, item.turn)
            else:
                yield item

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> GenerateContentEvent:
        if self._failure is not None:
            self._failure.raise_again()
        try:
            return self._iterator.__next__()
        except StopIteration:
            self._close_tools()
            raise
        except BaseException as exc:
            # The error ended the rounds, closing the turn being read; the toolsets close here.
            self._failure = StreamFailure(exc)
            self._close_tools()
            raise

    def until_done(self) -> GenerateContentResponse:
        """Consume the remaining events; the final response (events that failed raise their error again)."""
        for _ in self:
            pass
        if self._driver.response is None:
            raise RuntimeError("the events were closed before the final event")
        return self._driver.response

    def close(self) -> None:
        """Stop, closing the open stream (and the toolsets opened for this run)."""
        try:
            self._iterator.close()
            self._rounds.close()  # closes the turn being read (closing the events does not reach it)
            self._first.close()  # in case iteration never started
        finally:
            self._close_tools()

    def _close_tools(self) -> None:
        tools, self._tools = self._tools, None
        if tools is not None:
            tools.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
