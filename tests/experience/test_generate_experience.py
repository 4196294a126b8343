"""``client.models.generate_content`` / ``stream_generate_content`` as google-genai users write them: contents as
strings, parts, files and turns; ``config=`` with snake_case settings; typed responses and accumulated streams."""

from __future__ import annotations

from typing import Any

import pytest

import pygenai
from pygenai.gemini._contents import to_contents
from pygenai.gemini._prepare import prepare
from pygenai.types import Content, File, Part
from tests.experience._support import MODEL, get_weather

HAIKU = "Grey waves fold and break,\nsalt wind carries gull voices —\nthe tide keeps its time."
HAIKU_CONFIG: dict[str, Any] = {
    "system_instruction": "You are a poet.",
    "temperature": 0.7,
    "top_p": 0.9,
    "top_k": 40,
    "max_output_tokens": 256,
    "stop_sequences": ["\n\n\n"],
    "candidate_count": 1,
    "seed": 7,
    "response_mime_type": "text/plain",
}
PDF = File(
    name="files/abc123xyz",
    uri="https://generativelanguage.googleapis.com/v1beta/files/abc123xyz",
    mime_type="application/pdf",
)
PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
MIXED: list[Any] = [
    "Summarize this document:",
    PDF,
    Content(role="model", parts=[Part(text="It is a pricing sheet for three plans.")]),
    "Which plan is cheapest?",
    {"inline_data": {"mime_type": "image/png", "data": PIXEL}},
]


@pytest.mark.vcr
def test_generate_text_with_config(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Write a haiku about the sea.", config=HAIKU_CONFIG, service_tier="flex"
    )
    assert isinstance(response, pygenai.GenerateContentResponse)
    assert isinstance(response, pygenai.types.GenerateContentResponse)  # the generated view, extended
    assert response.text == HAIKU and response.outcome.ok
    assert response.model_version == MODEL and response.finish_reason == "STOP"
    raw = pygenai.raw_response(response)
    assert raw.status_code == 200 and raw.headers["server"] == "scaffolding on HTTPServer2"


@pytest.mark.anyio
@pytest.mark.vcr
async def test_generate_text_with_config_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Write a haiku about the sea.", config=HAIKU_CONFIG, service_tier="flex"
    )
    assert response.text == HAIKU
    assert response.usage.prompt_tokens == 14


@pytest.mark.vcr
def test_contents_mix_strings_parts_files_and_turns(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(model=MODEL, contents=MIXED)
    assert response.text == "The Basic plan, at $9 a month."


@pytest.mark.anyio
@pytest.mark.vcr
async def test_contents_mix_strings_parts_files_and_turns_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(model=MODEL, contents=MIXED)
    assert response.text == "The Basic plan, at $9 a month."


@pytest.mark.vcr
def test_stream_text(gemini_client: pygenai.Client) -> None:
    stream = gemini_client.models.stream_generate_content(model=MODEL, contents="Count to five.")
    assert isinstance(stream, pygenai.GenerateContentStream) and pygenai.raw_response(stream).status_code == 200
    first = next(stream)
    assert first.text == "One," and stream.accumulated.text == "One,"
    final = stream.final_response()
    assert final.text == "One, two, three, four, five."
    # usage is a replacing snapshot: the last chunk's, never a sum
    assert (final.usage.prompt_tokens, final.usage.candidates_tokens, final.usage.thoughts_tokens) == (5, 9, 42)
    assert final.response_id == first.response_id
    assert pygenai.raw_response(final).status_code == 200
    assert stream.final_response() is final


@pytest.mark.anyio
@pytest.mark.vcr
async def test_stream_text_async(async_gemini_client: pygenai.AsyncClient) -> None:
    stream = await async_gemini_client.models.stream_generate_content(model=MODEL, contents="Count to five.")
    async with stream:
        texts = [chunk.text async for chunk in stream]
    assert texts == ["One,", " two, three,", " four, five.", ""]
    final = await stream.final_response()
    assert final.text == "One, two, three, four, five." and len(final.thought_signatures) == 1


def test_closed_stream_has_no_final_response() -> None:
    from pygenai.gemini._turn import Turn

    turn = Turn(None, on_complete=lambda response: pytest.fail("a cut-short stream must not complete"))
    turn.accumulator.add({"candidates": [{"content": {"parts": [{"text": "par"}]}}]})
    turn.close()
    turn.complete(None)
    with pytest.raises(RuntimeError, match="closed before it ended"):
        turn.result()
    assert turn.snapshot().text == "par"


# --------------------------------------------------------------------------- contents and config, offline


def test_contents_grouping() -> None:
    assert to_contents("hi") == [{"role": "user", "parts": [{"text": "hi"}]}]
    turn = Content(role="model", parts=[Part(text="x")])
    contents = to_contents(["a", Part(text="b"), turn, {"text": "c"}])
    assert contents == [
        {"role": "user", "parts": [{"text": "a"}, {"text": "b"}]},
        {"role": "model", "parts": [{"text": "x"}]},
        {"role": "user", "parts": [{"text": "c"}]},
    ]
    assert contents[1] is turn._data  # a Content goes out as its own dict, untouched
    assert to_contents({"function_response": {"name": "f", "response": {}}}) == [
        {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {}}}]}
    ]
    with pytest.raises(ValueError, match="contents is empty"):
        to_contents([])
    with pytest.raises(TypeError, match="got int"):
        to_contents([1])
    with pytest.raises(ValueError, match="no uri yet"):
        to_contents(File(name="files/x"))


