"""Typed views over wire JSON: the base class of every generated model.

A model wraps the JSON object it was decoded from (or built into) and reads its fields on access.
That gives three properties the API needs at once:

* decoding is one ``orjson.loads`` and nothing else, so typed responses cost what plain JSON costs;
* encoding is one ``orjson.dumps`` of the wrapped object, so what goes out is exactly the wire form;
* fields and enum values this version does not know survive decode -> encode untouched, at every
  level: a ``Content`` taken out of a response and sent back carries everything the server sent.

A field whose JSON has the wrong type raises :class:`ResponseDecodeError` when it is read, naming the
path from the decoded root (``candidates[0].content.parts[2].functionCall.args``); so does an item of the wrong
type in an array of scalars, and a quoted integer that is not one (only ASCII digits with an optional ``-``, within
the range of 64-bit integers: ``int()`` alone would take ``"٣"`` or ``" 1_000 "`` and fail past 4300 digits).

Whatever decodes can be encoded, compared, copied, pickled and validated again, however deep it nests (orjson reads
up to 1024 levels): encoding goes through :func:`~pygenai._core.wire_json.dump_json`, which writes past orjson's
own 254 levels, and the walks here are iterative where Python's recursion would give out first. NaN and ±Infinity
(possible only in values set in Python: orjson refuses them in JSON) are refused where values come in: the
constructors (``check_fields`` on the fields they store as given, ``_coerce`` on mappings given for nested models),
the setters and ``from_dict``, each naming the field from the model or argument that holds it. A number set by
changing a dict read from a model in place is not seen until the model is sent (request bodies are checked whole).
"""

from __future__ import annotations

import base64
import binascii
import enum
import reprlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from types import MethodType
from typing import Any, ClassVar, Final, Protocol, TypeVar

import orjson

from .errors import ResponseDecodeError, UnencodableValueError
from .wire_json import check_json, dump_json, encode_json

__all__ = [
    "ModelDumpable",
    "UnknownModel",
    "WireModel",
    "check_fields",
    "copy_json",
    "decode_base64",
    "encode_base64",
    "encode_int64",
    "encode_model_list",
    "encode_model_map",
    "encode_union",
    "foreign_dict",
    "get_any",
    "get_bool",
    "get_bool_list",
    "get_bytes",
    "get_bytes_list",
    "get_float",
    "get_float_list",
    "get_int",
    "get_int64",
    "get_int64_list",
    "get_int_list",
    "get_list",
    "get_map",
    "get_model",
    "get_model_list",
    "get_model_map",
    "get_object",
    "get_str",
    "get_str_list",
    "get_union",
    "get_union_list",
    "json_type_name",
    "parse_int_text",
    "type_label",
    "view_at",
]

M = TypeVar("M", bound="WireModel")
T = TypeVar("T")

JSONObject = dict[str, Any]

_JSON_TYPE_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


class ModelDumpable(Protocol):
    """An object of another library that describes itself as a dict (google-genai's types, pydantic models)."""

    def model_dump(self, *, exclude_defaults: bool = ...) -> dict[str, Any]: ...


def foreign_dict(value: object) -> dict[str, Any] | None:
    """The fields of an object from another library that has ``model_dump`` (google-genai's types, a pydantic model):
    those not left at their defaults, by Python name, with bytes and enums as Python values; ``None`` for anything
    else."""
    if isinstance(value, (WireModel, type)):
        return None
    dump = getattr(value, "model_dump", None)
    if not callable(dump):
        return None
    data = dump(exclude_defaults=True)
    return _plain(data) if isinstance(data, dict) else None


def _plain(value: Any) -> Any:
    """Enum members become their values, at any depth (the rest of a python-mode dump is already JSON-like)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    return value


def type_label(cls: type[Any], other: type[Any] | None = None) -> str:
    """A class's name for a message; module-qualified when ``other`` has the same bare name (two ``Part`` classes)."""
    if other is not None and other.__name__ == cls.__name__ and other is not cls:
        return f"{cls.__module__}.{cls.__qualname__}"
    return cls.__name__


