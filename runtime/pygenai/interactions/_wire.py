"""The Interactions wire form of tool calls and results: ``function_call`` steps in, ``function_result`` steps out.

:data:`INTERACTIONS_WIRE` is the :class:`~pygenai.tools.ToolWire` the function-calling loop uses for the
Interactions API. A model turn is ``{"steps": [...]}``: the steps one interaction returned. A call is a
``function_call`` step (``id``, ``name``, ``arguments``); its answer is a ``function_result`` step with the call's
``call_id`` and ``name``, the tool's value as ``result`` and ``is_error`` (``true`` with the error text as
``result`` when the tool raised). A result with media parts (:class:`~pygenai.ToolOutput`) becomes a list of
content items: the value as a text item, then the images. :func:`interaction_tools` writes a toolbox as the
request's ``tools``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, TypeAlias

import orjson

from .._core.errors import ToolPairingError
from .._core.model import WireModel
from ..tools import Toolbox, ToolInvocation, ToolResult, Toolset

__all__ = ["INTERACTIONS_WIRE", "InteractionsToolWire", "function_calls", "interaction_tools", "model_turn"]

JSONObject: TypeAlias = dict[str, Any]


def model_turn(steps: Any) -> JSONObject:
    """The loop's view of one interaction's output: its steps (the same list, so nothing is copied or lost)."""
    return {"steps": steps if isinstance(steps, list) else []}


def function_calls(turn: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
    """The ``function_call`` steps of a turn (``{"steps": [...]}``), in order."""
    data = turn._data if isinstance(turn, WireModel) else turn
    if not isinstance(data, Mapping):
        return []
    steps = data.get("steps")
    if not isinstance(steps, list):
        return []
    calls: list[ToolInvocation] = []
    for step in steps:
        if not isinstance(step, dict) or step.get("type") != "function_call":
            continue
        name = step.get("name")
        arguments = step.get("arguments")
        call_id = step.get("id")
        calls.append(
            ToolInvocation(
                index=len(calls),
                name=name if isinstance(name, str) else "",
                args=dict(arguments) if isinstance(arguments, Mapping) else {},
                id=call_id if isinstance(call_id, str) and call_id else None,
                part=step,
            )
        )
    return calls


# The image types a function_result's content items may carry (the API's ImageContent.mime_type enum).
_IMAGE_TYPES: Final = frozenset(
    ("image/png", "image/jpeg", "image/webp", "image/heic", "image/heif", "image/gif", "image/bmp", "image/tiff")
)


def function_result_step(
    call: ToolInvocation, response: Mapping[str, Any], parts: Sequence[JSONObject] = ()
) -> JSONObject:
    """The ``function_result`` step answering ``call``; ``response`` is ``{"result": ...}`` or ``{"error": ...}``.

    With media ``parts`` (Gemini wire form) the result is a list of content items: the value as text, then one
    ``image`` item per image; the API takes no other media in a function result, so each of those is named in a
    text item instead of being dropped silently.
    """
    step: JSONObject = {"type": "function_result", "call_id": call.id or "", "name": call.name}
    is_error = "error" in response
    value = response["error"] if is_error else response.get("result")
    step["result"] = _with_media(value, parts) if parts else value
    step["is_error"] = is_error
    return step


def _with_media(value: Any, parts: Sequence[JSONObject]) -> list[JSONObject]:
    items: list[JSONObject] = []
    if value is not None:
        text = value if isinstance(value, str) else orjson.dumps(value).decode()
        items.append({"type": "text", "text": text})
    for part in parts:
        inline, file = part.get("inlineData"), part.get("fileData")
        media = inline if isinstance(inline, Mapping) else file if isinstance(file, Mapping) else {}
        mime = media.get("mimeType")
        if mime in _IMAGE_TYPES:
            item: JSONObject = {"type": "image", "mime_type": mime}
            if media is inline:
                item["data"] = media.get("data")
            else:
                item["uri"] = media.get("fileUri")
            items.append(item)
        else:
            where = media.get("fileUri") or "inline data"
            items.append({"type": "text", "text": f"[{mime} attachment ({where}) not shown: not an image]"})
    return items


def _result_step(result: Any) -> JSONObject:
    if isinstance(result, ToolResult):
        return result.part or function_result_step(result.call, result.response, result.parts)
    data = result._data if isinstance(result, WireModel) else result
    if isinstance(data, Mapping) and data.get("type") == "function_result":
        return dict(data)
    raise ToolPairingError(f"expected a function_result step or a ToolResult, got {type(result).__name__}")


def pair_function_results(calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
    """The turn answering every call: one ``function_result`` step per call, in call order, matched by ``call_id``.

    Every call must be answered exactly once, else :class:`~pygenai.ToolPairingError`.
    """
    by_id = {call.id: call.index for call in calls}
    slots: list[JSONObject | None] = [None] * len(calls)
    for result in results:
        step = _result_step(result)
        call_id = step.get("call_id")
        index = by_id.get(call_id) if isinstance(call_id, str) else None
        if index is None:
            raise ToolPairingError(f"function_result for call_id {call_id!r} matches no call of this turn")
        if slots[index] is not None:
            raise ToolPairingError(f"call {call_id!r} ({calls[index].name}) is answered twice")
        slots[index] = step
    missing = [f"{c.name} (id {c.id})" for c in calls if slots[c.index] is None]
    if missing:
        raise ToolPairingError(f"no function_result for: {', '.join(missing)}")
    return {"steps": [slot for slot in slots if slot is not None]}


class InteractionsToolWire:
    """The Interactions :class:`~pygenai.tools.ToolWire` (see the module docstring)."""

    __slots__ = ()

    def calls(self, turn: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
        return function_calls(turn)

    def result_part(
        self, call: ToolInvocation, response: Mapping[str, Any], parts: Sequence[JSONObject] = ()
    ) -> JSONObject:
        return function_result_step(call, response, parts)

    def answer(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        return pair_function_results(calls, results)


INTERACTIONS_WIRE: Final = InteractionsToolWire()


def interaction_tools(toolbox: Toolbox) -> list[JSONObject]:
    """The request's ``tools``: each tool a toolset lists as ``{"type": "function", "name", "description",
    "parameters"}``, where its toolset was; the API's own tool objects (``{"type": "google_search"}``, MCP servers,
    ...) unchanged and in order."""
    out: list[JSONObject] = []
    for item, definitions in toolbox.declarations_by_toolset():
        if not isinstance(item, Toolset):
            out.append(item)
            continue
        for definition in definitions:
            declaration: JSONObject = {"type": "function", "name": definition.name}
            if definition.description:
                declaration["description"] = definition.description
            declaration["parameters"] = definition.parameters
            out.append(declaration)
    return out
