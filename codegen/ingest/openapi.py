"""OpenAPI 3.0/3.1 document (the Interactions API) -> facts-only OpenAPI 3.1 spec."""

from __future__ import annotations

from typing import Any

from ..errors import IngestError
from ..facts import strip_schema

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_OPERATION_FACTS = ("operationId", "deprecated")


def is_openapi(doc: dict[str, Any]) -> bool:
    return isinstance(doc.get("openapi"), str) and "paths" in doc


def ingest_openapi(doc: dict[str, Any]) -> dict[str, Any]:
    """Keep schemas, operations, parameters and media types; drop prose, examples and code samples.

    Parameter ``$ref``s are inlined; OpenAPI 3.0 ``nullable`` becomes a 3.1 type list.
    """
    version = str(doc.get("openapi"))
    if not (version.startswith("3.0") or version.startswith("3.1")):
        raise IngestError(f"OpenAPI document: version {version!r} is not 3.0 or 3.1")
    components = doc.get("components", {})
    shared_params = components.get("parameters", {})
    schemas = {name: _upgrade(strip_schema(body)) for name, body in sorted(components.get("schemas", {}).items())}
    paths: dict[str, Any] = {}
    for path, item in sorted(doc.get("paths", {}).items()):
        common = [_param(p, shared_params, path) for p in item.get("parameters", [])]
        out_item: dict[str, Any] = {}
        for verb in _METHODS:
            if verb in item:
                out_item[verb] = _operation(item[verb], common, shared_params, f"{verb.upper()} {path}")
        paths[path] = out_item
    info = doc.get("info", {})
    servers = [{"url": str(s["url"])} for s in doc.get("servers", []) if "url" in s]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": str(info.get("title", "")),
            "version": str(info.get("version", "")),
            "x-revision": str(info.get("x-google-revision", "")),
            "x-source-format": "openapi",
        },
        "servers": servers,
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _param(node: dict[str, Any], shared: dict[str, Any], where: str) -> dict[str, Any]:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name not in shared:
            raise IngestError(f"OpenAPI document: {where}: unknown parameter {node['$ref']!r}")
        node = shared[name]
    out: dict[str, Any] = {"name": node["name"], "in": node["in"]}
    if node.get("required") or node["in"] == "path":
        out["required"] = True
    if node.get("deprecated"):
        out["deprecated"] = True
    if "schema" in node:
        out["schema"] = _upgrade(strip_schema(node["schema"]))
    return out


def _operation(op: dict[str, Any], common: list[dict[str, Any]], shared: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {key: op[key] for key in _OPERATION_FACTS if key in op}
    own = [_param(p, shared, where) for p in op.get("parameters", [])]
    names = {(p["name"], p["in"]) for p in own}
    out["parameters"] = own + [p for p in common if (p["name"], p["in"]) not in names]
    body = op.get("requestBody")
    if body:
        out["requestBody"] = {
            "required": bool(body.get("required")),
            "content": _content(body.get("content", {})),
        }
    responses: dict[str, Any] = {}
    for status, response in sorted(op.get("responses", {}).items()):
        responses[status] = {"content": _content(response.get("content", {}))} if "content" in response else {}
    out["responses"] = responses
    return out


def _content(content: dict[str, Any]) -> dict[str, Any]:
    return {
        media: {"schema": _upgrade(strip_schema(body["schema"]))} if "schema" in body else {}
        for media, body in sorted(content.items())
    }


def _upgrade(schema: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` -> JSON Schema type list with ``"null"``."""
    if isinstance(schema, list):
        return [_upgrade(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _upgrade(v) if k != "enum" and k != "const" else v for k, v in schema.items()}
    if out.pop("nullable", False):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif "$ref" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out
