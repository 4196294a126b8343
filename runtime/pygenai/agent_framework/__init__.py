"""Client-side agents: a loop in your process that calls the model, runs your tools and returns a typed answer.

Named ``agent_framework`` (not ``agents``) so it cannot be mistaken for ``client.agents``, the server-side
resource of the API (agents Google hosts and runs, such as Deep Research, reached through Interactions). Here
nothing runs on the server but the model requests: :class:`Agent` drives GenerateContent step by step, runs your
Python functions and toolsets locally, enforces limits and records a trace::

    from pygenai.agent_framework import Agent

    agent = Agent(client, model="gemini-2.5-flash", instructions="Be brief.", tools=[get_weather])
    result = agent.run_sync("Weather in Paris?")
    print(result.output, result.usage, result.cost)
    print(result.trace)

Layer 6 of the runtime (DESIGN.md): it uses everything below and nothing imports it; ``import pygenai`` does not
load it. Laid out for the slices that follow: ``_backend`` (the model-request seam: GenerateContent now,
Interactions next), ``_agent`` (the loop), ``_usage`` / ``_prices`` (counts, limits, cost), ``_trace`` and
``_events`` (what happened), ``_result``, ``_memory`` (conversations across runs, save/load, compaction).
"""

from .._core.errors import (
    AgentRunError,
    ConversationLoadError,
    ModelRetry,
    OutputRetriesExceededError,
    UsageLimitExceededError,
)
from ._agent import Agent, AgentRun
from ._backend import GenerateContentBackend, ModelBackend, ModelReply
from ._events import (
    AgentEvent,
    ApprovalRequired,
    ModelRequestFinished,
    ModelRequestStarted,
    StepFinished,
    TextOutput,
    ToolCallFinished,
    ToolCallStarted,
)
from ._intercept import RunInterceptor, current_run
from ._memory import AgentConversation, CompactionPolicy, SummarizeOlderTurns
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
    "ApprovalRequired",
    "CompactionPolicy",
    "ConversationLoadError",
    "GenerateContentBackend",
    "ModelBackend",
    "ModelPrice",
    "ModelReply",
    "ModelRequestFinished",
    "ModelRequestStarted",
    "ModelRetry",
    "Observation",
    "OutputRetriesExceededError",
    "RunInterceptor",
    "RunResult",
    "StepFinished",
    "SummarizeOlderTurns",
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
