"""What an MCP tool call gives the model: a ``CallToolResult`` as a :class:`~pygenai.ToolOutput`.

* ``structuredContent`` is the value (checked against the tool's ``outputSchema`` first); the text block that
  repeats it as JSON, which the spec asks servers to add for older clients, is not sent a second time;
* text blocks are strings; a result that is one text block is that string;
* images and audio become inline data parts the model sees with the response (a small marker in the value says
  where each one was);
* resource links and embedded resources are described in the value (uri, name, mime type, text); an embedded
  binary resource of a media type the model reads (images, audio, video, PDF) is sent as an inline part too;
* ``isError`` makes the response an error response (``ToolOutput(is_error=True)``): the model reads what went
  wrong and may try again; nothing is raised.

Both SDK lines are read: v2's ``mcp-types`` models (snake_case: ``structured_content``, ``is_error``,
``mime_type``), v1's (camelCase attributes) and plain JSON dicts as they come off the wire.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping, Sequence
from importlib import import_module
from typing import Any, Final, TypeAlias

import orjson

from .._core.errors import MCPResultError
from ..tools._calls import ToolOutput

__all__ = ["camel_case", "convert_result", "describe_block", "field", "media_part"]

JSONObject: TypeAlias = dict[str, Any]

# Media types the model reads as inline data; an embedded resource of another binary type is described, not sent.
_MODEL_MEDIA: Final = ("image/", "audio/", "video/", "application/pdf")


def camel_case(name: str) -> str:
    """``structured_content`` -> ``structuredContent``: v1's attribute and the wire's key for a v2 attribute."""
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


def field(obj: Any, name: str) -> Any:
    """Attribute ``name`` (snake_case) of an SDK model of either line, or the camelCase key of a wire dict."""
    camel = camel_case(name) if "_" in name else None
    if isinstance(obj, Mapping):
        value = obj.get(camel) if camel is not None else None
        return obj.get(name) if value is None else value
    value = getattr(obj, name, None)
    if value is None and camel is not None:
        value = getattr(obj, camel, None)
    return value


def convert_result(result: Any, *, tool: Any = None, validate: bool = True) -> ToolOutput:
    """The :class:`~pygenai.ToolOutput` the model sees for an MCP ``CallToolResult``.

    ``tool`` is the tool as the server listed it (an SDK ``Tool`` or its wire dict; ``None`` when unknown): its
    ``outputSchema`` checks the structured content of a successful result, unless ``validate=False`` (the SDK
    session validates too; pygenai checks again so that every SDK line and every way in behaves the same).
    A mismatch raises :class:`~pygenai.MCPResultError` naming the tool and the JSON path.
    """
    is_error = bool(field(result, "is_error"))
    blocks = field(result, "content") or []
    structured = field(result, "structured_content")
    has_structured = structured is not None or _explicit_structured(result)
    schema = field(tool, "output_schema") if tool is not None else None
    if validate and not is_error and isinstance(schema, Mapping):
        _check(schema, structured, has_structured, _tool_name(tool))

    parts: list[JSONObject] = []
    items: list[Any] = []
    for block in blocks:
        if has_structured and _repeats(block, structured):
            continue
        items.append(describe_block(block, parts))

    value: Any
    if has_structured:
        value = structured if not items else {"structuredContent": structured, "content": items}
    elif len(items) == 1 and isinstance(items[0], str):
        value = items[0]
    else:
        value = items
    return ToolOutput(value, parts, is_error)


def describe_block(block: Any, parts: list[JSONObject]) -> Any:
    """One content block as the value shows it; media go to ``parts`` (Gemini wire form) and leave a marker.

    Text is its string; an image or audio block is ``{"type": "image", "mimeType": ...}`` with its data in ``parts``;
    a resource link is its description (``uri``, ``name``, ``title``, ``description``, ``mimeType``, ``size``); an
    embedded resource is ``{"type": "resource", "uri", "mimeType", "text"}``, or for binary contents the marker and an
    inline part (media the model reads) or its size (other types). A block type this version does not know is
    passed as its JSON.
    """
    kind = field(block, "type")
    if kind == "text":
        return field(block, "text") or ""
    if kind in ("image", "audio"):
        mime = field(block, "mime_type")
        parts.append(media_part(field(block, "data"), mime))
        return {"type": kind, "mimeType": mime}
    if kind == "resource_link":
        link: JSONObject = {"type": "resource_link"}
        for name in ("uri", "name", "title", "description", "mime_type", "size"):
            value = field(block, name)
            if value is not None:
                link[camel_case(name)] = str(value) if name == "uri" else value
        return link
    if kind == "resource":
        return _embedded(field(block, "resource"), parts)
    return _as_json(block)


def media_part(data: Any, mime_type: Any) -> JSONObject:
    """An ``inlineData`` part for base64 ``data`` of type ``mime_type`` (as an MCP image/audio block carries it)."""
    return {"inlineData": {"mimeType": str(mime_type), "data": data if isinstance(data, str) else ""}}


def _embedded(resource: Any, parts: list[JSONObject]) -> JSONObject:
    uri = field(resource, "uri")
    mime = field(resource, "mime_type")
    item: JSONObject = {"type": "resource", "uri": str(uri) if uri is not None else None}
    if mime is not None:
        item["mimeType"] = mime
    text = field(resource, "text")
    if text is not None:
        item["text"] = text
        return item
    blob = field(resource, "blob")
    if isinstance(blob, str):
        if isinstance(mime, str) and mime.startswith(_MODEL_MEDIA):
            parts.append(media_part(blob, mime))
        else:
            item["size"] = _decoded_size(blob)
            item["note"] = "binary contents not shown"
    return item


def _decoded_size(blob: str) -> int | None:
    try:
        return len(base64.b64decode(blob, validate=True))
    except (binascii.Error, ValueError):
        return None


def _repeats(block: Any, structured: Any) -> bool:
    """Whether ``block`` is the text block repeating the structured content as JSON (sent once, as the value)."""
    if field(block, "type") != "text":
        return False
    text = field(block, "text")
    if not isinstance(text, str):
        return False
    try:
        return bool(orjson.loads(text) == structured)
    except orjson.JSONDecodeError:
        return False


def _explicit_structured(result: Any) -> bool:
    """A structured content of JSON ``null`` that the server did send (SDK models record which fields were set)."""
    if isinstance(result, Mapping):
        return "structuredContent" in result
    fields_set = getattr(result, "model_fields_set", None)
    return isinstance(fields_set, set) and bool({"structured_content", "structuredContent"} & fields_set)


def _tool_name(tool: Any) -> str:
    name = field(tool, "name")
    return name if isinstance(name, str) else "?"


def _as_json(block: Any) -> Any:
    dump = getattr(block, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_none=True)
    return block


# ------------------------------------------------------------------------------------------- output schemas

_validators: dict[int, tuple[Mapping[str, Any], Any]] = {}
_VALIDATOR_CACHE_SIZE: Final = 256


def _check(schema: Mapping[str, Any], structured: Any, present: bool, tool: str) -> None:
    if not present:
        raise MCPResultError(tool, "$", "the tool declares an outputSchema but the result has no structuredContent")
    error = _validator(schema, tool).iter_errors(structured)
    best = import_module("jsonschema.exceptions").best_match(error)
    if best is not None:
        raise MCPResultError(tool, _json_path(best.absolute_path), str(best.message))


def _validator(schema: Mapping[str, Any], tool: str) -> Any:
    """A compiled validator for ``schema``, kept while the same schema object is in use (compiling costs far more
    than validating). ``jsonschema`` is a dependency of the ``mcp`` SDK on both lines, so it is there whenever this
    module can be used; it is imported on the first check only."""
    cached = _validators.get(id(schema))
    if cached is not None and cached[0] is schema:
        return cached[1]
    validators = import_module("jsonschema.validators")
    exceptions = import_module("jsonschema.exceptions")
    cls = validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except exceptions.SchemaError as exc:
        raise MCPResultError(tool, "$", f"its outputSchema is not a valid JSON Schema: {exc.message}") from None
    registry = import_module("referencing").Registry()  # `$ref`s resolve inside the schema only: nothing is fetched
    validator = cls(schema, registry=registry)
    if len(_validators) >= _VALIDATOR_CACHE_SIZE:
        _validators.clear()
    _validators[id(schema)] = (schema, validator)
    return validator


def _json_path(path: Sequence[Any]) -> str:
    out = "$"
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else f".{key}"
    return out
