"""Generated v1beta models over wire JSON: names, int64, bytes, recursion, forward compatibility, errors."""

from __future__ import annotations

import base64
import copy
import pickle
import warnings
from typing import Any

import orjson
import pytest

from pygenai._core.errors import ResponseDecodeError
from pygenai_generated.gemini_types import (
    Candidate,
    Content,
    File,
    FunctionDeclaration,
    GenerateContentRequest,
    GenerateContentResponse,
    Part,
    SafetySetting,
    Schema,
    TunedModel,
)

# Signatures come back in standard base64 and are re-sent URL-safe; both must pass through untouched.
SIGNATURE_BYTES = bytes(range(256)) + bytes(range(44))  # 300 bytes, every value, so +, / and = all occur
SIGNATURE_STD = base64.b64encode(SIGNATURE_BYTES).decode()
SIGNATURE_URLSAFE = base64.urlsafe_b64encode(SIGNATURE_BYTES).decode().rstrip("=")


def _response() -> dict[str, Any]:
    """A GenerateContentResponse with fields this version does not know at every level."""
    return {
        "candidates": [
            {
                "content": {
                    "role": "model",
                    "parts": [
                        {"text": "thinking...", "thought": True},
                        {"text": "4", "thoughtSignature": SIGNATURE_STD, "partFutureField": {"x": [1, 2]}},
                        {
                            "functionCall": {"name": "lookup", "args": {"q": "x"}, "futureCallField": 1},
                            "thoughtSignature": SIGNATURE_URLSAFE,
                        },
                    ],
                    "contentFutureField": "kept",
                },
                "finishReason": "STOP",
                "index": 0,
                "candidateFutureField": [{"deep": True}],
            }
        ],
        "usageMetadata": {
            "promptTokenCount": 5,
            "candidatesTokenCount": 7,
            "totalTokenCount": 12,
            "usageFutureCounter": 3,
            "serviceTier": "standard",
        },
        "modelVersion": "gemini-test-001",
        "responseId": "resp-1",
        "responseFutureField": {"nested": {"deeper": "yes"}},
    }


# ----------------------------------------------------------------------------- names


def test_snake_case_attributes_read_camel_case_wire_fields() -> None:
    response = GenerateContentResponse.from_json(orjson.dumps(_response()))
    assert response.model_version == "gemini-test-001"
    assert response.response_id == "resp-1"
    assert response.usage_metadata is not None
    assert response.usage_metadata.prompt_token_count == 5
    assert response.usage_metadata.total_token_count == 12
    candidate = response.candidates[0]  # type: ignore[index]
    assert candidate.finish_reason == "STOP"
    parts = candidate.content.parts  # type: ignore[union-attr]
    assert parts is not None
    assert parts[0].thought is True
    assert parts[2].function_call is not None
    assert parts[2].function_call.name == "lookup"
    assert parts[2].function_call.args == {"q": "x"}
    assert response.candidates[0].content.parts[1].text == "4"  # type: ignore[index, union-attr]


