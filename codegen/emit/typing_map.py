"""How each JSON Schema shape becomes a Python type, a getter and an encoder in generated models."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import CodegenError
from .naming import pascal

REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class FieldType:
    """Python side of one schema: ``out`` is what a getter returns, ``into`` what a setter accepts.

    ``getter`` and ``encode`` are format strings: ``{key}`` is the quoted wire name, ``{v}`` the value.
    ``nested`` converts a value given in a plain dict (used by ``from_dict``); ``None`` means as-is.
    """

    out: str
    into: str
    getter: str
    encode: str = "{v}"
    nested: str | None = None


@dataclass
class SchemaIndex:
    """The component schemas of one spec, classified, plus the enum aliases found inline."""

    schemas: dict[str, dict[str, Any]]
    kinds: dict[str, str] = field(default_factory=dict)
    inline_enums: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, schema in self.schemas.items():
            self.kinds[name] = classify(schema)

    def target(self, ref: str) -> str:
        if not ref.startswith(REF_PREFIX):
            raise CodegenError(f"unsupported $ref {ref!r}")
        name = ref[len(REF_PREFIX) :]
        if name not in self.schemas:
            raise CodegenError(f"$ref to unknown schema {name!r}")
        return name

    def enum_alias(self, owner: str, field_name: str, values: list[str]) -> str:
        name = f"{owner}{pascal(field_name)}"
        if name in self.schemas:
            name += "Value"
        existing = self.inline_enums.get(name)
        if existing is not None and existing != values:
            name += "Values"
        self.inline_enums[name] = values
        return name


def classify(schema: dict[str, Any]) -> str:
    """``model``, ``enum``, ``union`` (discriminated), ``alias`` (anything else given a name)."""
    if "oneOf" in schema or "anyOf" in schema:
        return "union" if _discriminator(schema) else "alias"
    kind = schema.get("type")
    if kind == "string" and "enum" in schema:
        return "enum"
    if kind == "object" or "properties" in schema:
        if "properties" not in schema and isinstance(schema.get("additionalProperties"), dict):
            return "alias"
        return "model"
    return "alias"


def _discriminator(schema: dict[str, Any]) -> str | None:
    disc = schema.get("discriminator")
    if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
        members = schema.get("oneOf") or schema.get("anyOf") or []
        if all("$ref" in m for m in members):
            return str(disc["propertyName"])
    return None


def discriminator_table(index: SchemaIndex, schema: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """(property name, discriminator value -> member class) of a discriminated union."""
    prop = _discriminator(schema)
    assert prop is not None
    mapping: dict[str, str] = {}
    explicit = schema.get("discriminator", {}).get("mapping", {})
    for value, ref in explicit.items():
        mapping[str(value)] = index.target(ref)
    for member in schema.get("oneOf") or schema.get("anyOf") or []:
        name = index.target(member["$ref"])
        target = index.schemas[name]
        const = target.get("properties", {}).get(prop, {})
        if "const" in const:
            mapping.setdefault(str(const["const"]), name)
        elif isinstance(const.get("enum"), list):
            for value in const["enum"]:
                mapping.setdefault(str(value), name)
    return prop, mapping


def _scalar(schema: dict[str, Any]) -> FieldType | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        kind = non_null[0] if len(non_null) == 1 else None
    fmt = schema.get("format")
    if kind == "string":
        if fmt in ("int64", "uint64"):
            return FieldType("int", "int | str", "get_int64(self, {key})", "encode_int64({v})", "encode_int64")
        if fmt == "byte":
            return FieldType("bytes", "bytes | str", "get_bytes(self, {key})", "encode_base64({v})", "encode_base64")
        return FieldType("str", "str", "get_str(self, {key})")
    if kind == "integer":
        return FieldType("int", "int", "get_int(self, {key})")
    if kind == "number":
        return FieldType("float", "float", "get_float(self, {key})")
    if kind == "boolean":
        return FieldType("bool", "bool", "get_bool(self, {key})")
    return None


def resolve(index: SchemaIndex, schema: dict[str, Any], owner: str, field_name: str) -> FieldType:
    """The FieldType of a property schema of schema ``owner``."""
    if "$ref" in schema:
        name = index.target(schema["$ref"])
        kind = index.kinds[name]
        if kind == "model":
            return FieldType(
                name,
                f"{name} | Mapping[str, Any]",
                f"get_model(self, {{key}}, {name})",
                f"{name}._coerce({{v}})",
                f"{name}._coerce",
            )
        if kind == "enum":
            return FieldType(f"{name} | str", f"{name} | str", "get_str(self, {key})")
        if kind == "union":
            return FieldType(
                name,
                f"{name} | Mapping[str, Any]",
                f'cast("{name} | None", get_union(self, {{key}}, decode_{name}))',
                "encode_union({v})",
            )
        return resolve(index, index.schemas[name], name, "")
    if "const" in schema:
        return FieldType("str", "str", "get_str(self, {key})")
    if "oneOf" in schema or "anyOf" in schema:
        return FieldType("Any", "Any", "get_any(self, {key})", "encode_union({v})")
    if "enum" in schema and schema.get("type") == "string":
        alias = index.enum_alias(owner, field_name, [str(v) for v in schema["enum"]])
        return FieldType(f"{alias} | str", f"{alias} | str", "get_str(self, {key})")
    scalar = _scalar(schema)
    if scalar is not None:
        return scalar
    container = schema.get("type")
    if container == "array":
        return _array(index, schema.get("items", {}), owner, field_name)
    if container == "object" or "additionalProperties" in schema:
        values = schema.get("additionalProperties")
        if isinstance(values, dict) and "$ref" in values and index.kinds[index.target(values["$ref"])] == "model":
            name = index.target(values["$ref"])
            return FieldType(
                f"dict[str, {name}]",
                f"Mapping[str, {name} | Mapping[str, Any]]",
                f"get_model_map(self, {{key}}, {name})",
                f"encode_model_map({name}, {{v}})",
                f"partial(encode_model_map, {name})",
            )
        return FieldType("dict[str, Any]", "Mapping[str, Any]", "get_object(self, {key})", "dict({v})")
    return FieldType("Any", "Any", "get_any(self, {key})", "encode_union({v})")


_SCALAR_LIST_GETTERS = {
    "str": "get_str_list",
    "int": "get_int_list",
    "float": "get_float_list",
    "bool": "get_bool_list",
}
"""Item type -> the runtime getter of an array of it (int64 and bytes arrays have their own, above)."""


def _array(index: SchemaIndex, items: dict[str, Any], owner: str, field_name: str) -> FieldType:
    if "$ref" in items:
        name = index.target(items["$ref"])
        kind = index.kinds[name]
        if kind == "model":
            return FieldType(
                f"list[{name}]",
                f"Sequence[{name} | Mapping[str, Any]]",
                f"get_model_list(self, {{key}}, {name})",
                f"encode_model_list({name}, {{v}})",
                f"partial(encode_model_list, {name})",
            )
        if kind == "union":
            return FieldType(
                f"list[{name}]",
                f"Sequence[{name} | Mapping[str, Any]]",
                f'cast("list[{name}] | None", get_union_list(self, {{key}}, decode_{name}))',
                "encode_union({v})",
            )
        if kind == "enum":
            return FieldType(f"list[{name} | str]", f"Sequence[{name} | str]", "get_str_list(self, {key})", "list({v})")
        return FieldType("list[Any]", "Sequence[Any]", "get_list(self, {key})", "encode_union({v})")
    if "enum" in items and items.get("type") == "string":
        alias = index.enum_alias(owner, field_name, [str(v) for v in items["enum"]])
        return FieldType(f"list[{alias} | str]", f"Sequence[{alias} | str]", "get_str_list(self, {key})", "list({v})")
    scalar = _scalar(items)
    if scalar is not None:
        if scalar.out == "int" and "int64" in scalar.getter:
            return FieldType(
                "list[int]", "Sequence[int | str]", "get_int64_list(self, {key})", "[encode_int64(x) for x in {v}]"
            )
        if scalar.out == "bytes":
            return FieldType(
                "list[bytes]", "Sequence[bytes | str]", "get_bytes_list(self, {key})", "[encode_base64(x) for x in {v}]"
            )
        # Every item is checked on read, with its index in the error's path.
        getter = _SCALAR_LIST_GETTERS[scalar.out]
        return FieldType(f"list[{scalar.out}]", f"Sequence[{scalar.into}]", f"{getter}(self, {{key}})", "list({v})")
    return FieldType("list[Any]", "Sequence[Any]", "get_list(self, {key})", "encode_union({v})")
