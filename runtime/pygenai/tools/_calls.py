"""Calls and results, whatever the API: a tool call as the model made it, and what running it produced.

A :class:`ToolWire` knows one API's wire form: how calls appear in a model turn, how a result is sent back,
and the turn that answers a turn's calls (Gemini parts today; Interactions steps and Live tool calls use the
same loop through their own wire).
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import enum
import math
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, Protocol, TypeAlias

from .._core.errors import UnencodableValueError
from .._core.model import WireModel
from .._core.wire_json import find_unencodable

__all__ = ["ToolInvocation", "ToolOutput", "ToolResult", "ToolWire", "error_text", "media_parts", "to_json_value"]

JSONObject: TypeAlias = dict[str, Any]

RESULT_MAX_DEPTH: Final = 200
"""How deep a tool's return value may nest: it is converted by a recursive walk, which has to stay well inside
Python's recursion limit. Deeper raises :class:`~pygenai.UnencodableValueError`."""


@dataclasses.dataclass(frozen=True)
class ToolInvocation:
    """One tool call of a model turn, in the order the model made it.

    ``part`` is the wire object the call came in, as received (a Gemini ``functionCall`` part with its
    ``thoughtSignature``); ``id`` is the server's call id, ``None`` when it sent none.
    """

    index: int
    name: str
    args: JSONObject
    id: str | None
    part: JSONObject


class ToolWire(Protocol):
    """One API's wire form of tool calls and results."""

    def calls(self, turn: Mapping[str, Any] | WireModel | None) -> list[ToolInvocation]:
        """The tool calls in a model turn, in order."""
        ...

    def result_part(
        self, call: ToolInvocation, response: Mapping[str, Any], parts: Sequence[JSONObject] = ()
    ) -> JSONObject:
        """The wire object that answers ``call`` with ``response`` (the JSON object the model reads) and the media
        ``parts`` that go with it (see :class:`ToolOutput`)."""
        ...

    def answer(self, calls: Sequence[ToolInvocation], results: Iterable[Any]) -> JSONObject:
        """The turn that answers every call of a model turn, in call order."""
        ...


def error_text(exc: BaseException) -> str:
    """How an exception reads to the model: ``"<type>: <message>"``."""
    message = str(exc)
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


@dataclasses.dataclass(frozen=True)
class ToolOutput:
    """A tool's return value with media the model should see, or an error the tool reports as its result.

    Return one from a tool (or a toolset's ``call_tool``) instead of a plain value when the answer includes images,
    audio or documents, or when the tool ran but failed in a way the model should read as an error without an
    exception being raised (an MCP ``isError`` result). ``value`` is what a plain return would have been (anything
    with a JSON form); ``parts`` are media parts in Gemini's wire form, ``{"inlineData": {"mimeType": ..., "data":
    <base64>}}`` or ``{"fileData": {"mimeType": ..., "fileUri": ...}}`` (:meth:`inline` builds the first from bytes);
    ``is_error`` sends ``value`` as the error response.

    Each API's wire places the parts where it can: Gemini sends them as the function response's ``parts``
    (multimodal function responses take PNG, JPEG and WebP images, PDF and plain text; other media are named under
    ``"notShown"`` in the response); Interactions as image items of the ``function_result`` (it carries text and
    images only: other media are named in a text item instead).

    Example::

        @pygenai.tool
        def chart(metric: str) -> pygenai.ToolOutput:
            png = render(metric)
            return pygenai.ToolOutput({"metric": metric}, parts=[pygenai.ToolOutput.inline(png, "image/png")])
    """

    value: Any = None
    parts: Sequence[Mapping[str, Any] | WireModel] = ()
    is_error: bool = False

    @staticmethod
    def inline(data: bytes | str, mime_type: str) -> JSONObject:
        """An ``inlineData`` part holding ``data`` (raw bytes, or a base64 string as it is)."""
        encoded = data if isinstance(data, str) else base64.b64encode(data).decode("ascii")
        return {"inlineData": {"mimeType": mime_type, "data": encoded}}


@dataclasses.dataclass(frozen=True)
class ToolResult:
    """What running one call produced: the wire part to send back, and the value or the exception.

    ``response`` is the JSON object the model reads: ``{"result": ...}`` or ``{"error": "<type>: <message>"}``;
    ``part`` is it in the API's wire form, when the result was made for one API (``None`` otherwise: the
    API's pairing builds the part from ``call``, ``response`` and ``parts``). ``parts`` are the media parts a
    :class:`ToolOutput` carried (Gemini wire form), empty for a plain value.
    """

    call: ToolInvocation
    part: JSONObject | None
    value: Any = None
    error: BaseException | None = None
    response: JSONObject = dataclasses.field(default_factory=dict)
    parts: tuple[JSONObject, ...] = ()

    @classmethod
    def success(cls, call: ToolInvocation, value: Any, wire: ToolWire | None = None) -> ToolResult:
        """The result of a call that returned ``value``: ``{"result": <value as JSON>}``.

        A :class:`ToolOutput` adds its media parts, and with ``is_error`` answers ``{"error": <value as JSON>}``.
        A value with no JSON form (see :func:`to_json_value`) makes a failure instead, whose ``error`` says why.
        """
        parts: tuple[JSONObject, ...] = ()
        try:
            if isinstance(value, ToolOutput):
                parts = media_parts(value.parts)
                response = {"error" if value.is_error else "result": to_json_value(value.value)}
            else:
                response = {"result": to_json_value(value)}
        except (TypeError, UnencodableValueError) as exc:
            return cls.failure(call, exc, wire)
        if wire is None:
            part = None
        else:  # a wire written before media parts existed takes two arguments
            part = wire.result_part(call, response, parts) if parts else wire.result_part(call, response)
        return cls(call, part, value, None, response, parts)

    @classmethod
    def failure(cls, call: ToolInvocation, error: BaseException, wire: ToolWire | None = None) -> ToolResult:
        """The result of a call that raised: ``{"error": "<type>: <message>"}``."""
        response = {"error": error_text(error)}
        return cls(call, wire.result_part(call, response) if wire else None, None, error, response)


