"""Gemini's wire form of tool calls and results: ``functionCall`` parts in, ``functionResponse`` parts out.

:data:`GEMINI_WIRE` is the :class:`~pygenai.tools.ToolWire` the function-calling loop uses for GenerateContent;
:func:`gemini_tools` writes a toolbox as the request's ``tools`` list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, Literal, TypeAlias

from .._core.errors import ToolPairingError
from .._core.model import WireModel
from ..tools import FunctionTool, Toolbox, ToolInvocation, ToolResult
from ..tools._declarations import callable_name
from ..tools._toolset import gemini_tool_list

__all__ = [
    "GEMINI_WIRE",
    "GeminiToolWire",
    "function_calls",
    "function_response_part",
    "gemini_tools",
    "pair_function_responses",
    "tool_config",
    "tool_response_part",
]

JSONObject: TypeAlias = dict[str, Any]


def _wire(value: Any) -> Any:
    return value._data if isinstance(value, WireModel) else value


def function_calls(content: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
    """The function calls in a model ``Content`` (wire dict or model), in order."""
    data = _wire(content)
    if not isinstance(data, Mapping):
        return []
    parts = data.get("parts")
    if not isinstance(parts, list):
        return []
    calls: list[ToolInvocation] = []
    for part in parts:
        call = part.get("functionCall") if isinstance(part, Mapping) else None
        if not isinstance(call, Mapping):
            continue
        name = call.get("name")
        args = call.get("args")
        call_id = call.get("id")
        calls.append(
            ToolInvocation(
                index=len(calls),
                name=name if isinstance(name, str) else "",
                args=dict(args) if isinstance(args, Mapping) else {},
                id=call_id if isinstance(call_id, str) and call_id else None,
                part=part,
            )
        )
    return calls


# What a functionResponse's parts may carry in the Gemini API (multimodal function responses): inline images, PDF and
# plain text; no fileData (Vertex only), no audio or video.
_RESPONSE_MEDIA: Final = frozenset(("image/png", "image/jpeg", "image/webp", "application/pdf", "text/plain"))


def tool_response_part(
    call: ToolInvocation, response: Mapping[str, Any], parts: Sequence[JSONObject] = ()
) -> JSONObject:
    """The ``functionResponse`` part answering ``call``. Media ``parts`` the API takes in a function response go
    with it; any other (audio, video, other image types, ``fileData``) is named under ``"notShown"`` in the
    response instead, so the model knows it exists and the request is not refused."""
    sendable: list[JSONObject] = []
    not_shown: list[str] = []
    for part in parts:
        inline = part.get("inlineData")
        mime = inline.get("mimeType") if isinstance(inline, Mapping) else None
        if mime in _RESPONSE_MEDIA:
            sendable.append(part)
        else:
            file = part.get("fileData")
            where = file.get("fileUri") if isinstance(file, Mapping) else "inline data"
            kind = mime or (file.get("mimeType") if isinstance(file, Mapping) else None) or "unknown type"
            not_shown.append(
                f"{kind} ({where}): function responses carry only PNG, JPEG and WebP images, PDF and plain text"
            )
    if not_shown:
        response = {**response, "notShown": not_shown}
    return function_response_part(call.name, response, id=call.id, parts=sendable)


def function_response_part(
    name: str, response: Mapping[str, Any], *, id: str | None = None, parts: Sequence[JSONObject] = ()
) -> JSONObject:
    """A wire ``functionResponse`` part; ``response`` is the JSON object the model reads, ``parts`` the media that go
    with it (``inlineData`` / ``fileData`` parts: a multimodal function response)."""
    body: JSONObject = {"name": name}
    if id is not None:
        body["id"] = id
    body["response"] = dict(response)
    if parts:
        body["parts"] = list(parts)
    return {"functionResponse": body}


def pair_function_responses(
    calls: Sequence[ToolInvocation], responses: Iterable[Mapping[str, Any] | WireModel | ToolResult]
) -> JSONObject:
    """The user ``Content`` that answers one model turn: one ``functionResponse`` per call, in call order.

    ``responses`` may come in any order, as ``functionResponse`` parts, bare ``FunctionResponse``
    objects, models, or :class:`ToolResult` s. A response with an ``id`` answers the call with that
    id; one without answers the next unanswered call of the same name (calls in turn order). Each
    part in the result carries its call's ``id`` when the server sent one, and none when it did not
    (ids on responses to a turn without ids are ignored). Every call must be answered exactly once,
    else :class:`ToolPairingError`.
    """
    slots: list[JSONObject | None] = [None] * len(calls)
    by_id = {call.id: call.index for call in calls if call.id is not None}
    for response in responses:
        body = _response_body(response)
        name = body.get("name")
        response_id = body.get("id")
        if isinstance(response_id, str) and response_id and by_id:
            index = by_id.get(response_id)
            if index is None:
                raise ToolPairingError(f"function response id {response_id!r} matches no call of this turn")
            if slots[index] is not None:
                raise ToolPairingError(f"call {response_id!r} ({calls[index].name}) is answered twice")
        else:
            free = (c.index for c in calls if c.name == name and slots[c.index] is None)
            found = next(free, None)
            if found is None:
                raise ToolPairingError(f"function response for {name!r} matches no unanswered call of that name")
            index = found
        call = calls[index]
        answered: JSONObject = {"name": call.name}
        if call.id is not None:
            answered["id"] = call.id
        for key, value in body.items():
            if key not in ("name", "id"):
                answered[key] = value
        slots[index] = {"functionResponse": answered}
    missing = [
        f"{c.name}" + (f" (id {c.id})" if c.id else f" (call {c.index})") for c in calls if slots[c.index] is None
    ]
    if missing:
        raise ToolPairingError(f"no function response for: {', '.join(missing)}")
    return {"role": "user", "parts": [slot for slot in slots if slot is not None]}


def _response_body(response: Mapping[str, Any] | WireModel | ToolResult) -> Mapping[str, Any]:
    if isinstance(response, ToolResult):
        call = response.call
        response = response.part or tool_response_part(call, response.response, response.parts)
    data = _wire(response)
    if not isinstance(data, Mapping):
        raise ToolPairingError(f"expected a function response, got {type(data).__name__}")
    inner = data.get("functionResponse")
    if isinstance(inner, Mapping):
        return inner
    if "response" in data or "name" in data:
        return data
    raise ToolPairingError(f"expected a function response, got an object with keys {sorted(data)}")


def tool_config(
    mode: Literal["AUTO", "ANY", "NONE", "VALIDATED"] | str = "AUTO",
    allowed_function_names: Iterable[str | Callable[..., Any]] | None = None,
) -> JSONObject:
    """The wire ``toolConfig`` for a function-calling mode.

    ``AUTO`` lets the model choose between text and calls, ``ANY`` forces a call, ``NONE`` forbids
    calls, ``VALIDATED`` allows either but validates calls against the schemas. ``allowed_function_names``
    (names or the tools themselves) narrows ``ANY`` and ``VALIDATED`` to those functions. Modes this
    version does not know are passed through upper-cased.

    >>> tool_config("any", ["get_weather"])
    {'functionCallingConfig': {'mode': 'ANY', 'allowedFunctionNames': ['get_weather']}}
    """
    wire_mode = mode.upper()
    config: JSONObject = {"mode": wire_mode}
    if allowed_function_names is not None:
        names = [
            n if isinstance(n, str) else n.name if isinstance(n, FunctionTool) else callable_name(n)
            for n in allowed_function_names
        ]
        if wire_mode in ("AUTO", "NONE"):
            raise ValueError(f"allowed_function_names applies to modes ANY and VALIDATED, not {wire_mode}")
        config["allowedFunctionNames"] = names
    return {"functionCallingConfig": config}


class GeminiToolWire:
    """The GenerateContent :class:`~pygenai.tools.ToolWire`."""

    __slots__ = ()

    def calls(self, turn: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
        return function_calls(turn)

    def result_part(
        self, call: ToolInvocation, response: Mapping[str, Any], parts: Sequence[JSONObject] = ()
    ) -> JSONObject:
        return tool_response_part(call, response, parts)

    def answer(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        return pair_function_responses(calls, results)


GEMINI_WIRE: Final = GeminiToolWire()


def gemini_tools(toolbox: Toolbox) -> list[JSONObject]:
    """The request's ``tools`` (see :func:`~pygenai.tools._toolset.gemini_tool_list`)."""
    return gemini_tool_list(toolbox)
