"""Token-level ``run_stream`` over GenerateContent: each request streamed (``streamGenerateContent?alt=sse``), its text
as ``TextDelta`` events while the request is in flight, the history the unary run keeps (signatures intact), and the
interceptors seeing one model request per step with the final reply."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from pygenai.agent_framework import (
    Agent,
    AgentRun,
    ModelReply,
    ModelRequestFinished,
    ModelRequestStarted,
    RunInterceptor,
    StepFinished,
    TextDelta,
    TextOutput,
    ToolCallFinished,
    ToolCallStarted,
)
from pygenai.agent_framework._intercept import SendRequest
from tests.agents._scripted import ScriptedModel, call, response
from tests.agents._scripted_wire import StreamingModel, chunk

MODEL = "gemini-2.5-flash"


def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def streamed_script() -> list[list[dict[str, Any]]]:
    return [
        [
            chunk({"text": "Checking", "thought": True}),
            chunk(call("get_weather", signature="sig-call", city="Paris"), finish=True),
        ],
        [
            chunk({"text": "It is "}),
            chunk({"text": "sunny "}),
            chunk({"text": "in Paris.", "thoughtSignature": "sig-answer"}, prompt=40, output=9, finish=True),
        ],
    ]


def unary_script() -> ScriptedModel:
    """The same turns as one response each: what the unary run receives for the streamed script."""
    return ScriptedModel(
        response({"text": "Checking", "thought": True}, call("get_weather", signature="sig-call", city="Paris")),
        response(
            {"text": "It is sunny "}, {"text": "in Paris.", "thoughtSignature": "sig-answer"}, prompt=40, output=9
        ),
    )


@pytest.mark.anyio
async def test_text_deltas_arrive_while_the_request_is_in_flight() -> None:
    gate = anyio.Event()
    model = StreamingModel([chunk({"text": "Hello "}), chunk({"text": "world."}, finish=True)], gate=gate)
    run = Agent(model.async_client(), model=MODEL).run_stream("Hi")
    seen: list[Any] = []
    async for event in run.events():
        seen.append(event)
        if isinstance(event, TextDelta) and not gate.is_set():
            assert model.finished == 0  # the response has not ended: the text came while it was streaming
            gate.set()
    assert [e.text for e in seen if isinstance(e, TextDelta)] == ["Hello ", "world."]
    assert [type(e) for e in seen] == [
        ModelRequestStarted,
        TextDelta,
        TextDelta,
        ModelRequestFinished,
        TextOutput,
        StepFinished,
    ]
    assert run.result is not None and run.result.output == "Hello world."


@pytest.mark.anyio
async def test_the_streamed_history_equals_the_unary_one_with_signatures() -> None:
    unary = await Agent(unary_script().async_client(), model=MODEL, tools=[get_weather]).run("Weather?")
    model = StreamingModel(*streamed_script())
    run = Agent(model.async_client(), model=MODEL, tools=[get_weather]).run_stream("Weather?")
    events = [event async for event in run.events()]
    assert run.result is not None
    assert run.result.messages == unary.messages
    assert run.result.messages[1]["parts"][1]["thoughtSignature"] == "sig-call"
    assert run.result.messages[3]["parts"][-1]["thoughtSignature"] == "sig-answer"
    assert run.result.output == unary.output == "It is sunny in Paris."
    assert run.result.usage == unary.usage  # the last chunk's usage, not a sum of the snapshots
    # the second request sent the streamed call turn back as received
    assert model.requests[1]["contents"][1] == run.result.messages[1]
    kinds = [type(e).__name__ for e in events]
    assert kinds == [
        "ModelRequestStarted",
        "ModelRequestFinished",  # a thought and a call: no answer text to stream
        "ToolCallStarted",
        "ToolCallFinished",
        "StepFinished",
        "ModelRequestStarted",
        "TextDelta",
        "TextDelta",
        "TextDelta",
        "ModelRequestFinished",
        "TextOutput",
        "StepFinished",
    ]
    assert ToolCallStarted in {type(e) for e in events} and ToolCallFinished in {type(e) for e in events}


class CountingRequests(RunInterceptor):
    def __init__(self) -> None:
        self.steps: list[int] = []
        self.replies: list[dict[str, Any]] = []

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        self.steps.append(step)
        reply = await send()
        self.replies.append(reply.data)
        return reply


@pytest.mark.anyio
async def test_interceptors_see_one_request_per_step_and_the_final_reply() -> None:
    counting = CountingRequests()
    model = StreamingModel(*streamed_script())
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather], interceptors=[counting])
    texts = [text async for text in agent.run_stream("Weather?").text_deltas()]
    assert texts == ["It is ", "sunny ", "in Paris."]
    assert counting.steps == [1, 2]
    final = counting.replies[1]["candidates"][0]["content"]["parts"]
    assert "".join(p.get("text", "") for p in final) == "It is sunny in Paris."


class Recorded(RunInterceptor):
    """Answers step 1 from a record: nothing is sent, so nothing streams."""

    async def model_request(self, run: AgentRun[Any], step: int, send: SendRequest) -> ModelReply:
        if step == 1:
            return run.agent.backend.reply(response({"text": "from the record"}))
        return await send()


@pytest.mark.anyio
async def test_a_recorded_reply_is_used_without_streaming() -> None:
    model = StreamingModel()
    run = Agent(model.async_client(), model=MODEL, interceptors=[Recorded()]).run_stream("x")
    events = [event async for event in run.events()]
    assert not any(isinstance(e, TextDelta) for e in events)
    assert model.requests == []
    assert run.result is not None and run.result.output == "from the record"


@pytest.mark.anyio
async def test_a_sync_client_streams_from_a_worker_thread() -> None:
    model = StreamingModel(*streamed_script())
    run = Agent(model.client(), model=MODEL, tools=[get_weather]).run_stream("Weather?")
    texts = [text async for text in run.text_deltas()]
    assert texts == ["It is ", "sunny ", "in Paris."]
    assert run.result is not None and run.result.output == "It is sunny in Paris."


@pytest.mark.anyio
async def test_unary_runs_do_not_stream_and_text_deltas_gives_whole_turns() -> None:
    model = unary_script()
    agent = Agent(model.async_client(), model=MODEL, tools=[get_weather])
    assert [text async for text in agent.iter("Weather?").text_deltas()] == ["It is sunny in Paris."]


@pytest.mark.anyio
async def test_breaking_out_of_a_streamed_run_closes_it() -> None:
    gate = anyio.Event()  # never set: the response stays open
    model = StreamingModel([chunk({"text": "Hello "}), chunk({"text": "world."}, finish=True)], gate=gate)
    run = Agent(model.async_client(), model=MODEL).run_stream("Hi")
    with anyio.fail_after(5):
        async for text in run.text_deltas():
            assert text == "Hello "
            break
        await run.aclose()
    assert run.result is None and model.finished == 0


@pytest.mark.anyio
async def test_a_stream_that_fails_raises_in_the_run() -> None:
    model = StreamingModel([{"error": {"code": 500, "message": "boom", "status": "INTERNAL"}}])
    run = Agent(model.async_client(), model=MODEL).run_stream("Hi")
    with pytest.raises(Exception, match="boom"):
        async for _ in run.events():
            pass
