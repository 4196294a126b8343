"""The automatic function-calling loop as a state machine, without I/O, for any API.

Feed it each model turn; it says which calls to run or why the loop is over (``completed``,
``max_rounds``, ``unhandled_call``). A :class:`~pygenai.tools.ToolWire` reads the calls out of a turn and
builds the turn that answers them, so the same loop serves Gemini ``Content`` parts today and
Interactions steps or Live tool calls through their own wire. The sync and async clients drive it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal, TypeAlias

from .._core.model import WireModel
from ._calls import ToolInvocation, ToolResult, ToolWire
from ._toolset import Toolbox

__all__ = ["DEFAULT_MAX_ROUNDS", "CallTools", "Finished", "FunctionCallingLoop", "LoopOutcome", "StopReason"]

JSONObject: TypeAlias = dict[str, Any]
StopReason: TypeAlias = Literal["completed", "max_rounds", "unhandled_call"]

DEFAULT_MAX_ROUNDS: Final = 10
"""Rounds of tool execution the automatic loop runs before it stops with ``max_rounds``."""


@dataclasses.dataclass(frozen=True)
class CallTools:
    """The model asked for these calls: run them and hand the results to :meth:`FunctionCallingLoop.submit`."""

    calls: list[ToolInvocation]
    round: int


@dataclasses.dataclass(frozen=True)
class Finished:
    """The loop is over.

    ``reason`` is ``completed`` (the model answered without calls), ``max_rounds`` (the model still
    calls tools after the allowed rounds: a partial result) or ``unhandled_call`` (a call to a
    tool this toolbox does not run; answer it yourself). ``calls`` are the calls left unanswered.
    """

    reason: StopReason
    rounds: int
    calls: list[ToolInvocation]


@dataclasses.dataclass(frozen=True)
class LoopOutcome:
    """What every API's automatic loop reports when it ends (each API's result adds its own views).

    ``reason`` is the :class:`Finished` reason; ``history`` the turns the loop added, each model turn exactly as
    received; ``results`` every tool run, errors included; ``pending_calls`` the calls left unanswered.
    """

    reason: StopReason
    rounds: int
    history: list[JSONObject]
    results: list[ToolResult]
    pending_calls: list[ToolInvocation]

    @property
    def completed(self) -> bool:
        """The model answered without asking for more calls."""
        return self.reason == "completed"

    @property
    def errors(self) -> list[ToolResult]:
        """The tool runs that raised (sent to the model as error responses)."""
        return [r for r in self.results if r.error is not None]


class FunctionCallingLoop:
    """The loop's state (see the module docstring). A shell drives it::

        loop = FunctionCallingLoop(toolbox, wire)
        while True:
            response = send(contents + loop.history)
            step = loop.step(model_turn_of(response))
            if isinstance(step, Finished):
                break
            loop.submit(run_calls(toolbox, step.calls, wire))

    ``history`` holds the turns the loop added, in order: each model turn exactly as received (same
    object, so thought signatures and unknown fields survive), then the turn with its results.
    """

    __slots__ = ("_pending", "history", "max_rounds", "rounds", "toolbox", "wire")

    def __init__(self, toolbox: Toolbox, wire: ToolWire, *, max_rounds: int = DEFAULT_MAX_ROUNDS) -> None:
        if max_rounds < 0:
            raise ValueError("max_rounds must be >= 0")
        self.toolbox = toolbox
        self.wire = wire
        self.max_rounds = max_rounds
        self.rounds = 0
        self.history: list[JSONObject] = []
        self._pending: list[ToolInvocation] | None = None

    def step(self, turn: Mapping[str, Any] | WireModel | None) -> CallTools | Finished:
        """Take the model's turn and decide what happens next."""
        if self._pending is not None:
            raise RuntimeError("submit() the results of the previous calls before the next step()")
        calls = self.wire.calls(turn)
        if not calls:
            return Finished("completed", self.rounds, [])
        if any(call.name not in self.toolbox for call in calls):
            return Finished("unhandled_call", self.rounds, calls)
        if self.rounds >= self.max_rounds:
            return Finished("max_rounds", self.rounds, calls)
        self.rounds += 1
        data = turn._data if isinstance(turn, WireModel) else turn
        assert data is not None  # it held calls
        self.history.append(data if isinstance(data, dict) else dict(data))
        self._pending = calls
        return CallTools(calls, self.rounds)

    def submit(self, results: Iterable[Any]) -> JSONObject:
        """Pair the results with the pending calls; return (and record) the turn to send."""
        if self._pending is None:
            raise RuntimeError("no calls are pending")
        turn = self.wire.answer(self._pending, results)
        self._pending = None
        self.history.append(turn)
        return turn