def json_type_name(value: object) -> str:
    """The JSON type of a decoded value, as an error message names it."""
    return _JSON_TYPE_NAMES.get(type(value), type(value).__name__)


class WireModel:
    """Base of all generated models: a typed view over one JSON object in wire form.

    Build one with keyword arguments (``Part(text="hi")``), from wire JSON (``Part.from_json(b'...')``)
    or from a dict (``Part.from_dict({"text": "hi"})``; keys may be wire names or Python names).
    """

    __slots__ = ("_data", "_http", "_key", "_parent")

    _data: JSONObject
    _parent: WireModel | None
    _key: str | int | None

    _wire_names: ClassVar[Mapping[str, str]] = {}
    """Python attribute name -> wire name, for every field the spec declares."""
    _nested: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}
    """Wire name -> converter that turns user input for that field into wire JSON."""

    # ----------------------------------------------------------------- construction

    @classmethod
    def from_json(cls: type[M], data: bytes | bytearray | memoryview | str) -> M:
        """Decode wire JSON into this model; the JSON must be an object."""
        try:
            obj = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ResponseDecodeError("", f"invalid JSON: {exc}", _snippet(data)) from None
        if type(obj) is not dict:
            raise ResponseDecodeError("", f"expected object, got {json_type_name(obj)}", _snippet(data))
        return cls._wrap(obj)

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
        """Build a model from a dict in wire form or with Python attribute names.

        The dict is deep-copied; nested dicts for typed fields are converted the same way, so
        ``{"inline_data": {"mime_type": ...}}`` and ``{"inlineData": {"mimeType": ...}}`` are one value.
        NaN, ±Infinity and nesting deeper than 1024 levels raise :class:`UnencodableValueError`.
        """
        copied: JSONObject = orjson.loads(dump_json(cls._coerce_mapping(data, checked=True)))
        return cls._wrap(copied)

    @classmethod
    def _wrap(cls: type[M], data: JSONObject, parent: WireModel | None = None, key: str | int | None = None) -> M:
        self = cls.__new__(cls)
        self._data = data
        self._parent = parent
        self._key = key
        return self

    @classmethod
    def _coerce(cls, value: Any) -> JSONObject:
        """Wire JSON for a value given where this model is expected: a model, a mapping, or an object of another
        library with ``model_dump`` (google-genai's types, say), read through it.

        A mapping is checked as it is converted (NaN or ±Infinity: :class:`UnencodableValueError` naming the field
        from this model down); a model was checked when it was built.
        """
        if isinstance(value, WireModel):
            return value._data
        if isinstance(value, Mapping):
            return cls._coerce_mapping(value, checked=True)
        dumped = foreign_dict(value)
        if dumped is not None:
            return cls._coerce_mapping(dumped, checked=True)
        raise TypeError(f"{type_label(cls, type(value))} expected, got {type_label(type(value), cls)}")

    @classmethod
    def _coerce_mapping(cls, value: Mapping[str, Any], *, checked: bool = False) -> JSONObject:
        """``value`` with wire names for keys and its typed fields converted. Fields converted to models are checked
        by their own ``_coerce``; ``checked`` also checks the rest (left out by request preparation, whose body is
        checked as a whole when it is encoded, with paths from the request's root)."""
        wire_names = cls._wire_names
        nested = cls._nested
        out: JSONObject = {}
        for key, item in value.items():
            wire = wire_names.get(key, key)
            convert = nested.get(wire)
            if convert is None or item is None:
                out[wire] = item
            else:
                try:
                    item = out[wire] = convert(item)
                except UnencodableValueError as error:
                    raise error.within(wire) from None
                if type(convert) is MethodType or type(convert) is partial:  # a model's _coerce: checked there
                    continue
            if checked:
                check_json(item, root=wire)
        return out

    # ----------------------------------------------------------------- encoding

    def to_json(self) -> bytes:
        """The exact wire JSON of this model, including fields this version does not know.

        Nesting deeper than the 1024 levels JSON is read back with (possible only in values set in Python) raises
        :class:`UnencodableValueError` with its path; a NaN or infinite number was refused when it was given.
        """
        return dump_json(self._data)

    def to_dict(self) -> JSONObject:
        """A deep copy of the wire JSON object (wire names, int64 as strings, bytes as base64); refuses what
        :meth:`to_json` refuses."""
        copied: JSONObject = orjson.loads(dump_json(self._data))
        return copied

    @property
    def extra(self) -> JSONObject:
        """Fields present in the JSON that this version of the spec does not declare."""
        known = set(self._wire_names.values())
        return {k: v for k, v in self._data.items() if k not in known}

    def validate(self: M) -> M:
        """Read every declared field recursively, raising :class:`ResponseDecodeError` on the first bad one.

        Depth first in field order, as a recursive walk would go, but with a stack of its own: a schema nested
        past Python's recursion limit (``Schema.items.items...``) is validated like any other.
        """
        stack: list[Iterator[Any]] = [_field_values(self)]
        while stack:
            value = next(stack[-1], _DONE)
            if value is _DONE:
                stack.pop()
            elif isinstance(value, WireModel):
                stack.append(_field_values(value))
            elif isinstance(value, list):
                stack.append(iter(value))
            elif isinstance(value, dict):
                stack.append(item for item in value.values() if isinstance(item, WireModel))
        return self

    # ----------------------------------------------------------------- dunder

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, WireModel)
        try:
            return self._data == other._data
        except RecursionError:  # JSON nested past Python's recursion limit: the same comparison, with a stack
            return _json_equal(self._data, other._data)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        python_names = {wire: py for py, wire in self._wire_names.items()}
        fields = ", ".join(f"{python_names.get(k, k)}={_short_repr(v)}" for k, v in self._data.items())
        return f"{type(self).__name__}({fields})"

    def __copy__(self: M) -> M:
        return type(self)._wrap(dict(self._data))

    def __deepcopy__(self: M, memo: dict[int, Any]) -> M:
        return type(self)._wrap(self.to_dict())

    def __getstate__(self) -> bytes | JSONObject:
        # The wire JSON: compact, and picklable however deep it nests (pickle's own walk is recursive). A NaN set in
        # Python has no JSON form; pickle keeps such a model's dict as it is.
        try:
            return encode_json(self._data)
        except UnencodableValueError:
            return self._data

    def __setstate__(self, state: bytes | JSONObject) -> None:
        self._data = orjson.loads(state) if isinstance(state, bytes) else state
        self._parent = None
        self._key = None

    # ----------------------------------------------------------------- field access

    def _path(self) -> str:
        parts: list[str] = []
        node: WireModel | None = self
        while node is not None and node._key is not None:
            key = node._key
            parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
            node = node._parent
        return "".join(reversed(parts)).lstrip(".")

    def _type_error(self, key: str, expected: str, value: object) -> ResponseDecodeError:
        base = self._path()
        path = f"{base}.{key}" if base else key
        return ResponseDecodeError(path, f"expected {expected}, got {json_type_name(value)}", _snippet(value))

    def _set(self, key: str, value: Any) -> None:
        if value is None:
            self._data.pop(key, None)
        else:
            check_json(value, root=key)
            self._data[key] = value