_MEDIA_KEYS: Final = ("inlineData", "fileData")


def media_parts(parts: Iterable[Mapping[str, Any] | WireModel]) -> tuple[JSONObject, ...]:
    """Media parts checked and copied: each is ``{"inlineData": {"mimeType", "data"}}`` or ``{"fileData": {...,
    "fileUri"}}`` (a ``Part`` model or a snake_case ``inline_data`` key is accepted too; bytes data is base64-encoded).

    Anything else raises :class:`~pygenai.UnencodableValueError` naming the part (``$.parts[1]``).
    """
    out: list[JSONObject] = []
    for index, part in enumerate(parts):
        path = f"$.parts[{index}]"
        data = part._data if isinstance(part, WireModel) else part
        if not isinstance(data, Mapping):
            raise UnencodableValueError(path, f"a media part is a mapping, not a {type(data).__name__}")
        key = next((k for k in _MEDIA_KEYS if k in data), None)
        if key is None:
            key = next((k for k in _MEDIA_KEYS if _snake(k) in data), None)
            body = data.get(_snake(key)) if key is not None else None
        else:
            body = data[key]
        if key is None or not isinstance(body, Mapping) or len(data) != 1:
            raise UnencodableValueError(
                path, f"a media part holds exactly one of inlineData or fileData, got keys {sorted(data)}"
            )
        body = _camel_keys(body._data if isinstance(body, WireModel) else body)
        mime = body.get("mimeType")
        if key == "inlineData":
            raw = body.get("data")
            if isinstance(raw, bytes | bytearray | memoryview):
                raw = base64.b64encode(bytes(raw)).decode("ascii")
            if not isinstance(mime, str) or not isinstance(raw, str):
                raise UnencodableValueError(f"{path}.inlineData", "needs a string mimeType and data (bytes or base64)")
            body = {**body, "data": raw}
        elif not isinstance(body.get("fileUri"), str):
            raise UnencodableValueError(f"{path}.fileData", "needs a string fileUri")
        out.append({key: body})
    return tuple(out)


def _snake(key: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in key)


def _camel_keys(body: Mapping[str, Any]) -> JSONObject:
    renames = {"mime_type": "mimeType", "file_uri": "fileUri", "display_name": "displayName"}
    return {renames.get(k, k): v for k, v in body.items()}


# --------------------------------------------------------------------------------------------- return values


def to_json_value(value: Any) -> Any:
    """A tool's return value as JSON-ready data.

    Dataclasses, pydantic models, msgspec Structs, enums, tuples/sets, dates and times, UUIDs,
    decimals, bytes (base64) and pygenai models are converted; anything else raises ``TypeError``.
    A NaN or infinite float, or nesting deeper than :data:`RESULT_MAX_DEPTH`, raises
    :class:`~pygenai.UnencodableValueError` naming where (``$.readings[3]``): JSON has no such numbers,
    and sending ``null`` in their place would tell the model something the tool did not say.
    """
    return _to_json(value, "$", 0)


def _to_json(value: Any, path: str, depth: int) -> Any:
    if isinstance(value, enum.Enum):  # before the scalars: IntEnum and StrEnum members are ints and strs
        return _to_json(value.value, path, depth)
    if isinstance(value, float) and not math.isfinite(value):
        raise UnencodableValueError(path, f"{value!r} cannot be sent: JSON has no NaN or Infinity")
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, WireModel):
        return _checked(value._data, path, depth)
    is_dataclass = dataclasses.is_dataclass(value) and not isinstance(value, type)
    if depth >= RESULT_MAX_DEPTH and (is_dataclass or isinstance(value, Mapping | list | tuple | set | frozenset)):
        raise UnencodableValueError(
            path, f"nested more than {RESULT_MAX_DEPTH} levels deep, more than a tool result may"
        )
    if isinstance(value, Mapping):
        out: JSONObject = {}
        for k, v in value.items():
            key = _json_key(k)
            out[key] = _to_json(v, f"{path}.{key}", depth + 1)
        return out
    if isinstance(value, list | tuple | set | frozenset):
        return [_to_json(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
    if is_dataclass:
        return {
            f.name: _to_json(getattr(value, f.name), f"{path}.{f.name}", depth + 1) for f in dataclasses.fields(value)
        }
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    pydantic = sys.modules.get("pydantic")
    if pydantic is not None and isinstance(value, pydantic.BaseModel):
        return _checked(value.model_dump(mode="json"), path, depth)
    msgspec = sys.modules.get("msgspec")
    if msgspec is not None and isinstance(value, msgspec.Struct):
        return _to_json(msgspec.to_builtins(value), path, depth)
    raise TypeError(f"tool returned a {type(value).__name__}, which has no JSON form")


def _checked(data: Any, path: str, depth: int) -> Any:
    """JSON data taken as it is (a model's, a pydantic dump), once it is known to hold nothing JSON cannot carry."""
    problem = find_unencodable(data, root=path, start_depth=depth, max_depth=RESULT_MAX_DEPTH)
    if problem is not None:
        raise UnencodableValueError(*problem)
    return data


def _json_key(key: Any) -> str:
    if isinstance(key, enum.Enum):
        key = key.value
    if isinstance(key, str):
        return key
    if isinstance(key, bool | int | float):
        return str(key).lower() if isinstance(key, bool) else str(key)
    raise TypeError(f"tool returned a mapping with a {type(key).__name__} key, which has no JSON form")
