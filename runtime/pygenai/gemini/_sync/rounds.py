# Generated from runtime/pygenai/gemini/_async/rounds.py by `nox -s generate` (codegen/unasync.py); do not edit.
"""The rounds of a streamed generation that runs tools: stream a model turn, run its calls, stream the next.

Both the event stream (``generate_content_stream_events``) and the plain chunk stream with tools
(``stream_generate_content`` with Python functions or toolsets) read these items. The rules (when the loop
stops, what the final response carries) are the :class:`~pygenai.gemini._events.EventDriver`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeAlias

from ...tools import ToolInvocation, ToolResult
from ...tools._sync.run import run_calls
from .._events import EventDriver, FinalEvent
from .._response import GenerateContentChunk
from .._wire import GEMINI_WIRE
from .turn_stream import TurnStream

__all__ = ["Calls", "Chunk", "Results", "Round", "run_rounds"]

JSONObject: TypeAlias = dict[str, Any]


class Chunk:
    """A chunk of turn ``turn``, as it streamed in."""

    __slots__ = ("chunk", "turn")

    def __init__(self, chunk: GenerateContentChunk, turn: int) -> None:
        self.chunk = chunk
        self.turn = turn


class Calls:
    """The calls of a completed model turn."""

    __slots__ = ("calls", "turn")

    def __init__(self, calls: list[ToolInvocation], turn: int) -> None:
        self.calls = calls
        self.turn = turn


class Results:
    """What running a turn's calls produced, in call order."""

    __slots__ = ("results", "turn")

    def __init__(self, results: list[ToolResult], turn: int) -> None:
        self.results = results
        self.turn = turn


Round: TypeAlias = Chunk | Calls | Results | FinalEvent


def run_rounds(
    first: TurnStream,
    reopen: Callable[[JSONObject], TurnStream],
    driver: EventDriver,
    on_turn: Callable[[TurnStream], None] | None = None,
) -> Generator[Round]:
    """Stream turns and run tools until the driver says the loop is over; ``on_turn`` sees each new turn's stream."""
    stream = first
    turn = 0
    while True:
        if on_turn is not None:
            on_turn(stream)
        with stream:
            for chunk in stream:
                yield Chunk(chunk, turn)
            final = stream.final_response()
        calls = final.function_calls
        if calls:
            yield Calls(calls, turn)
        outcome = driver.finish(final, turn)
        if isinstance(outcome, FinalEvent):
            yield outcome
            return
        results = run_calls(driver.toolbox, outcome, GEMINI_WIRE, on_error=driver.prepared.on_error)
        yield Results(results, turn)
        body = driver.submit(results)
        turn += 1
        stream = reopen(body)
