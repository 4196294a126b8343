"""What every multi-agent pattern shares: run (async), run_sync (cancelled when interrupted), as_tool, and the
failure policy of each node."""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

import anyio

from ..._core.errors import TeamDefinitionError, TeamRunError
from ..._io import portal
from ._node import Node, Prompt, unique_names
from ._policy import FailurePolicy
from ._results import NodeResult, TeamResult

if TYPE_CHECKING:
    from ._as_tool import AgentToolset

__all__ = ["Team", "call_cancellable"]

T = TypeVar("T")


class Team(ABC):
    """A multi-agent pattern (:class:`Pipeline`, :class:`FanOut`, :class:`Handoff`, :class:`Hierarchy`).

    ``failure`` is the :class:`FailurePolicy` of every node; ``node_failure`` overrides it per node name. A team
    is itself a node: put it in another team, or give it to an agent with :meth:`as_tool`.
    """

    def __init__(
        self,
        nodes: Sequence[Node],
        *,
        name: str,
        failure: FailurePolicy | None,
        node_failure: Mapping[str, FailurePolicy] | None,
        extra_names: Sequence[str] = (),
    ) -> None:
        kind = type(self).__name__
        self.name = name
        self.nodes: list[Node] = list(nodes)
        names = [*unique_names(self.nodes, f"{kind}(agents)"), *extra_names]
        self.failure = failure if failure is not None else FailurePolicy.fail_fast()
        self.node_failure = dict(node_failure or {})
        unknown = sorted(set(self.node_failure) - set(names))
        if unknown:
            raise TeamDefinitionError(f"{kind}(node_failure=...): no node is named {unknown}; nodes: {names}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, nodes={[node.name for node in self.nodes]})"

    def policy_for(self, name: str) -> FailurePolicy:
        """The failure policy of the node called ``name``."""
        return self.node_failure.get(name, self.failure)

    async def run(self, prompt: Prompt) -> TeamResult:
        """Run the team on ``prompt`` (text, or a history of wire ``Content`` dicts); the :class:`TeamResult`.
        Raises :class:`pygenai.TeamRunError` when a fail-fast node fails. Cancelling the task that awaits it cancels
        every agent of the run."""
        return await self.execute(prompt, [])

    def run_sync(self, prompt: Prompt) -> TeamResult:
        """:meth:`run` from sync code (on the shared portal loop). Interrupted (``KeyboardInterrupt``, or any
        exception raised in this thread while it waits), it cancels the run and returns only once every agent of
        it has stopped."""
        return call_cancellable(self.run, prompt)

    def as_tool(self, name: str | None = None, description: str | None = None) -> AgentToolset:
        """This team as one function tool taking ``request: str`` (see :meth:`Agent.as_tool`)."""
        from ._as_tool import AgentToolset

        return AgentToolset(self, name=name, description=description)

    @abstractmethod
    async def execute(self, prompt: Prompt, done: list[NodeResult]) -> TeamResult:
        """Run the pattern (what :meth:`run` does), appending each node's result to ``done`` as the node starts."""

    def raise_if_fatal(self, node: NodeResult, done: list[NodeResult]) -> None:
        """Raise :class:`pygenai.TeamRunError` when ``node`` failed under a fail-fast policy (``done``: the nodes
        so far, ``node`` included)."""
        if node.error is not None and self.policy_for(node.name).fails_fast:
            raise TeamRunError(node.name, node.error, TeamResult(None, done)) from node.error


def call_cancellable(function: Callable[[Prompt], Awaitable[T]], prompt: Prompt) -> T:
    """``await function(prompt)`` on the portal loop, from sync code. An exception raised in this thread while it
    waits (``KeyboardInterrupt``), even while the task is being started, cancels the task; it propagates once the
    task has stopped."""
    started, stopped, cancel_requested = threading.Event(), threading.Event(), threading.Event()
    scopes: list[anyio.CancelScope] = []

    async def guarded() -> T:
        started.set()
        try:
            with anyio.CancelScope() as scope:
                scopes.append(scope)
                if cancel_requested.is_set():
                    scope.cancel()
                return await function(prompt)
            raise RuntimeError("cancelled")  # reached only when cancelled; nobody reads this result
        finally:
            stopped.set()

    def cancel() -> None:  # on the loop's thread, where the task also checks cancel_requested
        for scope in scopes:
            scope.cancel()

    loop = portal.portal()
    try:
        return loop.start_task_soon(guarded).result()
    except BaseException:
        cancel_requested.set()
        loop.call(cancel)
        loop.call(_nothing)  # the task, if it was spawned, has begun by now: ``started`` is reliable
        if started.is_set():
            stopped.wait()
        raise


def _nothing() -> None:
    return None
