"""Spec -> one Python module of typed models (views over wire JSON; see pygenai._core.model)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import CodegenError
from ..sources import APIS
from .naming import attribute, export_order
from .typing_map import FieldType, SchemaIndex, discriminator_table, resolve

RUNTIME_IMPORTS = (
    "WireModel as _Model",
    "UnknownModel",
    "check_fields",
    "encode_base64",
    "encode_int64",
    "encode_model_list",
    "encode_model_map",
    "encode_union",
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
    "get_model",
    "get_model_list",
    "get_model_map",
    "get_object",
    "get_str",
    "get_str_list",
    "get_union",
    "get_union_list",
)


# Runtime names generated modules use unaliased; a schema may not take them.
RESERVED_NAMES = frozenset({"UnknownModel", "Stream", "AsyncStream", "RequestOptions", "Resource", "AsyncResource"})

MIXINS: dict[str, dict[str, str]] = {
    "gemini": {"Part": "PartMixin"},
    "live": {"Part": "PartMixin"},
    "interactions": {"Interaction": "InteractionMixin"},
}
"""API -> schema -> the ``pygenai._abi`` mixin its class also derives from (``class Part(_Model, PartMixin)``).

The behaviour google-genai users call on a model (``Part.from_text``, ``part.as_image()``,
``interaction.output_text``) lives in the runtime, in ``pygenai._abi.mixins``; this table is the only place that
says which generated class gets it. Generation fails when a row names a schema the API does not have as an object.
"""


_FAST_TYPES = {"get_str": "str", "get_bool": "bool", "get_int": "int", "get_object": "dict"}


@dataclass(frozen=True)
class Field:
    wire: str
    name: str
    type: FieldType
    required: bool
    const: str | None


@dataclass
class ModelsModule:
    """The emitted text and what it defines (for reports and tests)."""

    text: str
    classes: list[str]
    aliases: list[str]
    schema_names: list[str]


def _fields(index: SchemaIndex, name: str, schema: dict[str, Any]) -> list[Field]:
    required = set(schema.get("required", []))
    props: dict[str, Any] = schema.get("properties", {})
    # Wire names with a leading underscore pick their Python name last, so ``responseJsonSchema`` keeps
    # ``response_json_schema`` and ``_responseJsonSchema`` becomes ``response_json_schema_``.
    names: dict[str, str] = {}
    taken: set[str] = set()
    for wire in sorted(props, key=lambda w: w.startswith("_")):
        py = attribute(wire)
        while py in taken:
            py += "_"
        taken.add(py)
        names[wire] = py
    out: list[Field] = []
    for wire, sub in props.items():
        const = sub.get("const") if isinstance(sub, dict) else None
        ftype = resolve(index, sub, name, wire)
        out.append(Field(wire, names[wire], ftype, wire in required, None if const is None else str(const)))
    return out


def _class_text(name: str, fields: list[Field], header: str, mixin: str | None = None) -> list[str]:
    bases = f"_Model, {mixin}" if mixin else "_Model"
    lines = [
        f"class {name}({bases}):",
        f'    """Model of schema ``{name}`` ({header})."""',
        "",
        "    __slots__ = ()",
        "",
    ]
    wire_names = ", ".join(f'"{f.name}": "{f.wire}"' for f in fields)
    lines.append(f"    _wire_names: ClassVar[Mapping[str, str]] = {{{wire_names}}}")
    lines.append("")
    params = [f for f in fields if f.const is None]
    ordered = [f for f in params if f.required] + [f for f in params if not f.required]
    sig = ["self", "*"] if ordered else ["self"]
    for f in ordered:
        sig.append(f"{f.name}: {f.type.into}" if f.required else f"{f.name}: {f.type.into} | None = None")
    lines.append(f"    def __init__({', '.join(sig)}) -> None:")
    lines.append("        d: dict[str, Any] = {}")
    for f in fields:
        if f.const is not None:
            lines.append(f'        d["{f.wire}"] = "{f.const}"')
    for f in fields:
        if f.const is not None:
            continue
        if f.required:
            lines.append(f'        d["{f.wire}"] = {f.type.encode.format(v=f.name)}')
        else:
            lines.append(f"        if {f.name} is not None:")
            lines.append(f'            d["{f.wire}"] = {f.type.encode.format(v=f.name)}')
    lines += ["        self._data = d", "        self._parent = None", "        self._key = None"]
    given = [f'"{f.wire}"' for f in params if _taken_as_given(f.type)]
    if given:
        lines.append(f"        check_fields(self, ({', '.join(given)},))")
    lines.append("")
    for f in fields:
        key = f'"{f.wire}"'
        if f.const is not None:
            # A discriminator: typed as its one value so that comparing it narrows a union; set by the constructor.
            literal = f'Literal["{f.const}"]'
            lines += [
                "    @property",
                f"    def {f.name}(self) -> {literal} | None:",
                f"        return cast('{literal} | None', get_str(self, {key}))",
                "",
            ]
            continue
        fast = _FAST_TYPES.get(f.type.getter.split("(", 1)[0])
        lines += ["    @property", f"    def {f.name}(self) -> {f.type.out} | None:"]
        if fast:
            # The common case inline (a property call saved per read); the helper raises with the path.
            lines += [
                f"        value = self._data.get({key})",
                f"        if value is None or type(value) is {fast}:",
                "            return value",
            ]
        lines += [
            f"        return {f.type.getter.format(key=key)}",
            "",
            f"    @{f.name}.setter",
            f"    def {f.name}(self, value: {f.type.into} | None) -> None:",
        ]
        if f.type.encode == "{v}":
            lines.append(f"        self._set({key}, value)")
        else:
            lines.append(f"        self._set({key}, None if value is None else {f.type.encode.format(v='value')})")
        lines.append("")
    return lines


def _taken_as_given(ftype: FieldType) -> bool:
    """Whether a constructor stores the value of a field of this type without a model's ``_coerce`` (which checks
    what it converts) while it may hold a float: such fields are checked for NaN and ±Infinity at construction."""
    converted_by_model = ftype.encode.startswith(("encode_model_list(", "encode_model_map(")) or "._coerce(" in (
        ftype.encode
    )
    return not converted_by_model and ("float" in ftype.into or "Any" in ftype.into)


def _mixins(spec_file: str, schemas: dict[str, dict[str, Any]], index: SchemaIndex) -> dict[str, str]:
    """Schema -> mixin for the API whose spec is ``spec_file`` (:data:`MIXINS`), checked against the spec."""
    api = next((a.key for a in APIS.values() if a.spec_file == spec_file), None)
    table = MIXINS.get(api, {}) if api is not None else {}
    for schema, mixin in table.items():
        if index.kinds.get(schema) != "model":
            raise CodegenError(f"MIXINS[{api!r}] gives {mixin} to {schema}, which {spec_file} has no object schema of")
        if mixin in schemas:
            raise CodegenError(f"{spec_file}: schema {mixin} clashes with the mixin of that name")
    return table


def _nested_converter(ftype: FieldType) -> str | None:
    """The callable ``from_dict`` applies to a field's value; ``None`` when the value goes on the wire as given."""
    if ftype.nested:
        return ftype.nested
    if ftype.encode == "{v}":
        return None
    return f"lambda v: {ftype.encode.format(v='v')}"


