"""``codegen specs``: re-ingest upstream documents into specs/, apply overlays, lock, and report the diff."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diff import Change, diff_specs, format_report
from .errors import IngestError
from .facts import dump_spec
from .ingest import RawDocument, detect_format, normalize
from .lock import LockEntry, read_lock, write_lock
from .overlay import AppliedAction, apply_overlay, load_overlays
from .sources import APIS, FORMAT_TO_API, fetch


@dataclass(frozen=True)
class IngestResult:
    """One API after ingest: its spec, the overlay actions applied and the changes against the committed spec."""

    api: str
    spec: dict[str, Any]
    applied: list[AppliedAction]
    changes: list[Change]
    lock: LockEntry


def _revision(source: str, spec: dict[str, Any]) -> str:
    revision = str(spec.get("info", {}).get("x-revision", ""))
    if not revision and source.startswith("npm:"):
        revision = source[len("npm:") :].rsplit(":", 1)[0].rsplit("@", 1)[-1]
    return revision


def ingest(raw: RawDocument, specs_dir: Path, today: str | None = None) -> IngestResult:
    """Normalize one document, apply its overlays and compare with the spec committed in ``specs_dir``."""
    fmt = detect_format(raw.doc, raw.source)
    api = APIS[FORMAT_TO_API[fmt]]
    spec = normalize(raw.doc, fmt)
    applied: list[AppliedAction] = []
    upstream_schemas = set(spec["components"]["schemas"])
    for name, overlay in load_overlays(specs_dir / "overlays", api.spec_file):
        applied.extend(apply_overlay(spec, overlay, name))
    added = sorted(set(spec["components"]["schemas"]) - upstream_schemas)
    if added:
        spec["info"]["x-schemas-added-by-overlays"] = added
    current = specs_dir / api.spec_file
    old = json.loads(current.read_text(encoding="utf-8")) if current.is_file() else {}
    changes = diff_specs(old, spec)
    sha = hashlib.sha256(raw.content).hexdigest()
    locks = read_lock(specs_dir / "lock.toml") if (specs_dir / "lock.toml").is_file() else {}
    previous = locks.get(api.key)
    unchanged = previous is not None and previous.sha256 == sha and not changes
    ingested = previous.ingested if unchanged and previous else (today or dt.date.today().isoformat())
    source = raw.source if raw.source.startswith(("http://", "https://", "npm:")) else api.official_source
    entry = LockEntry(api.key, api.spec_file, fmt, source, _revision(source, spec), sha, ingested)
    return IngestResult(api.key, spec, applied, changes, entry)


def run_specs(
    sources: list[str],
    specs_dir: Path,
    *,
    fail_on_breaking: bool = False,
    dry_run: bool = False,
    out: Callable[[str], None] = print,
) -> int:
    """Ingest ``sources`` (default: every API's locked source), write specs and lock, print the report."""
    if not sources:
        locks = read_lock(specs_dir / "lock.toml")
        sources = [locks[key].source if key in locks else api.official_source for key, api in APIS.items()]
    results: list[IngestResult] = []
    for source in sources:
        raw = fetch(source)
        result = ingest(raw, specs_dir)
        if any(r.api == result.api for r in results):
            raise IngestError(f"{source}: a second document for the {result.api} API")
        results.append(result)
    breaking = 0
    for result in results:
        schemas = len(result.spec["components"]["schemas"])
        ops = sum(1 for item in result.spec["paths"].values() for _ in item)
        out(
            f"{result.api}: {schemas} schemas, {ops} operations, revision {result.lock.revision or '-'}, "
            f"sha256 {result.lock.sha256[:12]}"
        )
        for action in result.applied:
            out(f"  overlay {action.overlay}: {action.target} ({action.matches} match) - {action.reason}")
        out("  " + format_report(result.api, result.changes).replace("\n", "\n  "))
        breaking += sum(1 for c in result.changes if c.breaking)
    if not dry_run:
        lock_path = specs_dir / "lock.toml"
        entries = read_lock(lock_path) if lock_path.is_file() else {}
        for result in results:
            (specs_dir / APIS[result.api].spec_file).write_text(dump_spec(result.spec), encoding="utf-8")
            entries[result.api] = result.lock
        write_lock(lock_path, entries)
    if fail_on_breaking and breaking:
        out(f"{breaking} breaking change(s)")
        return 1
    return 0
