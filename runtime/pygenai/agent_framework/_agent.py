"""The agent: a model, instructions, tools and an output type, run as a loop of steps.

One step is one model request (streamed with ``run_stream``), then the function calls of that turn: one after
another in call order by default, or concurrently (``parallel_tool_calls=True``), each timed. History keeps each
model turn exactly as received, so thought signatures go back unchanged. The backend (``_backend``) knows the API:
GenerateContent (the whole history each step) or Interactions (each step chained to the last). With
``mode="react_text"`` no function is declared: the tools are described in the system instruction and the model's
Thought / Action / Final Answer text is parsed (``_react_text``). The loop is async; ``run_sync`` drives it on the
shared portal loop (``pygenai._io.portal``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from functools import partial
from typing import Any, Generic, Literal, TypeAlias, TypeVar, cast, overload

import anyio

from .._core.errors import ModelRetry, OutputRetriesExceededError, StructuredOutputError, UsageLimitExceededError
from .._core.model import WireModel
from .._io import portal
from ..tools import FunctionTool, Toolbox, ToolInvocation, ToolResult, Toolset, ToolWire
from ..tools._async.run import using_tools
from ..tools._structured import StructuredOutput
from ._backend import GenerateContentBackend, ModelBackend, ModelReply
from ._checkpoint import CheckpointStore, checkpointing, stored_prompt
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
from ._intercept import CURRENT_RUN, RunInterceptor, around_runs, call_through, request_through
from ._memory import AgentConversation, CompactionPolicy
from ._prices import PRICES, ModelPrice, cost_usd, price_for
from ._react_text import ReactAction, ReactFinal, malformed_feedback, observation, parse_react, react_instructions
from ._result import RunResult
from ._trace import Action, Observation, Trace, TraceStep
from ._usage import Usage, UsageLimits

__all__ = ["Agent", "AgentRun"]

JSONObject: TypeAlias = dict[str, Any]
OutputT = TypeVar("OutputT")
EventT = TypeVar("EventT", bound=AgentEvent)
Approver: TypeAlias = Callable[[ToolInvocation], "bool | Awaitable[bool]"]
EventHandler: TypeAlias = Callable[[AgentEvent], "Awaitable[None] | None"]
BackendName: TypeAlias = Literal["generate_content", "interactions"]
Mode: TypeAlias = Literal["function_calling", "react_text"]

_BACKENDS: dict[str, Callable[[Any, str], ModelBackend]] = {
    "generate_content": GenerateContentBackend,
    "interactions": InteractionsBackend,
}


class Agent(Generic[OutputT]):
    """A client-side agent loop (see the package docstring for how it differs from ``client.agents``).

    ``client``: a :class:`pygenai.Client` or :class:`pygenai.AsyncClient`. ``tools``: Python callables, toolsets
    (an MCP server, ...) or the API's own tools, as ``generate_content`` takes them (``"google_search"``, ...; each
    function's declaration is built here, so a bad one raises at once). ``output_type``: ``str``
    (default) or a type the answer is parsed into (pydantic / msgspec model, dataclass, TypedDict, ...); an answer
    that does not validate is sent back with the reason, up to ``output_retries`` times. ``requires_approval``:
    names of tools whose calls need a yes from ``approve`` (a callback; without one the run pauses, see
    :meth:`iter`). ``limits``: see :class:`UsageLimits`. ``prices``: the USD table (default :data:`PRICES`).
    ``config``: further ``generate_content`` settings (``thinking_budget``, ``include_thoughts``, ...).
    ``interceptors``: :class:`RunInterceptor` s wrapping every run, model request and tool call (checkpoints,
    tracing, durable engines).

    ``backend``: ``"generate_content"`` (default: the whole history sent each step) or ``"interactions"`` (stateful:
    each step sends only its new input, chained with ``previous_interaction_id``; ``config`` then takes
    ``interactions.create`` settings such as ``generation_config``; see ``_interactions_backend`` for what
    ``RunResult.messages`` holds). ``parallel_tool_calls``: run the calls of one model turn concurrently (results
    still go back in call order, approvals are still asked in call order before any call runs). Off by default:
    one after another, tools that share state or depend on order see the calls as the model ordered them, events come
    in a fixed order and a resumed run repeats the same sequence; turn it on for independent, I/O-bound tools.
    ``mode``: ``"function_calling"`` (default) or ``"react_text"``, for models or settings without function
    calling: no function is declared, the system instruction describes the tools and the Thought / Action / Action
    Input / Final Answer format, and each reply is parsed (``_react_text``); a reply that cannot be read is answered
    with an observation saying why, which uses one of the ``output_retries``.
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
        backend: BackendName = "generate_content",
        interceptors: Sequence[RunInterceptor] = (),
        parallel_tool_calls: bool = False,
        mode: Mode = "function_calling",
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
        backend: BackendName = "generate_content",
        interceptors: Sequence[RunInterceptor] = (),
        parallel_tool_calls: bool = False,
        mode: Mode = "function_calling",
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
        backend: BackendName = "generate_content",
        interceptors: Sequence[RunInterceptor] = (),
        parallel_tool_calls: bool = False,
        mode: Mode = "function_calling",
    ) -> None:
        make_backend = _BACKENDS.get(backend)
        if make_backend is None:
            raise ValueError(f"backend={backend!r}: the backends are {', '.join(map(repr, _BACKENDS))}")
        if mode not in ("function_calling", "react_text"):
            raise ValueError(f"mode={mode!r}: the modes are 'function_calling' and 'react_text'")
        if output_retries < 0:
            raise ValueError("output_retries must be >= 0")
        self.backend: ModelBackend = make_backend(client, model)
        given = dict(config or {})
        for key, owner in self.backend.owned.items():
            if key in given:
                raise ValueError(f"config[{key!r}]: give it as Agent({owner}=...), which the agent manages")
        self.client = client
        self.model = model
        self.name = name
        self.instructions = instructions
        self.tools = [self._tool(item) for item in tools]
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
        self.interceptors = list(interceptors)
        self.parallel_tool_calls = parallel_tool_calls
        self.mode: Mode = mode

    def _tool(self, item: Any) -> Any:
        """A tool as the runs use it: a built-in tool's name as its wire tool, a plain function as a
        :class:`FunctionTool` (its declaration built once, here, not at every run)."""
        if isinstance(item, str):
            return self.backend.builtin_tool(item)
        if isinstance(item, Toolset | FunctionTool | Mapping | WireModel) or not callable(item):
            return cast(Any, item)
        function: Callable[..., Any] = item
        return FunctionTool[..., Any].from_callable(function)

    def __repr__(self) -> str:
        return f"Agent(name={self.name!r}, model={self.model!r}, tools={len(self.tools)})"

    def iter(
        self,
        prompt: str | Sequence[Mapping[str, Any]],
        *,
        checkpoint: CheckpointStore | None = None,
        run_id: str | None = None,
    ) -> AgentRun[OutputT]:
        """The run, step by step: ``async for step in agent.iter(prompt)`` yields a :class:`TraceStep` per step;
        stop whenever you like (``break``); ``run.result`` holds the :class:`RunResult` once the answer came.
        When calls need approval and there is no callback, the step comes back with ``run.pending_approvals``
        set: call ``run.approve(call)`` or ``run.deny(call, reason)`` for each, then keep iterating (the same step
        comes back once its calls ran). ``checkpoint`` and ``run_id``: see :meth:`run`."""
        return AgentRun(self, prompt, interceptors=checkpointing(checkpoint, run_id))

    async def run(
        self,
        prompt: str | Sequence[Mapping[str, Any]],
        *,
        checkpoint: CheckpointStore | None = None,
        run_id: str | None = None,
    ) -> RunResult[OutputT]:
        """Run until the model answers; the :class:`RunResult`.

        With ``checkpoint`` (a store such as :class:`SQLiteCheckpoints`) and ``run_id``, the run is recorded
        after every model request and tool call; calling again with the same ``run_id`` (after a crash, in any
        process) replays what was recorded without repeating it and continues from there (see :meth:`resume`)."""
        run = AgentRun(self, prompt, interceptors=checkpointing(checkpoint, run_id))
        async for _ in run.events():
            pass
        assert run.result is not None
        return run.result

    def run_sync(
        self,
        prompt: str | Sequence[Mapping[str, Any]],
        *,
        checkpoint: CheckpointStore | None = None,
        run_id: str | None = None,
    ) -> RunResult[OutputT]:
        """:meth:`run` from sync code (on the shared portal loop; do not call it from a running event loop's
        thread)."""
        return portal.call(partial(self.run, prompt, checkpoint=checkpoint, run_id=run_id))

    async def resume(self, run_id: str, *, checkpoint: CheckpointStore) -> RunResult[OutputT]:
        """Continue the checkpointed run ``run_id`` with its stored prompt: finished model requests and tool calls
        come from the record (a finished call never runs twice), the rest runs live. A finished run gives its
        result without any request. Raises :class:`~pygenai.CheckpointNotFoundError` for an unknown id,
        :class:`~pygenai.CheckpointMismatchError` when the run was another agent's."""
        prompt = await stored_prompt(checkpoint, run_id)
        return await self.run(prompt, checkpoint=checkpoint, run_id=run_id)

    def resume_sync(self, run_id: str, *, checkpoint: CheckpointStore) -> RunResult[OutputT]:
        """:meth:`resume` from sync code."""
        return portal.call(partial(self.resume, run_id, checkpoint=checkpoint))

    def conversation(self, *, compaction: CompactionPolicy | None = None) -> AgentConversation[OutputT]:
        """A :class:`AgentConversation`: runs that remember the earlier ones (``await conv.run(prompt)``)."""
        return AgentConversation(self, compaction=compaction)

    def load_conversation(
        self, data: bytes | str, *, compaction: CompactionPolicy | None = None
    ) -> AgentConversation[OutputT]:
        """The conversation saved by ``conv.save()``, continued with this agent."""
        return AgentConversation[OutputT].load(self, data, compaction=compaction)

    def as_tool(self, name: str | None = None, description: str | None = None) -> Toolset:
        """This agent as a toolset of one function tool, ``<name>(request: str)`` (default: the agent's name and a
        description from its instructions), so a manager agent can call it as a worker; see
        :class:`pygenai.agent_framework.Hierarchy`."""
        from ._orchestration import AgentToolset

        return AgentToolset(self, name=name, description=description)

    def run_stream(
        self,
        prompt: str | Sequence[Mapping[str, Any]],
        *,
        checkpoint: CheckpointStore | None = None,
        run_id: str | None = None,
    ) -> AgentRun[OutputT]:
        """The run whose ``events()`` yield each :class:`AgentEvent` as it happens, the model's text token by token:
        each request is streamed and its fragments come as :class:`TextDelta` s before the step's other events;
        ``run.result`` once they are over. ``async for event in agent.run_stream(p).events(): ...``, or only the
        text: ``async for text in agent.run_stream(p).text_deltas(): ...``. (:meth:`run` and :meth:`iter` send
        unary requests.) ``checkpoint`` and ``run_id``: see :meth:`run` (a step replayed from the record has no
        :class:`TextDelta`: its text comes in its :class:`TextOutput`)."""
        return AgentRun(self, prompt, interceptors=checkpointing(checkpoint, run_id), stream=True)


