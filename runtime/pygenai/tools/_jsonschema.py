"""Python type hints -> JSON Schema, and JSON values -> Python values of those hints.

A hint is compiled once into a tree of :class:`TypeNode` objects. The tree answers two questions that
must agree with each other: what JSON Schema describes the hint (sent to the model as a function's
``parametersJsonSchema`` or as ``responseJsonSchema``), and how a JSON value the model produced turns
into a Python value of the hint (function arguments, structured output). Unsupported hints fail at
compile time with :class:`UnsupportedTypeError`, before anything is sent.

Supported: ``str``, ``int``, ``float``, ``bool``, ``None``, ``Any``, ``Optional``/unions, ``Literal``,
``Enum``, ``list``/``set``/``frozenset``/``Sequence``, ``tuple`` (fixed and variadic), ``dict[str, T]``,
``TypedDict`` (total, ``Required``/``NotRequired``), dataclasses, ``datetime``/``date``/``time``/``UUID``,
``Annotated`` (a string, or an object with ``description``/``ge``/``le``/... attributes such as
``msgspec.Meta`` or pydantic's ``Field``), ``NewType``, and — when those libraries are installed —
pydantic models and msgspec Structs (both imported only when such a type is seen).

The schema stays inside the JSON Schema subset the Gemini API documents: named types are inlined,
except recursive ones, which go to ``$defs`` and are referenced with a bare ``$ref``.
"""

from __future__ import annotations

import collections.abc
import copy
import dataclasses
import datetime as dt
import enum
import operator
import re
import sys
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Literal, NewType, NoReturn

from .._core.errors import UnsupportedTypeError
from .._core.model import json_type_name
from ._docstrings import parse_docstring

__all__ = [
    "ConversionError",
    "Field",
    "HintCompiler",
    "ObjectNode",
    "SchemaBuilder",
    "TypeNode",
    "compile_hint",
    "hint_name",
    "json_schema",
    "path_join",
]

JSONSchema = dict[str, Any]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_INT_TEXT = re.compile(r"^\s*[-+]?\d+\s*$")
_REF_PREFIX = "#/$defs/"


class ConversionError(Exception):
    """A JSON value does not fit a hint; ``path`` locates it from the root (``$.items[2].price``)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def path_join(path: str, key: str | int) -> str:
    """``$.a`` + ``b`` -> ``$.a.b``; ``$.a`` + ``2`` -> ``$.a[2]``; odd keys are quoted."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.match(key):
        return f"{path}.{key}"
    return f"{path}[{key!r}]"


def _fail(path: str, expected: str, value: object) -> NoReturn:
    raise ConversionError(path, f"expected {expected}, got {json_type_name(value)}")


# --------------------------------------------------------------------------------------------- nodes


class TypeNode:
    """One compiled hint: its JSON Schema and its JSON -> Python conversion."""

    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        """The JSON Schema of this hint; named types are registered with ``builder``."""
        raise NotImplementedError

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        """The Python value for JSON ``value``; raises :class:`ConversionError` when it does not fit.

        ``lenient`` also accepts near misses a model produces in function arguments: numbers given
        as strings, ``3.0`` for an integer, numbers for a string, enum member names.
        """
        raise NotImplementedError

    def accepts_none(self) -> bool:
        """Whether JSON ``null`` is a valid value."""
        return False


class _AnyNode(TypeNode):
    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        return value

    def accepts_none(self) -> bool:
        return True


class _NoneNode(TypeNode):
    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {"type": "null"}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if value is not None:
            _fail(path, "null", value)
        return None

    def accepts_none(self) -> bool:
        return True


class _StrNode(TypeNode):
    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {"type": "string"}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if type(value) is str:
            return value
        if lenient and type(value) in (int, float):
            return str(value)
        _fail(path, "string", value)


class _IntNode(TypeNode):
    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {"type": "integer"}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        kind = type(value)
        if kind is int:
            return value
        if lenient:
            if kind is float and value.is_integer():
                return int(value)
            if kind is str and _INT_TEXT.match(value):
                return int(value)
        _fail(path, "integer", value)


class _FloatNode(TypeNode):
    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {"type": "number"}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        kind = type(value)
        if kind is float or kind is int:
            return float(value)
        if lenient and kind is str:
            try:
                return float(value)
            except ValueError:
                pass
        _fail(path, "number", value)


