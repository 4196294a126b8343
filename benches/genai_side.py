"""The google-genai side of each comparison, driven the way the SDK drives itself.

Request bodies go through the same steps ``Models._generate_content`` takes (parameter model, mldev
converter, ``convert_to_dict``, ``encode_unserializable_types``, ``json.dumps``); streams go through the
public ``models.generate_content_stream`` over an ``httpx2.MockTransport`` that returns the bench bytes,
so SSE splitting, chunk parsing and typed validation are all the SDK's own.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
from google import genai
from google.genai import _common, types
from google.genai import models as genai_models

__all__ = [
    "content",
    "encode_request",
    "mock_client",
    "request_objects",
    "stream_and_accumulate",
    "touch_response",
    "wire_equivalent",
]

JSON = dict[str, Any]


def _part(wire: JSON) -> types.Part:
    kwargs: dict[str, Any] = {}
    if "text" in wire:
        kwargs["text"] = wire["text"]
    if wire.get("thought"):
        kwargs["thought"] = True
    if "thoughtSignature" in wire:
        kwargs["thought_signature"] = base64.b64decode(wire["thoughtSignature"])
    if "functionCall" in wire:
        kwargs["function_call"] = types.FunctionCall(**wire["functionCall"])
    if "functionResponse" in wire:
        kwargs["function_response"] = types.FunctionResponse(**wire["functionResponse"])
    return types.Part(**kwargs)


def content(wire: JSON) -> types.Content:
    """The ``types.Content`` a user would build for this wire Content."""
    return types.Content(role=wire.get("role"), parts=[_part(p) for p in wire["parts"]])


def request_objects(body: JSON) -> tuple[list[types.Content], types.GenerateContentConfig]:
    """The contents and config a user passes to ``generate_content`` for this request body."""
    generation = body["generationConfig"]
    thinking = generation["thinkingConfig"]
    config = types.GenerateContentConfig(
        system_instruction=content(body["systemInstruction"]),
        tools=[
            types.Tool(
                function_declarations=[
                    types.FunctionDeclaration.model_validate(d) for d in body["tools"][0]["functionDeclarations"]
                ]
            )
        ],
        temperature=generation["temperature"],
        max_output_tokens=generation["maxOutputTokens"],
        thinking_config=types.ThinkingConfig(
            include_thoughts=thinking["includeThoughts"], thinking_budget=thinking["thinkingBudget"]
        ),
    )
    return [content(c) for c in body["contents"]], config


def request_dict(
    client: genai.Client, model: str, contents: list[types.Content], config: types.GenerateContentConfig
) -> JSON:
    """The body dict ``Models._generate_content`` hands to its API client (special ``_`` keys removed)."""
    params = types._GenerateContentParameters(model=model, contents=contents, config=config)
    body: JSON = genai_models._GenerateContentParameters_to_mldev(client._api_client, params, None, params)
    body.pop("config", None)
    body = _common.convert_to_dict(body)
    body = _common.encode_unserializable_types(body)
    for key in [k for k in body if k.startswith("_")]:  # as BaseApiClient._build_request does
        del body[key]
    return body


def encode_request(
    client: genai.Client, model: str, contents: list[types.Content], config: types.GenerateContentConfig
) -> bytes:
    """The request bytes google-genai sends for ``generate_content(model, contents, config)``."""
    return json.dumps(request_dict(client, model, contents, config)).encode()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def _normalise(value: Any, free_form: bool = False) -> Any:
    if isinstance(value, dict):
        out: JSON = {}
        for key, item in value.items():
            wire = key if free_form else _camel(key)
            if wire == "thoughtSignature" and isinstance(item, str):
                item = base64.b64encode(base64.urlsafe_b64decode(item)).decode()
            out[wire] = _normalise(item, free_form or wire in ("args", "response"))
        return out
    if isinstance(value, list):
        return [_normalise(v, free_form) for v in value]
    return value


def wire_equivalent(sent: JSON, expected: JSON) -> bool:
    """Whether two request bodies mean the same to the server (key casing and base64 alphabet aside)."""
    return bool(_normalise(sent) == _normalise(expected))


def touch_response(response: types.GenerateContentResponse) -> int:
    """Read every field of every part (and the grounding lists), as the pygenai touch does."""
    count = 0
    for candidate in response.candidates or ():
        if candidate.content is not None:
            for part in candidate.content.parts or ():
                for name in type(part).model_fields:
                    if getattr(part, name) is not None:
                        count += 1
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


def mock_client(body_pieces: Callable[[], Iterator[bytes]], content_type: str) -> genai.Client:
    """A google-genai client whose every request is answered with the given body, piece by piece."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        request.read()
        return httpx2.Response(200, headers={"content-type": content_type}, content=body_pieces())

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return genai.Client(api_key="test-key-123", http_options=types.HttpOptions(httpx_client=http))


def stream_and_accumulate(client: genai.Client, model: str) -> tuple[int, int, int]:
    """Consume one ``generate_content_stream`` and merge it as a user would (answer, thoughts, parts, usage)."""
    answer: list[str] = []
    thoughts: list[str] = []
    other_parts: list[types.Part] = []
    usage: types.GenerateContentResponseUsageMetadata | None = None
    for chunk in client.models.generate_content_stream(model=model, contents="Tell me a long story."):
        if chunk.usage_metadata is not None:
            usage = chunk.usage_metadata  # a snapshot: the last one is final
        if not chunk.candidates or chunk.candidates[0].content is None:
            continue
        for part in chunk.candidates[0].content.parts or ():
            if part.text is not None and part.thought_signature is None:
                (thoughts if part.thought else answer).append(part.text)
            else:
                other_parts.append(part)
    total = usage.total_token_count if usage is not None and usage.total_token_count is not None else 0
    return len("".join(answer)), len("".join(thoughts)), total + len(other_parts)
