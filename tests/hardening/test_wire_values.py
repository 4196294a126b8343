"""Values on the wire, in and out (issue 10, defects 4 to 8).

* NaN and ±Infinity are refused before anything is sent, with the field's path: orjson would write them as ``null``
  (config values, function responses, tool results, chat history, models, batch input files);
* every accessor either works or raises a pygenai error naming the path: odd quoted integers, numbers where the
  citations code expects arrays, items of the wrong type in arrays of scalars (``validate()`` checks them too);
* decode and encode agree on nesting: what decodes (up to the 1024 levels orjson reads, past the 254 it writes)
  is written back, deeper JSON is a ``ResponseDecodeError``, and a chat keeps every answer it received;
* with ``on_tool_error="raise"`` a tool result that has no JSON form raises instead of going to the model.
"""

from __future__ import annotations

import copy
import math
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx2
import orjson
import pytest

import pygenai
from pygenai import GenerateContentResponse
from pygenai._core.wire_json import MAX_DEPTH, encode_json
from pygenai.gemini._batches import batch_jsonl
from pygenai.tools._calls import RESULT_MAX_DEPTH
from pygenai.types import ContentEmbedding, File, FunctionResponse, GroundingMetadata, Part
from pygenai.types.interactions import Interaction

MODEL = "gemini-3.5-flash"
NON_FINITE = [float("nan"), float("inf"), float("-inf")]


def answer(*parts: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"candidates": [{"content": {"role": "model", "parts": list(parts)}, "finishReason": "STOP"}], **fields}


TEXT_ANSWER = answer({"text": "done"})


def nested(levels: int, leaf: Any = 1) -> Any:
    """``levels`` objects nested in one another around ``leaf``."""
    value = leaf
    for _ in range(levels):
        value = {"a": value}
    return value


class Server:
    """A MockTransport that answers with the given bodies in turn and keeps every request body it got."""

    def __init__(self, *bodies: dict[str, Any] | bytes | str) -> None:
        self.bodies = list(bodies)
        self.requests: list[Any] = []

    def handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(orjson.loads(request.content) if request.content else None)
        body = self.bodies.pop(0)
        if isinstance(body, str):  # an SSE body
            return httpx2.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})
        content = body if isinstance(body, bytes) else orjson.dumps(body)
        return httpx2.Response(200, content=content, headers={"content-type": "application/json"})

    def client(self) -> pygenai.Client:
        http = httpx2.Client(transport=httpx2.MockTransport(self.handle))
        return pygenai.Client(api_key="test-key-wire-values", base_url="http://gemini.test", http_client=http)

    def async_client(self) -> pygenai.AsyncClient:
        http = httpx2.AsyncClient(transport=httpx2.MockTransport(self.handle))
        return pygenai.AsyncClient(api_key="test-key-wire-values", base_url="http://gemini.test", http_client=http)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --------------------------------------------------------------------------------------------- 4: NaN and ±Infinity


@pytest.mark.parametrize("number", NON_FINITE, ids=repr)
def test_a_non_finite_config_value_is_refused_before_sending(number: float) -> None:
    server = Server(TEXT_ANSWER)
    with pytest.raises(pygenai.UnencodableValueError) as caught:
        server.client().models.generate_content(model=MODEL, contents="hi", config={"temperature": number})
    assert caught.value.path == "generationConfig.temperature"
    assert "NaN or Infinity" in str(caught.value) and isinstance(caught.value, pygenai.InvalidRequestError)
    assert server.requests == []


@pytest.mark.anyio
async def test_a_non_finite_config_value_is_refused_before_sending_async() -> None:
    server = Server(TEXT_ANSWER)
    with pytest.raises(pygenai.UnencodableValueError, match=r"generationConfig\.topP"):
        await server.async_client().models.generate_content(model=MODEL, contents="hi", config={"top_p": math.inf})
    assert server.requests == []


def test_a_non_finite_number_in_a_function_response_is_refused_with_its_path() -> None:
    server = Server(TEXT_ANSWER)
    reply = {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"scores": [1.5, math.nan]}}}]}
    with pytest.raises(pygenai.UnencodableValueError) as caught:
        server.client().models.generate_content(model=MODEL, contents=[reply])
    assert caught.value.path == "contents[0].parts[0].functionResponse.response.scores[1]"
    assert server.requests == []