class _BoolNode(TypeNode):
    __slots__ = ()

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {"type": "boolean"}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if type(value) is bool:
            return value
        if lenient and type(value) is str and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        _fail(path, "boolean", value)


class _IsoNode(TypeNode):
    """datetime / date / time / UUID: a string with a ``format``."""

    __slots__ = ("cls", "format", "parse")

    def __init__(self, cls: type, format: str, parse: Callable[[str], Any]) -> None:
        self.cls = cls
        self.format = format
        self.parse = parse

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {"type": "string", "format": self.format}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if type(value) is not str:
            _fail(path, f"{self.format} string", value)
        try:
            return self.parse(value)
        except ValueError:
            raise ConversionError(path, f"expected {self.format} string, got {value!r}") from None


def _json_type_of(values: list[Any]) -> str | list[str] | None:
    names: list[str] = []
    for value in values:
        name = json_type_name(value)
        if name not in names:
            names.append(name)
    if "integer" in names and "number" in names:
        names.remove("integer")
    if not names:
        return None
    return names[0] if len(names) == 1 else names


class _LiteralNode(TypeNode):
    __slots__ = ("python", "values")

    def __init__(self, python: list[Any], values: list[Any]) -> None:
        self.python = python  # what convert returns (enum members stay members)
        self.values = values  # their JSON values

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        schema: JSONSchema = {}
        kind = _json_type_of(self.values)
        if kind is not None:
            schema["type"] = kind
        enum_values = [v for v in self.values if type(v) in (str, int, float)]
        # the API's enum takes strings and numbers only; booleans and null are left to "type"
        if enum_values:
            schema["enum"] = enum_values
        return schema

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        for python, wire in zip(self.python, self.values, strict=True):
            if value == wire and type(value) is type(wire):
                return python
        if lenient and isinstance(value, str | int | float) and not isinstance(value, bool):
            for python, wire in zip(self.python, self.values, strict=True):
                if type(wire) in (int, float) and not isinstance(wire, bool) and str(wire) == str(value).strip():
                    return python
        choices = ", ".join(repr(v) for v in self.values)
        raise ConversionError(path, f"expected one of {choices}, got {value!r}")

    def accepts_none(self) -> bool:
        return None in self.values


class _EnumNode(TypeNode):
    __slots__ = ("cls", "values")

    def __init__(self, cls: type[enum.Enum]) -> None:
        self.cls = cls
        self.values = [member.value for member in cls]
        for value in self.values:
            if type(value) not in (str, int, float):
                raise UnsupportedTypeError(
                    f"enum {cls.__qualname__} has a {type(value).__name__} value; "
                    "only str, int and float values have a JSON form"
                )

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        schema: JSONSchema = {}
        kind = _json_type_of(self.values)
        if kind is not None:
            schema["type"] = kind
        schema["enum"] = list(self.values)
        return schema

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if isinstance(value, self.cls):
            return value
        for member in self.cls:
            if member.value == value and type(member.value) is type(value):
                return member
        if lenient:
            if isinstance(value, str):
                by_name = self.cls.__members__.get(value) or self.cls.__members__.get(value.upper())
                if by_name is not None:
                    return by_name
            for member in self.cls:
                if str(member.value) == str(value).strip():
                    return member
        choices = ", ".join(repr(v) for v in self.values)
        raise ConversionError(path, f"expected one of {choices}, got {value!r}")


class _UnionNode(TypeNode):
    __slots__ = ("options",)

    def __init__(self, options: list[TypeNode]) -> None:
        self.options = options

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        schemas = [option.schema(builder) for option in self.options]
        if all(set(s) == {"type"} and isinstance(s["type"], str) for s in schemas):
            kinds: list[str] = []
            for s in schemas:
                if s["type"] not in kinds:
                    kinds.append(s["type"])
            return {"type": kinds[0] if len(kinds) == 1 else kinds}
        return {"anyOf": schemas}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if value is None and self.accepts_none():
            for option in self.options:
                if option.accepts_none():
                    return option.convert(None, path, lenient=lenient)
        errors: list[ConversionError] = []
        for pass_lenient in (False, True) if lenient else (False,):
            errors = []
            for option in self.options:
                try:
                    return option.convert(value, path, lenient=pass_lenient)
                except ConversionError as exc:
                    errors.append(exc)
        # the most useful error comes from the one option that is not null, or the one that went deepest
        candidates = [e for e, o in zip(errors, self.options, strict=True) if not isinstance(o, _NoneNode)] or errors
        best = max(candidates, key=lambda e: len(e.path))
        if len(candidates) == 1 or best.path != path:
            raise best
        raise ConversionError(path, f"{json_type_name(value)} value {_short(value)} fits none of the union's types")

    def accepts_none(self) -> bool:
        return any(option.accepts_none() for option in self.options)