class AgentRun(Generic[OutputT]):
    """One run in progress: iterate it for steps (:meth:`__aiter__`) or :meth:`events`; see :meth:`Agent.iter`."""

    def __init__(
        self,
        agent: Agent[OutputT],
        prompt: str | Sequence[Mapping[str, Any]],
        *,
        interceptors: Sequence[RunInterceptor] = (),
        stream: bool = False,
    ) -> None:
        self.agent = agent
        self.interceptors = [*agent.interceptors, *interceptors]
        """What wraps this run (the agent's interceptors, then the run's own)."""
        self.streaming = stream
        """Whether each model request is streamed (:class:`TextDelta` events)."""
        self.stop_reason: str | None = None
        if isinstance(prompt, str):
            self.messages: list[JSONObject] = [agent.backend.user_turn(prompt)]
        else:
            self.messages = agent.backend.history(prompt)
        self.usage = Usage()
        self.trace = Trace()
        self.result: RunResult[OutputT] | None = None
        self.pending_approvals: list[ToolInvocation] = []
        self._decisions: dict[int, str | None] = {}  # call index -> None (approved) or the denial reason
        self._stream: AsyncGenerator[AgentEvent, None] | None = None
        self._texts: AsyncGenerator[str, None] | None = None
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
        if self._texts is not None:
            await self._texts.aclose()
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

    def text_deltas(self) -> AsyncGenerator[str, None]:
        """Run, yielding only the model's answer text as it arrives: each :class:`TextDelta` of a streamed run
        (:meth:`Agent.run_stream`), each turn's whole text otherwise; ``run.result`` once it is over."""
        self._texts = _texts_of(self.events(), whole_turns=not self.streaming)
        return self._texts

    def events(self) -> AsyncGenerator[AgentEvent, None]:
        """Run, yielding every event as it happens (also given to the agent's ``on_event``). After breaking out
        before the end, ``await run.aclose()``: it stops what is in flight (a streamed request, concurrent calls)."""
        events = self._events()
        if self._stream is None:
            self._stream = events
        return events

    async def _events(self) -> AsyncGenerator[AgentEvent, None]:
        agent = self.agent
        if self._started:
            raise RuntimeError("this run has started already: iterate it, or start another with agent.iter()")
        self._started = True
        backend = agent.backend
        toolbox = Toolbox(agent.tools)
        react = agent.mode == "react_text"
        async with around_runs(self.interceptors, self), using_tools(toolbox):
            instructions = agent.instructions
            tool_names: frozenset[str] = frozenset()
            if react:
                definitions = [
                    d for item, ds in toolbox.declarations_by_toolset() if isinstance(item, Toolset) for d in ds
                ]
                tool_names = frozenset(d.name for d in definitions)
                schema = agent.structured.json_schema if agent.structured is not None else None
                instructions = react_instructions(definitions, instructions, schema)
            config = backend.settings(
                toolbox,
                declare_functions=not react,
                instructions=instructions,
                structured=None if react else agent.structured,  # a ReAct reply is text, not the output's JSON
                extra=agent.config,
            )
            retries_left = agent.output_retries
            while True:
                step = len(self.trace) + 1
                limits = agent.limits
                if limits.max_steps is not None and step > limits.max_steps:
                    raise UsageLimitExceededError("max_steps", step, limits.max_steps, self.partial())
                yield await self._emit(ModelRequestStarted(step))
                started = time.perf_counter()
                if self.streaming:
                    reply: ModelReply | None = None
                    async with contextlib.aclosing(self._streamed_request(step, config)) as items:
                        async for item in items:
                            if isinstance(item, TextDelta):
                                yield await self._emit(item)
                            else:
                                reply = item
                    assert reply is not None
                else:
                    send = partial(backend.request, self.messages, config)
                    reply = await request_through(self.interceptors, self, step, send)
                seconds = time.perf_counter() - started
                backend.count(self.usage, reply.data)
                turn = backend.turn(reply.data)
                self.messages.append(turn)
                thought, text = backend.texts(turn)
                answer = reply.answer_text
                unreadable: str | None = None  # text ReAct: why the reply could not be read
                if react:
                    parsed = parse_react(text, tool_names)
                    thought = "\n".join(part for part in (thought, parsed.thought) if part)
                    calls = []
                    if isinstance(parsed, ReactAction):
                        calls = [ToolInvocation(0, parsed.tool, parsed.arguments, None, {})]
                    elif isinstance(parsed, ReactFinal):
                        answer = partial(str, parsed.answer)
                    else:
                        unreadable = parsed.reason
                    shown = parsed.answer if isinstance(parsed, ReactFinal) else ""
                else:
                    calls = backend.wire.calls(turn)
                    shown = text
                record = TraceStep(step, thought, shown, [Action(c.name, c.args, c.id) for c in calls], [], seconds)
                self.trace.append(record)
                yield await self._emit(ModelRequestFinished(step, turn, seconds))
                if text:
                    yield await self._emit(TextOutput(step, text))
                exceeded = limits.exceeded_after_response(self.usage, self.cost)
                if exceeded is not None:
                    raise UsageLimitExceededError(*exceeded, self.partial())
                if not calls:
                    if unreadable is None:
                        retry = self._finish(answer(), retries_left)
                    elif retries_left <= 0:
                        raise OutputRetriesExceededError(agent.output_retries, unreadable, self.partial())
                    else:
                        retry = malformed_feedback(unreadable)
                    if retry is None:
                        yield await self._emit(StepFinished(step, final=True))
                        return
                    retries_left -= 1
                    self.messages.append(backend.user_turn(retry))
                    yield await self._emit(StepFinished(step))
                    continue
                if limits.max_tool_calls is not None and self.usage.tool_calls + len(calls) > limits.max_tool_calls:
                    used = self.usage.tool_calls + len(calls)
                    raise UsageLimitExceededError("max_tool_calls", used, limits.max_tool_calls, self.partial())
                waiting = [c for c in calls if c.name in agent.requires_approval]
                if waiting and agent.approve is None:
                    self.pending_approvals = waiting
                    yield await self._emit(ApprovalRequired(step, waiting))
                    yield await self._emit(StepFinished(step, paused=True))
                    undecided = [c.name for c in waiting if c.index not in self._decisions]
                    if undecided:
                        raise RuntimeError(f"approve() or deny() every paused call before continuing: {undecided}")
                outcomes: dict[int, tuple[ToolResult, float]] = {}
                if agent.parallel_tool_calls and len(calls) > 1:
                    denials = [await self._denial(call) for call in calls]  # in call order, before any call runs
                    for call in calls:
                        yield await self._emit(ToolCallStarted(step, call))
                    async with contextlib.aclosing(self._concurrent_calls(toolbox, step, calls, denials)) as ended:
                        async for call, result, seconds in ended:
                            outcomes[call.index] = result, seconds
                            yield await self._emit(_finished(step, call, result, seconds))
                else:
                    for call in calls:
                        yield await self._emit(ToolCallStarted(step, call))
                        started = time.perf_counter()
                        result = await self._run_call(toolbox, step, call, await self._denial(call))
                        outcomes[call.index] = result, time.perf_counter() - started
                        yield await self._emit(_finished(step, call, result, outcomes[call.index][1]))
                results = [outcomes[call.index][0] for call in calls]
                for call, result in zip(calls, results, strict=True):
                    error = result.response.get("error") if result.error is not None else None
                    record.observations.append(Observation(call.name, result.response, error, outcomes[call.index][1]))
                self.pending_approvals = []
                self._decisions = {}
                if react:
                    self.messages.append(backend.user_turn(observation(results[0].response)))
                else:
                    self.messages.append(backend.answer_turn(calls, results))
                if self.stop_reason is not None:
                    stopped: RunResult[Any] = RunResult(
                        None, list(self.messages), self.usage, self.cost, self.trace, stopped=self.stop_reason
                    )
                    self.result = stopped  # no output: the stopping tool said why
                    yield await self._emit(StepFinished(step, final=True))
                    return
                yield await self._emit(StepFinished(step))

    async def _streamed_request(self, step: int, config: JSONObject) -> AsyncGenerator[TextDelta | ModelReply, None]:
        """Step ``step``'s request, streamed through the interceptors: its text fragments as they arrive, then the
        reply. The request runs in a task of its own so the fragments can be yielded while it is in flight."""
        backend = self.agent.backend
        sender, receiver = anyio.create_memory_object_stream[TextDelta | ModelReply | _Failure](math.inf)

        def on_text(text: str) -> None:
            sender.send_nowait(TextDelta(step, text))

        async def send() -> ModelReply:
            return await backend.stream(self.messages, config, on_text)

        async def request() -> None:
            with sender:
                try:
                    reply = await request_through(self.interceptors, self, step, send)
                except Exception as exc:  # raised in the run's own task, below
                    sender.send_nowait(_Failure(exc))
                else:
                    sender.send_nowait(reply)

        failure: Exception | None = None
        with receiver:
            async with anyio.create_task_group() as group:
                group.start_soon(request)
                async for item in receiver:
                    if isinstance(item, _Failure):
                        failure = item.error
                        break
                    try:
                        yield item
                    except GeneratorExit:  # closed while streaming: stop the request, end without re-raising
                        group.cancel_scope.cancel()  # (a task group would wrap the GeneratorExit in a group)
                        return
        if failure is not None:
            raise failure

    async def _concurrent_calls(
        self, toolbox: Toolbox, step: int, calls: Sequence[ToolInvocation], denials: Sequence[str | None]
    ) -> AsyncGenerator[tuple[ToolInvocation, ToolResult, float], None]:
        """Run ``calls`` concurrently; each ``(call, result, seconds)`` as it completes. An error that escapes a call
        (an interceptor's) cancels the others and is raised; so does cancelling the run."""
        sender, receiver = anyio.create_memory_object_stream[tuple[ToolInvocation, ToolResult, float] | _Failure](
            math.inf
        )

        async def run_one(call: ToolInvocation, denial: str | None) -> None:
            started = time.perf_counter()
            try:
                result = await self._run_call(toolbox, step, call, denial)
            except Exception as exc:  # raised in the run's own task, below
                sender.send_nowait(_Failure(exc))
            else:
                sender.send_nowait((call, result, time.perf_counter() - started))

        failure: Exception | None = None
        with sender, receiver:
            async with anyio.create_task_group() as group:
                for call, denial in zip(calls, denials, strict=True):
                    group.start_soon(run_one, call, denial)
                for _ in calls:
                    item = await receiver.receive()
                    if isinstance(item, _Failure):
                        failure = item.error
                        group.cancel_scope.cancel()
                        break
                    try:
                        yield item
                    except GeneratorExit:  # closed mid-step: cancel the calls still running (see above)
                        group.cancel_scope.cancel()
                        return
        if failure is not None:
            raise failure

    async def _emit(self, event: EventT) -> EventT:
        """``event``, once the agent's ``on_event`` has seen it."""
        handler = self.agent.on_event
        if handler is not None:
            outcome = handler(event)
            if isinstance(outcome, Awaitable):
                await outcome
        return event

    async def _run_call(self, toolbox: Toolbox, step: int, call: ToolInvocation, denial: str | None) -> ToolResult:
        """Run one call through the interceptors (the run is :func:`current_run` meanwhile); a denied call fails
        with the denial."""
        self.usage.tool_calls += 1
        wire = self.agent.backend.wire
        if denial is not None:
            return ToolResult.failure(call, PermissionError(denial), wire)
        token = CURRENT_RUN.set(self)
        try:
            return await call_through(self.interceptors, self, step, call, partial(_execute, toolbox, call, wire))
        finally:
            CURRENT_RUN.reset(token)

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


