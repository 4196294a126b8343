"""OpenTelemetry spans for agent runs, named and described as the GenAI semantic conventions say.

:class:`OpenTelemetryTracing` is a :class:`RunInterceptor`; given to an agent it makes, per run::

    invoke_agent {agent name}          INTERNAL  the run: agent, model, tokens summed over the run
    ├── generate_content {model}       CLIENT    one model request: tokens, finish reasons, response model and id
    │   ├── POST                       CLIENT    one HTTP attempt (a retried request has several)
    │   └── POST                                 http.request.resend_count=1, http.response.status_code=200
    └── execute_tool {tool name}       INTERNAL  one tool call: its name and call id; error.type when it failed

Gemini's ``generateContent`` is the conventions' ``generate_content`` operation (they name it as the example), so
model-request spans are ``generate_content {model}``; over Interactions (``backend="interactions"``, one stateful
exchange per step) they are ``chat {model}``. ``gen_ai.provider.name`` is
``gcp.gemini`` for generativelanguage.googleapis.com, ``gcp.vertex_ai`` for aiplatform.googleapis.com, and
``gcp.gen_ai`` (any Google endpoint) for any other base URL (the current conventions' attribute; the older
``gen_ai.system`` is not sent: with no earlier spans of ours to stay compatible with, there is nothing for
``OTEL_SEMCONV_STABILITY_OPT_IN`` to switch). Failures follow the conventions' recording-errors rules:
status ``ERROR``, ``error.type`` the exception's class name (``RateLimitError``, ``UsageLimitExceededError``,
``ValueError`` raised by a tool; an HTTP attempt's is the status code, ``"503"``), and an ``exception`` event.

The HTTP attempts come from a per-attempt hook (:class:`pygenai.AttemptHook`) that is on the agent's client only
while a traced model request is in flight (counted per client, so concurrent requests share it): a request of that
client made meanwhile outside a traced request gets no span (the hook checks a context variable) and pays only for
the attempt record hooks receive; any other request pays nothing.

Content (instructions, messages, tool arguments and results) is recorded only when asked: ``capture_content=True``,
or the conventions' environment variable ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true`` (also
``span_only`` / ``span_and_event``). Recorded content is JSON text in ``gen_ai.system_instructions``,
``gen_ai.input.messages``, ``gen_ai.output.messages``, ``gen_ai.tool.call.arguments`` and
``gen_ai.tool.call.result`` (see ``_otel_messages``).

Only this module imports OpenTelemetry, and only when an :class:`OpenTelemetryTracing` is made: an agent without
one never imports it. The interceptor uses the API package alone (``opentelemetry-api``); spans go to the tracer
provider given, or to the global one (a no-op until an SDK is configured).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import threading
from collections.abc import AsyncGenerator, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, cast
from urllib.parse import urlsplit

from .._core.errors import MissingDependencyError
from .._core.hooks import Attempt, AttemptHook, Hooks
from .._core.version import __version__
from . import _otel_messages as messages
from ._backend import GenerateContentBackend
from ._intercept import ExecuteCall, RunInterceptor, SendRequest
from ._usage import Usage

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer, TracerProvider

    from .._core.errors import APIError
    from .._core.raw import RawResponse
    from .._core.retry import RetryDecision
    from ..tools import ToolInvocation, ToolResult
    from ._agent import AgentRun
    from ._backend import ModelBackend, ModelReply

__all__ = ["OpenTelemetryTracing"]

CAPTURE_CONTENT_ENV: Final = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
_CAPTURE_VALUES: Final = frozenset({"true", "span_only", "span_and_event"})

_REQUEST_SETTINGS: Final = (
    (("temperature",), "gen_ai.request.temperature"),
    (("top_p", "topP"), "gen_ai.request.top_p"),
    (("top_k", "topK"), "gen_ai.request.top_k"),
    (("max_output_tokens", "maxOutputTokens"), "gen_ai.request.max_tokens"),
    (("stop_sequences", "stopSequences"), "gen_ai.request.stop_sequences"),
    (("seed",), "gen_ai.request.seed"),
    (("presence_penalty", "presencePenalty"), "gen_ai.request.presence_penalty"),
    (("frequency_penalty", "frequencyPenalty"), "gen_ai.request.frequency_penalty"),
)
"""``generate_content`` settings an agent's ``config`` may hold (either spelling) and the attribute for each."""

