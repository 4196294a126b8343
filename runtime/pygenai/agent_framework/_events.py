"""What happens during a run, as events: before and after each model request and tool call (with timing), the
text of each model turn (and its fragments as they stream in, with ``run_stream``), approvals awaited, the end of
each step. ``Agent(on_event=...)`` receives them and ``agent.run_stream`` yields them as they happen."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeAlias

from ..tools import ToolInvocation

__all__ = [
    "AgentEvent",
    "ApprovalRequired",
    "ModelRequestFinished",
    "ModelRequestStarted",
    "StepFinished",
    "TextDelta",
    "TextOutput",
    "ToolCallFinished",
    "ToolCallStarted",
]


@dataclasses.dataclass(frozen=True)
class ModelRequestStarted:
    """A request to the model is about to be sent; ``step`` counts from 1."""

    step: int


@dataclasses.dataclass(frozen=True)
class ModelRequestFinished:
    """The model answered; ``turn`` is its ``Content`` exactly as received, ``seconds`` the request's duration."""

    step: int
    turn: dict[str, Any]
    seconds: float


@dataclasses.dataclass(frozen=True)
class TextDelta:
    """A fragment of the model's answer text as it streams in (``agent.run_stream`` only; thoughts excluded). The
    step's :class:`TextOutput` follows with the whole text once the request ended."""

    step: int
    text: str


@dataclasses.dataclass(frozen=True)
class TextOutput:
    """Text of the model's turn (thought summaries excluded)."""

    step: int
    text: str


@dataclasses.dataclass(frozen=True)
class ToolCallStarted:
    """A tool call is about to run."""

    step: int
    call: ToolInvocation


@dataclasses.dataclass(frozen=True)
class ToolCallFinished:
    """A tool call ended; ``response`` is what the model is told, ``error`` set when it failed or was denied."""

    step: int
    call: ToolInvocation
    response: dict[str, Any]
    error: str | None
    seconds: float


@dataclasses.dataclass(frozen=True)
class ApprovalRequired:
    """These calls need approval and the agent has no approval callback: the run pauses; decide each with
    ``run.approve(call)`` / ``run.deny(call, reason)`` and continue iterating."""

    step: int
    calls: list[ToolInvocation]


@dataclasses.dataclass(frozen=True)
class StepFinished:
    """A step ended (``final`` when it holds the answer, ``paused`` when it waits for approvals)."""

    step: int
    final: bool = False
    paused: bool = False


AgentEvent: TypeAlias = (
    ModelRequestStarted
    | ModelRequestFinished
    | TextDelta
    | TextOutput
    | ToolCallStarted
    | ToolCallFinished
    | ApprovalRequired
    | StepFinished
)