class UnknownModel(WireModel):
    """A union member whose discriminator value this version does not know; its JSON is kept whole."""

    __slots__ = ()

    @property
    def type(self) -> str | None:
        """The discriminator value, when the union's discriminator is ``type``."""
        value = self._data.get("type")
        return value if isinstance(value, str) else None


# --------------------------------------------------------------------- getters used by generated code


def get_str(self: WireModel, key: str) -> str | None:
    value = self._data.get(key)
    if value is None or type(value) is str:
        return value
    raise self._type_error(key, "string", value)


def get_bool(self: WireModel, key: str) -> bool | None:
    value = self._data.get(key)
    if value is None or type(value) is bool:
        return value
    raise self._type_error(key, "boolean", value)


_INT_MIN: Final = -(2**63)
_INT_MAX: Final = 2**64 - 1
_INT_DIGITS: Final = 20
_NON_FINITE: Final = frozenset({"NaN", "Infinity", "-Infinity"})


def parse_int_text(text: str) -> int | None:
    """A quoted integer as proto3 JSON writes one (``"-12"``), or ``None``.

    Only ASCII digits after an optional ``-``, within the 64-bit range orjson reads numbers in: ``int()`` alone would
    also take other scripts' digits (``"٣"``, fullwidth ones), ``" 12 "``, ``"+5"`` and ``"1_000"``, and raise
    ``ValueError`` past 4300 digits.
    """
    digits = text[1:] if text[:1] == "-" else text
    if not (0 < len(digits) <= _INT_DIGITS and digits.isascii() and digits.isdigit()):
        return None
    number = int(text)
    return number if _INT_MIN <= number <= _INT_MAX else None


