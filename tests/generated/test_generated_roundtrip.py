"""Round-trip property tests driven by the committed specs.

For every component schema of the three specs, hypothesis-jsonschema generates instances; each must
validate with ``jsonschema`` against the spec itself, and then decode -> encode back to the same wire JSON
through the generated model (``encode(decode(x)) == x``), with every declared field readable.

Instances come from a *generation schema* derived from the spec: the same constraints, narrowed so that
hypothesis stays fast and the JSON stays JSON (``orjson`` encodes 64-bit integers only):

* ``$ref``s are inlined; after ``DEPTH[api]`` levels of object schemas a ref becomes a fixed minimal
  valid instance (the specs are recursive: Schema.items, Content.parts...);
* arrays hold at most 3 items, integers fit their format, free-form values are small scalars;
* declared objects get no extra properties; instead a few ``zz*`` keys with JSON values of any shape are
  added to the top-level object afterwards, standing for fields this version does not know.

Validation and the model checks always use the unmodified spec.
"""

from __future__ import annotations

import base64
import functools
import importlib
import json
import typing
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from codegen.emit.typing_map import classify
from codegen.sources import APIS
from pygenai._core.model import UnknownModel, WireModel

SPECS = Path(__file__).resolve().parent.parent.parent / "specs"
REF = "#/components/schemas/"
# Levels of object schemas inlined below the schema under test (Interactions unions are wide, so less).
DEPTH = {"gemini": 2, "interactions": 1, "live": 2}
EXAMPLES = 8
I64 = (-(2**63), 2**63 - 1)
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "uint32": (0, 2**32 - 1)}
SCALAR: dict[str, Any] = {
    "anyOf": [
        {"type": "null"},
        {"type": "boolean"},
        {"type": "string", "maxLength": 8},
        {"type": "integer", "minimum": -1000, "maximum": 1000},
    ]
}
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(*I64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
    max_leaves=4,
)
UNKNOWN_FIELDS = st.dictionaries(st.sampled_from(["zzFuture", "zz_future_field", "zzNested"]), JSON_VALUES, max_size=2)
# Where a spec says something no instance can satisfy as intended, generation is narrowed explicitly (with why).
SPEC_QUIRKS: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
    ("interactions", "ResponseFormat"): (
        "oneOf lists Audio/Text/ImageResponseFormat *and* a bare {type: object}, which every one of them also "
        "matches, so under oneOf only objects without a format `type` are valid",
        {"type": "object", "properties": {"type": False}, "additionalProperties": SCALAR, "maxProperties": 3},
    ),
}
ANNOTATIONS = frozenset({"discriminator", "readOnly", "writeOnly", "deprecated", "default"})


def _base64(data: bytes, urlsafe: bool) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=") if urlsafe else base64.b64encode(data).decode()


FORMATS: dict[str, st.SearchStrategy[str]] = {
    # Both alphabets occur on the wire (standard from the server, URL-safe unpadded from other SDKs).
    "byte": st.builds(_base64, st.binary(max_size=24), st.booleans()),
    "int64": st.integers(*I64).map(str),
    "uint64": st.integers(0, 2**64 - 1).map(str),
    "google-datetime": st.sampled_from(["2026-03-25T10:00:00Z", "2026-03-25T10:00:00.123456789Z"]),
    "google-duration": st.sampled_from(["0s", "3.5s", "86400s"]),
    "google-fieldmask": st.sampled_from(["name", "displayName,ttl"]),
}


@functools.cache
def _spec(api: str) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((SPECS / APIS[api].spec_file).read_text(encoding="utf-8"))
    return spec


def _schemas(api: str) -> dict[str, Any]:
    schemas: dict[str, Any] = _spec(api)["components"]["schemas"]
    return schemas


@functools.cache
def _registry(api: str) -> Registry[Any]:
    resource = Resource.from_contents(_spec(api), default_specification=DRAFT202012)
    return Registry().with_resource(f"urn:pygenai:{api}", resource)


