"""Spec -> ``TypedDict`` twins of the models, for type-checking dicts the caller writes (``config={...}``).

``GenerationConfigDict`` has every field of ``GenerationConfig`` under its Python name, with the type a model's
keyword argument takes, all optional: a type checker then catches a misspelled key or a wrong value type in a
dict literal. Nested models stay ``Model | Mapping[str, Any]`` (one level is checked). The module is for type
checkers and for code that annotates its own dicts; the runtime never needs it to run.

A few fields take more than their schema says, because the runtime converts them (:data:`WIDER`).
"""

from __future__ import annotations

import re
from typing import Any

from .models import _fields
from .naming import export_order
from .typing_map import SchemaIndex

WIDER: dict[tuple[str, str], tuple[str, str]] = {
    ("GenerationConfig", "responseSchema"): (
        "Any",
        "the runtime also takes a Python type (pydantic model, dataclass, TypedDict, Enum) and writes the schema",
    ),
}
"""(schema, wire field) -> (Python type, why): where the dict takes more than the wire type."""


def emit_dicts(spec: dict[str, Any], api: str, header_comment: str) -> str:
    """Python source of one ``XDict`` per object schema of ``spec``."""
    schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]
    index = SchemaIndex(schemas)
    body: list[str] = []
    names: list[str] = []
    for name, schema in schemas.items():
        if index.kinds[name] != "model":
            continue
        fields = _fields(index, name, schema)
        names.append(f"{name}Dict")
        body += [
            f"class {name}Dict(TypedDict, total=False):",
            f'    """``{name}`` as a dict with Python names (every key optional)."""',
            "",
        ]
        for field in fields:
            wider = WIDER.get((name, field.wire))
            kind = wider[0] if wider else field.type.into
            body.append(f"    {field.name}: {kind}")
        if not fields:
            body.append("    pass")
        body += ["", ""]
    text = "\n".join(body)
    used = sorted(set(re.findall(r"\b([A-Za-z_][A-Za-z0-9_]*)\b", text)) & (set(schemas) | set(index.inline_enums)))
    head = [
        header_comment,
        f'"""``TypedDict`` twins of the {api} models: dicts with Python names, for type checkers (see codegen)."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from typing import Any, TypedDict",
        "",
        f"from .{api}_types import (",
        *(f"    {n}," for n in used),
        ")",
        "",
        "__all__ = [",
        *(f'    "{n}",' for n in sorted(names, key=export_order)),
        "]",
        "",
        "",
    ]
    return "\n".join(head) + text.rstrip() + "\n"
