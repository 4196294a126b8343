"""Client-side agents: a loop in your process that calls the model, runs your tools and returns a typed answer.

Named ``agent_framework`` (not ``agents``) so it cannot be mistaken for ``client.agents``, the server-side
resource of the API (agents Google hosts and runs, such as Deep Research, reached through Interactions). Here
nothing runs on the server but the model requests: :class:`Agent` drives GenerateContent (or Interactions) step by
step, runs your Python functions and toolsets locally, enforces limits and records a trace::

    from pygenai.agent_framework import Agent

    agent = Agent(client, model="gemini-2.5-flash", instructions="Be brief.", tools=[get_weather])
    result = agent.run_sync("Weather in Paris?")
    print(result.output, result.usage, result.cost)
    print(result.trace)

Layer 6 of the runtime (DESIGN.md): it uses everything below and nothing imports it; ``import pygenai`` does not
load it. Laid out for the slices that follow: ``_backend`` / ``_interactions_backend`` (the model-request seam:
GenerateContent, Interactions), ``_agent`` (the loop), ``_react_text`` (the text ReAct mode's parser and prompt),
``_usage`` / ``_prices`` (counts, limits, cost), ``_trace`` and
``_events`` (what happened), ``_result``, ``_memory`` (conversations across runs, save/load, compaction),
``_checkpoint`` / ``_checkpoint_sqlite`` (a run's journal, resumed after a crash: ``run_id=``, ``checkpoint=``).
``_orchestration`` (many agents: ``Pipeline``, ``FanOut``, ``Handoff``, ``Hierarchy``, ``Agent.as_tool``).
"""

from .._core.errors import (
    AgentRunError,
    CheckpointBusyError,
    CheckpointCorruptError,
    CheckpointError,
    CheckpointMismatchError,
    CheckpointNotFoundError,
    ConversationLoadError,
    ModelRetry,
    OutputRetriesExceededError,
    TeamDefinitionError,
    TeamRunError,
    UsageLimitExceededError,
)
from ._agent import Agent, AgentRun
from ._backend import GenerateContentBackend, ModelBackend, ModelReply
from ._checkpoint import CheckpointStore, RunSnapshot
from ._checkpoint_sqlite import SQLiteCheckpoints
from ._events import (
    AgentEvent,
    ApprovalRequired,
    ModelRequestFinished,
    ModelRequestStarted,
    StepFinished,
    TextDelta,
    TextOutput,
    ToolCallFinished,
    ToolCallStarted,
)
from ._interactions_backend import InteractionsBackend
from ._intercept import RunInterceptor, current_run
from ._memory import AgentConversation, CompactionPolicy, SummarizeOlderTurns
from ._orchestration import (
    AgentToolset,
    FailurePolicy,
    FanOut,
    Handoff,
    Hierarchy,
    NodeResult,
    Pipeline,
    Team,
    TeamResult,
)
from ._otel import OpenTelemetryTracing
from ._prices import PRICES, ModelPrice
from ._result import RunResult
from ._trace import Action, Observation, Trace, TraceStep
from ._usage import Usage, UsageLimits

__all__ = [
    "PRICES",
    "Action",
    "Agent",
    "AgentConversation",
    "AgentEvent",
    "AgentRun",
    "AgentRunError",
    "AgentToolset",
    "ApprovalRequired",
    "CheckpointBusyError",
    "CheckpointCorruptError",
    "CheckpointError",
    "CheckpointMismatchError",
    "CheckpointNotFoundError",
    "CheckpointStore",
    "CompactionPolicy",
    "ConversationLoadError",
    "FailurePolicy",
    "FanOut",
    "GenerateContentBackend",
    "Handoff",
    "Hierarchy",
    "InteractionsBackend",
    "ModelBackend",
    "ModelPrice",
    "ModelReply",
    "ModelRequestFinished",
    "ModelRequestStarted",
    "ModelRetry",
    "NodeResult",
    "Observation",
    "OpenTelemetryTracing",
    "OutputRetriesExceededError",
    "Pipeline",
    "RunInterceptor",
    "RunResult",
    "RunSnapshot",
    "SQLiteCheckpoints",
    "StepFinished",
    "SummarizeOlderTurns",
    "Team",
    "TeamDefinitionError",
    "TeamResult",
    "TeamRunError",
    "TextDelta",
    "TextOutput",
    "ToolCallFinished",
    "ToolCallStarted",
    "Trace",
    "TraceStep",
    "Usage",
    "UsageLimitExceededError",
    "UsageLimits",
    "current_run",
]
