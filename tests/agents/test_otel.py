"""OpenTelemetryTracing: spans of agent runs as the GenAI semantic conventions name them, checked with the SDK's
in-memory exporter (run -> generate_content -> HTTP attempt; run -> execute_tool)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anyio
import httpx2
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import pygenai
from pygenai.agent_framework import Agent, OpenTelemetryTracing, UsageLimits
from tests.agents._scripted import ScriptedModel, call, response, text

MODEL = "gemini-2.5-flash"
FAST = pygenai.RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.002)


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exported = InMemorySpanExporter()
    yield exported
    exported.clear()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return tracer_provider


def with_id(body: dict[str, Any], response_id: str) -> dict[str, Any]:
    return {**body, "responseId": response_id}


class Flaky(ScriptedModel):
    """Answers the first request with the given statuses (one per attempt), then follows the script."""

    def __init__(self, statuses: list[int], *bodies: dict[str, Any]) -> None:
        super().__init__(*bodies)
        self.statuses = statuses

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        if self.statuses:
            status = self.statuses.pop(0)
            error = {"error": {"code": status, "message": "try later", "status": "UNAVAILABLE"}}
            return httpx2.Response(status, json=error)
        return super().handle(request)

    def async_client(self) -> pygenai.AsyncClient:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(self.handle))
        return pygenai.AsyncClient(
            api_key="test-key-agents", base_url="http://gemini.test", http_client=http, retry_policy=FAST
        )


def spans_by_name(exporter: InMemorySpanExporter) -> dict[str, list[ReadableSpan]]:
    found: dict[str, list[ReadableSpan]] = {}
    for span in exporter.get_finished_spans():
        found.setdefault(span.name, []).append(span)
    return found


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent is not None else None


def span_id(span: ReadableSpan) -> int:
    assert span.context is not None
    return span.context.span_id


def attrs(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


@pytest.mark.anyio
async def test_a_run_is_a_tree_of_run_requests_attempts_and_tool_calls(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def lookup(city: str) -> str:
        """Look a city up."""
        return f"{city}: 12 C"

    model = ScriptedModel(
        with_id(response(call("lookup", id="call-1", city="Oslo"), prompt=12, output=3, thoughts=2), "resp-1"),
        with_id(text("Oslo is mild.", prompt=20, output=4), "resp-2"),
    )
    agent = Agent(
        model.async_client(),
        model=MODEL,
        name="helper",
        tools=[lookup],
        interceptors=[OpenTelemetryTracing(tracer_provider=provider)],
    )
    result = await agent.run("Weather in Oslo?")
    assert result.output == "Oslo is mild."

    spans = spans_by_name(exporter)
    assert sorted((name, len(found)) for name, found in spans.items()) == [
        ("POST", 2),
        ("execute_tool lookup", 1),
        ("generate_content gemini-2.5-flash", 2),
        ("invoke_agent helper", 1),
    ]
    (run,) = spans["invoke_agent helper"]
    first, second = sorted(spans["generate_content gemini-2.5-flash"], key=lambda s: s.start_time or 0)
    (tool,) = spans["execute_tool lookup"]
    attempts = sorted(spans["POST"], key=lambda s: s.start_time or 0)

    assert run.parent is None and run.kind is SpanKind.INTERNAL
    assert parent_of(first) == parent_of(second) == parent_of(tool) == span_id(run)
    assert [parent_of(a) for a in attempts] == [span_id(first), span_id(second)]
    assert first.kind is SpanKind.CLIENT and tool.kind is SpanKind.INTERNAL and attempts[0].kind is SpanKind.CLIENT
    assert first.end_time is not None and tool.start_time is not None and first.end_time <= tool.start_time

    assert attrs(run) == {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.provider.name": "gcp.gen_ai",  # a base URL that is not Google's own endpoint
        "gen_ai.agent.name": "helper",
        "gen_ai.request.model": MODEL,
        "gen_ai.usage.input_tokens": 32,
        "gen_ai.usage.output_tokens": 9,  # 3 + 2 thinking + 4
        "gen_ai.usage.reasoning.output_tokens": 2,
    }
    assert attrs(first) == {
        "gen_ai.operation.name": "generate_content",
        "gen_ai.provider.name": "gcp.gen_ai",
        "gen_ai.request.model": MODEL,
        "server.address": "gemini.test",
        "server.port": 80,
        "gen_ai.response.model": "gemini-2.5-flash",
        "gen_ai.response.id": "resp-1",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": 12,
        "gen_ai.usage.output_tokens": 5,
        "gen_ai.usage.reasoning.output_tokens": 2,
    }
    assert attrs(second)["gen_ai.usage.input_tokens"] == 20 and attrs(second)["gen_ai.usage.output_tokens"] == 4
    assert "gen_ai.usage.reasoning.output_tokens" not in attrs(second)
    assert attrs(second)["gen_ai.response.id"] == "resp-2"
    assert attrs(tool) == {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "lookup",
        "gen_ai.tool.type": "function",
        "gen_ai.tool.call.id": "call-1",
    }
    assert attrs(attempts[0]) == {
        "http.request.method": "POST",
        "url.full": f"http://gemini.test/v1beta/models/{MODEL}:generateContent",
        "server.address": "gemini.test",
        "server.port": 80,
        "http.response.status_code": 200,
    }
    assert all(s.status.status_code is StatusCode.UNSET for s in exporter.get_finished_spans())


@pytest.mark.anyio
async def test_a_retried_request_shows_each_attempt(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    model = Flaky([503], text("fine", prompt=7, output=2))
    agent = Agent(model.async_client(), model=MODEL, interceptors=[OpenTelemetryTracing(tracer_provider=provider)])
    assert (await agent.run("hi")).output == "fine"

    spans = spans_by_name(exporter)
    (request,) = spans[f"generate_content {MODEL}"]
    failed, answered = sorted(spans["POST"], key=lambda s: s.start_time or 0)
    assert parent_of(failed) == parent_of(answered) == span_id(request)
    assert attrs(failed)["http.response.status_code"] == 503 and attrs(failed)["error.type"] == "503"
    assert "http.request.resend_count" not in attrs(failed)
    assert failed.status.status_code is StatusCode.ERROR
    assert attrs(answered)["http.response.status_code"] == 200 and attrs(answered)["http.request.resend_count"] == 1
    assert answered.status.status_code is StatusCode.UNSET
    # the retry happened inside the request: the model request itself succeeded
    assert request.status.status_code is StatusCode.UNSET and attrs(request)["gen_ai.usage.input_tokens"] == 7


@pytest.mark.anyio
async def test_a_failing_tool_marks_its_span_and_the_run_goes_on(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def lookup(city: str) -> str:
        """Look a city up."""
        raise ValueError(f"no such city: {city}")

    model = ScriptedModel(response(call("lookup", city="Atlantis")), text("I could not find it."))
    agent = Agent(
        model.async_client(), model=MODEL, tools=[lookup], interceptors=[OpenTelemetryTracing(tracer_provider=provider)]
    )
    assert (await agent.run("Weather in Atlantis?")).output == "I could not find it."

    spans = spans_by_name(exporter)
    (tool,) = spans["execute_tool lookup"]
    assert attrs(tool)["error.type"] == "ValueError"
    assert "gen_ai.tool.call.id" not in attrs(tool)  # Gemini sent no call id
    assert tool.status.status_code is StatusCode.ERROR and tool.status.description == "no such city: Atlantis"
    (event,) = tool.events
    assert event.name == "exception" and dict(event.attributes or {})["exception.type"] == "ValueError"
    (run,) = spans["invoke_agent agent"]
    assert run.status.status_code is StatusCode.UNSET and "error.type" not in attrs(run)


@pytest.mark.anyio
async def test_a_failed_run_has_an_error_status_and_its_usage_so_far(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    def lookup(city: str) -> str:
        """Look a city up."""
        return city

    model = ScriptedModel(response(call("lookup", city="Oslo"), prompt=11, output=6), text("never asked"))
    agent = Agent(
        model.async_client(),
        model=MODEL,
        tools=[lookup],
        limits=UsageLimits(max_steps=1),
        interceptors=[OpenTelemetryTracing(tracer_provider=provider)],
    )
    with pytest.raises(pygenai.UsageLimitExceededError):
        await agent.run("go")

    (run,) = spans_by_name(exporter)["invoke_agent agent"]
    assert run.status.status_code is StatusCode.ERROR
    assert attrs(run)["error.type"] == "UsageLimitExceededError"
    assert attrs(run)["gen_ai.usage.input_tokens"] == 11 and attrs(run)["gen_ai.usage.output_tokens"] == 6
    assert [e.name for e in run.events] == ["exception"]


@pytest.mark.anyio
async def test_a_failed_model_request_marks_the_request_its_attempt_and_the_run(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    model = Flaky([400])
    agent = Agent(model.async_client(), model=MODEL, interceptors=[OpenTelemetryTracing(tracer_provider=provider)])
    with pytest.raises(pygenai.BadRequestError):
        await agent.run("hi")

    spans = spans_by_name(exporter)
    ((attempt,), (request,), (run,)) = spans["POST"], spans[f"generate_content {MODEL}"], spans["invoke_agent agent"]
    assert attrs(attempt)["error.type"] == "400" and attempt.status.status_code is StatusCode.ERROR
    assert attrs(request)["error.type"] == "BadRequestError" and request.status.status_code is StatusCode.ERROR
    assert attrs(run)["error.type"] == "BadRequestError" and run.status.status_code is StatusCode.ERROR


CONTENT_KEYS = {
    "gen_ai.system_instructions",
    "gen_ai.input.messages",
    "gen_ai.output.messages",
    "gen_ai.tool.call.arguments",
    "gen_ai.tool.call.result",
}


def _weather_run(provider: TracerProvider, **options: Any) -> Agent[str]:
    def lookup(city: str) -> str:
        """Look a city up."""
        return f"{city}: 12 C"

    model = ScriptedModel(
        response({"text": "Checking.", "thought": True}, call("lookup", id="c1", city="Oslo")), text("Mild.")
    )
    return Agent(
        model.async_client(),
        model=MODEL,
        instructions="Be brief.",
        tools=[lookup],
        interceptors=[OpenTelemetryTracing(tracer_provider=provider, **options)],
    )


@pytest.mark.anyio
async def test_content_is_not_recorded_by_default(
    provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", raising=False)
    await _weather_run(provider).run("Weather in Oslo?")
    spans = exporter.get_finished_spans()
    assert len(spans) == 6
    assert not any(CONTENT_KEYS & attrs(span).keys() for span in spans)
    assert not any("Oslo" in str(value) for span in spans for value in attrs(span).values())


@pytest.mark.anyio
async def test_content_is_recorded_when_asked(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    await _weather_run(provider, capture_content=True).run("Weather in Oslo?")
    spans = spans_by_name(exporter)
    first, second = sorted(spans[f"generate_content {MODEL}"], key=lambda s: s.start_time or 0)
    prompt = {"role": "user", "parts": [{"type": "text", "content": "Weather in Oslo?"}]}
    asked = {
        "role": "assistant",
        "parts": [
            {"type": "reasoning", "content": "Checking."},
            {"type": "tool_call", "id": "c1", "name": "lookup", "arguments": {"city": "Oslo"}},
        ],
    }
    answered = {
        "role": "tool",
        "parts": [{"type": "tool_call_response", "id": "c1", "response": {"result": "Oslo: 12 C"}}],
    }
    assert json.loads(attrs(first)["gen_ai.system_instructions"]) == [{"type": "text", "content": "Be brief."}]
    assert json.loads(attrs(first)["gen_ai.input.messages"]) == [prompt]
    assert json.loads(attrs(first)["gen_ai.output.messages"]) == [{**asked, "finish_reason": "stop"}]
    assert json.loads(attrs(second)["gen_ai.input.messages"]) == [prompt, asked, answered]
    (tool,) = spans["execute_tool lookup"]
    assert json.loads(attrs(tool)["gen_ai.tool.call.arguments"]) == {"city": "Oslo"}
    assert json.loads(attrs(tool)["gen_ai.tool.call.result"]) == {"result": "Oslo: 12 C"}
    (run,) = spans["invoke_agent agent"]
    assert json.loads(attrs(run)["gen_ai.input.messages"]) == [prompt]
    final = {"role": "assistant", "parts": [{"type": "text", "content": "Mild."}], "finish_reason": "stop"}
    assert json.loads(attrs(run)["gen_ai.output.messages"]) == [final]
    assert not any(CONTENT_KEYS & attrs(span).keys() for span in spans["POST"])


@pytest.mark.anyio
@pytest.mark.parametrize(("value", "captured"), [("true", True), ("TRUE", True), ("span_only", True), ("false", False)])
async def test_the_conventions_environment_variable_turns_capture_on(
    provider: TracerProvider,
    exporter: InMemorySpanExporter,
    monkeypatch: pytest.MonkeyPatch,
    value: str,
    captured: bool,
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", value)
    await _weather_run(provider).run("Weather in Oslo?")
    (tool,) = spans_by_name(exporter)["execute_tool lookup"]
    assert ("gen_ai.tool.call.arguments" in attrs(tool)) is captured


def test_a_sync_client_run_nests_its_attempts_too(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    model = ScriptedModel(text("hello"))
    agent = Agent(model.client(), model=MODEL, interceptors=[OpenTelemetryTracing(tracer_provider=provider)])
    with provider.get_tracer("test").start_as_current_span("caller") as caller:
        assert agent.run_sync("hi").output == "hello"
    spans = spans_by_name(exporter)
    ((attempt,), (request,), (run,)) = spans["POST"], spans[f"generate_content {MODEL}"], spans["invoke_agent agent"]
    assert parent_of(run) == caller.get_span_context().span_id
    assert parent_of(request) == span_id(run) and parent_of(attempt) == span_id(request)


@pytest.mark.anyio
async def test_the_attempt_hook_is_on_the_client_only_while_a_traced_request_runs(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    model = ScriptedModel(text("traced"), text("not traced"))
    seen: list[tuple[str, ...]] = []

    def watch(request: httpx2.Request) -> httpx2.Response:
        seen.append(tuple(type(hook).__name__ for hook in client.hooks))
        return model.handle(request)

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(watch))
    client = pygenai.AsyncClient(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)
    before = client.hooks
    agent = Agent(client, model=MODEL, interceptors=[OpenTelemetryTracing(tracer_provider=provider)])
    await agent.run("hi")
    assert client.hooks == before
    exporter.clear()
    await client.models.generate_content(model=MODEL, contents="plain")
    assert exporter.get_finished_spans() == ()
    assert seen == [("RetryLog", "AttemptSpans"), ("RetryLog",)]


@pytest.mark.anyio
async def test_concurrent_traced_runs_on_one_client_each_get_their_attempts(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    model = ScriptedModel(*[text(f"answer {n}") for n in range(6)])

    async def slow(request: httpx2.Request) -> httpx2.Response:
        await anyio.sleep(0.01)  # every request is in flight at once
        return model.handle(request)

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(slow))
    client = pygenai.AsyncClient(api_key="test-key-agents", base_url="http://gemini.test", http_client=http)
    before = client.hooks
    tracing = OpenTelemetryTracing(tracer_provider=provider)
    agents = [Agent(client, model=MODEL, name=f"agent-{n}", interceptors=[tracing]) for n in range(6)]
    async with anyio.create_task_group() as group:
        for agent in agents:
            group.start_soon(agent.run, "hi")
    spans = exporter.get_finished_spans()
    requests = {span_id(s): s for s in spans if s.name.startswith("generate_content")}
    attempts = [s for s in spans if s.name == "POST"]
    assert len(requests) == len(attempts) == 6
    assert sorted(parent_of(a) or 0 for a in attempts) == sorted(requests)
    assert client.hooks == before


@pytest.mark.anyio
async def test_a_run_inside_a_tool_nests_under_that_tool_call(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    tracing = OpenTelemetryTracing(tracer_provider=provider)
    inner_model = ScriptedModel(text("42"))
    inner = Agent(inner_model.async_client(), model=MODEL, name="inner", interceptors=[tracing])

    async def ask_inner(question: str) -> str:
        """Ask the inner agent."""
        return str((await inner.run(question)).output)

    outer_model = ScriptedModel(response(call("ask_inner", question="meaning?")), text("It is 42."))
    outer = Agent(outer_model.async_client(), model=MODEL, name="outer", tools=[ask_inner], interceptors=[tracing])
    assert (await outer.run("go")).output == "It is 42."
    spans = spans_by_name(exporter)
    (tool,) = spans["execute_tool ask_inner"]
    (inner_run,) = spans["invoke_agent inner"]
    assert parent_of(inner_run) == span_id(tool)
    assert trace.get_current_span() is trace.INVALID_SPAN  # nothing left attached


@pytest.mark.anyio
async def test_over_interactions_a_request_is_a_chat_span_with_the_interaction_s_usage(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    interaction = {
        "id": "interaction-1",
        "model": MODEL,
        "status": "completed",
        "role": "model",
        "steps": [
            {"type": "user_input", "content": [{"type": "text", "text": "hi"}]},
            {"type": "model_output", "content": [{"type": "text", "text": "hello"}]},
        ],
        "usage": {"total_input_tokens": 9, "total_output_tokens": 4, "total_thought_tokens": 1},
    }

    def handle(request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/v1beta/interactions"
        return httpx2.Response(200, json=interaction)

    client = pygenai.AsyncClient(
        api_key="test-key-agents",
        base_url="http://gemini.test",
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handle)),
    )
    tracing = OpenTelemetryTracing(tracer_provider=provider, capture_content=True)
    agent = Agent(client, model=MODEL, backend="interactions", interceptors=[tracing])
    assert (await agent.run("hi")).output == "hello"

    spans = spans_by_name(exporter)
    (request,) = spans[f"chat {MODEL}"]
    (run,) = spans["invoke_agent agent"]
    assert parent_of(request) == span_id(run) and parent_of(spans["POST"][0]) == span_id(request)
    assert {key: value for key, value in attrs(request).items() if "messages" not in key} == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "gcp.gen_ai",
        "gen_ai.request.model": MODEL,
        "server.address": "gemini.test",
        "server.port": 80,
        "gen_ai.response.model": MODEL,
        "gen_ai.response.id": "interaction-1",
        "gen_ai.usage.input_tokens": 9,
        "gen_ai.usage.output_tokens": 5,
        "gen_ai.usage.reasoning.output_tokens": 1,
    }
    output = [{"role": "assistant", "parts": [{"type": "text", "content": "hello"}], "finish_reason": "completed"}]
    assert json.loads(attrs(request)["gen_ai.output.messages"]) == output


def test_the_provider_is_named_from_the_base_url() -> None:
    from pygenai.agent_framework._otel import _provider

    assert _provider(pygenai.Client(api_key="k")) == "gcp.gemini"
    assert _provider(pygenai.Client(api_key="k", base_url="https://us-central1-aiplatform.googleapis.com")) == (
        "gcp.vertex_ai"
    )
    assert _provider(pygenai.Client(api_key="k", base_url="http://127.0.0.1:8080")) == "gcp.gen_ai"


@pytest.mark.anyio
async def test_request_settings_become_request_attributes(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    model = ScriptedModel(text("ok"))
    config = {"temperature": 0.2, "top_p": 0.9, "max_output_tokens": 64, "stop_sequences": ["END"], "seed": 7}
    tracing = OpenTelemetryTracing(tracer_provider=provider)
    await Agent(model.async_client(), model=MODEL, config=config, interceptors=[tracing]).run("hi")
    (request,) = spans_by_name(exporter)[f"generate_content {MODEL}"]
    assert {key: value for key, value in attrs(request).items() if key.startswith("gen_ai.request.")} == {
        "gen_ai.request.model": MODEL,
        "gen_ai.request.temperature": 0.2,
        "gen_ai.request.top_p": 0.9,
        "gen_ai.request.max_tokens": 64,
        "gen_ai.request.stop_sequences": ("END",),
        "gen_ai.request.seed": 7,
    }