@dataclasses.dataclass(frozen=True)
class _Failure:
    """An error raised in a helper task, carried to the run's task to be raised there."""

    error: Exception


async def _texts_of(events: AsyncGenerator[AgentEvent, None], *, whole_turns: bool) -> AsyncGenerator[str, None]:
    async with contextlib.aclosing(events):
        async for event in events:
            if isinstance(event, TextDelta) or (whole_turns and isinstance(event, TextOutput)):
                yield event.text


def _finished(step: int, call: ToolInvocation, result: ToolResult, seconds: float) -> ToolCallFinished:
    error = result.response.get("error") if result.error is not None else None
    return ToolCallFinished(step, call, result.response, error, seconds)


async def _execute(toolbox: Toolbox, call: ToolInvocation, wire: ToolWire) -> ToolResult:
    """Run ``call`` on its toolset: the value, the error the model reads, or a :class:`ModelRetry`'s message."""
    try:
        value = await toolbox.toolset_for(call).call_tool(call)
    except ModelRetry as retry:  # the model reads the tool's message, not a type name
        response = {"error": retry.message}
        return ToolResult(call, wire.result_part(call, response), None, retry, response)
    except Exception as exc:
        return ToolResult.failure(call, exc, wire)
    return ToolResult.success(call, value, wire)
