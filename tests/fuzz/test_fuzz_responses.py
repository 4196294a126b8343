"""Fuzz: every generated model, and the runtime's ``GenerateContentResponse``, read from mangled JSON.

Each case decodes a body as one class (``from_json``), then ``validate()``, reads every property of the model and of
every view, list and dataclass it hands out (``text``, ``usage``, ``outcome``, ``citations()``,
``render_citations()``, ``Part.as_image()``, every generated field), and encodes it again. The contract:

* each step works or raises a :class:`~pygenai.PygenaiError`, never a bare ``TypeError``, ``ValueError``,
  ``KeyError``, ``AttributeError``, ``RecursionError``, ...;
* decode and encode agree: whatever ``from_json`` accepts (JSON nested up to the 1024 levels orjson reads, past the
  254 it writes itself), ``to_json()`` writes, and that decodes to an equal model (so does a deep copy, a pickle
  round trip and ``to_dict()``).

A body starts from a real one (every JSON object and stream event in ``cassettes/``, given to the class whose
fields it fits best) or from the class's schema in ``specs/``, filled by the case's choices, and is then mangled:
values replaced by odd ones (wrong JSON types, quoted numbers in odd digits or too long, 64-bit edges, NaN spelled
as a string, deep nesting on both sides of the limit), keys removed or added, values wrapped in arrays or objects.

As in ``test_fuzz_streams.py``, a case is a short byte string read as choices (:class:`Script`) plus a few texts,
not structured JSON drawn value by value: that keeps 100,000 cases a target affordable, and shrinks towards the
plain body (choice 0 is always the common shape).
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Final

import orjson
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import pygenai
from pygenai import GenerateContentChunk, GenerateContentResponse, PygenaiError
from pygenai._core.model import WireModel
from pygenai._core.wire_json import encode_json
from pygenai_generated import gemini_types, interactions_types, live_types

ROOT: Final = Path(__file__).resolve().parents[2]
SPECS: Final = {
    gemini_types: "gemini-v1beta.json",
    interactions_types: "interactions-v1beta.json",
    live_types: "live-v1beta.json",
}

# --------------------------------------------------------------------------- the case, read from bytes


class Script:
    """Reads choices from a byte string: each ``pick(n)`` takes the next byte modulo ``n`` (0 once exhausted)."""

    def __init__(self, codes: bytes, texts: list[str]) -> None:
        self._codes = codes
        self._position = 0
        self._texts = texts or ["text"]

    def pick(self, n: int) -> int:
        if self._position >= len(self._codes):
            return 0
        code = self._codes[self._position]
        self._position += 1
        return code % n

    def choice(self, options: list[Any]) -> Any:
        return options[self.pick(len(options))]

    def text(self) -> str:
        return self._texts[self.pick(len(self._texts))]


def nested_text(levels: int, opener: bytes = b'{"a":', closer: bytes = b"}") -> orjson.Fragment:
    """JSON text nested ``levels`` deep (as a fragment: orjson could not write past 254 levels itself)."""
    return orjson.Fragment(opener * levels + b"0" + closer * levels)


PNG_1PX: Final = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

# Values that replace a field: JSON of every type, and the odd numbers and strings wire values have been seen as.
ODD_VALUES: Final[list[Any]] = [
    None,
    True,
    False,
    0,
    -1,
    2**31,
    2**63 - 1,
    2**64 - 1,
    -(2**63),
    orjson.Fragment(b"18446744073709551616"),  # past uint64: orjson reads it as a float
    orjson.Fragment(b"-9223372036854775809"),
    orjson.Fragment(b"1" * 400),
    0.5,
    -0.0,
    1e308,
    5e-324,
    "",
    "²",
    "٣",
    "\uff11\uff12",
    " 12",
    "+5",
    "1_000",
    "1" * 5000,
    "12",
    "-12",
    "007",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e3",
    "AAAA",
    "@@not base64@@",
    "image/png",
    PNG_1PX,
    "iVBORw0KGgo=",
    "\x00",
    "a\u2028b",
    "2026-05-28T14:45:17.041985Z",
    "26s",
    [],
    {},
    [None],
    ["x", 1],
    [1.5, "x", True],
    [[1]],
    [{}],
    {"": None},
    {"type": []},
    {"type": {}},
    {"type": "something_new"},
    {"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}},
    {"inlineData": {"mimeType": "image/png", "data": PNG_1PX[:60]}},
    nested_text(20),
    nested_text(240),
    nested_text(253, b"[", b"]"),
    nested_text(254, b"[", b"]"),
    nested_text(255),
    nested_text(300),
    nested_text(1000),
    nested_text(1018, b"[", b"]"),
    nested_text(1100, b"[", b"]"),  # past what orjson reads at all
]


def odd(script: Script, among: int = len(ODD_VALUES)) -> Any:
    """One of the first ``among`` odd values, as a fresh copy (mangling edits containers in place)."""
    value = script.choice(ODD_VALUES[:among])
    return orjson.loads(orjson.dumps(value)) if isinstance(value, list | dict) else value


# --------------------------------------------------------------------------- bodies from the specs


@cache
def component_schemas(module: Any) -> dict[str, Any]:
    spec = orjson.loads((ROOT / "specs" / SPECS[module]).read_bytes())
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


SCALARS: Final[dict[str, list[Any]]] = {
    "integer": [0, 7, 1, 2**31 - 1, -3, "12"],
    "number": [0.0, 0.5, 3, -2.5, "NaN"],
    "boolean": [False, True],
    "int64": ["0", "79", "-3", "18446744073709551615", 12],
    "byte": ["", "AAAA", "c2ln", "c2ln-_", PNG_1PX],
}


ODD_ONE_IN: Final = 12
"""While a body is built or a recorded one copied, one value in this many (as the script picks) is an odd one."""


def from_schema(script: Script, schemas: dict[str, Any], schema: Any, depth: int) -> Any:
    """A value of ``schema`` (wire form), its shape chosen by the script; objects stop at a few levels."""
    if not isinstance(schema, dict) or (depth and script.pick(ODD_ONE_IN) == ODD_ONE_IN - 1):
        return odd(script)
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return from_schema(script, schemas, schemas.get(ref.rsplit("/", 1)[-1], {}), depth)
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        return from_schema(script, schemas, script.choice(members), depth)
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "string":
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return script.choice([*schema["enum"], "SOMETHING_NEW"])
        fmt = schema.get("format")
        if fmt in ("int64", "uint64"):
            return script.choice(SCALARS["int64"])
        if fmt == "byte":
            return script.choice(SCALARS["byte"])
        return script.text()
    if kind in ("integer", "number", "boolean"):
        return script.choice(SCALARS[kind])
    if kind == "array":
        return [from_schema(script, schemas, schema.get("items", {}), depth + 1) for _ in range(script.pick(3))]
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        if depth >= 6:
            return {}
        out: dict[str, Any] = {}
        for name, sub in properties.items():
            if script.pick(3):
                out[name] = from_schema(script, schemas, sub, depth + 1)
        return out
    values = schema.get("additionalProperties")
    if isinstance(values, dict) and values and depth < 6:
        return {script.text(): from_schema(script, schemas, values, depth + 1) for _ in range(script.pick(3))}
    if kind == "object" or isinstance(properties, dict):  # a free-form object (a Struct, args, a response)
        return {script.text(): odd(script, 45) for _ in range(script.pick(3))}
    return odd(script, 45)  # any JSON value


# --------------------------------------------------------------------------- bodies from the cassettes


def _bodies(text: str) -> Iterator[Any]:
    if text.lstrip().startswith(("data:", "event:", "id:")):
        for line in text.splitlines():
            if line.startswith("data:"):
                yield from _bodies(line[5:].strip())
        return
    try:
        yield orjson.loads(text)
    except orjson.JSONDecodeError:
        return


def _shape(value: Any, path: str = "") -> Iterator[str]:
    """The key paths of a JSON value (list indices left out): two bodies of one shape exercise the same code."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield f"{path}.{key}"
            yield from _shape(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _shape(item, f"{path}[]")


@cache
def cassette_bodies() -> list[dict[str, Any]]:
    """Every JSON object a cassette's response holds (a body, an event of a stream), one per shape: a rare shape
    (grounding supports, code execution) is then as likely a start as the common text answer."""
    seen: set[frozenset[str]] = set()
    out: list[dict[str, Any]] = []
    for path in sorted((ROOT / "cassettes").rglob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for interaction in document.get("interactions") or []:
            body = (interaction.get("response") or {}).get("body") or {}
            text = body.get("string")
            for value in _bodies(text if isinstance(text, str) else ""):
                shape = frozenset(_shape(value))
                if isinstance(value, dict) and value and shape not in seen:
                    seen.add(shape)
                    out.append(value)
    return out


# --------------------------------------------------------------------------- the classes


def generated_classes() -> list[type[WireModel]]:
    out: list[type[WireModel]] = []
    for module in SPECS:
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type) and issubclass(value, WireModel):
                out.append(value)
    return out


CLASSES: Final = generated_classes()
RESPONSE_CLASSES: Final[list[type[WireModel]]] = [GenerateContentResponse, GenerateContentChunk]


@cache
def seeds_by_class() -> dict[type[WireModel], list[dict[str, Any]]]:
    """Each cassette body, given to the generated class whose declared fields cover most of its keys."""
    table: dict[type[WireModel], list[dict[str, Any]]] = {}
    for body in cassette_bodies():
        keys = set(body)
        best = max(CLASSES, key=lambda cls: len(keys & set(cls._wire_names.values())))
        if keys & set(best._wire_names.values()):
            table.setdefault(best, []).append(body)
    return table


def schema_of(cls: type[WireModel]) -> tuple[dict[str, Any], Any]:
    module = next(m for m in SPECS if getattr(m, cls.__name__, None) is cls)
    schemas = component_schemas(module)
    return schemas, schemas.get(cls.__name__, {"properties": {k: {} for k in cls._wire_names.values()}})


def base_body(script: Script, cls: type[WireModel], generated: type[WireModel]) -> Any:
    """A body to start from: a recorded one (when there is one for the class) or one built from the schema."""
    seeds = seeds_by_class().get(generated, [])
    if seeds and script.pick(2) == 0:
        return sprinkled(script, script.choice(seeds))
    schemas, schema = schema_of(generated)
    return from_schema(script, schemas, schema, 0)


def sprinkled(script: Script, value: Any, depth: int = 0) -> Any:
    """A copy of a recorded body with, here and there, a value replaced by an odd one."""
    if depth and script.pick(ODD_ONE_IN) == ODD_ONE_IN - 1:
        return odd(script)
    if isinstance(value, dict):
        return {key: sprinkled(script, item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [sprinkled(script, item, depth + 1) for item in value]
    return value


# --------------------------------------------------------------------------- mangling


def _slots(body: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the body, in document order."""
    out: list[tuple[Any, Any]] = []
    pending = [body]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            items: list[tuple[Any, Any]] = list(node.items())
        elif isinstance(node, list):
            items = list(enumerate(node))
        else:
            continue
        for key, value in items:
            out.append((node, key))
            pending.append(value)
    return out


def mangle(script: Script, body: Any, names: list[str]) -> Any:
    """Up to four edits anywhere in the body (``names``: keys worth adding, the class's own fields).

    An edit replaces a value by an odd one or by a text, removes it, adds a key to an object, or wraps a value in
    an array or an object.
    """
    root = [body]
    for _ in range(script.pick(5)):
        slots = [(root, 0), *_slots(root[0])]
        container, key = script.choice(slots)
        action = script.pick(6)
        if action == 0:
            container[key] = odd(script)
        elif action == 1 and container is not root:
            del container[key]
        elif action == 2 and isinstance(container[key], dict):
            name = script.choice(names) if names and script.pick(2) else script.text()
            container[key][name] = odd(script)
        elif action == 3:
            container[key] = [container[key]]
        elif action == 4:
            container[key] = {script.text(): container[key]}
        elif action == 5:
            container[key] = script.text()
    return root[0]


# --------------------------------------------------------------------------- reading everything

SKIPPED_PROPERTIES: Final = frozenset({"parsed"})
"""``GenerateContentResponse.parsed`` raises ``TypeError`` by design when the request set no ``response_schema``."""

MAX_VIEWS: Final = 400


@cache
def property_names(cls: type) -> tuple[str, ...]:
    return tuple(
        name
        for name in dir(cls)
        if not name.startswith("_")
        and name not in SKIPPED_PROPERTIES
        and isinstance(inspect.getattr_static(cls, name, None), property)
    )


def typed(read: Callable[..., Any], *args: Any) -> Any:
    """``read(*args)``, or ``None`` when it raised a pygenai error (any other exception fails the case)."""
    try:
        return read(*args)
    except PygenaiError:
        return None


def _ours(value: Any) -> bool:
    module = type(value).__module__
    return isinstance(value, WireModel) or (
        dataclasses.is_dataclass(value) and module.startswith(("pygenai.", "pygenai_generated."))
    )


def read_everything(model: WireModel) -> None:
    """Read every property of the model and of everything it hands out, and call the zero-argument accessors."""
    pending: list[Any] = [model]
    visited = 0
    while pending and visited < MAX_VIEWS:
        item = pending.pop()
        visited += 1
        values = [typed(getattr, item, name) for name in property_names(type(item))]
        if isinstance(item, GenerateContentResponse):
            values.append(typed(item.citations))
            cited = typed(item.render_citations)
            if cited is not None:
                values.append(str(cited))
        if isinstance(item, gemini_types.Part):
            typed(item.as_image)
        if isinstance(item, pygenai.Outcome):
            item.error()
        for value in values:
            if isinstance(value, list | tuple):
                pending.extend(v for v in value if _ours(v))
            elif isinstance(value, dict):
                pending.extend(v for v in value.values() if _ours(v))
            elif _ours(value):
                pending.append(value)


def exercise(cls: type[WireModel], raw: bytes) -> None:
    """The contract of the module docstring, for one body decoded as ``cls``."""
    model = typed(cls.from_json, raw)
    if model is None:
        return
    typed(model.validate)
    read_everything(model)
    encoded = model.to_json()  # no error possible: what decodes, encodes (nested up to the 1024 levels orjson reads)
    again = cls.from_json(encoded)
    assert again == model
    assert encode_json(again.to_dict()) == encoded  # (== on dicts 1000 levels deep would exceed the recursion limit)
    assert copy.deepcopy(model) == model
    assert pickle.loads(pickle.dumps(model)) == model
    repr(model)


# --------------------------------------------------------------------------- the targets

CODES = st.binary(min_size=200, max_size=1200)  # hypothesis's own sizes average a few bytes: too few choices
TEXTS = st.lists(st.text(max_size=12), max_size=4)


@settings(deadline=None)
@given(cls=st.sampled_from(RESPONSE_CLASSES), codes=CODES, texts=TEXTS)
def test_generate_content_responses_read_or_raise_pygenai_errors(
    cls: type[WireModel], codes: bytes, texts: list[str]
) -> None:
    script = Script(codes, texts)
    body = mangle(script, base_body(script, cls, gemini_types.GenerateContentResponse), ["candidates"])
    exercise(cls, orjson.dumps(body))


@settings(deadline=None)
@given(cls=st.sampled_from(CLASSES), codes=CODES, texts=TEXTS)
def test_every_generated_model_reads_or_raises_pygenai_errors(
    cls: type[WireModel], codes: bytes, texts: list[str]
) -> None:
    script = Script(codes, texts)
    body = mangle(script, base_body(script, cls, cls), list(cls._wire_names.values()))
    exercise(cls, orjson.dumps(body))


# --------------------------------------------------------------------------- the harness itself


def test_every_class_has_a_body_to_start_from() -> None:
    assert len(CLASSES) > 300
    for cls in CLASSES:
        schemas, schema = schema_of(cls)
        assert isinstance(from_schema(Script(b"\x01" * 400, ["t"]), schemas, schema, 0), dict), cls
    seeded = seeds_by_class()
    assert len(seeded.get(gemini_types.GenerateContentResponse, [])) >= 20
    assert sum(len(v) for v in seeded.values()) >= 50


@pytest.mark.parametrize(
    "body",
    [
        b'{"usageMetadata": {"promptTokenCount": "\xc2\xb2"}}',
        b'{"candidates": [{"content": {"parts": [{"text": "x"}]}, "groundingMetadata": {"groundingSupports": '
        b'[{"segment": {"endIndex": 1}, "groundingChunkIndices": 5}]}}]}',
        b'{"candidates": [{"content": {"parts": [{"inlineData": {"mimeType": "image/png", "data": "iVBORw0KGgo="}}]'
        b"}}]}",
        b'{"candidates": [{"content": {"parts": [{"functionCall": {"name": "f", "args": '
        + b'{"a":' * 260
        + b"0"
        + b"}" * 260
        + b"}}]}}]}",
    ],
    ids=["odd-count", "number-for-array", "broken-image", "deep"],
)
def test_the_contract_holds_for_the_bodies_that_broke_it(body: bytes) -> None:
    exercise(GenerateContentResponse, body)