@functools.cache
def _validator(api: str, name: str) -> jsonschema.Draft202012Validator:
    schema = {"$ref": f"urn:pygenai:{api}{REF}{name}"}
    return jsonschema.Draft202012Validator(schema, registry=_registry(api))


def _target(ref: str) -> str:
    assert ref.startswith(REF), ref
    return ref[len(REF) :]


class GenerationSchema:
    """Builds the narrowed, ref-free schema hypothesis-jsonschema generates from (see the module docstring)."""

    def __init__(self, api: str) -> None:
        self.api = api
        self.schemas = _schemas(api)
        self._minimal: dict[str, Any] = {}

    def minimal(self, node: Any, trail: tuple[str, ...] = ()) -> Any:
        """A small instance valid against ``node``: required fields only, first choices."""
        if not isinstance(node, dict) or not node:
            return None
        if "$ref" in node:
            name = _target(node["$ref"])
            if name not in self._minimal:
                assert name not in trail, f"required-only cycle through {trail}"
                self._minimal[name] = self.minimal(self.schemas[name], (*trail, name))
            return self._minimal[name]
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return node["enum"][0]
        for key in ("oneOf", "anyOf"):
            if key in node:
                for member in node[key]:
                    candidate = self.minimal(member, trail)
                    if self._valid(node, candidate):
                        return candidate
                raise AssertionError(f"no minimal instance for {node}")
        kind = node.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if kind == "object" or "properties" in node:
            props = node.get("properties", {})
            return {p: self.minimal(props[p], trail) for p in node.get("required", [])}
        if kind == "array":
            return []
        if kind == "string":
            return {"int64": "0", "uint64": "0"}.get(node.get("format", ""), "")
        if kind in ("integer", "number"):
            return 0
        if kind == "boolean":
            return False
        return None

    def _valid(self, node: dict[str, Any], value: Any) -> bool:
        wrapper = {"$id": "urn:pygenai:minimal", "allOf": [_absolute(self.api, node)]}
        return bool(jsonschema.Draft202012Validator(wrapper, registry=_registry(self.api)).is_valid(value))

    def build(self, name: str) -> Any:
        return self._node({"$ref": REF + name}, DEPTH[self.api], trail=())

    def _node(self, node: Any, depth: int, *, trail: tuple[str, ...]) -> Any:
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            name = _target(node["$ref"])
            target = self.schemas[name]
            if (self.api, name) in SPEC_QUIRKS:
                return SPEC_QUIRKS[self.api, name][1]
            if classify(target) == "model":
                if depth == 0:
                    return {"const": self.minimal(node)}
                return self._node(target, depth - 1, trail=())
            assert name not in trail, f"non-object cycle through {trail}"
            return self._node(target, depth, trail=(*trail, name))
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ANNOTATIONS or key.startswith("x-"):
                continue
            if key == "properties":
                out[key] = {p: self._node(s, depth, trail=trail) for p, s in value.items()}
            elif key in ("items", "additionalProperties", "not"):
                out[key] = self._node(value, depth, trail=trail)
            elif key in ("oneOf", "anyOf", "allOf", "prefixItems"):
                out[key] = [self._node(s, depth, trail=trail) for s in value]
            else:
                out[key] = value
        if not out:
            return SCALAR  # a free-form value (google.protobuf.Value, "any")
        kind = out.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "properties" in out and "type" not in out:
            out["type"] = "object"  # the generated class reads objects only
            kinds = ["object"]
        union = any(k in out for k in ("oneOf", "anyOf", "allOf"))
        if "object" in kinds and not union:
            if out.get("additionalProperties", {}) == {} and "properties" not in out:
                out["additionalProperties"] = SCALAR
                out["maxProperties"] = min(out.get("maxProperties", 3), 3)
            elif "additionalProperties" not in out:
                out["additionalProperties"] = False
            elif out["additionalProperties"] is not False:
                out["maxProperties"] = min(out.get("maxProperties", 3), 3)
        if "integer" in kinds:
            low, high = INT_BOUNDS.get(out.get("format", ""), I64)
            out.setdefault("minimum", low)
            out.setdefault("maximum", high)
        if "number" in kinds:
            out.setdefault("minimum", -1e300)
            out.setdefault("maximum", 1e300)
        if "array" in kinds:
            out["maxItems"] = min(out.get("maxItems", 3), 3)
        if "integer" in kinds or "number" in kinds:
            out.pop("format", None)
        return out


