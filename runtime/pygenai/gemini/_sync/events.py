# Generated from runtime/pygenai/gemini/_async/events.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""Streaming with automatic function calling, as events: the shell that streams turns and runs tools between them.

See ``pygenai.gemini._events`` for the events and the driver's rules.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from contextlib import ExitStack
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias

from ...tools._sync.run import run_calls
from .._events import EventDriver, FinalEvent, FunctionCallEvent, FunctionResultEvent, GenerateContentEvent, text_events
from .._prepare import PreparedRequest
from .._response import GenerateContentResponse
from .._wire import GEMINI_WIRE

if TYPE_CHECKING:
    from .stream import GenerateContentStream

__all__ = ["GenerateContentEvents"]

JSONObject: TypeAlias = dict[str, Any]


class GenerateContentEvents:
    """The events of a streamed, tool-running generation; iterate it, and close it (or use it as a context
    manager). Tools of one model turn run concurrently with the async client, one after another with the sync one.

    ``response`` is the final response once the :class:`~pygenai.FinalEvent` was produced.
    """

    def __init__(
        self,
        first: GenerateContentStream,
        reopen: Callable[[JSONObject], GenerateContentStream],
        prepared: PreparedRequest,
        *,
        on_final: Callable[[GenerateContentResponse], None] | None = None,
        tools: ExitStack | None = None,
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

    def _run(self, stream: GenerateContentStream) -> Generator[GenerateContentEvent]:
        driver = self._driver
        turn = 0
        while True:
            with stream:
                for chunk in stream:
                    for event in text_events(chunk, turn):
                        yield event
                final = stream.final_response()
            for call in final.function_calls:
                yield FunctionCallEvent(call, turn)
            outcome = driver.finish(final, turn)
            if isinstance(outcome, FinalEvent):
                yield outcome
                return
            results = run_calls(driver.toolbox, outcome, GEMINI_WIRE, on_error=driver.prepared.on_error)
            for result in results:
                yield FunctionResultEvent(result, turn)
            body = driver.submit(results)
            turn += 1
            stream = self._reopen(body)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> GenerateContentEvent:
        try:
            return self._iterator.__next__()
        except StopIteration:
            self._close_tools()
            raise

    def until_done(self) -> GenerateContentResponse:
        """Consume the remaining events; the final response."""
        for _ in self:
            pass
        if self._driver.response is None:
            raise RuntimeError("the events were closed before the final event")
        return self._driver.response

    def close(self) -> None:
        """Stop, closing the open stream (and the toolsets opened for this run)."""
        try:
            self._iterator.close()
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
