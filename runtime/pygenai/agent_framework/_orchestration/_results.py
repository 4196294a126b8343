"""What a multi-agent run returns: one :class:`NodeResult` per node, and the team's :class:`TeamResult`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import Any

from .._result import RunResult
from .._usage import Usage

__all__ = ["NodeResult", "TeamResult"]


@dataclasses.dataclass
class NodeResult:
    """One node of a team run: an agent (every attempt it made), a callable aggregator, or a nested team.

    ``output`` is the node's answer (``None`` when it failed); ``error`` the exception of its last attempt, else
    ``None``; ``attempts`` how many times it ran; ``runs`` the :class:`RunResult` of each attempt of an agent node
    (a failed or cancelled attempt's is partial: ``output=None``, its usage so far); ``children`` the nodes that
    ran inside it (agents it called as tools, or a nested team's nodes, every attempt's).
    """

    name: str
    output: Any = None
    error: BaseException | None = None
    attempts: int = 0
    runs: list[RunResult[Any]] = dataclasses.field(default_factory=list[RunResult[Any]])
    children: list[NodeResult] = dataclasses.field(default_factory=list["NodeResult"])
    cancelled: bool = False
    """Whether the node was still running when the team run was cancelled (a fail-fast sibling, or the caller)."""

    @property
    def ok(self) -> bool:
        """Whether the node gave an answer."""
        return self.error is None and not self.cancelled and self.attempts > 0

    @property
    def result(self) -> RunResult[Any] | None:
        """The run that answered (an agent node that succeeded), else ``None``."""
        return self.runs[-1] if self.ok and self.runs else None

    @property
    def usage(self) -> Usage:
        """Requests, tool calls and tokens of every attempt of this node and of everything that ran inside it."""
        return sum_usage([run.usage for run in self.runs] + [child.usage for child in self.children])

    @property
    def cost(self) -> float | None:
        """USD of the same (``None`` when some model that ran has no price)."""
        return sum_cost([run.cost for run in self.runs] + [child.cost for child in self.children])

    def walk(self, prefix: str = "") -> Iterator[tuple[str, NodeResult]]:
        """``(path, node)`` for this node and every node inside it, depth first; a path is ``outer/inner``."""
        path = f"{prefix}{self.name}"
        yield path, self
        for child in self.children:
            yield from child.walk(f"{path}/")


@dataclasses.dataclass
class TeamResult:
    """A multi-agent run's answer and how it got there.

    ``output`` is the team's answer (see each pattern for which node gives it); ``nodes`` the nodes in the order
    they ran; ``messages`` the history of the node that answered (for a handoff, the whole conversation across
    agents, model turns and thought signatures as received); ``final_agent`` the name of the agent that answered.
    ``usage`` and ``cost`` add up every agent of the run, agents called as tools included, failed attempts too.
    """

    output: Any
    nodes: list[NodeResult]
    messages: list[dict[str, Any]] = dataclasses.field(default_factory=list[dict[str, Any]])
    final_agent: str | None = None

    @property
    def usage(self) -> Usage:
        """Counts of every agent of the run."""
        return sum_usage([node.usage for node in self.nodes])

    @property
    def cost(self) -> float | None:
        """USD of every agent of the run (``None`` when some model that ran has no price)."""
        return sum_cost([node.cost for node in self.nodes])

    @property
    def errors(self) -> list[tuple[str, BaseException]]:
        """``(path, error)`` of every node that failed (recorded under ``continue_on_error``, or the one a fail-fast
        run stopped at), nested nodes included (``manager/worker``)."""
        return [(path, node.error) for path, node in self.walk() if node.error is not None]

    def walk(self) -> Iterator[tuple[str, NodeResult]]:
        """``(path, node)`` for every node of the run, depth first."""
        for node in self.nodes:
            yield from node.walk()

    def node(self, name: str) -> NodeResult:
        """The last top-level node called ``name``; ``KeyError`` when none ran."""
        for found in reversed(self.nodes):
            if found.name == name:
                return found
        raise KeyError(f"no node named {name!r} ran; nodes: {[n.name for n in self.nodes]}")


def sum_usage(parts: Sequence[Usage]) -> Usage:
    total = Usage()
    for usage in parts:
        for field in dataclasses.fields(Usage):
            setattr(total, field.name, getattr(total, field.name) + getattr(usage, field.name))
    return total


def sum_cost(parts: Sequence[float | None]) -> float | None:
    if any(cost is None for cost in parts):
        return None
    return sum(cost for cost in parts if cost is not None)
