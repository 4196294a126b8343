"""The agent: a model, instructions, tools and an output type, run as a loop of steps.

One step is one model request, then the function calls of that turn, run one after another in call order (so
their events and approvals come in that order), each timed. History keeps each model turn exactly as received,
so thought signatures go back unchanged. The loop is async; ``run_sync`` drives it on the shared portal loop
(``pygenai._io.portal``).
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from functools import partial
from typing import Any, Generic, Literal, TypeAlias, TypeVar, cast, overload

from .._core.errors import ModelRetry, OutputRetriesExceededError, StructuredOutputError, UsageLimitExceededError
from .._io import portal
from ..gemini._wire import GEMINI_WIRE, gemini_tools
from ..tools import Toolbox, ToolInvocation, ToolResult
from ..tools._async.run import using_tools
from ..tools._structured import StructuredOutput
from ._backend import GenerateContentBackend, ModelBackend
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
from ._intercept import CURRENT_RUN, RunInterceptor, around_runs, call_through, request_through
from ._memory import AgentConversation, CompactionPolicy
from ._prices import PRICES, ModelPrice, cost_usd, price_for
from ._result import RunResult
from ._trace import Action, Observation, Trace, TraceStep
from ._usage import Usage, UsageLimits

__all__ = ["Agent", "AgentRun"]

JSONObject: TypeAlias = dict[str, Any]
OutputT = TypeVar("OutputT")
Approver: TypeAlias = Callable[[ToolInvocation], "bool | Awaitable[bool]"]
EventHandler: TypeAlias = Callable[[AgentEvent], "Awaitable[None] | None"]


_OWNED_CONFIG: dict[str, str] = {
    "tools": "tools",
    "system_instruction": "instructions",
    "response_schema": "output_type",
    "response_json_schema": "output_type",
    "response_mime_type": "output_type",
    "automatic_function_calling": "tools",
}
"""``generate_content`` settings the agent sets itself, and the ``Agent`` argument that takes each."""


class Agent(Generic[OutputT]):
    """A client-side agent loop (see the package docstring for how it differs from ``client.agents``).

    ``client``: a :class:`pygenai.Client` or :class:`pygenai.AsyncClient`. ``tools``: Python callables, toolsets
    (an MCP server, ...) or the API's own tools, as ``generate_content`` takes them. ``output_type``: ``str``
    (default) or a type the answer is parsed into (pydantic / msgspec model, dataclass, TypedDict, ...); an answer
    that does not validate is sent back with the reason, up to ``output_retries`` times. ``requires_approval``:
    names of tools whose calls need a yes from ``approve`` (a callback; without one the run pauses, see
    :meth:`iter`). ``limits``: see :class:`UsageLimits`. ``prices``: the USD table (default :data:`PRICES`).
    ``config``: further ``generate_content`` settings (``thinking_budget``, ``include_thoughts``, ...).
    ``interceptors``: :class:`RunInterceptor` s wrapping every run, model request and tool call (checkpoints,
    tracing, durable engines).
    """

    @overload
    def __init__(
        self: Agent[str],
        client: Any,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] = (),
        output_type: None = None,
        name: str = "agent",
        output_retries: int = 1,
        requires_approval: Sequence[str] = (),
        approve: Approver | None = None,
        limits: UsageLimits | None = None,
        prices: Mapping[str, ModelPrice] | None = None,
        on_event: EventHandler | None = None,
        config: Mapping[str, Any] | None = None,
        backend: Literal["generate_content"] = "generate_content",
        interceptors: Sequence[RunInterceptor] = (),
    ) -> None: ...

    @overload
    def __init__(
        self,
        client: Any,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] = (),
        output_type: type[OutputT],
        name: str = "agent",
        output_retries: int = 1,
        requires_approval: Sequence[str] = (),
        approve: Approver | None = None,
        limits: UsageLimits | None = None,
        prices: Mapping[str, ModelPrice] | None = None,
        on_event: EventHandler | None = None,
        config: Mapping[str, Any] | None = None,
        backend: Literal["generate_content"] = "generate_content",
        interceptors: Sequence[RunInterceptor] = (),
    ) -> None: ...

    def __init__(
        self,
        client: Any,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] = (),
        output_type: Any = None,
        name: str = "agent",
        output_retries: int = 1,
        requires_approval: Sequence[str] = (),
        approve: Approver | None = None,
        limits: UsageLimits | None = None,
        prices: Mapping[str, ModelPrice] | None = None,
        on_event: EventHandler | None = None,
        config: Mapping[str, Any] | None = None,
        backend: Literal["generate_content"] = "generate_content",
        interceptors: Sequence[RunInterceptor] = (),
    ) -> None:
        if backend != "generate_content":
            raise ValueError(f"backend={backend!r}: only 'generate_content' is implemented (interactions: next)")
        if output_retries < 0:
            raise ValueError("output_retries must be >= 0")
        given = dict(config or {})
        for key, owner in _OWNED_CONFIG.items():
            if key in given:
                raise ValueError(f"config[{key!r}]: give it as Agent({owner}=...), which the agent manages")
        self.client = client
        self.model = model
        self.name = name
        self.instructions = instructions
        self.tools = list(tools)
        self.output_type = output_type
        self.structured: StructuredOutput[Any] | None = None
        if output_type not in (None, str):
            self.structured = StructuredOutput[Any].of(output_type)
        self.output_retries = output_retries
        self.requires_approval = frozenset(requires_approval)
        self.approve = approve
        self.limits = limits if limits is not None else UsageLimits()
        self.prices = prices if prices is not None else PRICES
        if self.limits.max_cost_usd is not None and price_for(model, self.prices) is None:
            raise ValueError(
                f"UsageLimits(max_cost_usd=...) needs a price for {model!r}: the price table has none; "
                "pass Agent(prices={...: ModelPrice(input_per_million, output_per_million)})"
            )
        self.on_event = on_event
        self.config = given
        self.backend: ModelBackend = GenerateContentBackend(client, model)
        self.interceptors = list(interceptors)

    def __repr__(self) -> str:
        return f"Agent(name={self.name!r}, model={self.model!r}, tools={len(self.tools)})"

    def iter(self, prompt: str | Sequence[Mapping[str, Any]]) -> AgentRun[OutputT]:
        """The run, step by step: ``async for step in agent.iter(prompt)`` yields a :class:`TraceStep` per step;
        stop whenever you like (``break``); ``run.result`` holds the :class:`RunResult` once the answer came.
        When calls need approval and there is no callback, the step comes back with ``run.pending_approvals``
        set: call ``run.approve(call)`` or ``run.deny(call, reason)`` for each, then keep iterating (the same step
        comes back once its calls ran)."""
        return AgentRun(self, prompt)

    async def run(self, prompt: str | Sequence[Mapping[str, Any]]) -> RunResult[OutputT]:
        """Run until the model answers; the :class:`RunResult`."""
        run = AgentRun(self, prompt)
        async for _ in run.events():
            pass
        assert run.result is not None
        return run.result

    def run_sync(self, prompt: str | Sequence[Mapping[str, Any]]) -> RunResult[OutputT]:
        """:meth:`run` from sync code (on the shared portal loop; do not call it from a running event loop's
        thread)."""
        return portal.call(self.run, prompt)

    def conversation(self, *, compaction: CompactionPolicy | None = None) -> AgentConversation[OutputT]:
        """A :class:`AgentConversation`: runs that remember the earlier ones (``await conv.run(prompt)``)."""
        return AgentConversation(self, compaction=compaction)

    def load_conversation(
        self, data: bytes | str, *, compaction: CompactionPolicy | None = None
    ) -> AgentConversation[OutputT]:
        """The conversation saved by ``conv.save()``, continued with this agent."""
        return AgentConversation[OutputT].load(self, data, compaction=compaction)

    def run_stream(self, prompt: str | Sequence[Mapping[str, Any]]) -> AgentRun[OutputT]:
        """The run whose ``events()`` yield each :class:`AgentEvent` as it happens (``TextOutput`` per model
        turn); ``run.result`` once they are over. ``async for event in agent.run_stream(p).events(): ...``"""
        return AgentRun(self, prompt)


class AgentRun(Generic[OutputT]):
    """One run in progress: iterate it for steps (:meth:`__aiter__`) or :meth:`events`; see :meth:`Agent.iter`."""

    def __init__(
        self,
        agent: Agent[OutputT],
        prompt: str | Sequence[Mapping[str, Any]],
        *,
        interceptors: Sequence[RunInterceptor] = (),
    ) -> None:
        self.agent = agent
        self.interceptors = [*agent.interceptors, *interceptors]
        """What wraps this run (the agent's interceptors, then the run's own)."""
        self.stop_reason: str | None = None
        if isinstance(prompt, str):
            self.messages: list[JSONObject] = [{"role": "user", "parts": [{"text": prompt}]}]
        else:
            self.messages = [dict(turn) for turn in prompt]
        self.usage = Usage()
        self.trace = Trace()
        self.result: RunResult[OutputT] | None = None
        self.pending_approvals: list[ToolInvocation] = []
        self._decisions: dict[int, str | None] = {}  # call index -> None (approved) or the denial reason
        self._stream: AsyncGenerator[AgentEvent, None] | None = None
        self._started = False

    @property
    def cost(self) -> float | None:
        """USD so far (``None`` when the model has no price)."""
        return cost_usd(self.agent.model, self.usage.input_tokens, self.usage.billed_output_tokens, self.agent.prices)

    def stop_after_step(self, reason: str) -> None:
        """End the run once the current step's tool calls are answered, without asking the model again: the
        result has ``output=None`` and ``stopped=reason`` (a handoff's transfer tool calls this)."""
        self.stop_reason = reason

    def partial(self) -> RunResult[Any]:
        """The run so far, as a result with ``output=None``."""
        return RunResult(None, list(self.messages), self.usage, self.cost, self.trace)

    def approve(self, call: ToolInvocation) -> None:
        """Let a paused call run."""
        self._decide(call, None)

    def deny(self, call: ToolInvocation, reason: str = "the user denied this call") -> None:
        """Refuse a paused call: the model is told ``reason``."""
        self._decide(call, reason)

    def _decide(self, call: ToolInvocation, reason: str | None) -> None:
        if all(c is not call for c in self.pending_approvals):
            raise ValueError(f"call {call.name!r} is not waiting for approval")
        self._decisions[call.index] = reason

    async def aclose(self) -> None:
        """Stop the run here (after breaking out of the steps): closes its toolsets."""
        if self._stream is not None:
            await self._stream.aclose()

    def __aiter__(self) -> AgentRun[OutputT]:
        return self

    async def __anext__(self) -> TraceStep:
        if self._stream is None:
            self._stream = self.events()
        async for event in self._stream:
            if isinstance(event, StepFinished):
                return self.trace[-1]
        raise StopAsyncIteration

    async def events(self) -> AsyncGenerator[AgentEvent, None]:
        """Run, yielding every event as it happens (also given to the agent's ``on_event``)."""
        agent = self.agent
        if self._started:
            raise RuntimeError("this run has started already: iterate it, or start another with agent.iter()")
        self._started = True
        toolbox = Toolbox(agent.tools)
        async with around_runs(self.interceptors, self), using_tools(toolbox):
            config: JSONObject = dict(agent.config)
            declared = gemini_tools(toolbox)
            if declared:
                config["tools"] = declared
            if agent.instructions:
                config["system_instruction"] = agent.instructions
            if agent.structured is not None:  # the answer is parsed here, so it can be retried
                config["response_json_schema"] = agent.structured.json_schema
                config["response_mime_type"] = agent.structured.mime_type
            retries_left = agent.output_retries
            while True:
                step = len(self.trace) + 1
                limits = agent.limits
                if limits.max_steps is not None and step > limits.max_steps:
                    raise UsageLimitExceededError("max_steps", step, limits.max_steps, self.partial())
                async for event in self._emit(ModelRequestStarted(step)):
                    yield event
                started = time.perf_counter()
                reply = await request_through(
                    self.interceptors, self, step, partial(agent.backend.request, self.messages, config)
                )
                seconds = time.perf_counter() - started
                self.usage.add_response(reply.data.get("usageMetadata"))
                turn = _model_turn(reply.data)
                self.messages.append(turn)
                thought, text = _texts(turn)
                calls = GEMINI_WIRE.calls(turn)
                record = TraceStep(step, thought, text, [Action(c.name, c.args, c.id) for c in calls], [], seconds)
                self.trace.append(record)
                async for event in self._emit(ModelRequestFinished(step, turn, seconds)):
                    yield event
                if text:
                    async for event in self._emit(TextOutput(step, text)):
                        yield event
                exceeded = limits.exceeded_after_response(self.usage, self.cost)
                if exceeded is not None:
                    raise UsageLimitExceededError(*exceeded, self.partial())
                if not calls:
                    retry = self._finish(reply.answer_text(), retries_left)
                    if retry is None:
                        async for event in self._emit(StepFinished(step, final=True)):
                            yield event
                        return
                    retries_left -= 1
                    self.messages.append({"role": "user", "parts": [{"text": retry}]})
                    async for event in self._emit(StepFinished(step)):
                        yield event
                    continue
                if limits.max_tool_calls is not None and self.usage.tool_calls + len(calls) > limits.max_tool_calls:
                    used = self.usage.tool_calls + len(calls)
                    raise UsageLimitExceededError("max_tool_calls", used, limits.max_tool_calls, self.partial())
                waiting = [c for c in calls if c.name in agent.requires_approval]
                if waiting and agent.approve is None:
                    self.pending_approvals = waiting
                    async for event in self._emit(ApprovalRequired(step, waiting)):
                        yield event
                    async for event in self._emit(StepFinished(step, paused=True)):
                        yield event
                    undecided = [c.name for c in waiting if c.index not in self._decisions]
                    if undecided:
                        raise RuntimeError(f"approve() or deny() every paused call before continuing: {undecided}")
                results: list[ToolResult] = []
                for call in calls:
                    async for event in self._emit(ToolCallStarted(step, call)):
                        yield event
                    result, seconds = await self._call(toolbox, step, call)
                    results.append(result)
                    error = result.response.get("error") if result.error is not None else None
                    record.observations.append(Observation(call.name, result.response, error, seconds))
                    async for event in self._emit(ToolCallFinished(step, call, result.response, error, seconds)):
                        yield event
                self.pending_approvals = []
                self._decisions = {}
                self.messages.append(GEMINI_WIRE.answer(calls, results))
                if self.stop_reason is not None:
                    stopped: RunResult[Any] = RunResult(
                        None, list(self.messages), self.usage, self.cost, self.trace, stopped=self.stop_reason
                    )
                    self.result = stopped  # no output: the stopping tool said why
                    async for event in self._emit(StepFinished(step, final=True)):
                        yield event
                    return
                async for event in self._emit(StepFinished(step)):
                    yield event

    async def _emit(self, event: AgentEvent) -> AsyncIterator[AgentEvent]:
        handler = self.agent.on_event
        if handler is not None:
            outcome = handler(event)
            if isinstance(outcome, Awaitable):
                await outcome
        yield event

    async def _call(self, toolbox: Toolbox, step: int, call: ToolInvocation) -> tuple[ToolResult, float]:
        started = time.perf_counter()
        self.usage.tool_calls += 1
        denial = await self._denial(call)
        if denial is not None:
            result = ToolResult.failure(call, PermissionError(denial), GEMINI_WIRE)
            return result, time.perf_counter() - started
        token = CURRENT_RUN.set(self)
        try:
            result = await call_through(self.interceptors, self, step, call, partial(_execute, toolbox, call))
        finally:
            CURRENT_RUN.reset(token)
        return result, time.perf_counter() - started

    async def _denial(self, call: ToolInvocation) -> str | None:
        agent = self.agent
        if call.name not in agent.requires_approval:
            return None
        if agent.approve is None:
            return self._decisions.get(call.index)
        verdict = agent.approve(call)
        if isinstance(verdict, Awaitable):
            verdict = await verdict
        return None if verdict else "the user denied this call"

    def _finish(self, text: str, retries_left: int) -> str | None:
        """Set the result from the answer ``text``; or the message asking the model to try again."""
        structured = self.agent.structured
        output: Any = text
        if structured is not None:
            try:
                output = structured.parse(text)
            except StructuredOutputError as exc:
                cause = f"{exc.path}: {exc.reason}"
                if retries_left <= 0:
                    raise OutputRetriesExceededError(self.agent.output_retries, cause, self.partial()) from exc
                return f"Your answer does not fit the required schema ({cause}). Answer again, as valid JSON."
        self.result = RunResult(output, list(self.messages), self.usage, self.cost, self.trace)
        return None


async def _execute(toolbox: Toolbox, call: ToolInvocation) -> ToolResult:
    """Run ``call`` on its toolset: the value, the error the model reads, or a :class:`ModelRetry`'s message."""
    try:
        value = await toolbox.toolset_for(call).call_tool(call)
    except ModelRetry as retry:  # the model reads the tool's message, not a type name
        response = {"error": retry.message}
        return ToolResult(call, GEMINI_WIRE.result_part(call, response), None, retry, response)
    except Exception as exc:
        return ToolResult.failure(call, exc, GEMINI_WIRE)
    return ToolResult.success(call, value, GEMINI_WIRE)


def _model_turn(response: Mapping[str, Any]) -> JSONObject:
    """The first candidate's ``Content``, the same object as received (an empty model turn when there is none)."""
    candidates: Any = response.get("candidates")
    if isinstance(candidates, list) and candidates:
        first = cast("Sequence[Any]", candidates)[0]
        if isinstance(first, dict):
            content = cast(JSONObject, first).get("content")
            if isinstance(content, dict):
                return cast(JSONObject, content)
    return {"role": "model", "parts": []}


def _texts(turn: Mapping[str, Any]) -> tuple[str, str]:
    thought: list[str] = []
    text: list[str] = []
    parts: Any = turn.get("parts") or ()
    for part in cast("list[Any]", parts):
        if not isinstance(part, Mapping):
            continue
        fields = cast("Mapping[str, Any]", part)
        value = fields.get("text")
        if isinstance(value, str):
            (thought if fields.get("thought") else text).append(value)
    return "".join(thought), "".join(text)
