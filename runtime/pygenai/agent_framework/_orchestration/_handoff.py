"""Handoff: an agent transfers the conversation to another through a generated ``transfer_to_<name>`` tool."""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping, Sequence
from typing import Any

from ..._core.errors import TeamDefinitionError, UsageLimitExceededError
from ...tools import ToolDefinition, ToolInvocation, Toolset
from .._agent import Agent
from .._intercept import current_run
from ._node import Prompt, checked_tool_name, run_node
from ._policy import FailurePolicy
from ._results import NodeResult, TeamResult
from ._team import Team, call_cancellable

__all__ = ["Handoff", "transfer_reason"]


class Handoff(Team):
    """Agents that pass one conversation between them: ``entry`` answers first; each agent gets a
    ``transfer_to_<name>`` tool per agent it may hand over to (every other agent, unless ``routes`` says which:
    ``{"triage": ["billing"], "billing": ["triage"]}``), described by that agent's name and instructions.

    Calling a transfer tool ends the current agent's run once its step's calls are answered
    (:meth:`AgentRun.stop_after_step`); the next agent continues the same history, the transfer call and its
    response included, model turns and thought signatures as received. At most ``max_handoffs`` transfers per run
    (then :class:`pygenai.UsageLimitExceededError` with ``limit="max_handoffs"``). The result's ``output`` and
    ``final_agent`` are the last agent's, ``messages`` the whole conversation. Keep one model for every agent of a
    handoff when it thinks: the next agent sends the previous one's thought signatures back to the API::

        support = Handoff(triage, [billing, tech])
        result = support.run_sync("I was charged twice")
        print(result.final_agent, result.output)
        # a later turn of the same conversation, with the agent that answered
        follow_up = [*result.messages, {"role": "user", "parts": [{"text": "Thanks! And my invoice?"}]}]
        support.run_sync(follow_up, start=result.final_agent)
    """

    def __init__(
        self,
        entry: Agent[Any],
        specialists: Sequence[Agent[Any]],
        *,
        routes: Mapping[str, Sequence[str]] | None = None,
        max_handoffs: int = 5,
        failure: FailurePolicy | None = None,
        node_failure: Mapping[str, FailurePolicy] | None = None,
        name: str = "handoff",
    ) -> None:
        super().__init__([entry, *specialists], name=name, failure=failure, node_failure=node_failure)
        if max_handoffs < 0:
            raise TeamDefinitionError(f"Handoff(max_handoffs={max_handoffs}): must be >= 0")
        self.max_handoffs = max_handoffs
        members: dict[str, Agent[Any]] = {}
        for index, agent in enumerate(self.nodes):
            if not isinstance(agent, Agent):
                raise TeamDefinitionError(f"Handoff: member {index} is {agent!r}; a handoff passes between agents")
            checked_tool_name(f"transfer_to_{agent.name}", f"Handoff: agent {agent.name!r}")
            members[agent.name] = agent
        self.entry = entry.name
        self.routes = _routes(members, routes)
        self.agents: dict[str, Agent[Any]] = {}
        """Each member as it runs here: a copy of the agent with its transfer tools added."""
        for agent_name, agent in members.items():
            clone = copy.copy(agent)
            targets = [members[target] for target in self.routes[agent_name]]
            clone.tools = [*agent.tools, TransferToolset(targets)] if targets else list(agent.tools)
            self.agents[agent_name] = clone

    async def run(self, prompt: Prompt, *, start: str | None = None) -> TeamResult:
        """Run the conversation from ``prompt`` (text, or the history so far), starting with the agent named
        ``start`` (default: the entry agent; pass a previous result's ``final_agent`` to continue with it)."""
        return await self.execute(prompt, [], start=start)

    def run_sync(self, prompt: Prompt, *, start: str | None = None) -> TeamResult:
        """:meth:`run` from sync code (see :meth:`Team.run_sync`)."""
        return call_cancellable(functools.partial(self.run, start=start), prompt)

    async def execute(self, prompt: Prompt, done: list[NodeResult], start: str | None = None) -> TeamResult:
        current = start if start is not None else self.entry
        if current not in self.agents:
            raise TeamDefinitionError(f"Handoff.run(start={start!r}): no agent of this handoff has that name")
        history: Prompt = prompt
        reasons = {transfer_reason(name): name for name in self.agents}
        while True:
            record = await run_node(self.agents[current], history, self.policy_for(current), done, name=current)
            self.raise_if_fatal(record, done)
            result = record.result
            if result is None:  # failed, under continue_on_error: the conversation cannot go on without it
                return TeamResult(None, done, _history(history), current)
            target = reasons.get(result.stopped or "")
            if target is None:
                return TeamResult(result.output, done, list(result.messages), current)
            handoffs = sum(1 for node in done if node.result is not None and node.result.stopped in reasons)
            if handoffs > self.max_handoffs:
                partial = TeamResult(None, done, list(result.messages), current)
                raise UsageLimitExceededError("max_handoffs", handoffs, self.max_handoffs, partial)
            history, current = result.messages, target


def transfer_reason(name: str) -> str:
    """The ``stopped`` reason of a run that handed the conversation to agent ``name``."""
    return f"transferred to {name}"


class TransferToolset(Toolset):
    """``transfer_to_<name>()`` for each target agent: stops the calling run, naming the target."""

    def __init__(self, targets: Sequence[Agent[Any]]) -> None:
        self.targets = {f"transfer_to_{agent.name}": agent for agent in targets}

    def __repr__(self) -> str:
        return f"TransferToolset({list(self.targets)})"

    async def list_tools(self) -> Sequence[ToolDefinition]:
        return [
            ToolDefinition(tool, _description(agent), {"type": "object", "properties": {}})
            for tool, agent in self.targets.items()
        ]

    async def call_tool(self, call: ToolInvocation) -> Any:
        agent = self.targets[call.name]
        run = current_run()
        if run is None:
            raise RuntimeError(f"{call.name} transfers an agent run's conversation; it was called outside a run")
        if run.stop_reason is not None:
            raise RuntimeError(f"this turn already ended the run ({run.stop_reason}); only one transfer per turn")
        run.stop_after_step(transfer_reason(agent.name))
        return f"Transferred to {agent.name}."


def _description(agent: Agent[Any]) -> str:
    text = f"Transfer the conversation to the {agent.name} agent, who answers from here on."
    if agent.instructions:
        instructions = " ".join(agent.instructions.split())
        text += " Its instructions: " + (instructions if len(instructions) <= 400 else instructions[:399] + "…")
    return text


def _routes(members: Mapping[str, Agent[Any]], routes: Mapping[str, Sequence[str]] | None) -> dict[str, list[str]]:
    if routes is None:
        return {name: [other for other in members if other != name] for name in members}
    out: dict[str, list[str]] = {name: [] for name in members}
    for source, targets in routes.items():
        if source not in members:
            raise TeamDefinitionError(f"Handoff(routes=...): {source!r} is not an agent of this handoff")
        for target in targets:
            if target not in members or target == source:
                raise TeamDefinitionError(
                    f"Handoff(routes[{source!r}]): {target!r} is not another agent of this handoff"
                )
        out[source] = list(targets)
    return out


def _history(prompt: Prompt) -> list[dict[str, Any]]:
    if isinstance(prompt, str):
        return [{"role": "user", "parts": [{"text": prompt}]}]
    return [dict(turn) for turn in prompt]
