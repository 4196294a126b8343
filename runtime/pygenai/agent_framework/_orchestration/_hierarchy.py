"""Hierarchical: a manager agent that calls worker agents as tools."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from .._agent import Agent
from ._as_tool import AgentToolset
from ._node import Node, Prompt, run_node
from ._policy import FailurePolicy
from ._results import NodeResult, TeamResult
from ._team import Team

__all__ = ["Hierarchy"]


class Hierarchy(Team):
    """A manager agent whose tools are its workers (each ``worker.as_tool()``), run so that the result counts
    every agent: the manager's usage and, as its node's children, each worker run it started.

    Give the workers in ``workers`` and they are added to the manager's tools here (or add ``worker.as_tool()`` to
    the manager's tools yourself and leave ``workers`` empty). ``failure`` applies to the manager; ``worker_failure``
    to each worker call (a worker that still fails goes back to the manager as the tool's error)::

        planner = Hierarchy(manager, [flights, hotels])
        result = planner.run_sync("A weekend in Lisbon in May")
        print(result.output, result.usage, [path for path, _ in result.walk()])
    """

    def __init__(
        self,
        manager: Agent[Any],
        workers: Sequence[Node] = (),
        *,
        failure: FailurePolicy | None = None,
        worker_failure: FailurePolicy | None = None,
        name: str = "hierarchy",
    ) -> None:
        super().__init__([manager, *workers], name=name, failure=failure, node_failure=None)
        self.manager = manager
        if workers:
            self.manager = manager_with_tools = copy.copy(manager)
            manager_with_tools.tools = [
                *manager.tools,
                *(AgentToolset(worker, failure=worker_failure) for worker in workers),
            ]

    async def execute(self, prompt: Prompt, done: list[NodeResult]) -> TeamResult:
        record = await run_node(self.manager, prompt, self.failure, done)
        self.raise_if_fatal(record, done)
        messages = list(record.result.messages) if record.result is not None else []
        return TeamResult(record.output, done, messages, self.manager.name)
