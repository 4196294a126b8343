"""Generated Interactions models (snake_case wire, discriminated unions) and Live models (proto3 JSON)."""

from __future__ import annotations

import base64
import importlib
import json
import re
import warnings
from pathlib import Path
from typing import Any

import orjson
import pytest

from codegen.emit.naming import attribute
from pygenai._core.errors import ResponseDecodeError
from pygenai._core.model import UnknownModel, WireModel
from pygenai_generated import interactions_types as it
from pygenai_generated import live_types as lt

SPECS = Path(__file__).resolve().parent.parent.parent / "specs"


def _interaction() -> dict[str, Any]:
    return {
        "id": "int-1",
        "object": "interaction",
        "model": "gemini-test",
        "status": "completed",
        "created": "2026-05-29T10:00:00Z",
        "updated": "2026-05-29T10:00:01Z",
        "steps": [
            {"type": "user_input", "content": [{"type": "text", "text": "hi"}]},
            {"type": "thought", "signature": "X-PIyT_a"},
            {"type": "function_call", "id": "c1", "name": "lookup", "arguments": {"q": "x"}, "signature": "X+PIyT/a"},
            {
                "type": "model_output",
                "content": [
                    {
                        "type": "text",
                        "text": "hello",
                        "annotations": [
                            {"type": "url_citation", "url": "https://a.test"},
                            {"type": "hologram_citation", "id": 7},
                        ],
                    },
                    {"type": "image", "mime_type": "image/png", "data": "iVBORw=="},
                    {"type": "smell", "intensity": 3},
                ],
            },
            {"type": "teleport_call", "destination": {"planet": "mars"}, "future": [1, 2]},
        ],
        "usage": {"total_tokens": 12, "future_counter": 1},
        "future_field": {"kept": True},
    }


# ----------------------------------------------------------------------------- interactions


def test_snake_case_on_the_wire_and_in_python() -> None:
    interaction = it.Interaction.from_json(orjson.dumps(_interaction()))
    assert interaction.previous_interaction_id is None
    assert interaction.usage is not None and interaction.usage.total_tokens == 12
    assert it.Interaction._wire_names["previous_interaction_id"] == "previous_interaction_id"
    image = it.ImageContent(data=b"\x89PNG", mime_type="image/png")
    assert image.to_dict() == {"type": "image", "data": "iVBORw==", "mime_type": "image/png"}
    params = it.CreateModelInteractionParams.from_dict(
        {"model": "gemini-test", "input": "hi", "system_instruction": "be brief"}
    )
    assert params.to_dict() == {"model": "gemini-test", "input": "hi", "system_instruction": "be brief"}


def test_steps_decode_to_their_classes() -> None:
    interaction = it.Interaction.from_json(orjson.dumps(_interaction()))
    steps = interaction.steps
    assert steps is not None
    assert [type(s) for s in steps] == [
        it.UserInputStep,
        it.ThoughtStep,
        it.FunctionCallStep,
        it.ModelOutputStep,
        it.UnknownStep,
    ]
    thought = steps[1]
    assert isinstance(thought, it.ThoughtStep)
    assert thought.signature == b"_\xe3\xc8\xc9?\xda"
    call = steps[2]
    assert isinstance(call, it.FunctionCallStep)
    assert (call.name, call.arguments, call.signature) == ("lookup", {"q": "x"}, b"_\xe3\xc8\xc9?\xda")


def test_content_and_annotation_unions_decode_to_their_classes() -> None:
    output = it.Interaction.from_json(orjson.dumps(_interaction())).steps[3]  # type: ignore[index]
    assert isinstance(output, it.ModelOutputStep)
    content = output.content
    assert content is not None
    assert [type(c) for c in content] == [it.TextContent, it.ImageContent, it.UnknownContent]
    text = content[0]
    assert isinstance(text, it.TextContent) and text.text == "hello"
    assert [type(a) for a in text.annotations] == [it.UrlCitation, it.UnknownAnnotation]  # type: ignore[union-attr]
    image = content[1]
    assert isinstance(image, it.ImageContent) and image.data == b"\x89PNG" and image.mime_type == "image/png"


def test_unknown_step_type_is_an_unknown_model_with_its_json_intact() -> None:
    data = _interaction()
    interaction = it.Interaction.from_json(orjson.dumps(data))
    unknown = interaction.steps[4]  # type: ignore[index]
    assert type(unknown) is it.UnknownStep and isinstance(unknown, UnknownModel)
    assert unknown.type == "teleport_call"
    assert unknown.to_dict() == data["steps"][4]
    assert unknown.to_json() == orjson.dumps(data["steps"][4])
    assert unknown.extra == data["steps"][4]
    interaction.validate()
    assert interaction.to_json() == orjson.dumps(data)


