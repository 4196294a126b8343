"""Many agents: sequential :class:`Pipeline`, concurrent :class:`FanOut` with an aggregator, :class:`Handoff`
through generated transfer tools, and :class:`Hierarchy` (a manager calling workers as tools, ``Agent.as_tool``).

Every pattern is a :class:`Team`: async ``run`` and ``run_sync``, a :class:`TeamResult` whose usage and cost add up
every agent of the run (agents called as tools included), a :class:`FailurePolicy` per node, and cancellation that
reaches every branch. ``_node`` runs one node under its policy; ``_results`` holds what a run returns.
"""

from ._as_tool import AgentToolset
from ._fanout import FanOut, labelled_answers
from ._handoff import Handoff, TransferToolset
from ._hierarchy import Hierarchy
from ._pipeline import Pipeline
from ._policy import FailurePolicy
from ._results import NodeResult, TeamResult
from ._team import Team

__all__ = [
    "AgentToolset",
    "FailurePolicy",
    "FanOut",
    "Handoff",
    "Hierarchy",
    "NodeResult",
    "Pipeline",
    "Team",
    "TeamResult",
    "TransferToolset",
    "labelled_answers",
]