def test_a_non_finite_number_in_a_model_or_a_long_body_is_found_too() -> None:
    # a model refuses it when it is built (so its JSON is written unsearched); a body over 8 KiB has its input walked
    # instead of its output searched
    with pytest.raises(pygenai.UnencodableValueError, match=r"^response\.score: -inf"):
        FunctionResponse(name="f", response={"score": -math.inf})
    in_a_model = {"function_response": {"name": "f", "response": {"score": -math.inf}}}
    # (a constructor names the value from the argument that holds it: parts=[...][0].functionResponse...)
    with pytest.raises(pygenai.UnencodableValueError, match=r"^\[0\]\.functionResponse\.response\.score: -inf"):
        pygenai.types.Content(role="user", parts=[in_a_model])
    long_text = {"role": "user", "parts": [{"text": "x" * 20_000}]}
    in_a_long_body = {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"score": -math.inf}}}]}
    server = Server(TEXT_ANSWER)
    with pytest.raises(pygenai.UnencodableValueError, match=r"parts\[0\]\.functionResponse\.response\.score: -inf"):
        server.client().models.generate_content(model=MODEL, contents=[long_text, in_a_long_body])
    assert server.requests == []
    server = Server(TEXT_ANSWER)
    null_text = {"role": "user", "parts": [{"text": "null"}]}
    server.client().models.generate_content(model=MODEL, contents=[long_text, null_text])
    assert server.requests[0]["contents"] == [long_text, null_text]


def test_none_and_the_text_null_still_go_out_as_given() -> None:
    # the check looks at the input only when the output holds "null": these must not be mistaken for NaN
    server = Server(TEXT_ANSWER)
    reply = {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"value": None, "n": 0.5}}}]}
    server.client().models.generate_content(
        model=MODEL, contents=[{"role": "user", "parts": [{"text": "null"}]}, reply]
    )
    assert server.requests[0]["contents"][1]["parts"][0]["functionResponse"]["response"] == {"value": None, "n": 0.5}


def weather(city: str) -> dict[str, Any]:
    """The weather in a city."""
    return {"city": city, "temperature_c": math.nan}


CALL = answer({"functionCall": {"name": "weather", "args": {"city": "Paris"}}})


def test_a_non_finite_tool_result_goes_back_as_an_error_not_as_null() -> None:
    server = Server(CALL, TEXT_ANSWER)
    response = server.client().models.generate_content(model=MODEL, contents="weather?", config={"tools": [weather]})
    assert response.text == "done"
    sent = server.requests[1]["contents"][2]["parts"][0]["functionResponse"]["response"]
    assert sent == {"error": "UnencodableValueError: $.temperature_c: nan cannot be sent: JSON has no NaN or Infinity"}
    afc = response.automatic_function_calling
    assert afc is not None and isinstance(afc.errors[0].error, pygenai.UnencodableValueError)


def test_to_json_value_names_the_non_finite_number() -> None:
    with pytest.raises(pygenai.UnencodableValueError) as caught:
        pygenai.tools.to_json_value({"readings": [1.0, 2.0, 3.0, -math.inf]})
    assert caught.value.path == "$.readings[3]"


def test_manual_function_responses_with_nan_are_error_responses() -> None:
    response = GenerateContentResponse.from_json(orjson.dumps(CALL))
    (part,) = response.function_responses([{"t": math.nan}]).to_dict()["parts"]
    assert part["functionResponse"]["response"]["error"].startswith("UnencodableValueError: $.t")


def test_models_refuse_non_finite_numbers_when_given_them() -> None:
    # Checked where values come in (constructors, setters, from_dict), so to_json() is orjson.dumps alone: JSON
    # decoded by orjson cannot hold NaN or ±Infinity (it refuses those literals).
    with pytest.raises(pygenai.UnencodableValueError, match=r"^response\.x: inf"):
        FunctionResponse(name="f", response={"x": math.inf})
    with pytest.raises(pygenai.UnencodableValueError, match=r"^response\.x: inf"):
        Part(function_response={"name": "f", "response": {"x": math.inf}})
    with pytest.raises(pygenai.UnencodableValueError, match=r"^functionResponse\.response\.x: nan"):
        Part.from_dict({"function_response": {"name": "f", "response": {"x": math.nan}}})
    with pytest.raises(pygenai.UnencodableValueError, match=r"^temperature: nan"):
        pygenai.types.GenerationConfig(temperature=math.nan)
    config = pygenai.types.GenerationConfig(temperature=0.5)
    with pytest.raises(pygenai.UnencodableValueError, match=r"^topP: -inf"):
        config.top_p = -math.inf
    response = FunctionResponse(name="f", response={"x": 1.0})
    with pytest.raises(pygenai.UnencodableValueError, match=r"^response\.x: nan"):
        response.response = {"x": math.nan}
    for literal in (b"NaN", b"Infinity", b"-Infinity"):
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(b'{"x": ' + literal + b"}")


