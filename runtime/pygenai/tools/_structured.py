"""Structured output: a Python type (or a raw schema) as ``responseJsonSchema``/``responseSchema``, and the parse back.

``StructuredOutput.of(Recipe)`` accepts a pydantic model, a msgspec Struct, a dataclass, a TypedDict,
any hint ``_jsonschema`` supports (``list[Recipe]``, ``int``, ``Literal[...]``, an ``Enum``), or a
JSON Schema dict. Its :meth:`~StructuredOutput.config` gives the two ``generationConfig`` fields to
send; :meth:`~StructuredOutput.parse` turns the response text into an instance of the type (a JSON
value for raw schemas, checked against the schema) or raises :class:`StructuredOutputError` with the
text and the failing path (``$.items[2].price: expected number, got string``).
"""

from __future__ import annotations

import copy
import math
import operator
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, overload

import orjson

from .._core.errors import StructuredOutputError, UnsupportedTypeError
from .._core.model import WireModel, foreign_dict, json_type_name
from ._jsonschema import ConversionError, SchemaBuilder, TypeNode, compile_hint, hint_name, path_join

__all__ = ["StructuredOutput"]

T = TypeVar("T")

JSON_MIME_TYPE = "application/json"
ENUM_MIME_TYPE = "text/x.enum"
"""The answer is one enum value as plain text (Gemini's enum mode); the schema goes as ``responseSchema``."""
_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*)\n\s*```\s*$", re.DOTALL)


class StructuredOutput(Generic[T]):
    """A requested response type: its JSON Schema for the request and its parser for the response."""

    __slots__ = ("_node", "json_schema", "mime_type", "target", "wire_field")

    target: Any
    """The type given (``None`` for a raw JSON Schema)."""
    json_schema: dict[str, Any]
    """The ``responseJsonSchema`` value."""

    mime_type: str
    """``application/json``, or ``text/x.enum`` for an enum answered as plain text."""

    wire_field: str
    """The ``generationConfig`` field the schema goes in: ``responseJsonSchema``, or ``responseSchema`` for a raw
    schema written in the API's OpenAPI form (upper-case types such as ``"OBJECT"``, as google-genai users write)."""

    def __init__(
        self,
        target: Any,
        json_schema: dict[str, Any],
        node: TypeNode | None,
        mime_type: str = JSON_MIME_TYPE,
        wire_field: str = "responseJsonSchema",
    ) -> None:
        self.target = target
        self.json_schema = json_schema
        self._node = node
        self.mime_type = mime_type
        self.wire_field = wire_field

    @overload
    @classmethod
    def of(cls, schema: type[T], *, mime_type: str | None = None, openapi: bool = False) -> StructuredOutput[T]: ...

    @overload
    @classmethod
    def of(cls, schema: Any, *, mime_type: str | None = None, openapi: bool = False) -> StructuredOutput[Any]: ...

    @classmethod
    def of(cls, schema: Any, *, mime_type: str | None = None, openapi: bool = False) -> StructuredOutput[Any]:
        """The structured output for a type or a raw schema (a dict, a pygenai model of one, or another library's
        schema object with ``model_dump``, such as google-genai's ``types.Schema``).

        ``mime_type`` ``text/x.enum`` asks for one enum value as plain text (the schema must be an enum). With
        ``openapi=True`` (``response_schema=``), a raw schema in the API's OpenAPI form (upper-case type names) is
        sent as ``responseSchema``, unchanged; any other raw schema goes as ``responseJsonSchema``.
        """
        if isinstance(schema, StructuredOutput):
            return schema
        mime = mime_type or JSON_MIME_TYPE
        if isinstance(schema, WireModel):
            schema = schema._data
        elif not isinstance(schema, Mapping | type):
            schema = foreign_dict(schema) or schema
        if isinstance(schema, Mapping):
            field = "responseSchema" if openapi and _openapi_form(schema) else "responseJsonSchema"
            raw = cls(None, copy.deepcopy(dict(schema)), None, mime, field)
            raw._check_enum()
            return raw
        try:
            node = compile_hint(schema)
        except UnsupportedTypeError as exc:
            raise UnsupportedTypeError(f"response_schema {hint_name(schema)}: {exc.reason}") from None
        builder = SchemaBuilder()
        built = cls(schema, builder.finish(node.schema(builder)), node, mime)
        built._check_enum()
        return built

    def _check_enum(self) -> None:
        if self.mime_type == ENUM_MIME_TYPE and not isinstance(self.json_schema.get("enum"), list):
            raise UnsupportedTypeError(
                f"response_mime_type {ENUM_MIME_TYPE!r} needs an enum schema (an Enum, a Literal of strings, or "
                "{'type': 'string', 'enum': [...]}), not this one"
            )

    def config(self) -> dict[str, Any]:
        """The ``generationConfig`` fields that request this output.

        For ``text/x.enum`` the schema goes as ``responseSchema`` (a string enum), the form enum mode takes.
        """
        if self.mime_type == ENUM_MIME_TYPE:
            values = [str(v) for v in self.json_schema["enum"]]
            return {"responseMimeType": ENUM_MIME_TYPE, "responseSchema": {"type": "STRING", "enum": values}}
        return {"responseMimeType": self.mime_type, self.wire_field: self.json_schema}

    def parse(self, text: str) -> T:
        """Parse response text into the requested type; :class:`StructuredOutputError` when it does not fit.

        In enum mode the text is the value itself (``Percussion``), not JSON.
        """
        if self.mime_type == ENUM_MIME_TYPE:
            return self._parse_enum(text)
        source = text
        fenced = _FENCE.match(text)
        if fenced is not None:  # a model sometimes wraps JSON in a Markdown fence
            source = fenced.group(1)
        target = self.target
        if _is_pydantic_model(target):
            return self._parse_pydantic(source, text)  # type: ignore[no-any-return]
        try:
            value = orjson.loads(source)
        except orjson.JSONDecodeError as exc:
            raise StructuredOutputError("$", f"invalid JSON: {exc}", text) from None
        try:
            if self._node is None:
                _validate(value, self.json_schema, "$", self.json_schema)
                return value  # type: ignore[no-any-return]
            return self._node.convert(value, "$")  # type: ignore[no-any-return]
        except ConversionError as exc:
            raise StructuredOutputError(exc.path, exc.reason, text) from None

    def _parse_enum(self, text: str) -> T:
        value: Any = text.strip()
        if value.startswith('"'):
            try:
                value = orjson.loads(value)
            except orjson.JSONDecodeError:
                pass
        allowed = self.json_schema["enum"]
        match = next((v for v in allowed if str(v) == value), None)
        if match is None:
            raise StructuredOutputError("$", f"{value!r} is not one of {allowed}", text)
        if self._node is None:
            return match  # type: ignore[no-any-return]
        try:
            return self._node.convert(match, "$")  # type: ignore[no-any-return]
        except ConversionError as exc:
            raise StructuredOutputError(exc.path, exc.reason, text) from None

    def _parse_pydantic(self, source: str, text: str) -> Any:
        import pydantic

        try:
            return self.target.model_validate_json(source)
        except pydantic.ValidationError as exc:
            error = exc.errors()[0]
            if error["type"] == "json_invalid":
                raise StructuredOutputError("$", f"invalid JSON: {error['msg']}", text) from None
            path = "$"
            for key in error["loc"]:
                path = path_join(path, key if isinstance(key, int | str) else str(key))
            raise StructuredOutputError(path, error["msg"], text) from None

    def __repr__(self) -> str:
        return f"StructuredOutput({hint_name(self.target) if self.target is not None else 'raw JSON Schema'})"


def _is_pydantic_model(target: Any) -> bool:
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(target, type) and issubclass(target, pydantic.BaseModel)


# --------------------------------------------------------------------------------------------- raw schemas

_OPENAPI_TYPES = frozenset(("STRING", "NUMBER", "INTEGER", "BOOLEAN", "ARRAY", "OBJECT", "NULL", "TYPE_UNSPECIFIED"))


def _openapi_form(schema: Mapping[str, Any]) -> bool:
    """Whether a raw schema is written in the API's OpenAPI form: some ``type`` is an upper-case type name."""
    kind = schema.get("type")
    if isinstance(kind, str) and kind in _OPENAPI_TYPES:
        return True
    properties, items, options = schema.get("properties"), schema.get("items"), schema.get("anyOf")
    subs: list[Any] = [items]
    if isinstance(properties, Mapping):
        subs.extend(properties.values())
    if isinstance(options, list):
        subs.extend(options)
    return any(isinstance(sub, Mapping) and _openapi_form(sub) for sub in subs)


_JSON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}


def _is_type(value: Any, name: str) -> bool:
    name = name.lower()  # the OpenAPI-style Schema writes STRING, OBJECT, ...
    if name == "integer" and type(value) is float:
        return value.is_integer()
    kinds = _JSON_TYPES.get(name)
    if kinds is None:
        return True  # a type this checker does not know: the server's business
    if type(value) is bool:
        return name == "boolean"
    return isinstance(value, kinds)


def _validate(value: Any, schema: Any, path: str, root: Mapping[str, Any]) -> None:
    """Check ``value`` against the JSON Schema subset the Gemini API uses; raises :class:`ConversionError`."""
    if schema is False:
        raise ConversionError(path, "no value is allowed here")
    if not isinstance(schema, Mapping):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        _validate(value, _resolve(ref, root, path), path, root)
    options = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(options, list) and options:
        errors: list[ConversionError] = []
        for option in options:
            try:
                _validate(value, option, path, root)
                break
            except ConversionError as exc:
                errors.append(exc)
        else:
            deepest = max(errors, key=lambda e: len(e.path))
            if deepest.path != path:
                raise deepest
            raise ConversionError(path, f"{json_type_name(value)} value fits none of the anyOf schemas")
    for sub in schema.get("allOf") or ():
        _validate(value, sub, path, root)
    kind = schema.get("type")
    if value is None and schema.get("nullable") is True:
        return
    if isinstance(kind, str | list):
        names = [kind] if isinstance(kind, str) else kind
        if not any(_is_type(value, n) for n in names if isinstance(n, str)):
            raise ConversionError(path, f"expected {' or '.join(map(str, names)).lower()}, got {json_type_name(value)}")
    if "enum" in schema and isinstance(schema["enum"], list) and value not in schema["enum"]:
        raise ConversionError(path, f"expected one of {', '.join(map(repr, schema['enum']))}, got {value!r}")
    if "const" in schema and value != schema["const"]:
        raise ConversionError(path, f"expected {schema['const']!r}, got {value!r}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(value, schema, path)
    elif isinstance(value, str):
        _check_string(value, schema, path)
    elif isinstance(value, list):
        _check_array(value, schema, path, root)
    elif isinstance(value, dict):
        _check_object(value, schema, path, root)


def _resolve(ref: str, root: Mapping[str, Any], path: str) -> Any:
    if not ref.startswith("#"):
        raise ConversionError(path, f"cannot follow external $ref {ref!r}")
    node: Any = root
    for token in ref[1:].split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or token not in node:
            raise ConversionError(path, f"$ref {ref!r} points nowhere")
        node = node[token]
    return node


_NUMBER_BOUNDS: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
    ("minimum", operator.ge, ">="),
    ("maximum", operator.le, "<="),
    ("exclusiveMinimum", operator.gt, ">"),
    ("exclusiveMaximum", operator.lt, "<"),
)


def _check_number(value: float, schema: Mapping[str, Any], path: str) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ConversionError(path, f"expected a finite number, got {value!r}")
    for keyword, test, symbol in _NUMBER_BOUNDS:
        bound = schema.get(keyword)
        if isinstance(bound, int | float) and not isinstance(bound, bool) and not test(value, bound):
            raise ConversionError(path, f"expected a value {symbol} {bound}, got {value!r}")


def _check_string(value: str, schema: Mapping[str, Any], path: str) -> None:
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        raise ConversionError(path, f"expected length >= {low}, got {len(value)}")
    if isinstance(high, int) and len(value) > high:
        raise ConversionError(path, f"expected length <= {high}, got {len(value)}")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not re.search(pattern, value):
        raise ConversionError(path, f"expected a string matching {pattern!r}, got {value!r}")


def _check_array(value: list[Any], schema: Mapping[str, Any], path: str, root: Mapping[str, Any]) -> None:
    low, high = schema.get("minItems"), schema.get("maxItems")
    if isinstance(low, int) and len(value) < low:
        raise ConversionError(path, f"expected at least {low} items, got {len(value)}")
    if isinstance(high, int) and len(value) > high:
        raise ConversionError(path, f"expected at most {high} items, got {len(value)}")
    prefix = schema.get("prefixItems")
    prefix_items = prefix if isinstance(prefix, list) else []
    for index, item in enumerate(value):
        sub = prefix_items[index] if index < len(prefix_items) else schema.get("items")
        if sub is not None:
            _validate(item, sub, f"{path}[{index}]", root)


def _check_object(value: dict[str, Any], schema: Mapping[str, Any], path: str, root: Mapping[str, Any]) -> None:
    properties = schema.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    required = schema.get("required")
    for key in required if isinstance(required, list) else ():
        if key not in value:
            raise ConversionError(path, f"missing required property {key!r}")
    extra = schema.get("additionalProperties")
    for key, item in value.items():
        where = path_join(path, key)
        if key in properties:
            _validate(item, properties[key], where, root)
        elif extra is False:
            raise ConversionError(where, "unexpected property")
        elif isinstance(extra, Mapping):
            _validate(item, extra, where, root)