def test_config_errors_name_the_problem() -> None:
    with pytest.raises(TypeError, match="did you mean 'temperature'"):
        prepare("q", {"temprature": 0.5})
    with pytest.raises(TypeError, match="tools is given both"):
        prepare("q", {"tools": [get_weather]}, tools=[get_weather])
    with pytest.raises(TypeError, match="generation setting 'temperature'"):
        prepare("q", {"temperature": 0.5}, generation_config={"temperature": 0.1})
    with pytest.raises(TypeError, match="unknown automatic_function_calling key"):
        prepare("q", {"tools": [get_weather], "automatic_function_calling": {"max_calls": 3}})
    with pytest.raises(ValueError, match="on_tool_error"):
        prepare("q", {"automatic_function_calling": {"on_tool_error": "ignore"}})


def test_config_merges_with_wire_keyword_arguments() -> None:
    prepared = prepare(
        "q",
        {"temperature": 0.5, "speech_config": {"voice_config": {"prebuilt_voice_config": {"voice_name": "Kore"}}}},
        generation_config={"response_modalities": ["AUDIO"]},
        system_instruction=["a", Part(text="b")],
        cached_content="cachedContents/abc",
    )
    body = prepared.request_body()
    assert body["generationConfig"] == {
        "responseModalities": ["AUDIO"],
        "temperature": 0.5,
        "speechConfig": {"voiceConfig": {"prebuiltVoiceConfig": {"voiceName": "Kore"}}},
    }
    assert body["systemInstruction"] == {"parts": [{"text": "a"}, {"text": "b"}]}
    assert body["cachedContent"] == "cachedContents/abc"
    assert not prepared.automatic and prepared.toolbox is None


@pytest.mark.vcr
def test_stream_events_without_tools(gemini_client: pygenai.Client) -> None:
    events = gemini_client.models.generate_content_stream_events(model=MODEL, contents="Count to five.")
    seen = list(events)
    assert [e.type for e in seen] == ["text", "text", "text", "final"]
    final = events.until_done()
    assert final.text == "One, two, three, four, five." and final.automatic_function_calling is None


@pytest.mark.anyio
@pytest.mark.vcr
async def test_stream_events_without_tools_async(async_gemini_client: pygenai.AsyncClient) -> None:
    events = await async_gemini_client.models.generate_content_stream_events(model=MODEL, contents="Count to five.")
    async with events:
        texts = [e.text async for e in events if isinstance(e, pygenai.TextEvent)]
    assert texts == ["One,", " two, three,", " four, five."]


@pytest.mark.vcr
def test_events_closed_before_reading(gemini_client: pygenai.Client) -> None:
    events = gemini_client.models.generate_content_stream_events(model=MODEL, contents="Count to five.")
    first_stream = events._first
    events.close()
    assert first_stream._http_response.is_closed
    with pytest.raises(RuntimeError, match="closed before the final event"):
        events.until_done()
