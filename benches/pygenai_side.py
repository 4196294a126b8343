"""The pygenai side of each comparison: the same work as :mod:`benches.genai_side`, through pygenai's API."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx2
import orjson

import pygenai
from pygenai import types
from pygenai._core.sse import SSEDecoder
from pygenai.gemini._accumulate import GenerateContentAccumulator

__all__ = [
    "content",
    "decode_response",
    "encode_request",
    "mock_client",
    "request_model",
    "stream_and_accumulate",
    "stream_core",
    "touch_response",
]

JSON = dict[str, Any]


def _part(wire: JSON) -> types.Part:
    return types.Part(
        text=wire.get("text"),
        thought=wire.get("thought"),
        thought_signature=wire.get("thoughtSignature"),
        function_call=types.FunctionCall(**wire["functionCall"]) if "functionCall" in wire else None,
        function_response=types.FunctionResponse(**wire["functionResponse"]) if "functionResponse" in wire else None,
    )


def content(wire: JSON) -> types.Content:
    """The ``types.Content`` a user would build for this wire Content (keyword constructors)."""
    return types.Content(role=wire.get("role"), parts=[_part(p) for p in wire["parts"]])


def request_model(body: JSON, model: str) -> types.GenerateContentRequest:
    """The request model built from typed pieces, as a user holding a chat history would."""
    generation = body["generationConfig"]
    thinking = generation["thinkingConfig"]
    return types.GenerateContentRequest(
        model=model,
        contents=[content(c) for c in body["contents"]],
        system_instruction=content(body["systemInstruction"]),
        tools=[types.Tool.from_dict(t) for t in body["tools"]],
        generation_config=types.GenerationConfig(
            temperature=generation["temperature"],
            max_output_tokens=generation["maxOutputTokens"],
            thinking_config=types.ThinkingConfig(
                include_thoughts=thinking["includeThoughts"], thinking_budget=thinking["thinkingBudget"]
            ),
        ),
    )


def encode_request(
    model: str,
    contents: list[types.Content],
    system_instruction: types.Content,
    tools: list[types.Tool],
    generation_config: types.GenerationConfig,
) -> bytes:
    """Request bytes from typed history: assemble the request from models, then ``to_json``."""
    return types.GenerateContentRequest(
        model=model,
        contents=contents,
        system_instruction=system_instruction,
        tools=tools,
        generation_config=generation_config,
    ).to_json()


def decode_response(data: bytes) -> pygenai.GenerateContentResponse:
    """Bytes to the typed response ``generate_content`` returns."""
    return pygenai.GenerateContentResponse.from_json(data)


def _touch_model(model: pygenai.types.Part) -> int:
    count = 0
    for name in type(model)._wire_names:
        if getattr(model, name) is not None:
            count += 1
    return count


def touch_response(response: types.GenerateContentResponse) -> int:
    """Read every declared field of every part (and the grounding lists), through the typed properties."""
    count = 0
    for candidate in response.candidates or ():
        content = candidate.content
        if content is not None:
            for part in content.parts or ():
                count += _touch_model(part)
                call = part.function_call
                if call is not None and call.name is not None and call.args is not None:
                    count += 1
        grounding = candidate.grounding_metadata
        if grounding is not None:
            for chunk in grounding.grounding_chunks or ():
                if chunk.web is not None and chunk.web.uri is not None:
                    count += 1
            for support in grounding.grounding_supports or ():
                if support.segment is not None and support.segment.end_index is not None:
                    count += 1
    return count


def stream_core(pieces: Iterable[bytes]) -> JSON:
    """The sans-I/O streaming path: SSE decoder, one ``orjson.loads`` per event, typed chunk, accumulator."""
    decoder = SSEDecoder()
    accumulator = GenerateContentAccumulator()
    wrap = types.GenerateContentResponse._wrap
    for piece in pieces:
        for event in decoder.feed(piece):
            accumulator.add(wrap(orjson.loads(event.data)))
    for event in decoder.close():
        accumulator.add(wrap(orjson.loads(event.data)))
    return accumulator.result()


def mock_client(body_pieces: Callable[[], Iterator[bytes]], content_type: str) -> pygenai.Client:
    """A pygenai client whose every request is answered with the given body, piece by piece."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        request.read()
        return httpx2.Response(200, headers={"content-type": content_type}, content=body_pieces())

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return pygenai.Client(api_key="test-key-123", http_client=http)


def stream_and_accumulate(client: pygenai.Client, model: str) -> JSON:
    """Consume one ``stream_generate_content`` through the client; the stream accumulates the turn itself."""
    stream = client.models.stream_generate_content(model=model, contents="Tell me a long story.")
    for _ in stream:
        pass
    return stream.final_response()._data
