"""An agent (or a team) as a toolset of one function tool, so a manager agent can call workers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...tools import ToolDefinition, ToolInvocation, Toolset
from .._agent import Agent
from ._node import Node, checked_tool_name, record_in_parent_run, run_node
from ._policy import FailurePolicy
from ._results import NodeResult
from ._text import tool_value

__all__ = ["AgentToolset"]


class AgentToolset(Toolset):
    """One function tool, ``<name>(request: str)``, that runs an agent (or a team) on ``request`` and returns its
    answer (text, or the JSON form of a structured answer). A failed run goes back to the calling model as the
    tool's error. Each run is recorded as a child of the calling agent's run, so a team running the caller counts
    its usage (:class:`TeamResult`)."""

    def __init__(
        self,
        node: Node,
        *,
        name: str | None = None,
        description: str | None = None,
        failure: FailurePolicy | None = None,
    ) -> None:
        self.node = node
        self.name = checked_tool_name(name if name is not None else node.name, f"{node!r}.as_tool(name=...)")
        self.description = description if description is not None else default_description(node)
        self.failure = failure if failure is not None else FailurePolicy.fail_fast()

    def __repr__(self) -> str:
        return f"AgentToolset({self.name!r})"

    async def list_tools(self) -> Sequence[ToolDefinition]:
        return [
            ToolDefinition(
                self.name,
                self.description,
                {
                    "type": "object",
                    "properties": {
                        "request": {"type": "string", "description": "What to ask, with everything needed to answer."}
                    },
                    "required": ["request"],
                },
            )
        ]

    async def call_tool(self, call: ToolInvocation) -> Any:
        request = call.args.get("request")
        if not isinstance(request, str):
            raise TypeError(f"{self.name}: the argument 'request' must be a string, got {request!r}")
        ran: list[NodeResult] = []
        try:
            record = await run_node(self.node, request, self.failure, ran)
        finally:  # counted by the caller's team even when cancelled
            for node in ran:
                record_in_parent_run(node)
        if record.error is not None:
            raise record.error
        return tool_value(record.output)


def default_description(node: Node) -> str:
    """``Ask the <name> agent.`` followed by its instructions (the first 400 characters)."""
    if isinstance(node, Agent):
        text = f"Ask the {node.name} agent."
        if node.instructions:
            instructions = " ".join(node.instructions.split())
            text += " It is instructed: " + (instructions if len(instructions) <= 400 else instructions[:399] + "…")
        return text
    return f"Ask the {node.name} team of agents ({', '.join(member.name for member in node.nodes)})."