def _alias_type(index: SchemaIndex, name: str, schema: dict[str, Any]) -> str:
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        parts: list[str] = []
        for member in members:
            t = resolve(index, member, name, "").out
            if t == "Any":
                return "Any"
            for piece in t.split(" | "):
                if piece not in parts:
                    parts.append(piece)
        return " | ".join(parts)
    return resolve(index, schema, name, "").out


def emit_models(spec: dict[str, Any], spec_file: str, header_comment: str) -> ModelsModule:
    """Python source of every component schema of ``spec``."""
    schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]
    clash = sorted(set(schemas) & RESERVED_NAMES)
    if clash:
        raise CodegenError(f"{spec_file}: schema names clash with runtime names: {', '.join(clash)}")
    index = SchemaIndex(schemas)
    mixins = _mixins(spec_file, schemas, index)
    title = spec_file.removesuffix(".json")
    body: list[str] = []
    classes: list[str] = []
    late: list[str] = []
    unions: list[str] = []
    classes_extra: list[str] = []
    aliases: list[str] = []
    nested_lines: list[str] = []
    for name, schema in schemas.items():
        kind = index.kinds[name]
        if kind == "model":
            fields = _fields(index, name, schema)
            body += _class_text(name, fields, title, mixins.get(name))
            body.append("")
            classes.append(name)
            nested = [f'"{f.wire}": {_nested_converter(f.type)}' for f in fields if _nested_converter(f.type)]
            if nested:
                nested_lines.append(f"{name}._nested = {{{', '.join(nested)}}}")
        elif kind == "enum":
            index.inline_enums.setdefault(name, [str(v) for v in schema["enum"]])
            aliases.append(name)
        elif kind == "union":
            prop, table = discriminator_table(index, schema)
            members = [index.target(m["$ref"]) for m in (schema.get("oneOf") or schema.get("anyOf") or [])]
            unknown = f"Unknown{name}"
            if unknown in schemas:
                raise CodegenError(f"{spec_file}: schema {unknown} clashes with the unknown member of union {name}")
            union = " | ".join([*dict.fromkeys(members), unknown])
            classes_extra.append(unknown)
            body += [
                f"class {unknown}(UnknownModel):",
                f'    """A ``{name}`` whose ``{prop}`` this version does not know; its JSON is kept whole."""',
                "",
                "    __slots__ = ()",
                "",
                "    @property",
                f"    def {attribute(prop)}(self) -> str | None:",
                f'        value = self._data.get("{prop}")',
                "        return value if type(value) is str else None",
                "",
                "",
            ]
            entries = ", ".join(f'"{v}": {cls}' for v, cls in table.items())
            unions.append(f"{name}: TypeAlias = {union}")
            unions.append(f"_{name.upper()}_CLASSES: dict[str, type[_Model]] = {{{entries}}}")
            unions += [
                "",
                "",
                f"def decode_{name}(",
                "    data: dict[str, Any], parent: _Model | None = None, key: str | int | None = None",
                f") -> {name}:",
                f'    """The ``{name}`` member named by ``{prop}``; ``{unknown}`` for a value this version lacks."""',
                f'    tag = data.get("{prop}")',
                "    # A tag that is not a string (a list, say: unhashable) names no member either.",
                f"    cls = _{name.upper()}_CLASSES.get(tag, {unknown}) if type(tag) is str else {unknown}",
                f'    return cast("{name}", cls._wrap(data, parent, key))',
                "",
                "",
            ]
            aliases.append(name)
        else:
            late.append(f"{name}: TypeAlias = {_alias_type(index, name, schema)}")
            aliases.append(name)
    enum_lines = []
    for alias, values in sorted(index.inline_enums.items()):
        literal = ", ".join(f'"{v}"' for v in values)
        enum_lines.append(f"{alias}: TypeAlias = Literal[{literal}]")
        if alias not in aliases:
            aliases.append(alias)
    exported = sorted({*classes, *classes_extra, *aliases}, key=export_order)
    websocket = spec.get("x-websocket")
    endpoint_lines = (
        [
            f"WEBSOCKET_PATH = {str(websocket['path'])!r}",
            '"""The path of the API\'s WebSocket endpoint (``x-websocket`` in the spec), under the base URL."""',
            "",
        ]
        if isinstance(websocket, dict) and "path" in websocket
        else []
    )
    head = [
        header_comment,
        f'"""Typed models of ``{spec_file}``: one class per object schema, type aliases for enums and unions."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from functools import partial",
        "from typing import Any, ClassVar, Literal, TypeAlias, cast",
        "",
        "from pygenai._abi import (",
        *(f"    {name}," for name in [*RUNTIME_IMPORTS, *sorted(set(mixins.values()))]),
        ")",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in exported),
        "]",
        "",
        *endpoint_lines,
        *enum_lines,
        "",
        "",
    ]
    tail = ["", *unions, *late, "", *nested_lines, ""]
    text = "\n".join(head + body + tail)
    return ModelsModule(text, classes, aliases, list(schemas))
