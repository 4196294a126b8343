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
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeAlias

from ..tools import Finished, FunctionCallingLoop, Toolbox, ToolInvocation, ToolResult
from ..tools._events import FunctionCallEvent, FunctionResultEvent, TextEvent
from ._prepare import PreparedRequest
from ._response import AutomaticFunctionCallingResult, GenerateContentResponse, attach
from ._wire import GEMINI_WIRE

__all__ = [
    "EventDriver",
    "FinalEvent",
    "FunctionCallEvent",
    "FunctionResultEvent",
    "GenerateContentEvent",
    "TextEvent",
    "text_events",
]

JSONObject: TypeAlias = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class FinalEvent:
    """The last event: the final model turn, accumulated (``response.automatic_function_calling`` tells why)."""

    response: GenerateContentResponse
    turn: int
    type: Literal["final"] = "final"


GenerateContentEvent: TypeAlias = TextEvent | FunctionCallEvent | FunctionResultEvent | FinalEvent


def text_events(chunk: GenerateContentResponse, turn: int) -> list[TextEvent]:
    events: list[TextEvent] = []
    for part in chunk._parts():
        text = part.get("text")
        if isinstance(text, str) and text:
            events.append(TextEvent(text, part.get("thought") is True, turn))
    return events


def _content(response: GenerateContentResponse) -> JSONObject | None:
    content = response.content
    return content._data if content is not None else None


class EventDriver:
    """State of one event run: the loop, the tool results, the final response."""

    def __init__(self, prepared: PreparedRequest, on_final: Callable[[GenerateContentResponse], None] | None) -> None:
        self.prepared = prepared
        self.on_final = on_final
        self.loop = (
            FunctionCallingLoop(prepared.toolbox, GEMINI_WIRE, max_rounds=prepared.max_rounds)
            if prepared.runs_tools and prepared.toolbox is not None
            else None
        )
        self.results: list[ToolResult] = []
        self.response: GenerateContentResponse | None = None

    def finish(self, final: GenerateContentResponse, turn: int) -> FinalEvent | list[ToolInvocation]:
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
