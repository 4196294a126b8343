"""Streamed interactions: typed events, the accumulated ``Interaction`` equal to the non-streamed one, legacy event
names, unknown types kept, the bare-JSON-line refusal as a typed error, and a resume that repeats no delta
(sync and async; cassettes under ``cassettes/interactions/test_interaction_stream/``)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx2
import orjson
import pytest

import pygenai
from pygenai.interactions._accumulate import InteractionAccumulator
from pygenai.interactions._async.stream import AsyncInteractionStream
from pygenai.interactions._result import Interaction
from pygenai.interactions._sync.stream import InteractionStream
from pygenai_generated.interactions_types import (
    InteractionCompletedEvent,
    InteractionCreatedEvent,
    StepDelta,
    StepStart,
    UnknownContent,
    UnknownInteractionSseEvent,
    UnknownStep,
    UnknownStepDeltaData,
)
from tests.runtime.loopback_server import Chunked, LoopbackServer, Recorded

MODEL = "gemini-3.5-flash"
ANSWER_REQUEST: dict[str, Any] = {
    "model": MODEL,
    "input": "What is the weather in Paris today?",
    "tools": [{"type": "google_search"}],
    "generation_config": {"thinking_summaries": "auto"},
}
WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "The weather in a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"type": "string"}},
        "required": ["city"],
    },
}
CALL_REQUEST: dict[str, Any] = {"model": MODEL, "input": "Weather in Paris, in celsius?", "tools": [WEATHER_TOOL]}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def stream_of(result: Any) -> InteractionStream:
    """``create(stream=True)``'s result, checked to be an ``InteractionStream``."""
    assert isinstance(result, InteractionStream)
    return result


def async_stream_of(result: Any) -> AsyncInteractionStream:
    assert isinstance(result, AsyncInteractionStream)
    return result


def as_interaction(result: Any) -> Interaction:
    assert type(result) is Interaction
    return result


def event_types(events: list[Any]) -> list[str]:
    return [event._data["event_type"] for event in events]


# --------------------------------------------------------------------------- streamed == non-streamed


@pytest.mark.vcr("answer_with_citations.yaml")
def test_streamed_answer_equals_the_non_streamed_one(gemini_client: pygenai.Client) -> None:
    with stream_of(gemini_client.interactions.create(**ANSWER_REQUEST, stream=True)) as stream:
        events = list(stream)
        streamed = stream.final_response()
    direct = as_interaction(gemini_client.interactions.create(**ANSWER_REQUEST))
    assert type(streamed) is Interaction
    assert streamed == direct
    assert streamed.to_dict() == direct.to_dict()
    assert streamed.text == direct.text == "It is 25°C and sunny in Paris today."
    assert streamed.thoughts[0].summary == "**Checking the forecast**\n\nI'll search for today's weather in Paris."
    assert streamed.thought_signatures == direct.thought_signatures
    assert streamed.thought_signatures[0].startswith("CmEB")
    assert streamed.usage == direct.usage and streamed.usage.grounding_tool_counts == {"google_search": 1}
    assert str(streamed.render_citations()) == str(direct.render_citations())
    # typed events in order, with the [DONE] sentinel consumed
    assert isinstance(events[0], InteractionCreatedEvent) and isinstance(events[-1], InteractionCompletedEvent)
    assert sum(isinstance(event, StepDelta) for event in events) == 6
    assert stream.last_event_id == "17"


@pytest.mark.vcr("answer_with_citations.yaml")
def test_a_stream_read_to_its_end_keeps_its_final_response_after_the_with_block(gemini_client: pygenai.Client) -> None:
    with stream_of(gemini_client.interactions.create(**ANSWER_REQUEST, stream=True)) as stream:
        for _ in stream:
            pass
    assert stream.final_response().text == "It is 25°C and sunny in Paris today."
    assert stream.final_response() == stream.final_response()  # and again: iterating the closed stream ends at once
    gemini_client.interactions.create(**ANSWER_REQUEST)  # the cassette's second exchange


@pytest.mark.anyio
@pytest.mark.vcr("answer_with_citations.yaml")
async def test_streamed_answer_equals_the_non_streamed_one_async(async_gemini_client: pygenai.AsyncClient) -> None:
    async with async_stream_of(await async_gemini_client.interactions.create(**ANSWER_REQUEST, stream=True)) as stream:
        texts = [text async for text in stream.text_stream()]
        streamed = await stream.final_response()
    direct = as_interaction(await async_gemini_client.interactions.create(**ANSWER_REQUEST))
    assert texts == ["It is 25°C", " and sunny in Paris today."]  # thought summaries are not output text
    assert streamed == direct
    assert streamed.citations() == direct.citations() and len(streamed.citations()) == 2