def test_chat_history_refuses_non_finite_numbers() -> None:
    turn = {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"x": math.nan}}}]}
    with pytest.raises(pygenai.UnencodableValueError, match=r"parts\[0\]\.functionResponse\.response\.x"):
        Server().client().chats.create(model=MODEL, history=[turn])


def test_batch_input_files_refuse_non_finite_numbers() -> None:
    request = {"contents": [{"parts": [{"text": "hi"}]}], "generationConfig": {"temperature": math.nan}}
    with pytest.raises(pygenai.UnencodableValueError, match=r"request\.generationConfig\.temperature"):
        batch_jsonl([request])


# --------------------------------------------------------------------------------------------- 5: accessors


ODD_COUNTS = ["²", "٣", "\uff11\uff12", " 12", "+5", "1_000", "1" * 5000, "18446744073709551616", ""]


@pytest.mark.parametrize("count", ODD_COUNTS)
def test_usage_refuses_a_count_that_is_not_an_integer(count: str) -> None:
    response = GenerateContentResponse.from_json(orjson.dumps({"usageMetadata": {"promptTokenCount": count}}))
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        _ = response.usage
    assert caught.value.path == "usageMetadata.promptTokenCount"


def test_usage_reads_quoted_and_plain_counts() -> None:
    body = {"usageMetadata": {"promptTokenCount": "12", "totalTokenCount": 20, "serviceTier": "standard"}}
    usage = GenerateContentResponse.from_json(orjson.dumps(body)).usage
    assert (usage.prompt_tokens, usage.total_tokens, usage.thoughts_tokens, usage.service_tier) == (
        12,
        20,
        0,
        "standard",
    )


@pytest.mark.parametrize("size", ["²", "٣", "1" * 5000, "18446744073709551616", "-9223372036854775809", "1e3"])
def test_int64_fields_refuse_what_is_not_a_64_bit_integer(size: str) -> None:
    file = File.from_json(orjson.dumps({"sizeBytes": size}))
    with pytest.raises(pygenai.ResponseDecodeError, match=r"^sizeBytes: expected int64 string"):
        _ = file.size_bytes
    with pytest.raises(pygenai.ResponseDecodeError):
        file.validate()


def test_int64_fields_read_the_whole_64_bit_range() -> None:
    for text, number in [("18446744073709551615", 2**64 - 1), ("-9223372036854775808", -(2**63)), ("007", 7)]:
        assert File.from_json(orjson.dumps({"sizeBytes": text})).size_bytes == number


GROUNDED_TEXT = "It is 25°C in Paris."


def grounded(support: dict[str, Any]) -> GenerateContentResponse:
    body = answer({"text": GROUNDED_TEXT})
    body["candidates"][0]["groundingMetadata"] = {
        "groundingChunks": [{"web": {"uri": "https://weather.example", "title": "weather.example"}}],
        "groundingSupports": [{"segment": {"endIndex": 21}, "groundingChunkIndices": [0], **support}],
    }
    return GenerateContentResponse.from_json(orjson.dumps(body))


@pytest.mark.parametrize(
    ("support", "field"),
    [
        ({"groundingChunkIndices": 0}, "groundingChunkIndices"),
        ({"confidenceScores": 0.9}, "confidenceScores"),
        ({"groundingChunkIndices": ["zero"]}, "groundingChunkIndices[0]"),
        ({"confidenceScores": [0.9, "high"]}, "confidenceScores[1]"),
        ({"segment": "all of it"}, "segment"),
        ({"segment": {"endIndex": "²"}}, "segment.endIndex"),
    ],
)
def test_citations_raise_with_the_path_of_a_value_of_the_wrong_type(support: dict[str, Any], field: str) -> None:
    response = grounded(support)
    for read in (response.citations, response.render_citations):
        with pytest.raises(pygenai.ResponseDecodeError) as caught:
            read()
        assert caught.value.path == f"candidates[0].groundingMetadata.groundingSupports[0].{field}"


