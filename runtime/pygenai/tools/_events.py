"""The events of a streamed, tool-running exchange that every API shares: text as it arrives, each call, each result.

Each event has a ``type`` (``"text"``, ``"call"``, ``"result"``) and the ``turn`` it belongs to (0 for the first
model turn); each API adds its own final event (``FinalEvent`` for GenerateContent, ``FinalInteractionEvent`` for
Interactions).
"""

from __future__ import annotations

import dataclasses
from typing import Literal

from ._calls import ToolInvocation, ToolResult

__all__ = ["FunctionCallEvent", "FunctionResultEvent", "TextEvent"]


@dataclasses.dataclass(frozen=True)
class TextEvent:
    """A text fragment of a model turn, as it streamed in; ``thought`` marks thought summaries."""

    text: str
    thought: bool
    turn: int
    type: Literal["text"] = "text"


@dataclasses.dataclass(frozen=True)
class FunctionCallEvent:
    """A function call of a completed model turn (``call.part`` is the wire part or step, signature included)."""

    call: ToolInvocation
    turn: int
    type: Literal["call"] = "call"


@dataclasses.dataclass(frozen=True)
class FunctionResultEvent:
    """What running one call produced: ``result.value``, or ``result.error`` sent to the model as an error."""

    result: ToolResult
    turn: int
    type: Literal["result"] = "result"