class _ArrayNode(TypeNode):
    __slots__ = ("build", "item")

    def __init__(self, item: TypeNode, build: Callable[[list[Any]], Any]) -> None:
        self.item = item
        self.build = build

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        items = self.item.schema(builder)
        return {"type": "array", "items": items} if items else {"type": "array"}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if type(value) is not list:
            _fail(path, "array", value)
        item = self.item
        return self.build([item.convert(v, f"{path}[{i}]", lenient=lenient) for i, v in enumerate(value)])


class _TupleNode(TypeNode):
    __slots__ = ("items",)

    def __init__(self, items: list[TypeNode]) -> None:
        self.items = items

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        schema: JSONSchema = {"type": "array"}
        if self.items:
            schema["prefixItems"] = [item.schema(builder) for item in self.items]
        schema["minItems"] = schema["maxItems"] = len(self.items)
        return schema

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if type(value) is not list:
            _fail(path, "array", value)
        if len(value) != len(self.items):
            raise ConversionError(path, f"expected an array of {len(self.items)} items, got {len(value)}")
        return tuple(
            node.convert(v, f"{path}[{i}]", lenient=lenient)
            for i, (node, v) in enumerate(zip(self.items, value, strict=True))
        )


class _DictNode(TypeNode):
    __slots__ = ("key", "value")

    def __init__(self, key: TypeNode, value: TypeNode) -> None:
        self.key = key
        self.value = value

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        schema: JSONSchema = {"type": "object"}
        values = self.value.schema(builder)
        if values:
            schema["additionalProperties"] = values
        return schema

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if type(value) is not dict:
            _fail(path, "object", value)
        out: dict[Any, Any] = {}
        for k, v in value.items():
            where = path_join(path, k)
            out[self.key.convert(k, where, lenient=lenient)] = self.value.convert(v, where, lenient=lenient)
        return out


@dataclasses.dataclass(frozen=True)
class Field:
    """One property of an object type: its Python name, JSON key, node and whether it is required."""

    name: str
    key: str
    node: TypeNode
    required: bool
    description: str | None = None


class ObjectNode(TypeNode):
    """A dataclass, a TypedDict, or a function's parameters: named, typed properties."""

    __slots__ = ("build", "description", "fields", "name", "pytype")

    def __init__(self, name: str, pytype: object, build: Callable[[dict[str, Any]], Any]) -> None:
        self.name = name
        self.pytype = pytype
        self.build = build
        self.fields: list[Field] = []
        self.description: str | None = None

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return builder.define(self, self.name, self.inline_schema)

    def inline_schema(self, builder: SchemaBuilder) -> JSONSchema:
        """The object's schema written out (not as a reference)."""
        schema: JSONSchema = {"type": "object"}
        if self.description:
            schema["description"] = self.description
        properties: JSONSchema = {}
        for f in self.fields:
            prop = f.node.schema(builder)
            if f.description and "description" not in prop:
                prop = {**prop, "description": f.description}
            properties[f.key] = prop
        schema["properties"] = properties
        required = [f.key for f in self.fields if f.required]
        if required:
            schema["required"] = required
        return schema

    def convert_fields(self, value: Any, path: str, *, lenient: bool) -> dict[str, Any]:
        """Convert the present fields of JSON object ``value``; keys are Python names. Unknown keys are dropped."""
        if type(value) is not dict:
            _fail(path, "object", value)
        out: dict[str, Any] = {}
        for f in self.fields:
            if f.key in value:
                item = value[f.key]
                where = path_join(path, f.key)
                if item is None and not f.required and not f.node.accepts_none() and lenient:
                    continue  # a model's "null" for an optional field means "leave it out"
                out[f.name] = f.node.convert(item, where, lenient=lenient)
            elif f.required:
                raise ConversionError(path, f"missing required property {f.key!r}")
        return out

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        kwargs = self.convert_fields(value, path, lenient=lenient)
        try:
            return self.build(kwargs)
        except (TypeError, ValueError) as exc:
            raise ConversionError(path, f"{self.name}: {type(exc).__name__}: {exc}") from None


