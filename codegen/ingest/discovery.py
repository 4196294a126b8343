"""Google API discovery document (``discoveryVersion: v1``) -> facts-only OpenAPI 3.1 spec."""

from __future__ import annotations

from typing import Any

from ..errors import IngestError

_REF_PREFIX = "#/components/schemas/"
# Google marks required fields and output-only fields in the field text (google.api.field_behavior).
_REQUIRED_MARK = "Required."


def is_discovery(doc: dict[str, Any]) -> bool:
    return doc.get("kind") == "discovery#restDescription" or "discoveryVersion" in doc


def ingest_discovery(doc: dict[str, Any]) -> dict[str, Any]:
    """Normalize a discovery document: schemas become components, methods become operations."""
    for key in ("schemas", "resources", "version", "rootUrl"):
        if key not in doc:
            raise IngestError(f"discovery document: missing top-level key {key!r}")
    schemas = {name: _schema(body, f"schemas.{name}") for name, body in sorted(doc["schemas"].items())}
    paths: dict[str, Any] = {}
    _walk_resources(doc["resources"], (), paths)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": str(doc.get("name", "")),
            "version": str(doc["version"]),
            "x-revision": str(doc.get("revision", "")),
            "x-source-format": "discovery",
        },
        "servers": [{"url": str(doc["rootUrl"]).rstrip("/")}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _schema(node: dict[str, Any], where: str) -> dict[str, Any]:
    if "$ref" in node:
        out: dict[str, Any] = {"$ref": _REF_PREFIX + node["$ref"]}
        _copy_flags(node, out)
        return out
    kind = node.get("type")
    out = {}
    if kind == "any":
        pass
    elif kind == "object":
        out["type"] = "object"
        props = node.get("properties")
        if props is not None:
            out["properties"] = {name: _schema(sub, f"{where}.{name}") for name, sub in sorted(props.items())}
            required = sorted(
                name for name, sub in props.items() if str(sub.get("description", "")).startswith(_REQUIRED_MARK)
            )
            if required:
                out["required"] = required
        if "additionalProperties" in node:
            out["additionalProperties"] = _schema(node["additionalProperties"], f"{where}.additionalProperties")
    elif kind == "array":
        out["type"] = "array"
        if "items" not in node:
            raise IngestError(f"discovery document: {where}: array without items")
        out["items"] = _schema(node["items"], f"{where}.items")
    elif kind in ("string", "integer", "number", "boolean"):
        out["type"] = kind
        if "format" in node:
            out["format"] = node["format"]
        if "enum" in node:
            out["enum"] = list(node["enum"])
        if "pattern" in node:
            out["pattern"] = node["pattern"]
    else:
        raise IngestError(f"discovery document: {where}: unsupported type {kind!r}")
    _copy_flags(node, out)
    return out


def _copy_flags(node: dict[str, Any], out: dict[str, Any]) -> None:
    if node.get("readOnly"):
        out["readOnly"] = True
    if node.get("deprecated"):
        out["deprecated"] = True


def _walk_resources(resources: dict[str, Any], trail: tuple[str, ...], paths: dict[str, Any]) -> None:
    for rname, resource in sorted(resources.items()):
        here = (*trail, rname)
        for mname, method in sorted(resource.get("methods", {}).items()):
            flat = "/" + method["flatPath"].lstrip("/")
            op = _operation(method, here, mname)
            verb = method["httpMethod"].lower()
            slot = paths.setdefault(flat, {})
            if verb in slot:
                raise IngestError(f"discovery document: two methods share {verb.upper()} {flat}")
            slot[verb] = op
        _walk_resources(resource.get("resources", {}), here, paths)


def _operation(method: dict[str, Any], resource: tuple[str, ...], name: str) -> dict[str, Any]:
    where = method.get("id", ".".join((*resource, name)))
    params: list[dict[str, Any]] = []
    order = list(method.get("parameterOrder", []))
    declared = method.get("parameters", {})
    for pname in order + sorted(p for p in declared if p not in order):
        p = declared[pname]
        schema: dict[str, Any] = {"type": p["type"]}
        for key in ("format", "pattern", "enum"):
            if key in p:
                schema[key] = p[key]
        param: dict[str, Any] = {"name": pname, "in": p["location"], "schema": schema}
        if p.get("required"):
            param["required"] = True
        if p.get("repeated"):
            param["schema"] = {"type": "array", "items": schema}
        if p["location"] == "path" and "{+" + pname + "}" in method["path"]:
            param["x-reserved-expansion"] = True
        params.append(param)
    op: dict[str, Any] = {
        "operationId": ".".join((*resource, name)),
        "x-resource": ".".join(resource),
        "x-method": name,
        "x-path": "/" + method["path"].lstrip("/"),
        "parameters": params,
        "responses": {},
    }
    if "request" in method:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": _REF_PREFIX + method["request"]["$ref"]}}},
        }
    if "response" in method:
        op["responses"]["200"] = {
            "content": {"application/json": {"schema": {"$ref": _REF_PREFIX + method["response"]["$ref"]}}}
        }
    else:
        op["responses"]["200"] = {}
    upload = method.get("mediaUpload")
    if upload:
        op["x-media-upload"] = {
            "accept": list(upload.get("accept", [])),
            "maxSize": str(upload.get("maxSize", "")),
            "protocols": {k: "/" + v["path"].lstrip("/") for k, v in sorted(upload.get("protocols", {}).items())},
        }
    if method.get("supportsMediaDownload"):
        op["x-media-download"] = True
    if not where:
        raise IngestError("discovery document: method without id")
    return op
