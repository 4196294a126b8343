"""Gemini wire contents in the message form of the OpenTelemetry GenAI conventions (content capture only).

The conventions describe messages as ``{"role", "parts": [{"type", ...}]}`` (their input and output messages JSON
schemas); spans carry them as JSON strings. The mapping, part by part:

- ``text`` -> ``{"type": "text", "content"}``; a thought (``"thought": true``) -> ``{"type": "reasoning", ...}``
- ``functionCall`` -> ``{"type": "tool_call", "id", "name", "arguments"}``
- ``functionResponse`` -> ``{"type": "tool_call_response", "id", "response"}``
- ``inlineData`` -> ``{"type": "blob", "mime_type", "modality", "content"}`` (the base64 text as received)
- ``fileData`` -> ``{"type": "uri", "mime_type", "modality", "uri"}``
- any other part (``executableCode``, a field added later) -> ``{"type": <its wire key>, "content": <its value>}``

An Interactions turn (``{"role", "steps": [...]}``) maps step by step: ``user_input`` / ``model_output`` give their
text items as ``text`` parts (other items as they are), ``thought`` its summary as ``reasoning``, ``function_call``
a ``tool_call``, ``function_result`` a ``tool_call_response``; any other step is kept with its ``type``.

Roles: ``model`` is ``assistant``; a turn made only of function responses is ``tool``; any other role is kept.
Signatures and other part metadata are left out: they are not content a reader needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, cast

import orjson

__all__ = ["input_messages", "output_messages", "reply_messages", "system_instructions", "to_json"]

JSONObject = dict[str, Any]

_METADATA: Final = frozenset({"thought", "thoughtSignature", "partMetadata", "videoMetadata", "mediaResolution"})
"""Part keys that describe a part rather than hold its content."""


def to_json(value: Any) -> str:
    """``value`` as the JSON string a span attribute holds."""
    return orjson.dumps(value).decode()


def system_instructions(instructions: str) -> list[JSONObject]:
    """The agent's instructions as ``gen_ai.system_instructions`` parts."""
    return [{"type": "text", "content": instructions}]


def input_messages(contents: Sequence[Mapping[str, Any]]) -> list[JSONObject]:
    """The history sent to the model (``gen_ai.input.messages``), in order."""
    return [_message(turn) for turn in contents]


def output_messages(response: Mapping[str, Any]) -> list[JSONObject]:
    """One message per candidate of a ``generateContent`` response (``gen_ai.output.messages``)."""
    out: list[JSONObject] = []
    for candidate in _objects(response.get("candidates")):
        content = candidate.get("content")
        message = _message(cast(Mapping[str, Any], content) if isinstance(content, Mapping) else {"role": "model"})
        message["finish_reason"] = finish_reason(candidate)
        out.append(message)
    return out


def reply_messages(response: Mapping[str, Any], turn: Mapping[str, Any]) -> list[JSONObject]:
    """A reply's ``gen_ai.output.messages``: each candidate of a ``generateContent`` response, or else the model
    ``turn`` the reply adds to the history (an interaction), its status as the finish reason."""
    if "candidates" in response:
        return output_messages(response)
    status = response.get("status")
    return [{**_message(turn), "finish_reason": status if isinstance(status, str) else ""}]


def finish_reason(candidate: Mapping[str, Any]) -> str:
    """A candidate's ``finishReason`` in lower case (``stop``, ``max_tokens``, ``safety``); ``""`` when absent."""
    reason = candidate.get("finishReason")
    return reason.lower() if isinstance(reason, str) else ""


def _message(turn: Mapping[str, Any]) -> JSONObject:
    if "steps" in turn:  # a model turn's steps echo the input it answered: that is not output
        steps = _objects(turn.get("steps"))
        if turn.get("role") == "model":
            steps = [step for step in steps if step.get("type") != "user_input"]
        parts = [part for step in steps for part in _step(step)]
    else:
        parts = [_part(part) for part in _objects(turn.get("parts"))]
    role = turn.get("role")
    if role == "model":
        role = "assistant"
    elif parts and all(part["type"] == "tool_call_response" for part in parts):
        role = "tool"
    elif not isinstance(role, str):
        role = "user"
    return {"role": role, "parts": parts}


def _part(part: Mapping[str, Any]) -> JSONObject:
    text = part.get("text")
    if isinstance(text, str):
        return {"type": "reasoning" if part.get("thought") else "text", "content": text}
    call = part.get("functionCall")
    if isinstance(call, Mapping):
        fields = cast(Mapping[str, Any], call)
        return {
            "type": "tool_call",
            "id": fields.get("id"),
            "name": fields.get("name"),
            "arguments": fields.get("args"),
        }
    answer = part.get("functionResponse")
    if isinstance(answer, Mapping):
        fields = cast(Mapping[str, Any], answer)
        return {"type": "tool_call_response", "id": fields.get("id"), "response": fields.get("response")}
    inline = part.get("inlineData")
    if isinstance(inline, Mapping):
        fields = cast(Mapping[str, Any], inline)
        mime = fields.get("mimeType")
        return {"type": "blob", "mime_type": mime, "modality": _modality(mime), "content": fields.get("data")}
    file = part.get("fileData")
    if isinstance(file, Mapping):
        fields = cast(Mapping[str, Any], file)
        mime = fields.get("mimeType")
        return {"type": "uri", "mime_type": mime, "modality": _modality(mime), "uri": fields.get("fileUri")}
    for key, value in part.items():
        if key not in _METADATA:
            return {"type": key, "content": value}
    return {"type": "empty"}


def _step(step: Mapping[str, Any]) -> list[JSONObject]:
    kind = step.get("type")
    if kind in ("user_input", "model_output"):
        return [_item(item) for item in _objects(step.get("content"))]
    if kind == "thought":
        return [{"type": "reasoning", "content": _item(item).get("content")} for item in _objects(step.get("summary"))]
    if kind == "function_call":
        return [
            {"type": "tool_call", "id": step.get("id"), "name": step.get("name"), "arguments": step.get("arguments")}
        ]
    if kind == "function_result":
        return [{"type": "tool_call_response", "id": step.get("call_id"), "response": step.get("result")}]
    return [{key: value for key, value in step.items() if key != "signature"}]


def _item(item: Mapping[str, Any]) -> JSONObject:
    text = item.get("text")
    if item.get("type") == "text" and isinstance(text, str):
        return {"type": "text", "content": text}
    return dict(item)


def _modality(mime: object) -> str:
    if not isinstance(mime, str):
        return "document"
    kind = mime.split("/", 1)[0]
    return kind if kind in ("image", "video", "audio") else "document"


def _objects(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [cast(Mapping[str, Any], item) for item in cast(list[object], value) if isinstance(item, Mapping)]