@pytest.mark.vcr("function_call_turn.yaml")
def test_argument_fragments_become_the_whole_call(gemini_client: pygenai.Client) -> None:
    stream = stream_of(gemini_client.interactions.create(**CALL_REQUEST, stream=True))
    streamed = stream.final_response()
    direct = as_interaction(gemini_client.interactions.create(**CALL_REQUEST))
    assert streamed == direct
    (call,) = streamed.function_calls
    assert (call.id, call.name, call.args) == ("fc_3k9x", "get_weather", {"city": "Paris", "unit": "celsius"})
    assert streamed.status == "requires_action"
    with pytest.raises(pygenai.InteractionStatusError, match=r"requires_action.*get_weather") as caught:
        _ = streamed.text
    assert caught.value.status == "requires_action" and caught.value.interaction_id == streamed.id
    assert streamed.output_text == ""


@pytest.mark.anyio
@pytest.mark.vcr("function_call_turn.yaml")
async def test_argument_fragments_become_the_whole_call_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = async_stream_of(await async_gemini_client.interactions.create(**CALL_REQUEST, stream=True))
    events = [event async for event in stream]
    streamed = await stream.final_response()  # after the end: the same accumulated interaction
    direct = as_interaction(await async_gemini_client.interactions.create(**CALL_REQUEST))
    assert len(events) == 12
    assert streamed == direct and streamed.function_calls[0].args == {"city": "Paris", "unit": "celsius"}


# --------------------------------------------------------------------------- legacy names, unknown types


@pytest.mark.vcr("legacy_events.yaml")
def test_legacy_event_names_accumulate(gemini_client: pygenai.Client) -> None:
    stream = stream_of(gemini_client.interactions.create(model=MODEL, input="Say hi", stream=True))
    events = list(stream)
    interaction = stream.final_response()
    assert all(isinstance(event, UnknownInteractionSseEvent) for event in events)  # not in today's union
    assert interaction.status == "completed" and interaction.text == "Hi there!"
    assert [step["type"] for step in interaction.to_dict()["steps"]] == ["thought", "model_output"]
    assert interaction.thought_signatures == [events[1]._data["content"]["signature"]]
    assert interaction.usage.thought_tokens == 5


@pytest.mark.anyio
@pytest.mark.vcr("legacy_events.yaml")
async def test_legacy_event_names_accumulate_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = async_stream_of(await async_gemini_client.interactions.create(model=MODEL, input="Say hi", stream=True))
    assert [text async for text in stream.text_stream()] == ["Hi", " there!"]
    assert (await stream.final_response()).text == "Hi there!"


@pytest.mark.vcr("unknown_types.yaml")
def test_unknown_event_step_and_delta_types_survive(gemini_client: pygenai.Client) -> None:
    stream = stream_of(gemini_client.interactions.create(model=MODEL, input="Show me", stream=True))
    events = list(stream)
    heartbeat = events[1]
    assert isinstance(heartbeat, UnknownInteractionSseEvent) and heartbeat.to_dict()["elapsed"] == "2s"
    start = events[2]
    assert isinstance(start, StepStart) and isinstance(start.step, UnknownStep)
    hologram = events[6]
    assert isinstance(hologram, StepDelta) and isinstance(hologram.delta, UnknownStepDeltaData)
    assert hologram.delta.to_dict() == {"type": "hologram", "frames": 3, "uri": "https://holo.example/p.holo"}
    interaction = stream.final_response()
    steps = interaction.steps or []
    assert isinstance(steps[0], UnknownStep)
    assert steps[0].to_dict() == {"id": "hv_1", "arguments": {"scene": "paris"}, "type": "hologram_call"}
    content = steps[1].to_dict()["content"]
    assert content == [
        {"type": "text", "text": "Here it is:"},
        {"type": "hologram", "frames": 3, "uri": "https://holo.example/p.holo"},
    ]
    assert isinstance(interaction.steps[1].content[1], UnknownContent)  # type: ignore[index, union-attr]
    assert interaction.text == "Here it is:"
    assert orjson.loads(interaction.to_json())["steps"] == interaction.to_dict()["steps"]


