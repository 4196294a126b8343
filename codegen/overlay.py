"""OpenAPI Overlay 1.0: our own corrections where an upstream document lags the wire.

An overlay file is JSON: ``{"overlay": "1.0.0", "info": {...}, "extends": "<spec file name>",
"actions": [{"target": "<JSONPath>", "description": "<one-line reason>", "update": {...} | "remove": true}]}``.
Targets use the JSONPath subset ``$``, ``.name``, ``['name']``, ``.*`` and ``[*]``. An update merges
objects recursively and replaces any other value.

Which API version an overlay corrects is what ``extends`` names: the spec file ``<api>-<version>.json``
(``gemini-v1beta.json``). An ingest applies the overlays of the document's own version only; those of other
versions of the same API are reported as not applied, so a ``v1`` document is not held to ``v1beta`` paths.

A target that matches nothing is skipped, never silently: the action comes back with ``matches == 0``, the
ingest report prints it, and the spec diff lists it as a breaking change (``--fail-on-breaking`` fails). It is
not an error, because that would stop the ingest before the diff that shows what upstream renamed or fixed,
which is what one needs to update or delete the overlay; it is breaking, because the spec written without the
correction can change the generated client.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import OverlayError

_SEGMENT = re.compile(r"""\.(?P<name>[A-Za-z_$][\w$-]*)|\.\*|\[\*\]|\[(?P<q>['"])(?P<quoted>.*?)(?P=q)\]""")


@dataclass(frozen=True)
class AppliedAction:
    """One overlay action as applied: its file, target, reason and how many nodes it touched (0: skipped)."""

    overlay: str
    target: str
    reason: str
    matches: int

    @property
    def skipped(self) -> bool:
        """The target matched nothing, so the action changed nothing."""
        return self.matches == 0


def parse_path(target: str) -> list[str | None]:
    """Segments of a JSONPath; ``None`` is a wildcard."""
    if not target.startswith("$"):
        raise OverlayError(f"target {target!r}: must start with '$'")
    out: list[str | None] = []
    pos = 1
    while pos < len(target):
        match = _SEGMENT.match(target, pos)
        if match is None:
            raise OverlayError(f"target {target!r}: cannot parse at offset {pos}: {target[pos:]!r}")
        if match.group("name") is not None:
            out.append(match.group("name"))
        elif match.group("quoted") is not None:
            out.append(match.group("quoted"))
        else:
            out.append(None)
        pos = match.end()
    return out


def _select(root: Any, segments: list[str | None]) -> list[tuple[Any, str | int]]:
    """(parent, key) pairs for every node the path selects."""
    current: list[tuple[Any, str | int | None]] = [(None, None)]
    nodes: list[Any] = [root]
    for segment in segments:
        next_current: list[tuple[Any, str | int | None]] = []
        next_nodes: list[Any] = []
        for node in nodes:
            if isinstance(node, dict):
                keys: list[str | int] = list(node) if segment is None else ([segment] if segment in node else [])
            elif isinstance(node, list) and segment is None:
                keys = list(range(len(node)))
            else:
                keys = []
            for key in keys:
                next_current.append((node, key))
                next_nodes.append(node[key])
        current, nodes = next_current, next_nodes
    return [(parent, key) for parent, key in current if key is not None]


def _merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    return copy.deepcopy(update)


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any], name: str) -> list[AppliedAction]:
    """Apply one overlay in place; returns what each action did (a target that matches nothing: ``matches == 0``)."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{name}: not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    applied: list[AppliedAction] = []
    for index, action in enumerate(overlay.get("actions", [])):
        target = action.get("target")
        reason = action.get("description", "")
        if not isinstance(target, str):
            raise OverlayError(f"{name}: action {index}: missing target")
        if not reason:
            raise OverlayError(f"{name}: action {index} ({target}): every action needs a one-line description (reason)")
        segments = parse_path(target)
        if not segments:
            if "update" not in action:
                raise OverlayError(f"{name}: action {index}: the root can only be updated")
            _merge(spec, action["update"])
            applied.append(AppliedAction(name, target, reason, 1))
            continue
        if not action.get("remove") and "update" not in action:
            raise OverlayError(f"{name}: action {index}: needs 'update' or 'remove'")
        selected = _select(spec, segments)
        # Remove from the end so list indices selected by a wildcard stay valid.
        for parent, key in reversed(selected):
            if action.get("remove"):
                if isinstance(parent, list):
                    parent.pop(key)
                else:
                    del parent[key]
            else:
                parent[key] = _merge(parent[key], action["update"])
        applied.append(AppliedAction(name, target, reason, len(selected)))
    return applied


def read_overlays(directory: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every overlay file in ``directory`` (name, document), in file-name order."""
    found: list[tuple[str, dict[str, Any]]] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.glob("*.json")):
        try:
            overlay = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise OverlayError(f"{path.name}: not JSON ({exc})") from None
        if not isinstance(overlay, dict) or not isinstance(overlay.get("extends"), str):
            raise OverlayError(f"{path.name}: an overlay names the spec file it corrects in 'extends'")
        found.append((path.name, overlay))
    return found


def load_overlays(directory: Path, spec_file: str) -> list[tuple[str, dict[str, Any]]]:
    """Overlays in ``directory`` whose ``extends`` names ``spec_file``, in file-name order."""
    return [(name, overlay) for name, overlay in read_overlays(directory) if overlay["extends"] == spec_file]
