"""Concurrent: the same prompt to every agent at once, then an aggregator combines their answers."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias

import anyio

from ..._core.errors import TeamDefinitionError
from .._agent import Agent
from .._backend import content_texts
from ._node import Node, Prompt, run_node
from ._policy import FailurePolicy
from ._results import NodeResult, TeamResult
from ._team import Team
from ._text import answer_text

__all__ = ["Aggregate", "FanOut", "labelled_answers"]

Aggregate: TypeAlias = Callable[[dict[str, Any]], Any]
"""A function combining the answers (``{agent name: output}`` of the branches that answered), sync or async."""


class FanOut(Team):
    """Agents (or teams) that get the same prompt and run concurrently (one anyio task group), then ``aggregator``
    combines their answers.

    ``aggregator``: an :class:`Agent` (it is prompted with the request and each answer labelled with its agent's
    name, see :func:`labelled_answers`; its node name is its agent name) or a function given
    ``{agent name: output}`` of the branches that answered (its node name is ``"aggregator"``). The result's
    ``output`` is the aggregator's. A branch that fails under a fail-fast policy cancels the others at once; under
    ``continue_on_error`` it is left out of the answers (the aggregator agent is told it failed)::

        panel = FanOut([optimist, pessimist], aggregator=judge)
        result = panel.run_sync("Should we rewrite it in Rust?")
    """

    def __init__(
        self,
        agents: Sequence[Node],
        *,
        aggregator: Agent[Any] | Aggregate,
        failure: FailurePolicy | None = None,
        node_failure: Mapping[str, FailurePolicy] | None = None,
        name: str = "fan_out",
    ) -> None:
        self.aggregator_agent: Agent[Any] | None = None
        self.aggregator_function: Aggregate | None = None
        if isinstance(aggregator, Agent):
            self.aggregator_agent = aggregator
        elif callable(aggregator):
            self.aggregator_function = aggregator
        else:
            raise TeamDefinitionError(f"FanOut(aggregator=...): an Agent or a function, not {aggregator!r}")
        self.aggregator_name = self.aggregator_agent.name if self.aggregator_agent is not None else "aggregator"
        super().__init__(
            agents, name=name, failure=failure, node_failure=node_failure, extra_names=[self.aggregator_name]
        )
        if self.aggregator_name in [node.name for node in self.nodes]:
            raise TeamDefinitionError(f"FanOut: the aggregator and an agent are both named {self.aggregator_name!r}")

    async def execute(self, prompt: Prompt, done: list[NodeResult]) -> TeamResult:
        branches: list[list[NodeResult]] = [[] for _ in self.nodes]  # each branch's record, once it started
        fatal: list[NodeResult] = []

        async def branch(node: Node, ran: list[NodeResult], scope: anyio.CancelScope) -> None:
            record = await run_node(node, prompt, self.policy_for(node.name), ran)
            if record.error is not None and self.policy_for(node.name).fails_fast and not fatal:
                fatal.append(record)
                scope.cancel()  # the other branches stop now

        try:
            async with anyio.create_task_group() as group:
                for node, ran in zip(self.nodes, branches, strict=True):
                    group.start_soon(branch, node, ran, group.cancel_scope)
        finally:  # in the agents' order, cancelled ones included
            done.extend(record for ran in branches for record in ran)
        if fatal:
            self.raise_if_fatal(fatal[0], done)
        answered = list(done)
        answers = {record.name: record.output for record in answered if record.ok}
        final = await self._aggregate(prompt, answered, answers, done)
        self.raise_if_fatal(final, done)
        messages = list(final.result.messages) if final.result is not None else []
        return TeamResult(final.output, done, messages, self.aggregator_name)

    async def _aggregate(
        self, prompt: Prompt, branches: list[NodeResult], answers: dict[str, Any], done: list[NodeResult]
    ) -> NodeResult:
        policy = self.policy_for(self.aggregator_name)
        if self.aggregator_agent is not None:
            return await run_node(self.aggregator_agent, labelled_answers(prompt, branches), policy, done)
        assert self.aggregator_function is not None
        function = _FunctionNode(self.aggregator_function, answers)
        return await run_node(function, "", policy, done, name=self.aggregator_name)


def labelled_answers(prompt: Prompt, branches: Sequence[NodeResult]) -> str:
    """The aggregator agent's prompt: the request, then each branch's answer under ``[name]`` (or that it
    failed, and why)."""
    request = prompt if isinstance(prompt, str) else _last_user_text(prompt)
    sections = [f"The request:\n{request}", "The answers:"]
    for record in branches:
        if record.error is None:
            body = answer_text(record.output, record.result)
        else:
            body = f"(no answer: {type(record.error).__name__}: {record.error})"
        sections.append(f"[{record.name}]\n{body}")
    return "\n\n".join(sections)


def _last_user_text(history: Sequence[Mapping[str, Any]]) -> str:
    for turn in reversed(history):
        if turn.get("role") == "user":
            return content_texts(turn)[1]
    return ""


class _FunctionNode(Team):
    """A function aggregator run as a node (so a failure policy applies to it)."""

    def __init__(self, function: Aggregate, answers: dict[str, Any]) -> None:
        self.name = "aggregator"
        self.nodes = []
        self.function = function
        self.answers = answers

    async def execute(self, prompt: Prompt, done: list[NodeResult]) -> TeamResult:
        value = self.function(dict(self.answers))
        if inspect.isawaitable(value):
            value = await value
        return TeamResult(value, [])