def test_sse_events_decode_to_their_classes() -> None:
    decode = it.decode_InteractionSseEvent
    events = [
        {"event_type": "interaction.created", "interaction": {"id": "int-1", "status": "in_progress"}},
        {"event_type": "step.start", "index": 0, "step": {"type": "model_output"}},
        {"event_type": "step.delta", "index": 0, "delta": {"type": "text", "text": "he"}, "event_id": "e1"},
        {"event_type": "step.delta", "index": 0, "delta": {"type": "thought_signature", "signature": "AAE="}},
        {"event_type": "step.delta", "index": 0, "delta": {"type": "quantum_delta", "qubits": 2}},
        {"event_type": "step.stop", "index": 0},
        {"event_type": "interaction.status_update", "interaction_id": "int-1", "status": "requires_action"},
        {"event_type": "error", "error": {"code": "rate_limit_exceeded", "message": "slow down"}},
        {"event_type": "interaction.completed", "interaction": {"id": "int-1", "status": "completed"}},
        {"event_type": "interaction.teleported", "where": "mars"},
    ]
    decoded = [decode(e) for e in events]
    assert [type(d) for d in decoded] == [
        it.InteractionCreatedEvent,
        it.StepStart,
        it.StepDelta,
        it.StepDelta,
        it.StepDelta,
        it.StepStop,
        it.InteractionStatusUpdate,
        it.ErrorEvent,
        it.InteractionCompletedEvent,
        it.UnknownInteractionSseEvent,
    ]
    assert decoded[-1].event_type == "interaction.teleported"
    assert [type(d.delta) for d in decoded[2:5]] == [it.TextDelta, it.ThoughtSignatureDelta, it.UnknownStepDeltaData]  # type: ignore[union-attr]
    assert decoded[2].delta.text == "he"  # type: ignore[union-attr]
    assert decoded[3].delta.signature == b"\x00\x01"  # type: ignore[union-attr]
    assert decoded[7].error.code == "rate_limit_exceeded"  # type: ignore[union-attr]
    assert decoded[8].interaction.status == "completed"  # type: ignore[union-attr]
    unknown = decoded[9]
    assert unknown.to_dict() == events[9]
    assert unknown.type is None  # the discriminator of this union is event_type, not type
    for event, model in zip(events, decoded, strict=True):
        model.validate()
        assert model.to_json() == orjson.dumps(event)


def test_union_fields_accept_models_and_dicts() -> None:
    step = it.ModelOutputStep(content=[it.TextContent(text="a"), {"type": "text", "text": "b"}])
    assert step.to_dict() == {
        "type": "model_output",
        "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
    }
    delta = it.StepDelta(index=0, delta=it.TextDelta(text="x"))
    assert delta.to_dict() == {"event_type": "step.delta", "index": 0, "delta": {"type": "text", "text": "x"}}


def test_from_dict_accepts_models_inside_union_fields() -> None:
    params = it.CreateModelInteractionParams.from_dict(
        {"model": "gemini-test", "input": "hi", "tools": [it.Function(name="f"), {"type": "google_search"}]}
    )
    assert params.to_dict()["tools"] == [{"type": "function", "name": "f"}, {"type": "google_search"}]
    step = it.ModelOutputStep.from_dict({"content": [it.TextContent(text="a")]})
    assert step.to_dict() == {"content": [{"type": "text", "text": "a"}]}


def test_unknown_interaction_enum_values_pass_through() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        interaction = it.Interaction.from_json(b'{"status": "teleporting", "service_tier": "galactic"}')
        assert interaction.status == "teleporting"
        assert interaction.service_tier == "galactic"
    assert interaction.to_json() == b'{"status":"teleporting","service_tier":"galactic"}'


def test_interactions_error_path_goes_through_unions() -> None:
    data = _interaction()
    data["steps"][3]["content"][0]["text"] = 42
    interaction = it.Interaction.from_json(orjson.dumps(data))
    with pytest.raises(ResponseDecodeError) as info:
        interaction.validate()
    assert str(info.value).startswith("steps[3].content[0].text: expected string, got integer")
    data = _interaction()
    data["steps"][1] = "thought"
    with pytest.raises(ResponseDecodeError, match=r"^steps\[1\]: expected object, got string"):
        it.Interaction.from_json(orjson.dumps(data)).validate()