_ATTEMPT_TRACER: contextvars.ContextVar[Tracer | None] = contextvars.ContextVar("pygenai_otel_attempts", default=None)
"""The tracer of the traced model request running in this context (the attempt hook reads it)."""

_SPAN_KEY: Final = "pygenai.otel.span"


class OpenTelemetryTracing(RunInterceptor):
    """OpenTelemetry spans for every run of the agents it is given to (see the module docstring for the spans).

    ``tracer_provider``: where spans go (default: OpenTelemetry's global provider). ``capture_content``: record
    prompts, answers, instructions and tool arguments and results on the spans (default: off, unless
    ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT`` says ``true``); they may hold personal data.

    Needs ``opentelemetry-api`` (``MissingDependencyError`` otherwise). Example::

        from pygenai.agent_framework import Agent, OpenTelemetryTracing

        agent = Agent(client, model="gemini-2.5-flash", tools=[get_weather], interceptors=[OpenTelemetryTracing()])
    """

    def __init__(self, *, tracer_provider: TracerProvider | None = None, capture_content: bool | None = None) -> None:
        try:
            from opentelemetry import trace
        except ImportError as exc:
            raise MissingDependencyError("opentelemetry-api", "OpenTelemetryTracing") from exc
        self.tracer: Tracer = trace.get_tracer("pygenai.agent_framework", __version__, tracer_provider=tracer_provider)
        if capture_content is None:
            capture_content = os.environ.get(CAPTURE_CONTENT_ENV, "").strip().lower() in _CAPTURE_VALUES
        self.capture_content = capture_content
        self._runs: dict[AgentRun[Any], Span] = {}

    def __repr__(self) -> str:
        return f"OpenTelemetryTracing(capture_content={self.capture_content})"

    def around_run(self, run: AgentRun[Any]) -> contextlib.AbstractAsyncContextManager[None]:
        return self._run_span(run)

    @contextlib.asynccontextmanager
    async def _run_span(self, run: AgentRun[Any]) -> AsyncGenerator[None, None]:
        from opentelemetry.trace import SpanKind

        agent = run.agent
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.provider.name": _provider(agent.client),
            "gen_ai.agent.name": agent.name,
            "gen_ai.request.model": agent.model,
        }
        self._add_input(attributes, run)
        # Not made current: the run's body yields to its caller between steps, and a context attached across a
        # yield would leak into the caller. Requests and tool calls name this span as their parent instead.
        span = self.tracer.start_span(f"invoke_agent {agent.name}", kind=SpanKind.INTERNAL, attributes=attributes)
        self._runs[run] = span
        try:
            yield
        except Exception as exc:
            _record_failure(span, exc)
            raise
        finally:
            del self._runs[run]
            _set_usage(span, run.usage.input_tokens, run.usage.billed_output_tokens, run.usage.thinking_tokens)
            if self.capture_content and run.result is not None and run.messages:
                final = messages.input_messages(run.messages[-1:])[0]
                final["finish_reason"] = "stop"
                span.set_attribute("gen_ai.output.messages", messages.to_json([final]))
            span.end()

    def _add_input(self, attributes: dict[str, Any], run: AgentRun[Any]) -> None:
        """What a run and each of its requests send: the output type, and with content capture the instructions
        and the history so far."""
        agent = run.agent
        if agent.structured is not None:
            attributes["gen_ai.output.type"] = "json"
        if self.capture_content:
            if agent.instructions:
                attributes["gen_ai.system_instructions"] = messages.to_json(
                    messages.system_instructions(agent.instructions)
                )
            attributes["gen_ai.input.messages"] = messages.to_json(messages.input_messages(run.messages))

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        from opentelemetry import trace

        agent = run.agent
        operation = "generate_content" if isinstance(agent.backend, GenerateContentBackend) else "chat"
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": operation,
            "gen_ai.provider.name": _provider(agent.client),
            "gen_ai.request.model": agent.model,
            **_server(agent.client),
            **_request_settings(agent.config),
        }
        self._add_input(attributes, run)
        span = self.tracer.start_span(
            f"{operation} {agent.model}",
            context=self._parent(run),
            kind=trace.SpanKind.CLIENT,
            attributes=attributes,
        )
        with (
            trace.use_span(span, end_on_exit=True, record_exception=False, set_status_on_exception=False),
            _watching_attempts(agent.client),
        ):
            token = _ATTEMPT_TRACER.set(self.tracer)
            try:
                reply = await send()
            except Exception as exc:
                _record_failure(span, exc)
                raise
            finally:
                _ATTEMPT_TRACER.reset(token)
            _describe_response(span, reply.data, agent.backend)
            if self.capture_content:
                answer = messages.reply_messages(reply.data, agent.backend.turn(reply.data))
                span.set_attribute("gen_ai.output.messages", messages.to_json(answer))
        return reply

    async def tool_call(self, run: AgentRun[Any], step: int, call: ToolInvocation, execute: ExecuteCall) -> ToolResult:
        from opentelemetry import trace

        attributes: dict[str, Any] = {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": call.name,
            "gen_ai.tool.type": "function",
        }
        if call.id is not None:
            attributes["gen_ai.tool.call.id"] = call.id
        if self.capture_content:
            attributes["gen_ai.tool.call.arguments"] = messages.to_json(call.args)
        span = self.tracer.start_span(
            f"execute_tool {call.name}", context=self._parent(run), kind=trace.SpanKind.INTERNAL, attributes=attributes
        )
        with trace.use_span(span, end_on_exit=True, record_exception=False, set_status_on_exception=False):
            try:
                result = await execute()
            except Exception as exc:
                _record_failure(span, exc)
                raise
            if result.error is not None:  # the loop sends a tool's exception to the model; the span still failed
                _record_failure(span, result.error)
            elif self.capture_content:
                span.set_attribute("gen_ai.tool.call.result", messages.to_json(result.response))
        return result

    def _parent(self, run: AgentRun[Any]) -> Any:
        from opentelemetry import trace

        span = self._runs.get(run)
        return None if span is None else trace.set_span_in_context(span)