class _ConstrainedNode(TypeNode):
    """``Annotated[T, ...]``: extra schema keywords (description, bounds) and their checks."""

    __slots__ = ("checks", "extra", "inner")

    def __init__(self, inner: TypeNode, extra: JSONSchema, checks: list[Callable[[Any, str], None]]) -> None:
        self.inner = inner
        self.extra = extra
        self.checks = checks

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        return {**self.inner.schema(builder), **self.extra}

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        result = self.inner.convert(value, path, lenient=lenient)
        if result is not None:
            for check in self.checks:
                check(result, path)
        return result

    def accepts_none(self) -> bool:
        return self.inner.accepts_none()


class _ExternalNode(TypeNode):
    """A type that brings its own schema and validation (pydantic model, msgspec Struct)."""

    __slots__ = ("cls", "kind")

    def __init__(self, cls: type, kind: Literal["pydantic", "msgspec"]) -> None:
        self.cls = cls
        self.kind = kind

    def schema(self, builder: SchemaBuilder) -> JSONSchema:
        if self.kind == "pydantic":
            full: JSONSchema = self.cls.model_json_schema(ref_template=_REF_PREFIX + "{model}")  # type: ignore[attr-defined]
        else:
            import msgspec

            (full,), components = msgspec.json.schema_components([self.cls], ref_template=_REF_PREFIX + "{name}")
            full = {**full, "$defs": components}
        defs = full.pop("$defs", {})
        return builder.merge_external(full, defs)

    def convert(self, value: Any, path: str = "$", *, lenient: bool = False) -> Any:
        if isinstance(value, self.cls):
            return value
        if self.kind == "pydantic":
            import pydantic

            try:
                return self.cls.model_validate(value)  # type: ignore[attr-defined]
            except pydantic.ValidationError as exc:
                error = exc.errors()[0]
                where = path
                for key in error["loc"]:
                    where = path_join(where, key if isinstance(key, int | str) else str(key))
                raise ConversionError(where, error["msg"]) from None
        import msgspec

        try:
            return msgspec.convert(value, self.cls, strict=not lenient)
        except msgspec.ValidationError as exc:
            message = str(exc)
            reason, sep, where = message.rpartition(" - at `")
            if sep and where.startswith("$"):
                raise ConversionError(path + where[1:].rstrip("`"), _plain(reason)) from None
            raise ConversionError(path, _plain(message)) from None


def _plain(message: str) -> str:
    """A msgspec message in this module's style: ``Expected `int`, got `str``` -> ``expected int, got str``."""
    message = message.replace("`", "")
    return message[:1].lower() + message[1:]


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------------------------- compile


def compile_hint(hint: Any) -> TypeNode:
    """Compile a type hint; raises :class:`UnsupportedTypeError` naming the part that has no JSON form."""
    return HintCompiler().compile(hint)