def test_constructors_write_camel_case_wire_json() -> None:
    request = GenerateContentRequest(
        model="models/gemini-test",
        contents=[
            Content(
                role="user", parts=[Part(text="hi"), Part(inline_data={"mime_type": "image/png", "data": b"\x89PNG"})]
            )
        ],
        generation_config={"max_output_tokens": 5, "thinking_config": {"thinking_budget": 0}},
        safety_settings=[SafetySetting(category="HARM_CATEGORY_HATE_SPEECH", threshold="BLOCK_NONE")],
    )
    assert request.to_dict() == {
        "model": "models/gemini-test",
        "contents": [
            {"role": "user", "parts": [{"text": "hi"}, {"inlineData": {"mimeType": "image/png", "data": "iVBORw=="}}]}
        ],
        "generationConfig": {"maxOutputTokens": 5, "thinkingConfig": {"thinkingBudget": 0}},
        "safetySettings": [{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_NONE"}],
    }


def test_setters_write_wire_names_and_none_removes() -> None:
    part = Part(text="a")
    part.thought = True
    part.thought_signature = b"\x00\x01"
    assert part.to_dict() == {"text": "a", "thought": True, "thoughtSignature": "AAE="}
    part.text = None
    assert part.to_dict() == {"thought": True, "thoughtSignature": "AAE="}
    assert part.text is None


def test_from_dict_accepts_python_names_and_wire_names() -> None:
    python = GenerateContentRequest.from_dict(
        {
            "model": "models/m",
            "contents": [{"role": "user", "parts": [{"inline_data": {"mime_type": "text/plain", "data": b"hi"}}]}],
            "generation_config": {"max_output_tokens": 5, "response_mime_type": "application/json"},
            "system_instruction": {"parts": [{"text": "be brief"}]},
        }
    )
    wire = GenerateContentRequest.from_dict(
        {
            "model": "models/m",
            "contents": [{"role": "user", "parts": [{"inlineData": {"mimeType": "text/plain", "data": "aGk="}}]}],
            "generationConfig": {"maxOutputTokens": 5, "responseMimeType": "application/json"},
            "systemInstruction": {"parts": [{"text": "be brief"}]},
        }
    )
    assert python == wire
    assert python.to_json() == wire.to_json()
    assert python.generation_config.max_output_tokens == 5  # type: ignore[union-attr]


def test_from_dict_copies_its_input() -> None:
    source = {"role": "user", "parts": [{"text": "a"}]}
    content = Content.from_dict(source)
    source["role"] = "model"
    source["parts"].append({"text": "b"})  # type: ignore[attr-defined]
    assert content.to_dict() == {"role": "user", "parts": [{"text": "a"}]}


def test_from_dict_converts_python_names_inside_schema_property_maps() -> None:
    schema = Schema.from_dict(
        {
            "type": "OBJECT",
            "properties": {"city": {"type": "STRING", "max_length": 3}},
            "property_ordering": ["city"],
        }
    )
    assert schema.to_dict() == {
        "type": "OBJECT",
        "properties": {"city": {"type": "STRING", "maxLength": "3"}},
        "propertyOrdering": ["city"],
    }


def test_from_dict_encodes_int64_lists_as_strings() -> None:
    tuned = TunedModel.from_dict({"reader_project_numbers": [1, 2**62]})
    assert tuned.to_dict() == {"readerProjectNumbers": ["1", str(2**62)]}


# ----------------------------------------------------------------------------- int64


def test_int64_decodes_to_int_and_encodes_as_string() -> None:
    file = File.from_json(b'{"name": "files/a", "sizeBytes": "9007199254740993"}')
    assert file.size_bytes == 9007199254740993  # beyond float precision: exact
    assert isinstance(file.size_bytes, int)
    file.size_bytes = 2**63 - 1
    assert file.to_json() == b'{"name":"files/a","sizeBytes":"9223372036854775807"}'
    assert File(size_bytes=80).to_dict() == {"sizeBytes": "80"}
    assert File(size_bytes="81").to_dict() == {"sizeBytes": "81"}


def test_int64_lists() -> None:
    tuned = TunedModel(tuning_task={"training_data": {}}, reader_project_numbers=[1, 2**62])
    assert tuned.to_dict()["readerProjectNumbers"] == ["1", str(2**62)]
    assert tuned.reader_project_numbers == [1, 2**62]


def test_int64_numbers_are_tolerated_on_decode_and_kept_as_sent() -> None:
    file = File.from_json(b'{"sizeBytes": 79}')
    assert file.size_bytes == 79
    assert file.to_json() == b'{"sizeBytes":79}'


def test_bad_int64_names_the_field() -> None:
    file = File.from_json(b'{"sizeBytes": "lots"}')
    with pytest.raises(ResponseDecodeError, match=r"^sizeBytes: expected int64 string, got string") as info:
        _ = file.size_bytes
    assert info.value.path == "sizeBytes"


# ----------------------------------------------------------------------------- bytes


@pytest.mark.parametrize("wire", [SIGNATURE_STD, SIGNATURE_URLSAFE, "X+PIyT/a", "X-PIyT_a"])
def test_thought_signature_round_trips_byte_for_byte(wire: str) -> None:
    raw = orjson.dumps({"text": "", "thoughtSignature": wire})
    part = Part.from_json(raw)
    assert part.to_json() == raw
    expected = base64.b64decode(wire.replace("-", "+").replace("_", "/") + "=" * (-len(wire) % 4))
    assert part.thought_signature == expected


def test_both_alphabets_decode_to_the_same_bytes() -> None:
    std = Part.from_json(orjson.dumps({"thoughtSignature": SIGNATURE_STD}))
    url = Part.from_json(orjson.dumps({"thoughtSignature": SIGNATURE_URLSAFE}))
    assert std.thought_signature == url.thought_signature == SIGNATURE_BYTES


def test_signature_goes_back_exactly_as_received_in_the_next_request() -> None:
    response = GenerateContentResponse.from_json(orjson.dumps(_response()))
    turn = response.candidates[0].content  # type: ignore[index]
    request = GenerateContentRequest(model="models/m", contents=[Content(role="user", parts=[Part(text="q")]), turn])  # type: ignore[list-item]
    sent = orjson.loads(request.to_json())
    assert sent["contents"][1]["parts"][1]["thoughtSignature"] == SIGNATURE_STD
    assert sent["contents"][1]["parts"][2]["thoughtSignature"] == SIGNATURE_URLSAFE


def test_bytes_given_as_bytes_are_sent_as_standard_base64_and_strings_as_given() -> None:
    assert Part(thought_signature=SIGNATURE_BYTES).to_dict() == {"thoughtSignature": SIGNATURE_STD}
    assert Part(thought_signature=SIGNATURE_URLSAFE).to_dict() == {"thoughtSignature": SIGNATURE_URLSAFE}


def test_invalid_base64_names_the_field() -> None:
    part = Part.from_json(b'{"thoughtSignature": "not base64!"}')
    with pytest.raises(ResponseDecodeError, match=r"^thoughtSignature: expected base64 string, got string"):
        _ = part.thought_signature


# ----------------------------------------------------------------------------- recursion


RECURSIVE_SCHEMA = {
    "type": "OBJECT",
    "properties": {
        "name": {"type": "STRING", "minLength": "1"},
        "children": {
            "type": "ARRAY",
            "items": {"type": "OBJECT", "properties": {"leaf": {"type": "ARRAY", "items": {"type": "INTEGER"}}}},
        },
        "either": {"anyOf": [{"type": "STRING"}, {"type": "NUMBER", "nullable": True}]},
    },
    "required": ["name"],
}


def test_recursive_schema_decodes_at_every_depth() -> None:
    raw = orjson.dumps(RECURSIVE_SCHEMA)
    schema = Schema.from_json(raw)
    assert schema.properties is not None
    assert schema.properties["name"].min_length == 1
    children = schema.properties["children"]
    assert children.items is not None and children.items.properties is not None
    assert children.items.properties["leaf"].items.type == "INTEGER"  # type: ignore[union-attr]
    either = schema.properties["either"].any_of
    assert either is not None and either[1].nullable is True
    assert schema.validate() is schema
    assert schema.to_json() == raw


def test_recursive_schema_from_nested_models() -> None:
    schema = Schema(
        type="OBJECT",
        properties={"tags": Schema(type="ARRAY", items=Schema(type="STRING", max_length=8))},
        required=["tags"],
    )
    assert schema.to_dict() == {
        "type": "OBJECT",
        "properties": {"tags": {"type": "ARRAY", "items": {"type": "STRING", "maxLength": "8"}}},
        "required": ["tags"],
    }


def test_function_declaration_parameters_from_nested_models() -> None:
    declaration = FunctionDeclaration(
        name="get_weather",
        description="Weather for a city.",
        parameters=Schema(type="OBJECT", properties={"city": Schema(type="STRING")}, required=["city"]),
    )
    assert declaration.to_dict()["parameters"] == {
        "type": "OBJECT",
        "properties": {"city": {"type": "STRING"}},
        "required": ["city"],
    }


# ----------------------------------------------------------------------------- forward compatibility


def test_unknown_enum_values_decode_and_re_encode_unchanged_without_warning() -> None:
    raw = orjson.dumps(
        {
            "candidates": [
                {
                    "finishReason": "SOMETHING_NEW_2027",
                    "safetyRatings": [{"category": "HARM_CATEGORY_FUTURE", "probability": "KINDA"}],
                }
            ]
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        response = GenerateContentResponse.from_json(raw)
        candidate = response.candidates[0]  # type: ignore[index]
        assert candidate.finish_reason == "SOMETHING_NEW_2027"
        rating = candidate.safety_ratings[0]  # type: ignore[index]
        assert (rating.category, rating.probability) == ("HARM_CATEGORY_FUTURE", "KINDA")
        response.validate()
    assert response.to_json() == raw
    assert Candidate(finish_reason="SOMETHING_NEW_2027").to_dict() == {"finishReason": "SOMETHING_NEW_2027"}


def test_unknown_fields_survive_decode_encode_at_every_level() -> None:
    raw = orjson.dumps(_response())
    response = GenerateContentResponse.from_json(raw)
    response.validate()
    assert response.to_json() == raw
    assert response.extra == {"responseFutureField": {"nested": {"deeper": "yes"}}}
    candidate = response.candidates[0]  # type: ignore[index]
    assert candidate.extra == {"candidateFutureField": [{"deep": True}]}
    content = candidate.content
    assert content is not None and content.extra == {"contentFutureField": "kept"}
    assert content.parts[1].extra == {"partFutureField": {"x": [1, 2]}}  # type: ignore[index]
    assert content.parts[2].function_call.extra == {"futureCallField": 1}  # type: ignore[index, union-attr]
    assert response.usage_metadata.extra == {"usageFutureCounter": 3}  # type: ignore[union-attr]


def test_a_content_taken_from_a_response_carries_unknown_fields_into_a_new_request() -> None:
    original = _response()["candidates"][0]["content"]
    response = GenerateContentResponse.from_json(orjson.dumps(_response()))
    turn = response.candidates[0].content  # type: ignore[index]
    assert turn is not None
    for request in (
        GenerateContentRequest(model="models/m", contents=[turn]),
        GenerateContentRequest.from_dict({"model": "models/m", "contents": [turn]}),
        GenerateContentRequest(model="models/m", contents=[Content(role="model", parts=turn.parts)]),
        GenerateContentRequest(model="models/m", contents=[turn.to_dict()]),
    ):
        sent = orjson.loads(request.to_json())["contents"][0]
        assert sent["parts"] == original["parts"]
        assert sent["role"] == "model"
    assert orjson.loads(GenerateContentRequest(model="models/m", contents=[turn]).to_json())["contents"][0] == original


# ----------------------------------------------------------------------------- errors


def test_wrongly_typed_field_names_the_full_path() -> None:
    data = _response()
    data["candidates"][0]["content"]["parts"][2]["functionCall"]["args"] = "oops"
    response = GenerateContentResponse.from_json(orjson.dumps(data))
    expected = "candidates[0].content.parts[2].functionCall.args: expected object, got string"
    with pytest.raises(ResponseDecodeError) as info:
        _ = response.candidates[0].content.parts[2].function_call.args  # type: ignore[index, union-attr]
    assert str(info.value).startswith(expected)
    assert info.value.path == "candidates[0].content.parts[2].functionCall.args"
    with pytest.raises(ResponseDecodeError) as info:
        response.validate()
    assert str(info.value).startswith(expected)


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"candidates": {"0": {}}}, "candidates: expected array, got object"),
        ({"candidates": [1]}, "candidates[0]: expected object, got integer"),
        (
            {"candidates": [{"content": {"parts": [{}, "text"]}}]},
            "candidates[0].content.parts[1]: expected object, got string",
        ),
        ({"candidates": [{"index": "first"}]}, "candidates[0].index: expected integer, got string"),
        (
            {"candidates": [{"content": {"parts": [{"thought": "yes"}]}}]},
            "candidates[0].content.parts[0].thought: expected boolean, got string",
        ),
        ({"candidates": [{"avgLogprobs": [1]}]}, "candidates[0].avgLogprobs: expected number, got array"),
        (
            {"usageMetadata": {"promptTokenCount": None, "totalTokenCount": 1.5}},
            "usageMetadata.totalTokenCount: expected integer, got number",
        ),
        ({"modelVersion": 3}, "modelVersion: expected string, got integer"),
    ],
)
def test_validate_names_the_first_bad_field(patch: dict[str, Any], message: str) -> None:
    response = GenerateContentResponse.from_json(orjson.dumps(patch))
    with pytest.raises(ResponseDecodeError) as info:
        response.validate()
    assert str(info.value).startswith(message)