@pytest.mark.anyio
@pytest.mark.vcr("unknown_types.yaml")
async def test_unknown_event_step_and_delta_types_survive_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = async_stream_of(await async_gemini_client.interactions.create(model=MODEL, input="Show me", stream=True))
    interaction = await stream.final_response()
    assert isinstance((interaction.steps or [])[0], UnknownStep)
    assert interaction.to_dict()["steps"][1]["content"][1]["type"] == "hologram"


# --------------------------------------------------------------------------- the bare-JSON-line refusal


@pytest.mark.shared_cassette("interactions_stream_bare_error_line.yaml")
def test_bare_json_refusal_is_a_typed_error_from_every_read(gemini_client: pygenai.Client) -> None:
    stream = stream_of(gemini_client.interactions.create(model=MODEL, input="Hello", stream=True))
    seen: list[Any] = []
    with pytest.raises(pygenai.StreamError) as caught:
        for event in stream:
            seen.append(event)
    assert event_types(seen) == ["interaction.created", "interaction.status_update"]
    error = caught.value
    assert error.code == "prohibited_content"
    assert error.message == "The response was blocked because it contained prohibited content."
    with pytest.raises(pygenai.StreamError) as again:
        stream.final_response()
    assert again.value is error
    with pytest.raises(pygenai.StreamError):
        _ = stream.accumulated
    with pytest.raises(pygenai.StreamError):
        next(iter(stream))


@pytest.mark.anyio
@pytest.mark.shared_cassette("interactions_stream_bare_error_line.yaml")
async def test_bare_json_refusal_is_a_typed_error_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = async_stream_of(await async_gemini_client.interactions.create(model=MODEL, input="Hello", stream=True))
    with pytest.raises(pygenai.StreamError) as caught:
        await stream.final_response()
    assert caught.value.code == "prohibited_content"
    with pytest.raises(pygenai.StreamError) as again:
        await stream.final_response()
    assert again.value is caught.value


# --------------------------------------------------------------------------- a cut, resumed without repeats


def ievent(event_type: str, event_id: str, **fields: object) -> bytes:
    data = {**fields, "event_id": event_id, "event_type": event_type}
    return f"event: {event_type}\ndata: {orjson.dumps(data).decode()}\n\n".encode()


WORDS = ["The ", "quick ", "brown ", "fox ", "jumps ", "over ", "the ", "lazy ", "dog."]
TIMELINE = [
    ievent("interaction.created", "1", interaction={"id": "v1_cut", "status": "in_progress"}),
    ievent("step.start", "2", index=0, step={"type": "model_output", "content": []}),
    *[ievent("step.delta", str(3 + n), index=0, delta={"type": "text", "text": w}) for n, w in enumerate(WORDS)],
    ievent("step.stop", str(3 + len(WORDS)), index=0),
    ievent("interaction.completed", str(4 + len(WORDS)), interaction={"id": "v1_cut", "status": "completed"}),
    b"event: done\ndata: [DONE]\n\n",
]


def after(recorded: Recorded) -> Chunked:
    """What the API sends to a resume: every event after ``last_event_id``, never one the client already has."""
    last = dict(recorded.query)["last_event_id"]
    position = next(i for i, event in enumerate(TIMELINE) if f'"event_id":"{last}"'.encode() in event)
    return Chunked(TIMELINE[position + 1 :])