class AttemptSpans(AttemptHook):
    """A span per HTTP attempt of a traced model request, named and described as the HTTP client conventions say
    (``POST``; method, URL without its query, server, status code, ``http.request.resend_count`` on a retry)."""

    def on_request(self, attempt: Attempt) -> None:
        tracer = _ATTEMPT_TRACER.get()
        if tracer is None:
            return
        from opentelemetry.trace import SpanKind

        parts = urlsplit(attempt.url)
        attributes: dict[str, Any] = {"http.request.method": attempt.method, "url.full": attempt.url}
        if parts.hostname:
            attributes["server.address"] = parts.hostname
            attributes["server.port"] = parts.port or (443 if parts.scheme == "https" else 80)
        if attempt.number > 1:
            attributes["http.request.resend_count"] = attempt.number - 1
        attempt.state[_SPAN_KEY] = tracer.start_span(attempt.method, kind=SpanKind.CLIENT, attributes=attributes)

    def on_response(self, attempt: Attempt, response: RawResponse) -> None:
        span: Span | None = attempt.state.pop(_SPAN_KEY, None)
        if span is not None:
            span.set_attribute("http.response.status_code", response.status_code)
            span.end()

    def on_error(self, attempt: Attempt, error: APIError, decision: RetryDecision) -> None:
        span: Span | None = attempt.state.pop(_SPAN_KEY, None)
        if span is None:
            return
        from opentelemetry.trace import Status, StatusCode

        status = getattr(error, "status_code", None)
        if isinstance(status, int):
            span.set_attribute("http.response.status_code", status)
            span.set_attribute("error.type", str(status))
        else:
            span.set_attribute("error.type", type(error).__qualname__)
        span.set_status(Status(StatusCode.ERROR, str(error)))
        span.end()


_ATTEMPT_SPANS: Final = AttemptSpans()
_watched: dict[int, tuple[int, Hooks]] = {}
"""Clients that have the attempt hook now: ``id(client)`` -> (traced requests in flight, the hooks it had before)."""
_watched_lock: Final = threading.Lock()