class HintCompiler:
    """Compiles hints; one compiler shares the nodes of classes seen before (and so handles recursion)."""

    def __init__(self) -> None:
        self.seen: dict[object, TypeNode] = {}

    def compile(self, hint: Any) -> TypeNode:
        """The node for ``hint``; raises :class:`UnsupportedTypeError`."""
        node = self.seen.get(hint) if _hashable(hint) else None
        if node is not None:
            return node
        return self._compile(hint)

    def _compile(self, hint: Any) -> TypeNode:
        if hint is Any or hint is object:
            return _AnyNode()
        if hint is None or hint is type(None):
            return _NoneNode()
        scalar = _SCALARS.get(hint) if _hashable(hint) else None
        if scalar is not None:
            return scalar
        if isinstance(hint, NewType):
            return self.compile(hint.__supertype__)
        if isinstance(hint, str | typing.ForwardRef):
            raise UnsupportedTypeError(f"unresolved forward reference {hint!r}")
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin is typing.Annotated:
            return self._annotated(args[0], args[1:])
        if origin in (typing.Required, typing.NotRequired, typing.ClassVar, typing.Final):
            return self.compile(args[0])
        if origin is typing.Union or origin is types.UnionType:
            return self._union(args)
        if origin is Literal:
            return self._literal(hint, args)
        if origin is not None:
            return self._generic(hint, origin, args)
        if isinstance(hint, type):
            return self._class(hint)
        if isinstance(hint, typing.TypeVar):
            raise UnsupportedTypeError(f"type variable {hint!r} (generic types must be parametrised)")
        raise UnsupportedTypeError(f"{hint_name(hint)} is not a type this converter knows")

    def _annotated(self, inner_hint: Any, metadata: tuple[Any, ...]) -> TypeNode:
        inner = self.compile(inner_hint)
        extra: JSONSchema = {}
        checks: list[Callable[[Any, str], None]] = []
        for meta in metadata:
            _read_metadata(meta, inner, extra, checks)
        return _ConstrainedNode(inner, extra, checks) if extra or checks else inner

    def _union(self, args: tuple[Any, ...]) -> TypeNode:
        return self._union_of([self.compile(arg) for arg in args])

    @staticmethod
    def _union_of(options: list[TypeNode]) -> TypeNode:
        # None last: "int | None" tries int first and reports int's error
        options.sort(key=lambda o: isinstance(o, _NoneNode))
        return _UnionNode(options)

    def _literal(self, hint: Any, args: tuple[Any, ...]) -> TypeNode:
        # JSON Schema's enum would reject null and booleans next to strings, so those become union options
        groups: dict[str, tuple[list[Any], list[Any]]] = {}
        for arg in _flatten_literal(args):
            wire = arg.value if isinstance(arg, enum.Enum) else arg
            if wire is not None and type(wire) not in (str, int, float, bool):
                raise UnsupportedTypeError(f"{hint_name(hint)} has a {type(wire).__name__} value with no JSON form")
            group = "null" if wire is None else "boolean" if type(wire) is bool else "enum"
            python, values = groups.setdefault(group, ([], []))
            python.append(arg)
            values.append(wire)
        nodes: list[TypeNode] = [
            _NoneNode() if group == "null" else _LiteralNode(python, values)
            for group, (python, values) in groups.items()
        ]
        return nodes[0] if len(nodes) == 1 else self._union_of(nodes)

    def _generic(self, hint: Any, origin: Any, args: tuple[Any, ...]) -> TypeNode:
        if origin in _LIST_ORIGINS:
            item = self.compile(args[0]) if args else _AnyNode()
            return _ArrayNode(item, _LIST_ORIGINS[origin])
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return _ArrayNode(self.compile(args[0]), tuple)
            if args == ((),):
                return _TupleNode([])
            return _TupleNode([self.compile(arg) for arg in args])
        if origin in _DICT_ORIGINS:
            key = self.compile(args[0]) if args else _StrNode()
            if not _string_keyed(key):
                raise UnsupportedTypeError(f"{hint_name(hint)}: JSON object keys are strings, not {hint_name(args[0])}")
            return _DictNode(key, self.compile(args[1]) if len(args) > 1 else _AnyNode())
        if origin is type or origin is collections.abc.Callable:
            raise UnsupportedTypeError(f"{hint_name(hint)} has no JSON form")
        if isinstance(origin, type) and (dataclasses.is_dataclass(origin) or _is_typeddict(origin)):
            raise UnsupportedTypeError(f"generic {hint_name(hint)} is not supported; use a concrete class")
        raise UnsupportedTypeError(f"{hint_name(hint)} is not a type this converter knows")

    def _class(self, cls: type) -> TypeNode:
        if cls in _LIST_ORIGINS:
            return _ArrayNode(_AnyNode(), _LIST_ORIGINS[cls])
        if cls is tuple:
            return _ArrayNode(_AnyNode(), tuple)
        if cls in _DICT_ORIGINS:
            return _DictNode(_StrNode(), _AnyNode())
        if issubclass(cls, enum.Enum):
            return _EnumNode(cls)
        if _is_pydantic_model(cls):
            return _ExternalNode(cls, "pydantic")
        if _is_msgspec_struct(cls):
            return _ExternalNode(cls, "msgspec")
        if _is_typeddict(cls):
            return self._object(cls, dict, typeddict=True)
        if dataclasses.is_dataclass(cls):
            return self._object(cls, lambda kwargs: cls(**kwargs), typeddict=False)
        if issubclass(cls, collections.abc.Callable):  # type: ignore[arg-type]
            raise UnsupportedTypeError(f"{hint_name(cls)} is callable and has no JSON form")
        raise UnsupportedTypeError(
            f"class {hint_name(cls)} has no JSON form (use a dataclass, TypedDict, pydantic model or msgspec Struct)"
        )

    def _object(self, cls: type, build: Callable[[dict[str, Any]], Any], *, typeddict: bool) -> TypeNode:
        node = ObjectNode(cls.__name__, cls, build)
        self.seen[cls] = node  # before the fields, so recursive types find themselves
        try:
            hints = typing.get_type_hints(cls, include_extras=True)
        except Exception as exc:
            raise UnsupportedTypeError(f"cannot resolve the type hints of {hint_name(cls)}: {exc}") from None
        doc = parse_docstring(_own_doc(cls))
        node.description = doc.description or None
        if typeddict:
            required_keys: frozenset[str] = cls.__required_keys__  # type: ignore[attr-defined]
            for name, hint in hints.items():
                field_node = self._field(cls, name, hint)
                # __required_keys__ misses Required/NotRequired written as strings (PEP 563), so read the hint too
                qualifier = typing.get_origin(_strip_annotated(hint))
                required = qualifier is typing.Required or (
                    qualifier is not typing.NotRequired and name in required_keys
                )
                node.fields.append(Field(name, name, field_node, required, doc.params.get(name)))
        else:
            for f in dataclasses.fields(cls):
                if not f.init:
                    continue
                field_node = self._field(cls, f.name, hints[f.name])
                required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                description = f.metadata.get("description") or doc.params.get(f.name)
                node.fields.append(Field(f.name, f.name, field_node, required, description))
        return node

    def _field(self, cls: type, name: str, hint: Any) -> TypeNode:
        try:
            return self.compile(hint)
        except UnsupportedTypeError as exc:
            raise UnsupportedTypeError(f"field {name!r} of {hint_name(cls)}: {exc.reason}") from None