def test_citations_still_read_well_formed_supports() -> None:
    (citation,) = grounded({"confidenceScores": [1]}).citations()
    assert (citation.text, citation.chunk_indices, citation.confidence_scores) == (GROUNDED_TEXT, (0,), (1.0,))
    assert str(grounded({}).render_citations()).startswith(GROUNDED_TEXT + "[1]")


def test_views_taken_from_a_response_name_their_full_path() -> None:
    body = answer({"text": "a"}, "not a part")
    body["candidates"][0]["groundingMetadata"] = {"webSearchQueries": "weather"}
    response = GenerateContentResponse.from_json(orjson.dumps(body))
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        _ = response.parts
    assert caught.value.path == "candidates[0].content.parts[1]"
    metadata = response.grounding_metadata
    assert metadata is not None
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        _ = metadata.web_search_queries
    assert caught.value.path == "candidates[0].groundingMetadata.webSearchQueries"


def test_a_union_tag_that_is_not_a_string_reads_as_an_unknown_member() -> None:
    interaction = Interaction.from_json(b'{"steps": [{"type": ["model_output"]}]}')
    (step,) = interaction.steps or []
    assert type(step).__name__ == "UnknownStep" and step.to_dict() == {"type": ["model_output"]}


def test_an_image_part_pillow_cannot_read_is_a_decode_error_with_its_path() -> None:
    body = answer({"text": "a"}, {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}})  # a bare signature
    (_, part) = GenerateContentResponse.from_json(orjson.dumps(body)).parts
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        part.as_image()
    assert caught.value.path == "candidates[0].content.parts[1].inlineData.data"
    assert "not an image Pillow can read" in caught.value.reason and caught.value.__cause__ is not None


# --------------------------------------------------------------------------------------------- 6: scalar arrays


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"webSearchQueries": ["weather", {"q": 1}]}, "webSearchQueries[1]"),
        ({"webSearchQueries": [None]}, "webSearchQueries[0]"),
        ({"groundingSupports": [{"groundingChunkIndices": ["zero"]}]}, "groundingSupports[0].groundingChunkIndices[0]"),
        ({"groundingSupports": [{"groundingChunkIndices": [True]}]}, "groundingSupports[0].groundingChunkIndices[0]"),
        ({"groundingSupports": [{"confidenceScores": [0.5, [1]]}]}, "groundingSupports[0].confidenceScores[1]"),
    ],
)
def test_validate_checks_every_item_of_scalar_arrays(body: dict[str, Any], path: str) -> None:
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        GroundingMetadata.from_json(orjson.dumps(body)).validate()
    assert caught.value.path == path


def test_validate_names_the_item_from_the_response_root() -> None:
    body = answer({"text": "a"})
    body["candidates"][0]["groundingMetadata"] = {"webSearchQueries": ["", 7]}
    with pytest.raises(pygenai.ResponseDecodeError) as caught:
        GenerateContentResponse.from_json(orjson.dumps(body)).validate()
    assert caught.value.path == "candidates[0].groundingMetadata.webSearchQueries[1]"
    assert "expected string, got integer" in str(caught.value)


def test_enum_and_number_arrays() -> None:
    config = pygenai.types.GenerationConfig.from_json(b'{"responseModalities": ["TEXT", 1]}')
    with pytest.raises(pygenai.ResponseDecodeError, match=r"^responseModalities\[1\]: expected string"):
        config.validate()
    embedding = ContentEmbedding.from_json(b'{"values": [0.25, 1, "NaN", "-Infinity"]}')
    values = embedding.validate().values
    assert values is not None and values[:2] == [0.25, 1] and math.isnan(values[2]) and values[3] == -math.inf
    with pytest.raises(pygenai.ResponseDecodeError, match=r"^values\[1\]: expected number, got string"):
        _ = ContentEmbedding.from_json(b'{"values": [0.25, "0.5"]}').values


# --------------------------------------------------------------------------------------------- 7: deep nesting

# A function call's args sit 7 levels down: {candidates [ {content {parts [ {functionCall {args
ARGS_LEVELS = 7