def get_int(self: WireModel, key: str) -> int | None:
    value = self._data.get(key)
    if value is None or type(value) is int:
        return value
    if type(value) is str:  # proto3 JSON allows quoted int32 too
        number = parse_int_text(value)
        if number is not None:
            return number
    raise self._type_error(key, "integer", value)


def get_int64(self: WireModel, key: str) -> int | None:
    """int64/uint64 travel as JSON strings; numbers are accepted too."""
    value = self._data.get(key)
    if value is None or type(value) is int:
        return value
    if type(value) is str:
        number = parse_int_text(value)
        if number is not None:
            return number
    raise self._type_error(key, "int64 string", value)


def get_float(self: WireModel, key: str) -> float | None:
    value = self._data.get(key)
    if value is None or type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    if type(value) is str and value in ("NaN", "Infinity", "-Infinity"):
        return float(value)
    raise self._type_error(key, "number", value)


def get_bytes(self: WireModel, key: str) -> bytes | None:
    """``format: byte`` fields: base64 in either alphabet; the wire string itself is never rewritten."""
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is str:
        try:
            return decode_base64(value)
        except (binascii.Error, ValueError):
            pass
    raise self._type_error(key, "base64 string", value)


def get_object(self: WireModel, key: str) -> JSONObject | None:
    """A free-form JSON object (``google.protobuf.Struct``-like); returned as stored."""
    value = self._data.get(key)
    if value is None or type(value) is dict:
        return value
    raise self._type_error(key, "object", value)


def get_any(self: WireModel, key: str) -> Any:
    return self._data.get(key)


def get_model(self: WireModel, key: str, cls: type[M]) -> M | None:
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is dict:
        return cls._wrap(value, self, key)
    raise self._type_error(key, "object", value)


def get_union(self: WireModel, key: str, decode: Callable[[JSONObject, WireModel, str | int], T]) -> T | None:
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is dict:
        return decode(value, self, key)
    raise self._type_error(key, "object", value)


def get_model_list(self: WireModel, key: str, cls: type[M]) -> list[M] | None:
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is not list:
        raise self._type_error(key, "array", value)
    holder = _ListHolder._wrap({}, self, key)
    wrap = cls._wrap
    out: list[M] = []
    for index, item in enumerate(value):
        if type(item) is not dict:
            raise holder._type_error(f"[{index}]", "object", item)
        out.append(wrap(item, holder, index))
    return out


def get_union_list(
    self: WireModel, key: str, decode: Callable[[JSONObject, WireModel, str | int], T]
) -> list[T] | None:
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is not list:
        raise self._type_error(key, "array", value)
    holder = _ListHolder._wrap({}, self, key)
    out: list[T] = []
    for index, item in enumerate(value):
        if type(item) is not dict:
            raise holder._type_error(f"[{index}]", "object", item)
        out.append(decode(item, holder, index))
    return out


def get_model_map(self: WireModel, key: str, cls: type[M]) -> dict[str, M] | None:
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is not dict:
        raise self._type_error(key, "object", value)
    holder = _ListHolder._wrap({}, self, key)
    out: dict[str, M] = {}
    for name, item in value.items():
        if type(item) is not dict:
            raise holder._type_error(f"[{name!r}]", "object", item)
        out[name] = cls._wrap(item, holder, name)
    return out


def get_list(self: WireModel, key: str) -> list[Any] | None:
    """A list of scalars or free-form values; a copy, so edits go through the setter."""
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is list:
        return list(value)
    raise self._type_error(key, "array", value)


