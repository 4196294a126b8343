"""The pure Live session: the setup message per config option, each client message's JSON, each server message's
events, and the state they change."""

from __future__ import annotations

import base64
from typing import Any

import orjson
import pytest

import pygenai
from pygenai.live import (
    AudioChunk,
    GenerationComplete,
    GoAway,
    InputTranscription,
    Interrupted,
    LiveProtocol,
    OutputTranscription,
    ResumptionUpdate,
    SetupComplete,
    TextDelta,
    Thought,
    ToolCall,
    ToolCallCancellation,
    TurnComplete,
    UnknownMessage,
    Usage,
)
from pygenai.live import _protocol as wire
from pygenai.live._endpoint import live_url
from pygenai.types import live as live_types
from pygenai_generated.live_types import WEBSOCKET_PATH

MODEL = "gemini-live-2.5-flash-preview"


def setup(**config: Any) -> dict[str, Any]:
    message = LiveProtocol(MODEL, config).setup_message()
    assert list(message) == ["setup"]
    body: dict[str, Any] = message["setup"]
    assert body.pop("model") == f"models/{MODEL}"
    return body


def frame(data: Any) -> bytes:
    return orjson.dumps(data)


# --------------------------------------------------------------------------- setup


def test_setup_with_no_config_names_only_the_model() -> None:
    assert setup() == {}
    assert LiveProtocol("models/x").setup_message() == {"setup": {"model": "models/x"}}


def test_setup_generation_options_go_in_generation_config() -> None:
    body = setup(
        response_modalities=["audio"],
        voice="Kore",
        thinking_config={"thinking_budget": 0, "include_thoughts": True},
        temperature=0.2,
        max_output_tokens=50,
    )
    assert body == {
        "generationConfig": {
            "responseModalities": ["AUDIO"],
            "thinkingConfig": {"thinkingBudget": 0, "includeThoughts": True},
            "temperature": 0.2,
            "maxOutputTokens": 50,
            "speechConfig": {"voiceConfig": {"prebuiltVoiceConfig": {"voiceName": "Kore"}}},
        }
    }


def test_setup_speech_config_snake_case_is_camel_cased() -> None:
    body = setup(speech_config={"voice_config": {"prebuilt_voice_config": {"voice_name": "Puck"}}})
    assert body["generationConfig"]["speechConfig"] == {"voiceConfig": {"prebuiltVoiceConfig": {"voiceName": "Puck"}}}


def test_setup_generation_config_object_and_typed_model() -> None:
    speech = live_types.SpeechConfig(language_code="de-DE")
    body = setup(generation_config={"candidate_count": 1}, speech_config=speech)
    assert body == {"generationConfig": {"candidateCount": 1, "speechConfig": {"languageCode": "de-DE"}}}


def test_setup_system_instruction_from_a_string_or_content() -> None:
    assert setup(system_instruction="Be brief.") == {"systemInstruction": {"parts": [{"text": "Be brief."}]}}
    content = {"role": "system", "parts": [{"text": "x"}]}
    assert setup(system_instruction=content) == {"systemInstruction": content}


def test_setup_tools_from_callables_and_wire_tools() -> None:
    def get_weather(city: str) -> str:
        """The weather in a city."""
        return "sunny"

    body = setup(tools=[{"google_search": {}}, get_weather])
    assert body["tools"] == [
        {"googleSearch": {}},
        {
            "functionDeclarations": [
                {
                    "name": "get_weather",
                    "description": "The weather in a city.",
                    "parametersJsonSchema": {
                        "type": "object",
                        "properties": {"city": {"type": "string"}},
                        "required": ["city"],
                    },
                }
            ]
        },
    ]


def test_setup_transcription_compression_and_resumption_flags() -> None:
    body = setup(
        input_audio_transcription=True,
        output_audio_transcription={},
        context_window_compression=True,
        session_resumption=True,
    )
    assert body == {
        "inputAudioTranscription": {},
        "outputAudioTranscription": {},
        "contextWindowCompression": {},
        "sessionResumption": {},
    }
    assert setup(input_audio_transcription=False) == {}
    assert setup(context_window_compression={})["contextWindowCompression"] == {"slidingWindow": {}}
    sliding = {"sliding_window": {"target_tokens": 1000}, "trigger_tokens": 2000}
    assert setup(context_window_compression=sliding)["contextWindowCompression"] == {
        "slidingWindow": {"targetTokens": 1000},
        "triggerTokens": 2000,
    }


def test_setup_with_a_resumption_handle() -> None:
    protocol = LiveProtocol(MODEL, {"session_resumption": {"transparent": True}})
    assert protocol.setup_message("h-1")["setup"]["sessionResumption"] == {"transparent": True, "handle": "h-1"}
    assert protocol.setup_message()["setup"]["sessionResumption"] == {"transparent": True}


