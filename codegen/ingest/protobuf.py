"""protobufjs JSON descriptor -> facts-only OpenAPI 3.1 spec of the Live API messages.

The Live API (``BidiGenerateContent``) speaks proto3 JSON over a WebSocket. Its messages are the
closure of types reachable from the client and server message types; fields map to JSON per the proto3
JSON rules (lowerCamelCase names, 64-bit integers as strings, bytes as base64, enums as names).
"""

from __future__ import annotations

from typing import Any

from ..errors import IngestError

PACKAGE = "google.ai.generativelanguage.v1beta"
ROOTS = ("BidiGenerateContentClientMessage", "BidiGenerateContentServerMessage")
_REF_PREFIX = "#/components/schemas/"

_SCALARS: dict[str, dict[str, Any]] = {
    "double": {"type": "number", "format": "double"},
    "float": {"type": "number", "format": "float"},
    "int32": {"type": "integer", "format": "int32"},
    "sint32": {"type": "integer", "format": "int32"},
    "sfixed32": {"type": "integer", "format": "int32"},
    "uint32": {"type": "integer", "format": "uint32"},
    "fixed32": {"type": "integer", "format": "uint32"},
    "int64": {"type": "string", "format": "int64"},
    "sint64": {"type": "string", "format": "int64"},
    "sfixed64": {"type": "string", "format": "int64"},
    "uint64": {"type": "string", "format": "uint64"},
    "fixed64": {"type": "string", "format": "uint64"},
    "bool": {"type": "boolean"},
    "string": {"type": "string"},
    "bytes": {"type": "string", "format": "byte"},
}

# Well-known types have their own JSON forms.
_WELL_KNOWN: dict[str, dict[str, Any]] = {
    "google.protobuf.Struct": {"type": "object", "additionalProperties": {}},
    "google.protobuf.Value": {},
    "google.protobuf.ListValue": {"type": "array", "items": {}},
    "google.protobuf.Duration": {"type": "string", "format": "google-duration"},
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
    "google.protobuf.FieldMask": {"type": "string", "format": "google-fieldmask"},
    "google.protobuf.Empty": {"type": "object"},
    "google.protobuf.Any": {"type": "object", "additionalProperties": {}},
    "google.protobuf.DoubleValue": {"type": ["number", "null"]},
    "google.protobuf.FloatValue": {"type": ["number", "null"]},
    "google.protobuf.Int32Value": {"type": ["integer", "null"]},
    "google.protobuf.UInt32Value": {"type": ["integer", "null"]},
    "google.protobuf.Int64Value": {"type": ["string", "null"], "format": "int64"},
    "google.protobuf.UInt64Value": {"type": ["string", "null"], "format": "uint64"},
    "google.protobuf.BoolValue": {"type": ["boolean", "null"]},
    "google.protobuf.StringValue": {"type": ["string", "null"]},
    "google.protobuf.BytesValue": {"type": ["string", "null"], "format": "byte"},
}


def is_protobuf_descriptor(doc: dict[str, Any]) -> bool:
    return "nested" in doc and "openapi" not in doc and "discoveryVersion" not in doc


def ingest_protobuf(doc: dict[str, Any], package: str = PACKAGE, roots: tuple[str, ...] = ROOTS) -> dict[str, Any]:
    """The message schemas reachable from ``roots`` in ``package``."""
    types = _index(doc)
    for root in roots:
        if f"{package}.{root}" not in types:
            raise IngestError(f"protobuf descriptor: {package}.{root} not found")
    names = _short_names(types, package)
    schemas: dict[str, Any] = {}
    pending = [f"{package}.{root}" for root in roots]
    seen: set[str] = set()
    while pending:
        full = pending.pop()
        if full in seen:
            continue
        seen.add(full)
        node = types[full]
        if "values" in node:
            schemas[names[full]] = {"type": "string", "enum": list(node["values"])}
            continue
        props: dict[str, Any] = {}
        required: list[str] = []
        for fname, field in node.get("fields", {}).items():
            schema, ref = _field_schema(field, full, types, names, f"{full}.{fname}")
            if ref is not None:
                pending.append(ref)
            props[fname] = schema
            behaviors = field.get("options", {}).get("(google.api.field_behavior)", "")
            if "REQUIRED" in str(behaviors):
                required.append(fname)
        schema_out: dict[str, Any] = {"type": "object", "properties": dict(sorted(props.items()))}
        if required:
            schema_out["required"] = sorted(required)
        oneofs = {
            oname: sorted(o["oneof"])
            for oname, o in node.get("oneofs", {}).items()
            if not (oname.startswith("_") and o["oneof"] == [oname[1:]])
        }
        if oneofs:
            schema_out["x-oneof"] = dict(sorted(oneofs.items()))
        schemas[names[full]] = schema_out
    return {
        "openapi": "3.1.0",
        "info": {
            "title": package,
            "version": package.rsplit(".", 1)[-1],
            "x-revision": "",
            "x-source-format": "protobuf",
        },
        "paths": {},
        "components": {"schemas": dict(sorted(schemas.items()))},
        "x-roots": {
            "client": _REF_PREFIX + names[f"{package}.{roots[0]}"],
            "server": _REF_PREFIX + names[f"{package}.{roots[1]}"],
        },
    }


def _index(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every message and enum by full name."""
    out: dict[str, dict[str, Any]] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        for name, child in node.get("nested", {}).items():
            full = f"{prefix}.{name}" if prefix else name
            if "fields" in child or "values" in child:
                out[full] = child
            walk(child, full)

    walk(doc, "")
    return out


def _short_names(types: dict[str, dict[str, Any]], package: str) -> dict[str, str]:
    """Names inside the package; nested names joined (``GroundingChunk.Web`` -> ``GroundingChunkWeb``)."""
    out: dict[str, str] = {}
    for full in types:
        rel = full[len(package) + 1 :] if full.startswith(package + ".") else full.replace("google.", "", 1)
        out[full] = rel.replace(".", "")
    return out


def _resolve(type_name: str, scope: str, types: dict[str, dict[str, Any]], where: str) -> str:
    if type_name.startswith("."):
        type_name = type_name[1:]
        if type_name in types:
            return type_name
    parts = scope.split(".")
    while parts:
        candidate = ".".join((*parts, type_name))
        if candidate in types:
            return candidate
        parts.pop()
    if type_name in types:
        return type_name
    raise IngestError(f"protobuf descriptor: {where}: unknown type {type_name!r}")


def _field_schema(
    field: dict[str, Any], scope: str, types: dict[str, dict[str, Any]], names: dict[str, str], where: str
) -> tuple[dict[str, Any], str | None]:
    type_name = field["type"]
    ref: str | None = None
    if type_name in _SCALARS:
        value: dict[str, Any] = dict(_SCALARS[type_name])
    else:
        wk = type_name if type_name in _WELL_KNOWN else None
        full = wk or _resolve(type_name, scope, types, where)
        if full in _WELL_KNOWN:
            value = dict(_WELL_KNOWN[full])
        else:
            value = {"$ref": _REF_PREFIX + names[full]}
            ref = full
    if "keyType" in field:
        return {"type": "object", "additionalProperties": value}, ref
    if field.get("rule") == "repeated":
        return {"type": "array", "items": value}, ref
    return value, ref