def test_errors_inside_property_maps_name_the_key() -> None:
    schema = Schema.from_json(b'{"items": {"properties": {"city": {"anyOf": [{"type": []}]}}}}')
    with pytest.raises(ResponseDecodeError) as info:
        schema.validate()
    assert info.value.path == "items.properties.city.anyOf[0].type"
    with pytest.raises(ResponseDecodeError, match="expected object, got integer") as info:
        Schema.from_json(b'{"properties": {"city": 3}}').validate()
    assert info.value.path.startswith("properties") and "city" in info.value.path


def test_nulls_read_as_absent() -> None:
    response = GenerateContentResponse.from_json(b'{"candidates": null, "modelVersion": null}')
    assert response.candidates is None and response.model_version is None
    response.validate()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"[1, 2]", "expected object, got array"),
        (b'"text"', "expected object, got string"),
        (b"{not json", "invalid JSON"),
    ],
)
def test_from_json_rejects_non_objects(raw: bytes, reason: str) -> None:
    with pytest.raises(ResponseDecodeError, match=reason) as info:
        GenerateContentResponse.from_json(raw)
    assert info.value.path == ""


def test_from_json_accepts_str_bytes_and_memoryview() -> None:
    raw = orjson.dumps(_response())
    assert GenerateContentResponse.from_json(raw.decode()) == GenerateContentResponse.from_json(memoryview(raw))


# ----------------------------------------------------------------------------- copies


def test_to_dict_is_a_deep_copy() -> None:
    response = GenerateContentResponse.from_json(orjson.dumps(_response()))
    copied = response.to_dict()
    assert copied == _response()
    copied["candidates"][0]["content"]["parts"][0]["text"] = "changed"
    copied["responseFutureField"]["nested"]["deeper"] = "no"
    copied["usageMetadata"].clear()
    assert response.to_dict() == _response()
    content = response.candidates[0].content  # type: ignore[index]
    nested = content.to_dict()  # type: ignore[union-attr]
    nested["parts"].clear()
    assert len(content.parts) == 3  # type: ignore[union-attr, arg-type]


def test_copy_deepcopy_pickle_and_equality() -> None:
    response = GenerateContentResponse.from_json(orjson.dumps(_response()))
    deep = copy.deepcopy(response)
    assert deep == response and deep is not response
    deep.model_version = "other"
    assert response.model_version == "gemini-test-001"
    assert pickle.loads(pickle.dumps(response)) == response
    assert response != Content.from_dict({})
    with pytest.raises(TypeError):
        hash(response)