def deep_call(levels: int, name: str = "f") -> bytes:
    """A response whose call args make the body ``levels`` deep (spliced as bytes: orjson.dumps stops at 254)."""
    inner = levels - ARGS_LEVELS
    args = b'{"a":' * inner + b"1" + b"}" * inner
    head = b'{"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"name":"' + name.encode() + b'",'
    return head + b'"args":' + args + b'}}]},"finishReason":"STOP"}]}'


def deep_content(levels: int) -> Any:
    return orjson.loads(deep_call(levels))["candidates"][0]["content"]


def test_whatever_decodes_encodes_compares_copies_and_pickles() -> None:
    for levels in (255, 600, MAX_DEPTH):  # past orjson's 254 written levels, up to the 1024 it reads
        body = deep_call(levels)
        response = GenerateContentResponse.from_json(body)
        assert response.to_json() == body
        assert encode_json(response.to_dict()) == body  # (== on dicts this deep would exceed the recursion limit)
        again = GenerateContentResponse.from_json(response.to_json())
        assert again == response and copy.deepcopy(response) == response
        assert pickle.loads(pickle.dumps(response)) == response
        assert response.validate().function_calls[0].name == "f" and repr(response).startswith("GenerateContent")


def test_json_deeper_than_orjson_reads_is_a_decode_error() -> None:
    # orjson's wording: "depth limit exceeded" now, "array and object recursion depth exceeded" up to 3.11 at least
    with pytest.raises(pygenai.ResponseDecodeError, match=r"depth limit exceeded|recursion depth exceeded"):
        GenerateContentResponse.from_json(deep_call(MAX_DEPTH + 1))


def test_validate_walks_schemas_nested_past_the_recursion_limit() -> None:
    schema: dict[str, Any] = {"type": "STRING"}
    for _ in range(1000):
        schema = {"type": "ARRAY", "items": schema}
    pygenai.types.Schema.from_json(encode_json(schema)).validate()
    schema["items"]["items"]["type"] = 5
    with pytest.raises(pygenai.ResponseDecodeError, match=r"^items\.items\.type: expected string"):
        pygenai.types.Schema.from_json(encode_json(schema)).validate()


def test_a_chat_keeps_every_answer_it_received() -> None:
    body = deep_call(600)
    server = Server(body, TEXT_ANSWER)
    chat = server.client().chats.create(model=MODEL)
    chat.send("deep?")  # recording the answer used to raise TypeError after the request had succeeded
    assert [turn.to_dict() for turn in chat.history][1] == deep_content(600)
    chat.send("again")
    assert server.requests[1]["contents"][1] == deep_content(600)  # and it goes back as received
    assert len(chat.history) == 4
    assert pygenai.Client(api_key="k").chats.load(chat.save()).history[1].to_dict() == deep_content(600)


def test_the_function_calling_loop_sends_a_deep_model_turn_back() -> None:
    received: list[Any] = []

    def f(a: Any) -> str:
        """Takes anything."""
        received.append(a)
        return "ok"

    server = Server(deep_call(400), TEXT_ANSWER)
    response = server.client().models.generate_content(model=MODEL, contents="?", config={"tools": [f]})
    assert response.text == "done" and received == [deep_content(400)["parts"][0]["functionCall"]["args"]["a"]]
    assert server.requests[1]["contents"][1] == deep_content(400)


def test_a_deep_body_is_read_from_calls_and_streams() -> None:
    server = Server(deep_call(500), f"data: {deep_call(500).decode()}\r\n\r\n")
    client = server.client()
    assert client.models.generate_content(model=MODEL, contents="hi").to_json() == deep_call(500)
    (chunk,) = client.models.generate_content_stream(model=MODEL, contents="hi")
    assert chunk.to_json() == deep_call(500)


OVERFLOW_PROBE = """
from pygenai._core.wire_json import encode_json

def nested(levels):
    value = 0
    for _ in range(levels):
        value = {"a": value}
    return value

deep, deeper = nested(300), nested(1000)
for pad in range(240, 300):  # where the buffer's end falls after one of the fragments (found by the fuzzer)
    encode_json({"pad": "x" * pad, "usage": {"count": deeper}, "version": [deep]})
"""


def test_writing_deep_json_stays_inside_orjsons_buffer() -> None:
    # orjson keeps 32 bytes of room after a fragment and writes the closing brackets after it unchecked: with 200
    # levels per fragment this wrote past the buffer (a heap corruption, fatal under PYTHONMALLOC=debug).
    environment = {**os.environ, "PYTHONMALLOC": "debug", "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", OVERFLOW_PROBE], env=environment, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]