# ----------------------------------------------------------------------------- live


def _server_message() -> dict[str, Any]:
    return {
        "serverContent": {
            "modelTurn": {
                "role": "model",
                "parts": [
                    {
                        "inlineData": {
                            "mimeType": "audio/pcm;rate=24000",
                            "data": base64.b64encode(b"\x00\x01\xfe\xff").decode(),
                        }
                    },
                    {"text": "hi", "thoughtSignature": "X-PIyT_a", "futurePart": 1},
                ],
            },
            "turnComplete": True,
            "futureContent": {"a": 1},
        },
        "usageMetadata": {"promptTokenCount": 3, "responseTokenCount": 4, "futureCount": 5},
        "futureMessage": "kept",
    }


def test_live_server_message_reads_camel_case_and_keeps_unknown_fields() -> None:
    raw = orjson.dumps(_server_message())
    message = lt.BidiGenerateContentServerMessage.from_json(raw)
    content = message.server_content
    assert content is not None and content.turn_complete is True
    parts = content.model_turn.parts  # type: ignore[union-attr]
    assert parts is not None
    assert parts[0].inline_data.mime_type == "audio/pcm;rate=24000"  # type: ignore[union-attr]
    assert parts[0].inline_data.data == b"\x00\x01\xfe\xff"  # type: ignore[union-attr]
    assert parts[1].thought_signature == b"_\xe3\xc8\xc9?\xda"
    assert message.usage_metadata.prompt_token_count == 3  # type: ignore[union-attr]
    message.validate()
    assert message.to_json() == raw
    assert message.extra == {"futureMessage": "kept"}
    assert content.extra == {"futureContent": {"a": 1}}
    assert parts[1].extra == {"futurePart": 1}


def test_live_client_message_is_built_in_camel_case() -> None:
    message = lt.BidiGenerateContentClientMessage(
        setup=lt.BidiGenerateContentSetup(
            model="models/gemini-live-test",
            generation_config={"response_modalities": ["AUDIO", "FUTURE_MODALITY"], "temperature": 0.5},
            context_window_compression={"trigger_tokens": 25600, "sliding_window": {"target_tokens": 12800}},
        )
    )
    assert message.to_dict() == {
        "setup": {
            "model": "models/gemini-live-test",
            "generationConfig": {"responseModalities": ["AUDIO", "FUTURE_MODALITY"], "temperature": 0.5},
            "contextWindowCompression": {"triggerTokens": "25600", "slidingWindow": {"targetTokens": "12800"}},
        }
    }
    setup = message.setup
    assert setup is not None
    assert setup.context_window_compression.trigger_tokens == 25600  # type: ignore[union-attr]
    assert setup.generation_config.response_modalities == ["AUDIO", "FUTURE_MODALITY"]  # type: ignore[union-attr]


def test_live_wrong_type_names_the_path() -> None:
    data = _server_message()
    data["serverContent"]["modelTurn"]["parts"][0]["inlineData"]["data"] = 12
    message = lt.BidiGenerateContentServerMessage.from_json(orjson.dumps(data))
    with pytest.raises(ResponseDecodeError) as info:
        message.validate()
    assert str(info.value).startswith(
        "serverContent.modelTurn.parts[0].inlineData.data: expected base64 string, got integer"
    )


# ----------------------------------------------------------------------------- names, for every model


@pytest.mark.parametrize("api", ["gemini", "interactions", "live"])
def test_every_model_maps_snake_case_attributes_to_the_spec_wire_names(api: str) -> None:
    spec = json.loads((SPECS / f"{api}-v1beta.json").read_text(encoding="utf-8"))
    module = importlib.import_module(f"pygenai_generated.{api}_types")
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        cls = getattr(module, name)
        if not (isinstance(cls, type) and issubclass(cls, WireModel)):
            continue
        assert sorted(cls._wire_names.values()) == sorted(schema.get("properties", {})), name
        for python, wire in cls._wire_names.items():
            assert re.fullmatch(r"[a-z_][a-z0-9_]*", python), (name, python)
            assert python.rstrip("_") == attribute(wire).rstrip("_"), (name, python, wire)
            if re.fullmatch(r"[a-z][a-z0-9_]*", wire):  # already snake_case on the wire (Interactions): same name
                assert python.rstrip("_") == wire, (name, python, wire)
            checked += 1
    assert checked > 100