def get_str_list(self: WireModel, key: str) -> list[str] | None:
    """An array of strings (or of enum values); an item of another type raises with its index in the path."""
    value = get_list(self, key)
    if value is None:
        return None
    for index, item in enumerate(value):
        if type(item) is not str:
            raise _item_error(self, key, index, "string", item)
    return value


def get_bool_list(self: WireModel, key: str) -> list[bool] | None:
    """An array of booleans."""
    value = get_list(self, key)
    if value is None:
        return None
    for index, item in enumerate(value):
        if type(item) is not bool:
            raise _item_error(self, key, index, "boolean", item)
    return value


def get_int_list(self: WireModel, key: str) -> list[int] | None:
    """An array of integers (quoted ones read as :func:`get_int` reads them)."""
    return _int_items(self, key, "integer")


def get_int64_list(self: WireModel, key: str) -> list[int] | None:
    """An array of int64 strings (numbers accepted too)."""
    return _int_items(self, key, "int64 string")


def _int_items(self: WireModel, key: str, expected: str) -> list[int] | None:
    value = get_list(self, key)
    if value is None:
        return None
    for index, item in enumerate(value):
        if type(item) is int:
            continue
        number = parse_int_text(item) if type(item) is str else None
        if number is None:
            raise _item_error(self, key, index, expected, item)
        value[index] = number
    return value


def get_float_list(self: WireModel, key: str) -> list[float] | None:
    """An array of numbers (an embedding's 3072 values, say).

    Checked by one ``sum()``, a C loop that fails on anything but a number, because a Python loop over every item
    would cost most of what decoding them did; a boolean, being an ``int`` to Python, passes that check. Items
    ``"NaN"``, ``"Infinity"`` and ``"-Infinity"`` (proto3 JSON's spelling) are read as floats, as :func:`get_float`
    reads them.
    """
    value = get_list(self, key)
    if value is None:
        return None
    try:
        sum(value, 0.0)
    except (TypeError, OverflowError):
        pass
    else:
        return value
    for index, item in enumerate(value):
        if type(item) is float or type(item) is int:
            continue
        if type(item) is not str or item not in _NON_FINITE:
            raise _item_error(self, key, index, "number", item)
        value[index] = float(item)
    return value


def get_bytes_list(self: WireModel, key: str) -> list[bytes] | None:
    value = get_list(self, key)
    if value is None:
        return None
    out: list[bytes] = []
    for index, item in enumerate(value):
        try:
            if type(item) is str:
                out.append(decode_base64(item))
                continue
        except (ValueError, binascii.Error):
            pass
        raise _item_error(self, key, index, "base64 string", item)
    return out


def _item_error(self: WireModel, key: str, index: int, expected: str, value: object) -> ResponseDecodeError:
    return _ListHolder._wrap({}, self, key)._type_error(f"[{index}]", expected, value)


def get_map(self: WireModel, key: str) -> dict[str, Any] | None:
    value = self._data.get(key)
    if value is None:
        return None
    if type(value) is dict:
        return dict(value)
    raise self._type_error(key, "object", value)


def view_at(cls: type[M], data: JSONObject, root: WireModel | None, *path: str | int) -> M:
    """A ``cls`` view over ``data``, which sits at ``path`` under ``root``: errors it raises name the whole path.

    ``view_at(Content, content, response, "candidates", 0, "content")`` reports ``candidates[0].content.parts[1]``
    where ``Content._wrap(content)`` would report ``parts[1]``.
    """
    if not path:
        return cls._wrap(data, root)
    parent = root
    for key in path[:-1]:
        parent = WireModel._wrap({}, parent, key)
    return cls._wrap(data, parent, path[-1])


class _ListHolder(WireModel):
    """Stands for a list or map in an error path; never exposed."""

    __slots__ = ()

    def _path(self) -> str:
        base = self._parent._path() if self._parent is not None else ""
        return f"{base}.{self._key}" if base else str(self._key)

    def _type_error(self, key: str, expected: str, value: object) -> ResponseDecodeError:
        return ResponseDecodeError(
            f"{self._path()}{key}", f"expected {expected}, got {json_type_name(value)}", _snippet(value)
        )


# --------------------------------------------------------------------- converters used by generated code


