"""Streaming an interaction while running its Python tools, as events.

``client.interactions.create_events(...)`` (and ``conversation.send_events(...)``) stream each interaction and run
the Python tools between them, yielding:

* :class:`~pygenai.TextEvent` for every text fragment as it arrives (``thought=True`` for thought summaries);
* :class:`~pygenai.FunctionCallEvent` for each ``function_call`` step of an interaction, once it has all arrived
  (``call.part`` is the step, signature included);
* :class:`~pygenai.FunctionResultEvent` for each call's result (or error), in call order;
* :class:`FinalInteractionEvent` last, with the final interaction accumulated from its stream, whose
  ``automatic_function_calling`` says how the loop ended.

``turn`` counts the interactions of the run (0 for the first). Without Python tools (or with automatic function
calling disabled) there is one turn: its text events, then the final event.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

from ..tools._events import FunctionCallEvent, FunctionResultEvent, TextEvent
from ._result import Interaction

__all__ = ["FinalInteractionEvent", "InteractionEvent", "TextSteps"]


@dataclasses.dataclass(frozen=True)
class FinalInteractionEvent:
    """The last event: the final interaction, accumulated from its stream."""

    interaction: Interaction
    turn: int
    type: Literal["final"] = "final"


InteractionEvent: TypeAlias = TextEvent | FunctionCallEvent | FunctionResultEvent | FinalInteractionEvent


class TextSteps:
    """Which streamed steps hold text, and the text events of each stream event of one turn."""

    __slots__ = ("kinds", "turn")

    def __init__(self, turn: int) -> None:
        self.turn = turn
        self.kinds: dict[int, str] = {}

    def events(self, data: Mapping[str, Any]) -> list[TextEvent]:
        """The text events of one stream event (its parsed JSON): output text, and thought summary text."""
        kind = data.get("event_type")
        index = data.get("index", 0)
        if kind == "step.start":
            step = data.get("step")
            self.kinds[index] = step.get("type", "") if isinstance(step, dict) else ""
            return []
        if kind != "step.delta":
            return []
        delta = data.get("delta")
        if not isinstance(delta, dict):
            return []
        if delta.get("type") == "text" and self.kinds.get(index, "model_output") == "model_output":
            text = delta.get("text")
            return [TextEvent(text, False, self.turn)] if isinstance(text, str) and text else []
        if delta.get("type") == "thought_summary":
            content = delta.get("content")
            text = content.get("text") if isinstance(content, dict) else None
            return [TextEvent(text, True, self.turn)] if isinstance(text, str) and text else []
        return []
