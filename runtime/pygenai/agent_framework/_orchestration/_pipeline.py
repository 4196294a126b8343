"""Sequential: each agent's answer is the next one's prompt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ._node import Node, Prompt, run_node
from ._policy import FailurePolicy
from ._results import NodeResult, TeamResult
from ._team import Team
from ._text import answer_text

__all__ = ["Pipeline"]


class Pipeline(Team):
    """Agents (or teams) run one after another: the first gets the prompt, each next one the previous answer as
    text (a structured answer as its JSON text).

    The result's ``output`` is the last answer; ``messages`` the last agent's history. A node that fails under
    ``continue_on_error`` is skipped: the next one gets the text the failed node was given, and the error is in
    ``result.errors``::

        pipeline = Pipeline([researcher, writer, editor])
        result = await pipeline.run("The history of the bicycle")
    """

    def __init__(
        self,
        agents: Sequence[Node],
        *,
        failure: FailurePolicy | None = None,
        node_failure: Mapping[str, FailurePolicy] | None = None,
        name: str = "pipeline",
    ) -> None:
        super().__init__(agents, name=name, failure=failure, node_failure=node_failure)

    async def execute(self, prompt: Prompt, done: list[NodeResult]) -> TeamResult:
        current: Prompt = prompt
        output: object = None
        last: NodeResult | None = None
        for node in self.nodes:
            record = await run_node(node, current, self.policy_for(node.name), done)
            self.raise_if_fatal(record, done)
            if record.error is not None:
                continue
            output, last = record.output, record
            current = answer_text(record.output, record.result)
        messages = list(last.result.messages) if last is not None and last.result is not None else []
        return TeamResult(output, done, messages, last.name if last is not None else None)
