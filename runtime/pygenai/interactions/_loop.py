"""How the automatic function-calling loop of an interaction ended, and the loop's bookkeeping between requests.

Pure: the resource shells send the requests and run the tools; :class:`ToolRun` holds the loop (the shared
:class:`~pygenai.tools.FunctionCallingLoop` over the steps wire), the results so far and the ids of the
interactions the loop created, and builds each follow-up request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeAlias

from ..tools import CallTools, Finished, FunctionCallingLoop, ToolResult
from ..tools._loop import LoopOutcome
from ._prepare import PreparedInteraction
from ._wire import INTERACTIONS_WIRE, model_turn

__all__ = ["InteractionFunctionCallingResult", "ToolRun"]

JSONObject: TypeAlias = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class InteractionFunctionCallingResult(LoopOutcome):
    """How the automatic function-calling loop of ``interactions.create`` ended.

    ``reason``: ``completed`` (the model answered), ``max_rounds`` (it still called tools after the allowed rounds:
    the interaction is a partial result, ``requires_action``, whose calls are ``pending_calls``) or
    ``unhandled_call`` (it called a function the request does not run). ``history`` holds the turns the loop
    added, in order, each ``{"steps": [...]}``: the steps of an interaction that asked for calls, exactly as
    received (thought signatures included), then the ``function_result`` steps that answered them. ``results``
    are every tool run, errors included; ``interaction_ids`` the ids of the interactions the loop created, in
    order (the last one is the result's own).
    """

    interaction_ids: list[str]

    @property
    def steps(self) -> list[JSONObject]:
        """``history`` as one list of steps."""
        return [step for turn in self.history for step in turn["steps"]]


class ToolRun:
    """One run of the loop: feed it each interaction's JSON; it says which calls to run or how the loop ended."""

    __slots__ = ("ids", "loop", "prepared", "results")

    def __init__(self, prepared: PreparedInteraction) -> None:
        assert prepared.toolbox is not None
        self.prepared = prepared
        self.loop = FunctionCallingLoop(prepared.toolbox, INTERACTIONS_WIRE, max_rounds=prepared.max_rounds)
        self.results: list[ToolResult] = []
        self.ids: list[str] = []

    def step(self, interaction: JSONObject) -> CallTools | Finished:
        """Take one interaction's output (its ``steps``) and decide what happens next."""
        interaction_id = interaction.get("id")
        if isinstance(interaction_id, str):
            self.ids.append(interaction_id)
        return self.loop.step(model_turn(interaction.get("steps")))

    def follow_up(self, interaction: JSONObject, results: Sequence[ToolResult]) -> JSONObject:
        """Record a round's results; the body of the request that sends them."""
        self.results.extend(results)
        answer = self.loop.submit(results)
        interaction_id = interaction.get("id")
        return self.prepared.follow_up(
            interaction_id if isinstance(interaction_id, str) else None, answer["steps"], self.loop.history
        )

    def outcome(self, finished: Finished) -> InteractionFunctionCallingResult:
        """How the loop ended."""
        return InteractionFunctionCallingResult(
            finished.reason,
            finished.rounds,
            list(self.loop.history),
            list(self.results),
            finished.calls,
            list(self.ids),
        )
