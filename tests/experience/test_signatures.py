"""Thought signatures survive every path: each test is a cassette pair whose later request must carry the earlier
turn's signatures byte-for-byte (the JSON body matcher fails the replay otherwise), sync and async."""

from __future__ import annotations

import pytest

import pygenai
from pygenai.types import Content
from tests.experience._support import MODEL, get_weather

pytestmark = pytest.mark.vcr

DISABLED = {"disable": True}


def _signatures(content: Content | None) -> list[str]:
    assert content is not None
    return [part["thoughtSignature"] for part in content.to_dict()["parts"] if "thoughtSignature" in part]


# --------------------------------------------------------------------------- non-streaming, by hand


def test_manual_round_trip_keeps_text_signature(gemini_client: pygenai.Client) -> None:
    question = "What is the capital of France?"
    first = gemini_client.models.generate_content(model=MODEL, contents=question)
    assert first.text == "The capital of France is **Paris**."
    [signature] = first.thought_signatures
    assert len(signature) > 250 and signature.endswith("=")
    second = gemini_client.models.generate_content(model=MODEL, contents=[question, first.content, "And of Italy?"])
    assert second.text == "Rome."


@pytest.mark.anyio
async def test_manual_round_trip_keeps_text_signature_async(async_gemini_client: pygenai.AsyncClient) -> None:
    question = "What is the capital of France?"
    first = await async_gemini_client.models.generate_content(model=MODEL, contents=question)
    assert len(first.thought_signatures) == 1
    second = await async_gemini_client.models.generate_content(
        model=MODEL, contents=[question, first.content, "And of Italy?"]
    )
    assert second.text == "Rome."


def test_manual_parallel_calls_first_signed(gemini_client: pygenai.Client) -> None:
    question = "Weather in Paris and London?"
    config = {"tools": [get_weather], "automatic_function_calling": DISABLED}
    first = gemini_client.models.generate_content(model=MODEL, contents=question, config=config)
    calls = first.function_calls
    assert [(c.name, c.args, c.id) for c in calls] == [
        ("get_weather", {"city": "Paris"}, None),
        ("get_weather", {"city": "London"}, None),
    ]
    assert "thoughtSignature" in calls[0].part and "thoughtSignature" not in calls[1].part
    assert first.automatic_function_calling is None
    reply = first.function_responses([get_weather(**c.args) for c in calls])
    second = gemini_client.models.generate_content(
        model=MODEL, contents=[question, first.content, reply], config=config
    )
    assert second.text.startswith("Paris is 18°C")


@pytest.mark.anyio
async def test_manual_parallel_calls_first_signed_async(async_gemini_client: pygenai.AsyncClient) -> None:
    question = "Weather in Paris and London?"
    config = {"tools": [get_weather], "automatic_function_calling": DISABLED}
    first = await async_gemini_client.models.generate_content(model=MODEL, contents=question, config=config)
    reply = first.function_responses([get_weather(**c.args) for c in first.function_calls])
    second = await async_gemini_client.models.generate_content(
        model=MODEL, contents=[question, first.content, reply], config=config
    )
    assert second.text.startswith("Paris is 18°C")


# --------------------------------------------------------------------------- streaming


def test_stream_then_send_keeps_empty_part_signature(gemini_client: pygenai.Client) -> None:
    question = "Describe streaming in one sentence."
    with gemini_client.models.stream_generate_content(model=MODEL, contents=question) as stream:
        fragments = [chunk.text for chunk in stream]
    assert fragments == ["Streams arrive", " as small pieces, each with its own usage snapshot.", ""]
    final = stream.final_response()
    assert final.text == "Streams arrive as small pieces, each with its own usage snapshot."
    assert final.content is not None
    parts = final.content.to_dict()["parts"]
    assert parts[-1]["text"] == "" and parts[-1]["thoughtSignature"] == final.thought_signatures[0]
    second = gemini_client.models.generate_content(model=MODEL, contents=[question, final.content, "Shorter, please."])
    assert second.text == "Data flows in pieces."


@pytest.mark.anyio
async def test_stream_then_send_keeps_empty_part_signature_async(async_gemini_client: pygenai.AsyncClient) -> None:
    question = "Describe streaming in one sentence."
    stream = await async_gemini_client.models.stream_generate_content(model=MODEL, contents=question)
    async with stream:
        fragments = [chunk.text async for chunk in stream]
    assert "".join(fragments) == "Streams arrive as small pieces, each with its own usage snapshot."
    final = await stream.final_response()
    assert len(final.thought_signatures) == 1
    second = await async_gemini_client.models.generate_content(
        model=MODEL, contents=[question, final.content, "Shorter, please."]
    )
    assert second.text == "Data flows in pieces."


# --------------------------------------------------------------------------- automatic function calling


def test_automatic_calls_keep_first_call_signature(gemini_client: pygenai.Client) -> None:
    response = gemini_client.models.generate_content(
        model=MODEL, contents="Weather in Paris and London?", config={"tools": [get_weather]}
    )
    assert response.text == "Paris: 18°C, clear. London: 14°C, clear."
    afc = response.automatic_function_calling
    assert afc is not None and afc.reason == "completed" and afc.rounds == 1
    call_turn, answers = response.automatic_function_calling_history
    assert len(_signatures(call_turn)) == 1
    assert [p["functionResponse"]["id"] for p in answers.to_dict()["parts"]] == ["zi06h2mp", "k3x9q2ab"]