def _strip_annotated(hint: Any) -> Any:
    while typing.get_origin(hint) is typing.Annotated:
        hint = typing.get_args(hint)[0]
    return hint


def _hashable(hint: Any) -> bool:
    try:
        hash(hint)
    except TypeError:
        return False
    return True


def _flatten_literal(args: tuple[Any, ...]) -> list[Any]:
    out: list[Any] = []
    for arg in args:
        if typing.get_origin(arg) is Literal:
            out.extend(_flatten_literal(typing.get_args(arg)))
        else:
            out.append(arg)
    return out


def _string_keyed(node: TypeNode) -> bool:
    if isinstance(node, _StrNode | _AnyNode):
        return True
    if isinstance(node, _LiteralNode):
        return all(type(v) is str for v in node.values)
    if isinstance(node, _EnumNode):
        return all(type(v) is str for v in node.values)
    return False


def _own_doc(cls: type) -> str | None:
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str):
        return None
    if dataclasses.is_dataclass(cls) and doc.startswith(cls.__name__ + "("):
        return None  # the signature dataclasses writes when a class has no docstring
    return doc


def _is_typeddict(cls: type) -> bool:
    return typing.is_typeddict(cls)


def _is_pydantic_model(cls: type) -> bool:
    module = sys.modules.get("pydantic")
    return module is not None and issubclass(cls, module.BaseModel)


def _is_msgspec_struct(cls: type) -> bool:
    module = sys.modules.get("msgspec")
    return module is not None and issubclass(cls, module.Struct)


def hint_name(hint: Any) -> str:
    """A short readable name for a hint (``Item``, ``list[Item]``, ``Callable[[int], str]``)."""
    if isinstance(hint, type) and typing.get_origin(hint) is None and not typing.get_args(hint):
        return hint.__qualname__
    return repr(hint).replace("typing.", "").replace("collections.abc.", "")