def encode_base64(value: bytes | str) -> str:
    """bytes -> standard base64; a str is taken to be base64 already and kept as given."""
    if isinstance(value, str):
        return value
    return base64.b64encode(value).decode("ascii")


def decode_base64(value: str) -> bytes:
    """Standard or URL-safe base64, padded or not."""
    if "-" in value or "_" in value:
        value = value.replace("-", "+").replace("_", "/")
    pad = -len(value) % 4
    if pad:
        value += "=" * pad
    return base64.b64decode(value, validate=True)


def encode_int64(value: int | str) -> str:
    return value if isinstance(value, str) else str(int(value))


def encode_model_list(cls: type[WireModel], values: Iterable[Any]) -> list[JSONObject]:
    coerce = cls._coerce
    try:
        return [coerce(v) for v in values]
    except UnencodableValueError as error:
        given = values if isinstance(values, list | tuple) else ()
        index = next((i for i, v in enumerate(given) if not _encodes(coerce, v)), 0)
        raise error.within(f"[{index}]") from None


def encode_model_map(cls: type[WireModel], values: Mapping[str, Any]) -> JSONObject:
    coerce = cls._coerce
    try:
        return {k: coerce(v) for k, v in values.items()}
    except UnencodableValueError as error:
        key = next(k for k, v in values.items() if not _encodes(coerce, v))
        raise error.within(key) from None


def check_fields(model: WireModel, keys: tuple[str, ...]) -> None:
    """What a generated constructor calls on the fields it takes as given (numbers, free-form objects, unions):
    NaN, ±Infinity or nesting too deep raise :class:`UnencodableValueError` naming the field."""
    data = model._data
    for key in keys:
        if key in data:
            check_json(data[key], root=key)


def _encodes(coerce: Callable[[Any], Any], value: Any) -> bool:
    try:
        coerce(value)
    except UnencodableValueError:
        return False
    return True


def encode_union(value: Any) -> Any:
    """A union-typed value: models give their JSON, anything else is taken as wire JSON."""
    if isinstance(value, WireModel):
        return value._data
    if isinstance(value, (list, tuple)):
        return [encode_union(v) for v in value]
    return value


# --------------------------------------------------------------------- helpers


_DONE: Final = object()


def _field_values(model: WireModel) -> Iterator[Any]:
    """Every declared field of a model, read (so a bad one raises here)."""
    for name in model._wire_names:
        yield getattr(model, name)


def _json_equal(left: Any, right: Any) -> bool:
    """``left == right`` for decoded JSON, without recursion."""
    pending = [(left, right)]
    while pending:
        a, b = pending.pop()
        if isinstance(a, dict) and isinstance(b, dict):
            if a.keys() != b.keys():
                return False
            pending.extend((a[key], b[key]) for key in a)
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                return False
            pending.extend(zip(a, b, strict=True))
        elif isinstance(a, dict | list) or isinstance(b, dict | list) or a != b:
            return False
    return True


def _short_repr(value: object) -> str:
    try:
        text = repr(value)
    except RecursionError:  # nested past Python's recursion limit: a repr that stops after a few levels
        text = reprlib.repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _snippet(value: object) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        text = bytes(value)[:120].decode("utf-8", "replace")
    elif isinstance(value, str):
        text = value[:120]
    else:
        try:
            text = orjson.dumps(value)[:120].decode("utf-8", "replace")
        except TypeError:  # too deep for orjson, or not JSON: a repr that stops at a few levels
            text = reprlib.repr(value)[:120]
    return text


def copy_json(value: Any) -> Any:
    """``value`` with every dict and list in it copied (leaves are immutable); a loop, so any depth is fine."""
    kind = type(value)
    if kind is dict:
        root: Any = dict(value)
    elif kind is list:
        root = list(value)
    else:
        return value
    pending = [root]
    while pending:
        node = pending.pop()
        for key, item in node.items() if type(node) is dict else enumerate(node):
            kind = type(item)
            if kind is dict:
                node[key] = item = dict(item)
                pending.append(item)
            elif kind is list:
                node[key] = item = list(item)
                pending.append(item)
    return root