def _absolute(api: str, node: Any) -> Any:
    """``node`` with its component refs made absolute, so it validates outside the spec document."""
    if isinstance(node, dict):
        return {k: (f"urn:pygenai:{api}{v}" if k == "$ref" else _absolute(api, v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_absolute(api, v) for v in node]
    return node


@functools.cache
def _builder(api: str) -> GenerationSchema:
    return GenerationSchema(api)


# ----------------------------------------------------------------------------- class-level checks


def _module(api: str) -> Any:
    return importlib.import_module(f"pygenai_generated.{api}_types")


def _scalar_python_type(schema: dict[str, Any]) -> type | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        kind = non_null[0] if len(non_null) == 1 else None
    fmt = schema.get("format")
    if kind == "string":
        if "enum" in schema:
            return str
        return {"int64": int, "uint64": int, "byte": bytes}.get(fmt or "", str)
    return {"integer": int, "number": float, "boolean": bool, "array": list}.get(kind or "")


def _check_fields(api: str, name: str, model: WireModel, data: dict[str, Any]) -> None:
    """Every declared field reads back as the Python type its schema promises."""
    props = _schemas(api)[name].get("properties", {})
    for python, wire in type(model)._wire_names.items():
        value = getattr(model, python)
        if data.get(wire) is None:
            assert value is None, (name, python)
            continue
        prop = props[wire]
        if "$ref" in prop:
            target = _schemas(api)[_target(prop["$ref"])]
            if classify(target) == "model":
                assert isinstance(value, WireModel) and value.to_dict() == data[wire], (name, python)
                continue
            prop = target
        expected = _scalar_python_type(prop)
        if expected is not None:
            assert isinstance(value, expected), (name, python, type(value), expected)
        if expected is int and prop.get("format") in ("int64", "uint64"):
            assert str(value) == str(int(data[wire])), (name, python)
        if expected is bytes:
            assert base64.b64encode(value) == base64.b64encode(
                base64.urlsafe_b64decode(data[wire] + "=" * (-len(data[wire]) % 4))
            ), (name, python)


def _discriminated_class(api: str, name: str, data: dict[str, Any]) -> type[WireModel]:
    schema = _schemas(api)[name]
    prop = schema["discriminator"]["propertyName"]
    for member in schema.get("oneOf") or schema["anyOf"]:
        member_name = _target(member["$ref"])
        declared = _schemas(api)[member_name]["properties"][prop]
        if data[prop] == declared.get("const") or data[prop] in declared.get("enum", []):
            cls: type[WireModel] = getattr(_module(api), member_name)
            return cls
    raise AssertionError(f"{name}: no member for {prop}={data[prop]!r}")


def _holder(api: str, name: str) -> tuple[str, str]:
    """A model with a field whose schema is alias ``name`` (or a oneOf that lists it): (model, wire name)."""
    ref = REF + name
    for owner, schema in _schemas(api).items():
        if classify(schema) != "model":
            continue
        for wire, prop in sorted(schema.get("properties", {}).items()):
            if prop.get("$ref") == ref or {"$ref": ref} in prop.get("oneOf", []):
                return owner, wire
    raise AssertionError(f"{api} {name}: no model field holds this alias")


def _check_model_level(api: str, name: str, data: Any) -> None:
    module = _module(api)
    schema = _schemas(api)[name]
    kind = classify(schema)
    raw = orjson.dumps(data)
    if kind == "model":
        cls = getattr(module, name)
        model = cls.from_json(raw)
        assert model.to_json() == raw
        assert model.to_dict() == data
        assert model.validate() is model
        _check_fields(api, name, model, data)
        assert cls.from_dict(data).to_dict() == data  # from_dict accepts wire names
    elif kind == "union":
        decoded = getattr(module, f"decode_{name}")(orjson.loads(raw))
        assert type(decoded) is _discriminated_class(api, name, data)
        assert decoded.to_json() == raw
        decoded.validate()
        assert not isinstance(decoded, UnknownModel)
    elif kind == "enum":
        assert data in typing.get_args(getattr(module, name))
    else:
        # Aliases (non-discriminated unions, free-form values) are typed Any: check them through a model field.
        owner, wire = _holder(api, name)
        cls = getattr(module, owner)
        python = {w: p for p, w in cls._wire_names.items()}[wire]
        held = orjson.dumps({wire: data})
        model = cls.from_json(held)
        model.validate()
        assert getattr(model, python) == data
        assert model.to_json() == held


# ----------------------------------------------------------------------------- the property tests


def _with_unknown_fields(data: Any, extra: dict[str, Any]) -> Any:
    if isinstance(data, dict):
        return {**data, **{k: v for k, v in extra.items() if k not in data}}
    return data


CASES = [(api, name) for api in sorted(APIS) for name in sorted(_schemas(api))]


def test_cases_cover_every_schema_of_every_spec() -> None:
    # Derived from the committed specs, so a re-ingest of another revision changes the cases, not this test.
    expected = {(api, name) for api in APIS for name in _schemas(api)}
    assert set(CASES) == expected and len(CASES) == len(expected)
    assert all(_schemas(api) for api in APIS), "a spec without schemas: re-run `nox -s specs` and check its report"


def test_hypothesis_jsonschema_works_with_the_installed_hypothesis() -> None:
    seen: list[Any] = []

    @settings(max_examples=3, database=None, derandomize=True)
    @given(from_schema({"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False}))
    def draw(value: Any) -> None:
        seen.append(value)

    try:
        draw()
    except AttributeError as exc:  # hypothesis >= 6.170.10 removed an internal hypothesis-jsonschema 0.23.1 uses
        pytest.fail(f"hypothesis-jsonschema cannot run with this hypothesis (pin hypothesis<6.170.10): {exc}")
    assert seen and all(set(v) <= {"a"} for v in seen)


@pytest.mark.parametrize(("api", "name"), CASES, ids=[f"{api}-{name}" for api, name in CASES])
def test_instances_validate_and_round_trip(api: str, name: str) -> None:
    generation = _builder(api).build(name)
    validator = _validator(api, name)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.builds(_with_unknown_fields, from_schema(generation, custom_formats=FORMATS), UNKNOWN_FIELDS))
    def check(data: Any) -> None:
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        assert not errors, (
            f"{api} {name}: generated instance is invalid against the spec: {errors[0].message}\n{data!r}"
        )
        _check_model_level(api, name, data)

    check()


def test_spec_quirks_still_hold() -> None:
    """Each narrowed schema is narrowed for a reason; when an overlay or upstream fixes it, drop the entry."""
    assert _validator("interactions", "ResponseFormat").is_valid({"mime_type": "text/plain"})
    for named in ({"type": "text"}, {"type": "audio"}, {"type": "image"}):
        assert not _validator("interactions", "ResponseFormat").is_valid(named), SPEC_QUIRKS[
            "interactions", "ResponseFormat"
        ][0]


def test_minimal_instances_are_valid() -> None:
    for api, name in CASES:
        value = _builder(api).minimal({"$ref": REF + name})
        errors = list(_validator(api, name).iter_errors(value))
        assert not errors, (api, name, value, errors[0].message)
