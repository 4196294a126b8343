"""Running one node of a team: an agent (through its own loop) or a nested team, under a failure policy.

An agent called as a tool inside another agent's run is recorded as a child of that run (found through
:func:`current_run`), so the team that ran the outer agent counts the inner one's usage too.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import anyio

from ..._core.errors import TeamDefinitionError
from .._agent import Agent, AgentRun
from .._intercept import current_run
from ._policy import FailurePolicy
from ._results import NodeResult

if TYPE_CHECKING:
    from ._team import Team

__all__ = ["Node", "Prompt", "record_in_parent_run", "run_node", "unique_names"]

Node: TypeAlias = "Agent[Any] | Team"
"""What a team is made of: agents, or other teams."""
Prompt: TypeAlias = "str | Sequence[Mapping[str, Any]]"
"""A prompt: text, or a history of wire ``Content`` dicts to continue."""

_CHILDREN: weakref.WeakKeyDictionary[AgentRun[Any], list[NodeResult]] = weakref.WeakKeyDictionary()
"""The nodes that ran inside each agent run's tool calls (an agent called as a tool), until the run's node
collects them."""

_TOOL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.:-]{0,63}")


def record_in_parent_run(node: NodeResult) -> None:
    """Attach ``node`` to the agent run whose tool call is executing (no-op outside a tool call)."""
    parent = current_run()
    if parent is not None:
        _CHILDREN.setdefault(parent, []).append(node)


def node_name(node: Node) -> str:
    return node.name


def unique_names(nodes: Sequence[Node], where: str) -> list[str]:
    """The nodes' names, checked: at least one node, no name twice."""
    if not nodes:
        raise TeamDefinitionError(f"{where}: give at least one agent")
    names = [node_name(node) for node in nodes]
    for index, name in enumerate(names):
        if name in names[:index]:
            raise TeamDefinitionError(
                f"{where}[{index}]: two agents are named {name!r}; give each a distinct Agent(name=...)"
            )
    return names


def checked_tool_name(name: str, where: str) -> str:
    """``name`` if a function declaration may have it (letter or ``_`` first, then letters, digits, ``_.:-``)."""
    if not _TOOL_NAME.fullmatch(name):
        raise TeamDefinitionError(
            f"{where}: {name!r} cannot name a tool (start with a letter or '_', then letters, digits, '_', '.', ':' "
            "or '-', at most 64 characters)"
        )
    return name


async def run_node(
    node: Node, prompt: Prompt, policy: FailurePolicy, done: list[NodeResult], *, name: str | None = None
) -> NodeResult:
    """Run ``node`` on ``prompt`` until it answers or ``policy`` gives up; its :class:`NodeResult` is appended to
    ``done`` first, so a run cancelled midway still shows what the node used. The error stays on the result (the
    caller decides, from ``policy.fails_fast``, whether it ends the team run); cancellation passes through, with
    the record marked ``cancelled``."""
    record = NodeResult(name if name is not None else node_name(node))
    done.append(record)
    try:
        while True:
            record.attempts += 1
            record.error = None
            try:
                record.output = await _attempt(node, prompt, record)
            except Exception as exc:
                record.error = exc
                if record.attempts >= policy.attempts:
                    return record
                await policy.wait_before_retry(record.attempts - 1)
                continue
            return record
    except anyio.get_cancelled_exc_class():
        record.cancelled = True
        raise


async def _attempt(node: Node, prompt: Prompt, record: NodeResult) -> Any:
    if not isinstance(node, Agent):  # a team: its nodes are this node's children
        result = await node.execute(prompt, record.children)
        return result.output
    run: AgentRun[Any] = node.iter(prompt)
    try:
        async with contextlib.aclosing(run.events()) as events:
            async for _ in events:
                pass
    finally:  # a failed or cancelled attempt still counts what it used
        record.runs.append(run.result if run.result is not None else run.partial())
        record.children.extend(_CHILDREN.pop(run, []))
    assert run.result is not None
    return run.result.output