def test_setup_realtime_input_config_and_activity_detection() -> None:
    assert setup(automatic_activity_detection=False) == {
        "realtimeInputConfig": {"automaticActivityDetection": {"disabled": True}}
    }
    body = setup(realtime_input_config={"activity_handling": "NO_INTERRUPTION"}, automatic_activity_detection=True)
    assert body == {
        "realtimeInputConfig": {
            "activityHandling": "NO_INTERRUPTION",
            "automaticActivityDetection": {"disabled": False},
        }
    }


def test_an_unknown_config_key_is_refused_with_the_closest_name() -> None:
    with pytest.raises(pygenai.ConfigTypeError, match=r"config\['voise'\].*did you mean 'voice'") as caught:
        LiveProtocol(MODEL, {"voise": "Kore"})
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize(
    ("config", "where"),
    [
        ({"voice": 3}, "voice"),
        ({"speech_config": "Kore"}, "speech_config"),
        ({"response_modalities": [1]}, "response_modalities"),
        ({"temperature": "hot"}, "temperature"),
        ({"automatic_activity_detection": "no"}, "automatic_activity_detection"),
        ({"tools": "get_weather"}, "tools"),
    ],
)
def test_a_config_value_of_the_wrong_type_names_its_key(config: dict[str, Any], where: str) -> None:
    with pytest.raises(pygenai.ConfigTypeError, match=rf"config\['{where}'\]"):
        LiveProtocol(MODEL, config)


def test_config_and_model_must_be_a_mapping_and_a_name() -> None:
    with pytest.raises(pygenai.ConfigTypeError, match="config"):
        LiveProtocol(MODEL, ["TEXT"])  # type: ignore[arg-type]
    with pytest.raises(pygenai.ConfigTypeError, match="model"):
        LiveProtocol("  ")


def test_the_url_comes_from_the_base_url_and_the_spec_path() -> None:
    assert WEBSOCKET_PATH.endswith("BidiGenerateContent")
    assert (
        live_url("https://generativelanguage.googleapis.com/")
        == f"wss://generativelanguage.googleapis.com{WEBSOCKET_PATH}"
    )
    assert live_url("http://127.0.0.1:8080") == f"ws://127.0.0.1:8080{WEBSOCKET_PATH}"
    with pytest.raises(pygenai.ConfigTypeError, match="base_url"):
        live_url("ftp://x")


# --------------------------------------------------------------------------- client messages


def test_client_messages_exact_json() -> None:
    assert wire.text_turn("hi") == {
        "clientContent": {"turns": [{"role": "user", "parts": [{"text": "hi"}]}], "turnComplete": True}
    }
    assert wire.text_turn("ctx", turn_complete=False)["clientContent"]["turnComplete"] is False
    assert wire.realtime_text("yo") == {"realtimeInput": {"text": "yo"}}
    assert wire.realtime_audio(b"\x01\x02") == {
        "realtimeInput": {"audio": {"data": "AQI=", "mimeType": "audio/pcm;rate=16000"}}
    }
    assert wire.realtime_audio(b"", 8000)["realtimeInput"]["audio"]["mimeType"] == "audio/pcm;rate=8000"
    assert wire.realtime_video(b"\xff\xd8") == {"realtimeInput": {"video": {"data": "/9g=", "mimeType": "image/jpeg"}}}
    assert wire.activity_start() == {"realtimeInput": {"activityStart": {}}}
    assert wire.activity_end() == {"realtimeInput": {"activityEnd": {}}}
    assert wire.audio_stream_end() == {"realtimeInput": {"audioStreamEnd": True}}
    assert wire.encode(wire.activity_end()) == '{"realtimeInput":{"activityEnd":{}}}'


def test_tool_response_from_results_and_wire_objects() -> None:
    call = pygenai.ToolInvocation(0, "f", {}, "c1", {})
    ok = pygenai.ToolResult.success(call, 42)
    failed = pygenai.ToolResult.failure(pygenai.ToolInvocation(1, "g", {}, None, {}), ValueError("bad"))
    assert wire.tool_response([ok, failed, {"id": "c3", "name": "h", "response": {}}]) == {
        "toolResponse": {
            "functionResponses": [
                {"id": "c1", "name": "f", "response": {"result": 42}},
                {"name": "g", "response": {"error": "ValueError: bad"}},
                {"id": "c3", "name": "h", "response": {}},
            ]
        }
    }
    with pytest.raises(pygenai.ConfigTypeError, match=r"results\[0\]"):
        wire.tool_response(["nope"])  # type: ignore[list-item]


