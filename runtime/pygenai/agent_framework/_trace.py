"""The trace of a run: one :class:`TraceStep` per model request, thought → action(s) → observation(s).

The thought is the model's thought summaries of that turn (returned when ``include_thoughts`` is on), the
actions the function calls it made, the observations what the tools returned (or the error the model was
told). ``str(trace)`` reads like a ReAct transcript; ``to_json()`` is plain JSON.
"""

from __future__ import annotations

import dataclasses
from typing import Any

__all__ = ["Action", "Observation", "Trace", "TraceStep"]


@dataclasses.dataclass(frozen=True)
class Action:
    """One function call of the model: ``name`` and ``args`` (``id`` when the server gave one)."""

    name: str
    args: dict[str, Any]
    id: str | None = None


@dataclasses.dataclass(frozen=True)
class Observation:
    """What the model was told about one call: the ``response`` object sent back, ``error`` when it failed."""

    name: str
    response: dict[str, Any]
    error: str | None = None
    seconds: float = 0.0


@dataclasses.dataclass
class TraceStep:
    """One step: the model's ``thought`` summaries, its ``text``, its ``actions`` and their ``observations``."""

    index: int
    thought: str = ""
    text: str = ""
    actions: list[Action] = dataclasses.field(default_factory=list[Action])
    observations: list[Observation] = dataclasses.field(default_factory=list[Observation])
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The step as a JSON object."""
        return dataclasses.asdict(self)

    def __str__(self) -> str:
        lines = [f"Step {self.index}"]
        if self.thought:
            lines.append(f"  Thought: {self.thought}")
        lines.extend(f"  Action: {a.name}({_args(a.args)})" for a in self.actions)
        for o in self.observations:
            lines.append(f"  Observation: {o.name} -> {'error: ' + o.error if o.error else o.response}")
        if self.text:
            lines.append(f"  Answer: {self.text}")
        return "\n".join(lines)


def _args(args: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in args.items())


class Trace(list[TraceStep]):
    """The steps of a run, in order; printable and JSON-serialisable."""

    def to_json(self) -> list[dict[str, Any]]:
        """Every step as a JSON object."""
        return [step.to_json() for step in self]

    def __str__(self) -> str:
        return "\n".join(str(step) for step in self)
