"""What changed between two specs, with breaking changes flagged.

Breaking: a removed schema, field, enum value or operation; a field whose type changed; a field that
became required. The ingest adds one more kind, ``skipped``: an overlay action whose target the new document no
longer has (see :mod:`codegen.overlay`), breaking because the spec lost a correction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True, order=True)
class Change:
    """One difference: ``kind`` is added/removed/changed/skipped, ``where`` names the schema, field, operation or
    overlay."""

    where: str
    kind: str
    detail: str
    breaking: bool

    def __str__(self) -> str:
        flag = " [BREAKING]" if self.breaking else ""
        sign = {"added": "+", "removed": "-", "changed": "~", "skipped": "!"}.get(self.kind, "?")
        return f"{sign} {self.where}: {self.detail}{flag}"


def _type_of(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return "ref " + str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "any")
    text = "|".join(kind) if isinstance(kind, list) else str(kind)
    if "format" in schema:
        text += f"({schema['format']})"
    if text.startswith("array") and isinstance(schema.get("items"), dict):
        text += f"[{_type_of(schema['items'])}]"
    for union in ("oneOf", "anyOf"):
        if union in schema:
            text = union + "[" + ",".join(_type_of(s) for s in schema[union]) + "]"
    return text


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        for verb in _METHODS:
            if verb in item:
                op = item[verb]
                key = str(op.get("operationId") or f"{verb.upper()} {path}")
                if key in out:
                    key = f"{key} ({verb.upper()} {path})"
                out[key] = op
    return out


def _enum_values(schema: dict[str, Any]) -> list[Any]:
    if "enum" in schema:
        return list(schema["enum"])
    items = schema.get("items")
    if isinstance(items, dict) and "enum" in items:
        return list(items["enum"])
    return []


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, sorted by where it is."""
    changes: list[Change] = []
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    for name in sorted(set(old_schemas) | set(new_schemas)):
        if name not in new_schemas:
            changes.append(Change(name, "removed", "schema removed", True))
        elif name not in old_schemas:
            changes.append(Change(name, "added", "schema added", False))
        else:
            changes.extend(_diff_schema(name, old_schemas[name], new_schemas[name]))
    old_ops, new_ops = _operations(old), _operations(new)
    for op in sorted(set(old_ops) | set(new_ops)):
        if op not in new_ops:
            changes.append(Change(f"operation {op}", "removed", "operation removed", True))
        elif op not in old_ops:
            changes.append(Change(f"operation {op}", "added", "operation added", False))
        else:
            changes.extend(_diff_operation(op, old_ops[op], new_ops[op]))
    return sorted(changes)


def _diff_schema(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    if _type_of(old) != _type_of(new):
        changes.append(Change(name, "changed", f"type {_type_of(old)} -> {_type_of(new)}", True))
    changes.extend(_diff_enum(name, old, new))
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
    for field in sorted(set(old_props) | set(new_props)):
        where = f"{name}.{field}"
        if field not in new_props:
            changes.append(Change(where, "removed", "field removed", True))
            continue
        if field not in old_props:
            required = field in new_req
            detail = "field added" + (" (required)" if required else "")
            changes.append(Change(where, "added", detail, required))
            continue
        before, after = old_props[field], new_props[field]
        if _type_of(before) != _type_of(after):
            changes.append(Change(where, "changed", f"type {_type_of(before)} -> {_type_of(after)}", True))
        changes.extend(_diff_enum(where, before, after))
        if field in new_req and field not in old_req:
            changes.append(Change(where, "changed", "became required", True))
        elif field in old_req and field not in new_req:
            changes.append(Change(where, "changed", "no longer required", False))
    return changes


def _diff_enum(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before, after = _enum_values(old), _enum_values(new)
    out = [Change(where, "added", f"enum value {v!r} added", False) for v in after if v not in before]
    out += [Change(where, "removed", f"enum value {v!r} removed", True) for v in before if v not in after]
    return out


def _diff_operation(op: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    where = f"operation {op}"
    for key in ("x-path", "x-stream", "x-stream-query"):
        if old.get(key) != new.get(key):
            changes.append(Change(where, "changed", f"{key} {old.get(key)!r} -> {new.get(key)!r}", key == "x-path"))
    old_params = {(p["name"], p["in"]): p for p in old.get("parameters", [])}
    new_params = {(p["name"], p["in"]): p for p in new.get("parameters", [])}
    for param in sorted(set(old_params) | set(new_params)):
        label = f"{where} parameter {param[0]} ({param[1]})"
        if param not in new_params:
            changes.append(Change(label, "removed", "parameter removed", True))
        elif param not in old_params:
            required = bool(new_params[param].get("required"))
            changes.append(Change(label, "added", "parameter added" + (" (required)" if required else ""), required))
    old_body = _type_of(old.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {}))
    new_body = _type_of(new.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {}))
    if old_body != new_body:
        changes.append(Change(where, "changed", f"request body {old_body} -> {new_body}", True))
    return changes


def format_report(api: str, changes: list[Change]) -> str:
    if not changes:
        return f"{api}: no changes"
    breaking = sum(1 for c in changes if c.breaking)
    head = f"{api}: {len(changes)} change(s), {breaking} breaking"
    return "\n".join([head, *(f"  {c}" for c in changes)])
