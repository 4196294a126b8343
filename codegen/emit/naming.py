"""Python names for spec names: snake_case attributes, safe identifiers, predictable class names."""

from __future__ import annotations

import keyword
import re

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Names a generated field must not take, because Model already uses them.
RESERVED_ATTRIBUTES = frozenset({"to_json", "to_dict", "from_json", "from_dict", "validate", "extra"})


def snake(name: str) -> str:
    """``thoughtSignature`` -> ``thought_signature``; ``$.xgafv`` -> ``xgafv``; already-snake stays."""
    cleaned = re.sub(r"[^0-9A-Za-z_]+", "_", name).strip("_")
    return _CAMEL_BOUNDARY.sub("_", cleaned).lower()


def attribute(name: str) -> str:
    """A safe Python attribute name for a wire field name."""
    out = snake(name)
    if not out or out[0].isdigit():
        out = "f_" + out
    if keyword.iskeyword(out) or keyword.issoftkeyword(out) or out in RESERVED_ATTRIBUTES:
        out += "_"
    return out


def pascal(name: str) -> str:
    """``finish_reason`` / ``finishReason`` -> ``FinishReason``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+|_", name) if part)


def constant(name: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", snake(name)).upper()


def export_order(name: str) -> tuple[int, str]:
    """Sort key of ``__all__`` entries as isort orders them: CONSTANTS, then Classes, then functions."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)