# --------------------------------------------------------------------------- server messages


def test_setup_complete_in_a_text_or_a_binary_frame() -> None:
    protocol = LiveProtocol(MODEL)
    assert protocol.receive('{"setupComplete": {}}') == [SetupComplete()]
    assert protocol.setup_complete
    assert LiveProtocol(MODEL).receive(b'{"setupComplete":{}}') == [SetupComplete()]


def test_server_content_text_thought_audio_and_flags() -> None:
    pcm = b"\x00\x01" * 4
    message = {
        "serverContent": {
            "modelTurn": {
                "parts": [
                    {"text": "thinking", "thought": True},
                    {"text": "Hello"},
                    {"inlineData": {"mimeType": "audio/pcm;rate=24000", "data": base64.b64encode(pcm).decode()}},
                    {"inlineData": {"mimeType": "audio/pcm", "data": ""}},
                ]
            },
            "generationComplete": True,
            "turnComplete": True,
        }
    }
    assert LiveProtocol(MODEL).receive(frame(message)) == [
        Thought("thinking"),
        TextDelta("Hello"),
        AudioChunk(pcm, 24000, "audio/pcm;rate=24000"),
        AudioChunk(b"", 24000, "audio/pcm"),
        GenerationComplete(),
        TurnComplete(),
    ]


def test_transcriptions_and_interruption() -> None:
    protocol = LiveProtocol(MODEL)
    events = protocol.receive(frame({"serverContent": {"inputTranscription": {"text": "hi"}}}))
    assert events == [InputTranscription("hi")]
    assert protocol.receive(frame({"serverContent": {"outputTranscription": {"text": "yo"}}})) == [
        OutputTranscription("yo")
    ]
    assert not protocol.interrupted and not protocol.turn_over
    assert protocol.receive(frame({"serverContent": {"interrupted": True}})) == [Interrupted()]
    assert protocol.interrupted
    protocol.receive(frame({"serverContent": {"turnComplete": True}}))
    assert protocol.turn_over and protocol.interrupted
    protocol.receive(frame({"serverContent": {"modelTurn": {"parts": [{"text": "next"}]}}}))
    assert not protocol.interrupted  # a new model turn began


def test_tool_call_and_cancellation_track_pending_calls() -> None:
    protocol = LiveProtocol(MODEL)
    calls = [{"id": "a", "name": "f", "args": {"x": 1}}, {"id": "b", "name": "g"}]
    (event,) = protocol.receive(frame({"toolCall": {"functionCalls": calls}}))
    assert isinstance(event, ToolCall)
    assert [(c.index, c.name, c.args, c.id) for c in event.calls] == [(0, "f", {"x": 1}, "a"), (1, "g", {}, "b")]
    assert set(protocol.pending_tool_calls) == {"a", "b"}
    assert protocol.receive(frame({"toolCallCancellation": {"ids": ["a"]}})) == [ToolCallCancellation(("a",))]
    assert set(protocol.pending_tool_calls) == {"b"}
    protocol.frame(wire.tool_response([{"id": "b", "name": "g", "response": {}}]))
    assert protocol.pending_tool_calls == {}


def test_usage_go_away_and_unknown_messages() -> None:
    protocol = LiveProtocol(MODEL)
    usage = {"promptTokenCount": 3, "responseTokenCount": 4, "totalTokenCount": 7, "promptTokensDetails": []}
    assert protocol.receive(frame({"usageMetadata": usage})) == [Usage(3, 4, 7, usage)]
    assert protocol.receive(frame({"goAway": {"timeLeft": "9.5s"}})) == [GoAway(9.5)]
    assert protocol.go_away == 9.5
    assert protocol.receive(frame({"voiceActivity": {"type": "START"}})) == [
        UnknownMessage({"voiceActivity": {"type": "START"}})
    ]
    assert protocol.receive(frame({"serverContent": {"groundingMetadata": {}, "turnComplete": True}})) == [
        TurnComplete(),
        UnknownMessage({"serverContent": {"groundingMetadata": {}}}),
    ]
    assert protocol.receive(frame({"serverContent": {"modelTurn": {"parts": [{"executableCode": {}}]}}})) == [
        UnknownMessage({"part": {"executableCode": {}}})
    ]


def test_usage_and_content_of_one_message_give_both_events() -> None:
    message = {"serverContent": {"turnComplete": True}, "usageMetadata": {"totalTokenCount": 1}}
    assert LiveProtocol(MODEL).receive(frame(message)) == [TurnComplete(), Usage(None, None, 1, {"totalTokenCount": 1})]