def test_input_nested_deeper_than_json_is_read_back_is_refused_before_sending() -> None:
    server = Server(TEXT_ANSWER, TEXT_ANSWER)
    reply = {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": nested(MAX_DEPTH)}}]}
    with pytest.raises(pygenai.UnencodableValueError) as caught:
        server.client().models.generate_content(model=MODEL, contents=[reply])
    assert caught.value.path.startswith("contents[0].parts[0].functionResponse.response.a.a.a")
    assert len(str(caught.value)) < 500 and server.requests == []
    with pytest.raises(pygenai.UnencodableValueError):
        Part(function_response=FunctionResponse(name="f", response=nested(MAX_DEPTH))).to_json()
    # 300 levels used to be a bare TypeError from orjson; now they are sent
    reply["parts"][0]["functionResponse"]["response"] = nested(300)
    server.client().models.generate_content(model=MODEL, contents=[reply])
    assert server.requests[0]["contents"][0]["parts"][0]["functionResponse"]["response"] == nested(300)


def test_a_tool_result_nested_too_deep_is_an_error_response() -> None:
    def deep(city: str) -> Any:
        """Deep."""
        return nested(2000)  # deeper than Python's recursion limit, too

    server = Server(answer({"functionCall": {"name": "deep", "args": {"city": "Paris"}}}), TEXT_ANSWER)
    server.client().models.generate_content(model=MODEL, contents="?", config={"tools": [deep]})
    sent = server.requests[1]["contents"][2]["parts"][0]["functionResponse"]["response"]
    assert sent["error"].startswith("UnencodableValueError: $.a.a.a.")
    assert sent["error"].endswith(f"nested more than {RESULT_MAX_DEPTH} levels deep, more than a tool result may")


# --------------------------------------------------------------------------------------------- 8: on_tool_error="raise"


class Unserializable:
    pass


def opaque(city: str) -> Any:
    """Something with no JSON form."""
    return Unserializable()


RAISE = {"automatic_function_calling": {"on_tool_error": "raise"}}


@pytest.mark.parametrize(
    ("tool", "error"), [(opaque, TypeError), (weather, pygenai.UnencodableValueError)], ids=["opaque", "nan"]
)
def test_on_tool_error_raise_raises_for_a_result_with_no_json_form(
    tool: Callable[[str], Any], error: type[Exception]
) -> None:
    server = Server(answer({"functionCall": {"name": tool.__name__, "args": {"city": "Paris"}}}), TEXT_ANSWER)
    with pytest.raises(error):
        server.client().models.generate_content(model=MODEL, contents="?", config={"tools": [tool], **RAISE})
    assert len(server.requests) == 1  # nothing went back to the model


@pytest.mark.anyio
async def test_on_tool_error_raise_raises_for_a_result_with_no_json_form_async() -> None:
    server = Server(CALL, TEXT_ANSWER)
    with pytest.raises(pygenai.UnencodableValueError, match=r"\$\.temperature_c"):
        await server.async_client().models.generate_content(
            model=MODEL, contents="?", config={"tools": [weather], **RAISE}
        )
    assert len(server.requests) == 1


def test_on_tool_error_raise_in_a_stream() -> None:
    opaque_call = answer({"functionCall": {"name": "opaque", "args": {"city": "Paris"}}})
    call = f"data: {orjson.dumps(opaque_call).decode()}\r\n\r\n"
    server = Server(call, f"data: {orjson.dumps(TEXT_ANSWER).decode()}\r\n\r\n")
    stream = server.client().models.generate_content_stream(
        model=MODEL, contents="?", config={"tools": [opaque], **RAISE}
    )
    with pytest.raises(TypeError, match="no JSON form"):
        list(stream)
    assert len(server.requests) == 1


def test_on_tool_error_respond_still_sends_the_error_to_the_model() -> None:
    server = Server(answer({"functionCall": {"name": "opaque", "args": {"city": "Paris"}}}), TEXT_ANSWER)
    server.client().models.generate_content(model=MODEL, contents="?", config={"tools": [opaque]})
    sent = server.requests[1]["contents"][2]["parts"][0]["functionResponse"]["response"]
    assert sent == {"error": "TypeError: tool returned a Unserializable, which has no JSON form"}
