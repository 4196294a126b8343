"""What a facts-only spec may hold, and the canonical way to write one."""

from __future__ import annotations

import json
from typing import Any

# Schema keywords that carry upstream prose or presentation, never facts.
PROSE_KEYWORDS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "externalDocs",
        "enumDescriptions",
        "enumDeprecated",
        "x-google-enum-descriptions",
        "x-codeSamples",
        "x-stainless-nominal",
        "$comment",
    }
)

# Keys under which a schema holds a map of name -> subschema (names are facts, not keywords).
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")
# Keys under which a schema holds one subschema or a list of them.
SCHEMA_SINGLE = ("items", "additionalProperties", "not", "contains", "propertyNames")
SCHEMA_LISTS = ("oneOf", "anyOf", "allOf", "prefixItems")


def strip_schema(schema: Any) -> Any:
    """A copy of a JSON Schema without prose keywords; property *names* such as ``title`` stay."""
    if isinstance(schema, list):
        return [strip_schema(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in PROSE_KEYWORDS:
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: strip_schema(sub) for name, sub in value.items()}
        elif key in SCHEMA_SINGLE and isinstance(value, dict):
            out[key] = strip_schema(value)
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [strip_schema(s) for s in value]
        else:
            out[key] = value
    return out


def prose_locations(spec: Any) -> list[str]:
    """JSON paths in a normalized spec where a prose keyword appears at a keyword position."""
    found: list[str] = []

    def walk_schema(node: Any, path: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                walk_schema(item, f"{path}[{index}]")
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key in PROSE_KEYWORDS:
                found.append(f"{path}.{key}")
            elif key in SCHEMA_MAPS and isinstance(value, dict):
                for name, sub in value.items():
                    walk_schema(sub, f"{path}.{key}.{name}")
            else:
                walk_schema(value, f"{path}.{key}")

    for key, value in spec.items() if isinstance(spec, dict) else []:
        if key != "info":
            walk_schema(value, f"$.{key}")
    return found


def dump_spec(spec: dict[str, Any]) -> str:
    """Stable text of a spec: sorted keys, 1-space indent, trailing newline."""
    return json.dumps(spec, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