@contextlib.contextmanager
def _watching_attempts(client: object) -> Generator[None, None, None]:
    """The attempt hook on ``client`` (a pygenai client; anything else is left alone) while the block runs.

    A transport reads the client's hooks once per attempt, so swapping them between attempts is safe.
    """
    if not isinstance(getattr(client, "_hooks", None), Hooks):
        yield
        return
    key = id(client)
    with _watched_lock:
        count, before = _watched.get(key, (0, None))
        if before is None:  # the first traced request in flight on this client: read its hooks under the lock
            before = client._hooks  # type: ignore[attr-defined]
            client._hooks = Hooks([*before.all, _ATTEMPT_SPANS])  # type: ignore[attr-defined]
        _watched[key] = (count + 1, before)
    try:
        yield
    finally:
        with _watched_lock:
            count, before = _watched.pop(key)
            if count == 1:
                client._hooks = before  # type: ignore[attr-defined]
            else:
                _watched[key] = (count - 1, before)


def _provider(client: object) -> str:
    host = urlsplit(str(getattr(client, "base_url", ""))).hostname or ""
    if host == "generativelanguage.googleapis.com":
        return "gcp.gemini"
    if host == "aiplatform.googleapis.com" or host.endswith("-aiplatform.googleapis.com"):
        return "gcp.vertex_ai"
    return "gcp.gen_ai"


def _server(client: object) -> dict[str, Any]:
    parts = urlsplit(str(getattr(client, "base_url", "")))
    if not parts.hostname:
        return {}
    return {"server.address": parts.hostname, "server.port": parts.port or (443 if parts.scheme == "https" else 80)}


def _request_settings(config: Mapping[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for keys, attribute in _REQUEST_SETTINGS:
        for key in keys:
            value = config.get(key)
            if isinstance(value, int | float | str) and not isinstance(value, bool):
                found[attribute] = value
            elif isinstance(value, list | tuple):  # stop sequences
                items = list(cast(Sequence[object], value))
                if all(isinstance(item, str) for item in items):
                    found[attribute] = items
    count = config.get("candidate_count", config.get("candidateCount"))
    if isinstance(count, int) and count != 1:
        found["gen_ai.request.choice.count"] = count
    return found


def _describe_response(span: Span, data: Mapping[str, Any], backend: ModelBackend) -> None:
    """The response's model, id, finish reasons (GenerateContent's candidates) and token counts (as the backend
    counts them for the run)."""
    model = data.get("modelVersion", data.get("model"))  # GenerateContent, Interactions
    if isinstance(model, str):
        span.set_attribute("gen_ai.response.model", model)
    response_id = data.get("responseId", data.get("id"))
    if isinstance(response_id, str):
        span.set_attribute("gen_ai.response.id", response_id)
    candidates = messages.output_messages(data)
    if candidates:
        span.set_attribute("gen_ai.response.finish_reasons", [c["finish_reason"] for c in candidates])
    usage = Usage()
    backend.count(usage, dict(data))
    _set_usage(span, usage.input_tokens, usage.billed_output_tokens, usage.thinking_tokens)
    metadata = data.get("usageMetadata")
    if isinstance(metadata, Mapping):
        cached = _count(cast(Mapping[str, Any], metadata), "cachedContentTokenCount")
        if cached:
            span.set_attribute("gen_ai.usage.cache_read.input_tokens", cached)


def _set_usage(span: Span, input_tokens: int, output_tokens: int, reasoning_tokens: int) -> None:
    """Token counts as the conventions define them: output includes reasoning (thinking) tokens."""
    span.set_attribute("gen_ai.usage.input_tokens", input_tokens)
    span.set_attribute("gen_ai.usage.output_tokens", output_tokens)
    if reasoning_tokens:
        span.set_attribute("gen_ai.usage.reasoning.output_tokens", reasoning_tokens)


def _count(usage: Mapping[str, Any], key: str) -> int:
    value = usage.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _record_failure(span: Span, error: BaseException) -> None:
    from opentelemetry.trace import Status, StatusCode

    span.set_attribute("error.type", type(error).__qualname__)
    span.record_exception(error)
    span.set_status(Status(StatusCode.ERROR, str(error)))