@pytest.fixture
def cut_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    # Cut inside the sixth delta ("over "): the half-sent event must not reach the text, nor come twice.
    partial = TIMELINE[7][: len(TIMELINE[7]) // 2]
    server.add(Chunked([*TIMELINE[:7], partial], cut=True), after)
    yield server
    server.close()


def check_resumed(server: LoopbackServer, interaction: Interaction, texts: list[str]) -> None:
    assert texts == WORDS
    assert interaction.text == "The quick brown fox jumps over the lazy dog."
    assert interaction.status == "completed"
    resume = server.requests[1]
    assert resume.method == "GET" and resume.path == "/v1beta/interactions/v1_cut"
    assert ("last_event_id", "7") in resume.query


def test_a_cut_stream_resumes_without_repeating_deltas(cut_server: LoopbackServer) -> None:
    with pygenai.Client(api_key="test-key-resume", base_url=cut_server.url) as client:
        stream = stream_of(client.interactions.create(model=MODEL, input="A fox", stream=True))
        texts = list(stream.text_stream())
        check_resumed(cut_server, stream.final_response(), texts)


def test_a_cut_stream_resumes_without_repeating_deltas_async(cut_server: LoopbackServer) -> None:
    async def run() -> tuple[Interaction, list[str]]:
        async with pygenai.AsyncClient(api_key="test-key-resume", base_url=cut_server.url) as client:
            stream = async_stream_of(await client.interactions.create(model=MODEL, input="A fox", stream=True))
            texts = [text async for text in stream.text_stream()]
            return await stream.final_response(), texts

    interaction, texts = asyncio.run(run())
    check_resumed(cut_server, interaction, texts)


# --------------------------------------------------------------------------- stream failures and closing


def test_an_event_that_does_not_merge_fails_the_stream_and_releases_it(cut_server: LoopbackServer) -> None:
    cut_server.script.clear()
    bad = ievent("step.delta", "3", index=0, delta={"type": "arguments_delta", "arguments": 5})
    cut_server.add(Chunked([TIMELINE[0], TIMELINE[1], bad, *TIMELINE[3:]]))
    one_connection = httpx2.Client(limits=httpx2.Limits(max_connections=1), timeout=httpx2.Timeout(5.0, pool=1.0))
    with pygenai.Client(api_key="test-key-resume", base_url=cut_server.url, http_client=one_connection) as client:
        stream = stream_of(client.interactions.create(model=MODEL, input="A fox", stream=True))
        with pytest.raises(pygenai.ResponseDecodeError, match=r"steps\[0\]\.arguments") as caught:
            list(stream)
        with pytest.raises(pygenai.ResponseDecodeError) as again:
            stream.final_response()
        assert again.value is caught.value
        # the pool's one connection went back: the client still serves a new call (else PoolTimeout)
        cut_server.add(Chunked(TIMELINE))
        assert stream_of(client.interactions.create(model=MODEL, input="A fox", stream=True)).final_response().text
    one_connection.close()


def test_a_stream_closed_before_its_end_has_no_final_response(cut_server: LoopbackServer) -> None:
    cut_server.script.clear()
    cut_server.add(Chunked(TIMELINE))
    with pygenai.Client(api_key="test-key-resume", base_url=cut_server.url) as client:
        with stream_of(client.interactions.create(model=MODEL, input="A fox", stream=True)) as stream:
            next(stream)
        with pytest.raises(RuntimeError, match="closed before it ended"):
            stream.final_response()
        assert stream.accumulated.id == "v1_cut"


def test_accumulated_results_share_nothing() -> None:
    accumulator = InteractionAccumulator()
    for raw in TIMELINE[:5]:
        accumulator.feed(orjson.loads(raw.split(b"data: ", 1)[1]))
    first = accumulator.interaction()
    first.to_dict()["steps"][0]["content"][0]["text"] = "edited"
    first._data["steps"][0]["content"][0]["text"] = "edited"
    second = accumulator.interaction()
    assert second.text == "The quick brown "
    for raw in TIMELINE[5:-1]:
        accumulator.feed(orjson.loads(raw.split(b"data: ", 1)[1]))
    accumulator.feed("[DONE]")
    assert accumulator.done and accumulator.completed
    assert second.text == "The quick brown " and first._data["steps"][0]["content"][0]["text"] == "edited"
    assert accumulator.interaction().text == "The quick brown fox jumps over the lazy dog."


# --------------------------------------------------------------------------- the accumulator's rules


def merged(*events: dict[str, Any]) -> dict[str, Any]:
    accumulator = InteractionAccumulator()
    for event in events:
        accumulator.feed(event)
    return accumulator.result()


def start(index: int, step: dict[str, Any]) -> dict[str, Any]:
    return {"event_type": "step.start", "index": index, "step": step}


def delta(index: int, **fields: Any) -> dict[str, Any]:
    return {"event_type": "step.delta", "index": index, "delta": fields}


def stop(index: int) -> dict[str, Any]:
    return {"event_type": "step.stop", "index": index}


def test_media_deltas_are_items_and_text_after_them_starts_a_new_item() -> None:
    image = {"type": "image", "data": "aW1n", "mime_type": "image/png"}
    steps = merged(
        start(0, {"type": "model_output"}),
        delta(0, type="text", text="Look"),
        delta(0, type="text", text=":"),
        delta(0, **image),
        delta(0, type="text", text="Nice."),
        stop(0),
    )["steps"]
    assert steps == [
        {"type": "model_output", "content": [{"type": "text", "text": "Look:"}, image, text_item("Nice.")]}
    ]


def text_item(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def test_a_call_without_argument_fragments_keeps_its_arguments_and_calls_merge_their_deltas() -> None:
    steps = merged(
        start(0, {"type": "function_call", "id": "c1", "name": "now", "arguments": {}}),
        stop(0),
        start(1, {"type": "google_search_call", "id": "s1"}),
        delta(1, type="google_search_call", arguments={"queries": ["a"]}, signature="c2ln"),
        stop(1),
    )["steps"]
    assert steps[0]["arguments"] == {}
    assert steps[1] == {"type": "google_search_call", "id": "s1", "arguments": {"queries": ["a"]}, "signature": "c2ln"}


def test_argument_fragments_are_parsed_when_read_before_the_stop() -> None:
    accumulator = InteractionAccumulator()
    accumulator.feed(start(0, {"type": "function_call", "id": "c1", "name": "f", "arguments": {}}))
    accumulator.feed(delta(0, type="arguments_delta", arguments='{"a": [1, '))
    accumulator.feed(delta(0, type="arguments_delta", arguments="2]}"))
    assert accumulator.interaction().function_calls[0].args == {"a": [1, 2]}
    accumulator.feed(stop(0))
    assert accumulator.result()["steps"][0]["arguments"] == {"a": [1, 2]}


@pytest.mark.parametrize(
    ("fragments", "says"),
    [(['{"a": '], "not JSON"), (["[1, 2]"], "JSON object, got array")],
)
def test_argument_fragments_that_are_no_object_raise_with_the_path(fragments: list[str], says: str) -> None:
    accumulator = InteractionAccumulator()
    accumulator.feed(start(0, {"type": "thought"}))
    accumulator.feed(start(1, {"type": "function_call", "id": "c1", "name": "f", "arguments": {}}))
    for fragment in fragments:
        accumulator.feed(delta(1, type="arguments_delta", arguments=fragment))
    with pytest.raises(pygenai.ResponseDecodeError, match=says) as caught:
        accumulator.feed(stop(1))
    assert caught.value.path == "steps[1].arguments"


def test_an_error_event_fed_directly_raises_a_stream_error() -> None:
    accumulator = InteractionAccumulator()
    with pytest.raises(pygenai.StreamError) as caught:
        accumulator.feed({"error": {"code": "gateway_timeout", "message": "Deadline expired."}, "event_type": "error"})
    assert (caught.value.code, caught.value.message) == ("gateway_timeout", "Deadline expired.")
    assert isinstance(caught.value, pygenai.GatewayTimeoutError)  # typed by its code, as the stream parser types it


@pytest.mark.parametrize(
    ("event", "path"),
    [
        ({"event_type": "step.delta", "index": "0", "delta": {"type": "text", "text": "x"}}, "step.delta.index"),
        ({"event_type": "step.delta", "index": 0, "delta": "x"}, "step.delta.delta"),
        ({"event_type": "step.delta", "index": 0, "delta": {"type": "text", "text": 5}}, "steps[0].text"),
        ({"event_type": "step.start", "index": -1, "step": {}}, "step.start.index"),
        ({"event_type": "interaction.created", "interaction": []}, "interaction.created.interaction"),
    ],
)
def test_an_event_of_the_wrong_shape_raises_and_merges_nothing(event: dict[str, Any], path: str) -> None:
    accumulator = InteractionAccumulator()
    accumulator.feed(start(0, {"type": "model_output"}))
    accumulator.feed(delta(0, type="text", text="kept"))
    before = accumulator.result()
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        accumulator.feed(event)
    assert caught.value.path == path
    assert accumulator.result() == before and accumulator.event_count == 2


def test_a_delta_without_a_start_is_model_output_and_strings_other_than_done_are_refused() -> None:
    assert merged(delta(2, type="text", text="hi"))["steps"] == [{"type": "model_output", "content": [text_item("hi")]}]
    with pytest.raises(pygenai.ResponseDecodeError, match="DONE"):
        InteractionAccumulator().feed("data")
    accumulator = InteractionAccumulator()
    accumulator.feed(None)
    assert accumulator.done and accumulator.result() == {"steps": []}