def test_resumption_handle_is_kept_only_when_resumable_and_requested() -> None:
    protocol = LiveProtocol(MODEL, {"session_resumption": True})
    update = {"sessionResumptionUpdate": {"newHandle": "h1", "resumable": True}}
    assert protocol.receive(frame(update)) == [ResumptionUpdate("h1", True)]
    assert protocol.resumption_handle == "h1"
    not_now = {"sessionResumptionUpdate": {"newHandle": "h2", "resumable": False}}
    assert protocol.receive(frame(not_now)) == [ResumptionUpdate("h2", False)]
    assert protocol.resumption_handle == "h1"
    unrequested = LiveProtocol(MODEL)
    unrequested.receive(frame(update))
    assert unrequested.resumption_handle is None


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "JSON object, got list"),
        (frame({"serverContent": []}), "serverContent: expected a JSON object"),
        (frame({"serverContent": {"modelTurn": {"parts": {}}}}), r"modelTurn.parts: expected a list"),
        (frame({"serverContent": {"modelTurn": {"parts": [{"text": 1}]}}}), r"parts\[0\].text: expected a string"),
        (frame({"serverContent": {"turnComplete": "yes"}}), "turnComplete: expected a boolean"),
        (
            frame(
                {"serverContent": {"modelTurn": {"parts": [{"inlineData": {"mimeType": "audio/pcm", "data": "!"}}]}}}
            ),
            "not valid base64",
        ),
        (frame({"toolCall": {"functionCalls": [{"args": {}}]}}), r"functionCalls\[0\].name: expected a string"),
        (frame({"toolCallCancellation": {"ids": [1]}}), r"ids\[0\]"),
        (frame({"goAway": {"timeLeft": 10}}), "goAway.timeLeft"),
        (frame({"usageMetadata": {"totalTokenCount": "7"}}), "totalTokenCount: expected an integer"),
        (frame({"sessionResumptionUpdate": {"resumable": "yes"}}), "resumable: expected a boolean"),
    ],
)
def test_a_malformed_frame_raises_a_typed_error_naming_the_path(data: bytes, match: str) -> None:
    with pytest.raises(pygenai.LiveProtocolError, match=match):
        LiveProtocol(MODEL).receive(data)


def test_the_error_of_an_unreadable_frame_shows_its_start() -> None:
    with pytest.raises(pygenai.LiveProtocolError) as caught:
        LiveProtocol(MODEL).receive("x" * 500)
    assert caught.value.snippet == "x" * 80


# --------------------------------------------------------------------------- what is re-sent after a reconnect


def turn_complete(protocol: LiveProtocol) -> None:
    protocol.receive(frame({"serverContent": {"turnComplete": True}}))


def test_turns_and_tool_responses_wait_for_acknowledgement_realtime_input_does_not() -> None:
    protocol = LiveProtocol(MODEL)
    first = wire.text_turn("one")
    protocol.frame(wire.text_turn("context", turn_complete=False))
    protocol.frame(first)
    protocol.frame(wire.realtime_audio(b"\x00\x00"))
    protocol.frame(wire.activity_start())
    response = wire.tool_response([{"id": "a", "name": "f", "response": {}}])
    protocol.frame(response)
    second = wire.text_turn("two")
    protocol.frame(second)
    assert len(protocol.unacknowledged) == 4
    turn_complete(protocol)  # answers the first turn (with its context) and the tool response after it
    assert protocol.unacknowledged == [second]
    turn_complete(protocol)
    assert protocol.unacknowledged == []


def test_a_turn_complete_without_a_pending_turn_acknowledges_leading_tool_responses() -> None:
    protocol = LiveProtocol(MODEL)
    response = wire.tool_response([{"id": "a", "name": "f", "response": {}}])
    protocol.frame(response)
    turn_complete(protocol)
    assert protocol.unacknowledged == []


def test_a_new_connection_forgets_setup_go_away_and_tool_calls_but_not_the_handle() -> None:
    protocol = LiveProtocol(MODEL, {"session_resumption": True})
    protocol.receive(frame({"setupComplete": {}}))
    protocol.receive(frame({"sessionResumptionUpdate": {"newHandle": "h", "resumable": True}}))
    protocol.receive(frame({"goAway": {"timeLeft": "1s"}}))
    protocol.receive(frame({"toolCall": {"functionCalls": [{"id": "a", "name": "f"}]}}))
    protocol.frame(wire.text_turn("pending"))
    protocol.new_connection()
    assert not protocol.setup_complete and protocol.go_away is None and protocol.pending_tool_calls == {}
    assert protocol.resumption_handle == "h" and len(protocol.unacknowledged) == 1
