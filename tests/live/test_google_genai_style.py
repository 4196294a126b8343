"""The Live session code a google-genai user writes first: a ``LiveConnectConfig``, ``send_client_content``,
``send_realtime_input`` and ``send_tool_response(function_responses=...)`` with google-genai's types."""

from __future__ import annotations

from typing import Any

import pytest
from google.genai import types as genai_types

import pygenai
from pygenai.live import GenerationComplete, TextDelta, TurnComplete
from pygenai.live import _protocol as wire
from tests.harness.live_server import replay
from tests.harness.live_session import TEXT_MODEL, client_for, events_until, is_usage

QUESTION = "What is the capital of France?"


@pytest.mark.anyio
async def test_google_genai_session_code_replays_the_same_cassette() -> None:
    config = genai_types.LiveConnectConfig(response_modalities=[genai_types.Modality.TEXT])
    turn = genai_types.Content(role="user", parts=[genai_types.Part(text=QUESTION)])
    with replay("text_turn") as server:  # recorded with send_text(QUESTION) and config={"response_modalities": ...}
        async with client_for(server).live.connect(model=TEXT_MODEL, config=config) as session:
            await session.send_client_content(turns=turn, turn_complete=True)
            events = await events_until(session, is_usage)
    assert events[:4] == [
        TextDelta("The capital of France"),
        TextDelta(" is Paris."),
        GenerationComplete(),
        TurnComplete(),
    ]


def test_a_live_connect_config_sets_up_as_the_same_dict_does() -> None:
    config = genai_types.LiveConnectConfig(
        response_modalities=[genai_types.Modality.AUDIO],
        system_instruction="Answer briefly.",
        input_audio_transcription=genai_types.AudioTranscriptionConfig(),
        session_resumption=genai_types.SessionResumptionConfig(),
    )
    as_dict = {
        "response_modalities": ["AUDIO"],
        "system_instruction": "Answer briefly.",
        "input_audio_transcription": True,
        "session_resumption": True,
    }
    ported = wire.LiveProtocol(TEXT_MODEL, config).setup_message()
    assert ported == wire.LiveProtocol(TEXT_MODEL, as_dict).setup_message()
    assert ported["setup"]["generationConfig"]["responseModalities"] == ["AUDIO"]


def test_client_content_takes_strings_contents_and_lists() -> None:
    expected = wire.text_turn(QUESTION)
    assert wire.client_content(QUESTION) == expected
    assert wire.client_content({"role": "user", "parts": [{"text": QUESTION}]}) == expected
    google = genai_types.Content(role="user", parts=[genai_types.Part(text=QUESTION)])
    assert wire.client_content([google]) == expected
    history = [
        genai_types.Content(role="user", parts=[genai_types.Part(text="Hi")]),
        genai_types.Content(role="model", parts=[genai_types.Part(text="Hello!")]),
    ]
    message = wire.client_content(history, turn_complete=False)["clientContent"]
    assert [turn["role"] for turn in message["turns"]] == ["user", "model"] and message["turnComplete"] is False
    image = genai_types.Part.from_bytes(data=b"\x89PNG", mime_type="image/png")
    parts = wire.client_content(genai_types.Content(role="user", parts=[image]))["clientContent"]["turns"][0]["parts"]
    assert parts == [{"inlineData": {"data": "iVBORw==", "mimeType": "image/png"}}]


def test_client_content_refuses_what_is_not_a_turn_naming_it() -> None:
    with pytest.raises(pygenai.ConfigTypeError, match=r"turns\[1\]"):
        wire.client_content([{"role": "user", "parts": []}, 42])


def test_realtime_input_keywords_build_the_same_frames() -> None:
    pcm = bytes(range(64))
    blob = genai_types.Blob(data=pcm, mime_type="audio/pcm;rate=16000")
    assert wire.realtime_input(audio=blob) == wire.realtime_audio(pcm, 16000)
    assert wire.realtime_input(audio={"data": pcm, "mime_type": "audio/pcm;rate=16000"}) == wire.realtime_audio(pcm)
    frame = genai_types.Blob(data=b"\xff\xd8", mime_type="image/jpeg")
    assert wire.realtime_input(video=frame) == wire.realtime_video(b"\xff\xd8")
    assert wire.realtime_input(media=frame) == {
        "realtimeInput": {"mediaChunks": [{"data": "/9g=", "mimeType": "image/jpeg"}]}
    }
    assert wire.realtime_input(text="hi") == wire.realtime_text("hi")
    assert wire.realtime_input(activity_start=genai_types.ActivityStart()) == wire.activity_start()
    assert wire.realtime_input(activity_end={}) == wire.activity_end()
    assert wire.realtime_input(audio_stream_end=True) == wire.audio_stream_end()


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ({}, "give exactly one of"),
        ({"text": "a", "audio": {"data": b"", "mime_type": "audio/pcm"}}, "give exactly one"),
    ],
)
def test_realtime_input_takes_exactly_one_input(inputs: dict[str, Any], message: str) -> None:
    with pytest.raises(pygenai.ConfigTypeError, match=message):
        wire.realtime_input(**inputs)


def test_function_responses_of_google_genai_answer_calls() -> None:
    response = genai_types.FunctionResponse(id="call-1", name="get_weather", response={"result": "sunny"})
    expected = {
        "toolResponse": {
            "functionResponses": [{"id": "call-1", "name": "get_weather", "response": {"result": "sunny"}}]
        }
    }
    assert wire.tool_response([response]) == expected