@pytest.mark.anyio
async def test_automatic_calls_keep_first_call_signature_async(async_gemini_client: pygenai.AsyncClient) -> None:
    response = await async_gemini_client.models.generate_content(
        model=MODEL, contents="Weather in Paris and London?", config={"tools": [get_weather]}
    )
    assert response.text == "Paris: 18°C, clear. London: 14°C, clear."
    assert len(response.automatic_function_calling_history) == 2


def test_streamed_automatic_calls_keep_signatures(gemini_client: pygenai.Client) -> None:
    with gemini_client.models.generate_content_stream_events(
        model=MODEL, contents="Is it warm in Rome?", config={"tools": [get_weather]}
    ) as events:
        seen = list(events)
    assert [e.type for e in seen] == ["call", "result", "text", "text", "final"]
    final = events.response
    assert final is not None and final.text == "Yes: 24°C and clear in Rome."
    assert len(final.thought_signatures) == 1
    assert final.automatic_function_calling is not None
    assert _signatures(final.automatic_function_calling_history[0])


@pytest.mark.anyio
async def test_streamed_automatic_calls_keep_signatures_async(async_gemini_client: pygenai.AsyncClient) -> None:
    events = await async_gemini_client.models.generate_content_stream_events(
        model=MODEL, contents="Is it warm in Rome?", config={"tools": [get_weather]}
    )
    async with events:
        seen = [event async for event in events]
    assert [e.type for e in seen] == ["call", "result", "text", "text", "final"]
    final = await events.until_done()
    assert final.text == "Yes: 24°C and clear in Rome."


# --------------------------------------------------------------------------- chats and saved history


def test_chat_keeps_signatures(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL)
    first = chat.send("Name a prime number.")
    assert first.text == "7"
    assert chat.history[1]._data == first._data["candidates"][0]["content"]  # the turn as received
    assert chat.send("Another one?").text == "11"
    assert [c.role for c in chat.history] == ["user", "model", "user", "model"]
    assert all(_signatures(c) for c in chat.history[1::2])


@pytest.mark.anyio
async def test_chat_keeps_signatures_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(model=MODEL)
    assert (await chat.send("Name a prime number.")).text == "7"
    assert (await chat.send("Another one?")).text == "11"
    assert len(chat.history) == 4


def test_chat_stream_keeps_empty_part_signature(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL)
    with chat.send_stream("Say hello in French.") as stream:
        assert "".join(chunk.text for chunk in stream) == "Bonjour !"
    model_turn = chat.history[1].to_dict()
    assert model_turn["parts"][-1]["text"] == "" and model_turn["parts"][-1]["thoughtSignature"]
    assert chat.send("And in Italian?").text == "Ciao!"


@pytest.mark.anyio
async def test_chat_stream_keeps_empty_part_signature_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(model=MODEL)
    stream = await chat.send_stream("Say hello in French.")
    async with stream:
        assert "".join([chunk.text async for chunk in stream]) == "Bonjour !"
    assert len(chat.history) == 2
    assert (await chat.send("And in Italian?")).text == "Ciao!"


def test_saved_history_keeps_signatures(gemini_client: pygenai.Client) -> None:
    config = {"tools": [get_weather]}
    chat = gemini_client.chats.create(model=MODEL, config=config)
    assert chat.send("What's the weather in Paris?").text == "18°C and clear in Paris."
    saved = chat.save()
    assert b"renderHints" in saved
    restored = gemini_client.chats.load(saved, config=config)
    assert restored.save() == saved
    assert restored.send("Thanks! And in London?").text == "London is 14°C and clear."
    assert len(restored.history) == 6


@pytest.mark.anyio
async def test_saved_history_keeps_signatures_async(async_gemini_client: pygenai.AsyncClient) -> None:
    config = {"tools": [get_weather]}
    chat = async_gemini_client.chats.create(model=MODEL, config=config)
    await chat.send("What's the weather in Paris?")
    saved = chat.save()
    restored = pygenai.AsyncChat.load(saved, client=async_gemini_client, config=config)
    assert restored.save() == saved
    assert (await restored.send("Thanks! And in London?")).text == "London is 14°C and clear."


def test_chat_events_keep_signatures(gemini_client: pygenai.Client) -> None:
    chat = gemini_client.chats.create(model=MODEL, config={"tools": [get_weather]})
    with chat.send_events("Weather in Paris and Rome?") as events:
        calls = [e.call for e in events if isinstance(e, pygenai.FunctionCallEvent)]
    assert [("thoughtSignature" in c.part, c.args["city"]) for c in calls] == [(True, "Paris"), (False, "Rome")]
    assert [c.role for c in chat.history] == ["user", "model", "user", "model"]
    assert chat.send("Which is warmer?").text == "Rome."


@pytest.mark.anyio
async def test_chat_events_keep_signatures_async(async_gemini_client: pygenai.AsyncClient) -> None:
    chat = async_gemini_client.chats.create(model=MODEL, config={"tools": [get_weather]})
    events = await chat.send_events("Weather in Paris and Rome?")
    final = await events.until_done()
    assert final.text == "Paris is 18°C, Rome 24°C."
    assert len(chat.history) == 4
    assert (await chat.send("Which is warmer?")).text == "Rome."