_SCALARS: dict[Any, TypeNode] = {
    str: _StrNode(),
    int: _IntNode(),
    float: _FloatNode(),
    bool: _BoolNode(),
    dt.datetime: _IsoNode(dt.datetime, "date-time", dt.datetime.fromisoformat),
    dt.date: _IsoNode(dt.date, "date", dt.date.fromisoformat),
    dt.time: _IsoNode(dt.time, "time", dt.time.fromisoformat),
    uuid.UUID: _IsoNode(uuid.UUID, "uuid", uuid.UUID),
}

_LIST_ORIGINS: dict[Any, Callable[[list[Any]], Any]] = {
    list: list,
    set: set,
    frozenset: frozenset,
    collections.abc.Sequence: list,
    collections.abc.MutableSequence: list,
    collections.abc.Iterable: list,
    collections.abc.Collection: list,
    collections.abc.Set: frozenset,
    collections.abc.MutableSet: set,
}

_DICT_ORIGINS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)


# --------------------------------------------------------------------------------------------- Annotated

_BOUNDS: tuple[tuple[str, str, Callable[[Any, float], bool], str], ...] = (
    ("ge", "minimum", operator.ge, ">="),
    ("le", "maximum", operator.le, "<="),
    ("gt", "exclusiveMinimum", operator.gt, ">"),
    ("lt", "exclusiveMaximum", operator.lt, "<"),
)


def _read_metadata(meta: Any, inner: TypeNode, extra: JSONSchema, checks: list[Callable[[Any, str], None]]) -> None:
    """Fold one ``Annotated`` metadata item into schema keywords and value checks."""
    if isinstance(meta, str):
        extra["description"] = meta
        return
    for attr in ("description", "title"):
        value = getattr(meta, attr, None)
        if isinstance(value, str):
            extra[attr] = value
    for attr, keyword, test, symbol in _BOUNDS:
        bound = getattr(meta, attr, None)
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            extra[keyword] = bound
            checks.append(_bound_check(bound, test, symbol))
    lengths = {
        attr: value
        for attr in ("min_length", "max_length")
        if isinstance(value := getattr(meta, attr, None), int) and not isinstance(value, bool)
    }
    if lengths:
        target = _length_target(inner)
        for attr, value in lengths.items():
            extra[("min" if attr == "min_length" else "max") + target] = value
            checks.append(_length_check(attr == "min_length", value))
    pattern = getattr(meta, "pattern", None)
    if isinstance(pattern, str):
        extra["pattern"] = pattern
        checks.append(_pattern_check(re.compile(pattern)))
    nested = getattr(meta, "metadata", None)  # pydantic FieldInfo keeps its constraints here
    if isinstance(nested, list):
        for item in nested:
            _read_metadata(item, inner, extra, checks)


def _length_target(node: TypeNode) -> str:
    while isinstance(node, _ConstrainedNode):
        node = node.inner
    if isinstance(node, _ArrayNode | _TupleNode):
        return "Items"
    if isinstance(node, _DictNode | ObjectNode):
        return "Properties"
    return "Length"


def _bound_check(bound: float, test: Callable[[Any, float], bool], symbol: str) -> Callable[[Any, str], None]:
    def check(value: Any, path: str) -> None:
        if not test(value, bound):
            raise ConversionError(path, f"expected a value {symbol} {bound}, got {value!r}")

    return check


def _length_check(is_min: bool, limit: int) -> Callable[[Any, str], None]:
    def check(value: Any, path: str) -> None:
        size = len(value)
        if size < limit if is_min else size > limit:
            raise ConversionError(path, f"expected length {'>=' if is_min else '<='} {limit}, got {size}")

    return check


def _pattern_check(pattern: re.Pattern[str]) -> Callable[[Any, str], None]:
    def check(value: Any, path: str) -> None:
        if isinstance(value, str) and not pattern.search(value):
            raise ConversionError(path, f"expected a string matching {pattern.pattern!r}, got {value!r}")

    return check


# --------------------------------------------------------------------------------------------- schema output


class SchemaBuilder:
    """Collects named types while schemas are written, then inlines all but the recursive ones.

    Call :meth:`TypeNode.schema` (any number of times) and pass the final root to :meth:`finish`.
    """

    def __init__(self) -> None:
        self._defs: dict[str, JSONSchema] = {}
        self._names: dict[int, str] = {}
        self._owners: dict[int, object] = {}

    def define(self, owner: object, base_name: str, build: Callable[[SchemaBuilder], JSONSchema]) -> JSONSchema:
        """A ``$ref`` to the definition of ``owner``, writing it with ``build`` the first time."""
        name = self._names.get(id(owner))
        if name is None:
            name = self._free_name(base_name)
            self._names[id(owner)] = name
            self._owners[id(owner)] = owner  # keeps id() unique while the builder lives
            self._defs[name] = {}  # placeholder: a recursive type refers to itself while being written
            self._defs[name] = build(self)
        return {"$ref": _REF_PREFIX + name}

    def merge_external(self, root: JSONSchema, defs: Mapping[str, JSONSchema]) -> JSONSchema:
        """Take in a schema written by another library, renaming its definitions where names clash."""
        renames: dict[str, str] = {}
        for name, schema in defs.items():
            if self._defs.get(name) == schema:
                renames[name] = name
            else:
                renames[name] = self._free_name(name)
                self._defs[renames[name]] = {}  # reserve the name
        for name, schema in defs.items():
            self._defs[renames[name]] = _rename_refs(schema, renames)
        renamed: JSONSchema = _rename_refs(root, renames)
        return renamed

    def _free_name(self, base: str) -> str:
        name = base
        n = 2
        while name in self._defs:
            name = f"{base}{n}"
            n += 1
        return name

    def finish(self, root: JSONSchema) -> JSONSchema:
        """The final schema: non-recursive definitions inlined, recursive ones kept in ``$defs``."""
        recursive = _recursive_names(self._defs)
        cache: dict[str, JSONSchema] = {}

        def inline(node: Any) -> Any:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(_REF_PREFIX) and ref[len(_REF_PREFIX) :] in self._defs:
                    name = ref[len(_REF_PREFIX) :]
                    if name in recursive:
                        # the API allows no sibling keywords next to $ref
                        return {k: v for k, v in node.items() if k.startswith("$")}
                    if name not in cache:
                        cache[name] = inline(self._defs[name])
                    siblings = {k: inline(v) for k, v in node.items() if k != "$ref"}
                    return {**copy.deepcopy(cache[name]), **siblings}
                return {k: inline(v) for k, v in node.items()}
            if isinstance(node, list):
                return [inline(v) for v in node]
            return node

        out: JSONSchema = inline(root)
        root_ref = root.get("$ref")
        if set(root) == {"$ref"} and isinstance(root_ref, str) and root_ref[len(_REF_PREFIX) :] in recursive:
            out = inline(self._defs[root_ref[len(_REF_PREFIX) :]])  # write the root type out once
        used = _reachable_refs(out, self._defs)
        kept = {name: inline(self._defs[name]) for name in self._defs if name in used}
        if kept:
            out["$defs"] = kept
        return out


def _ref_names(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
            found.add(ref[len(_REF_PREFIX) :])
        for value in node.values():
            _ref_names(value, found)
    elif isinstance(node, list):
        for value in node:
            _ref_names(value, found)
    return found


def _recursive_names(defs: Mapping[str, JSONSchema]) -> set[str]:
    edges = {name: _ref_names(schema, set()) & defs.keys() for name, schema in defs.items()}
    recursive: set[str] = set()
    for start in defs:
        stack = list(edges[start])
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name == start:
                recursive.add(start)
                break
            if name not in seen:
                seen.add(name)
                stack.extend(edges[name])
    return recursive


def _reachable_refs(root: Any, defs: Mapping[str, JSONSchema]) -> set[str]:
    used: set[str] = set()
    stack = list(_ref_names(root, set()))
    while stack:
        name = stack.pop()
        if name in used or name not in defs:
            continue
        used.add(name)
        stack.extend(_ref_names(defs[name], set()))
    return used


def _rename_refs(node: Any, renames: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        out = {k: _rename_refs(v, renames) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
            name = ref[len(_REF_PREFIX) :]
            out["$ref"] = _REF_PREFIX + renames.get(name, name)
        return out
    if isinstance(node, list):
        return [_rename_refs(v, renames) for v in node]
    return node


def json_schema(hint: Any) -> JSONSchema:
    """The JSON Schema for a type hint, in the subset the Gemini API accepts.

    >>> json_schema(list[int])
    {'type': 'array', 'items': {'type': 'integer'}}
    """
    node = compile_hint(hint)
    builder = SchemaBuilder()
    return builder.finish(node.schema(builder))
