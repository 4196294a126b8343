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
from .overlay import AppliedAction, apply_overlay, read_overlays
from .sources import APIS, FORMAT_TO_API, fetch


@dataclass(frozen=True)
class IngestResult:
    """One document after ingest: its API and version, its spec, the overlay actions applied (some perhaps
    skipped), the overlays of other versions left out, the changes against the committed spec, and its lock entry.
    """

    api: str
    version: str
    spec_file: str
    spec: dict[str, Any]
    applied: list[AppliedAction]
    other_versions: list[tuple[str, str]]
    changes: list[Change]
    lock: LockEntry

    @property
    def label(self) -> str:
        """How the report and the lock name it: the API's key, with the version when it is not the generated one."""
        return self.lock.api


def _revision(raw: RawDocument, spec: dict[str, Any]) -> str:
    """The revision the document states (discovery ``revision``, OpenAPI ``x-google-revision``), else the one found
    reading it (an npm package's version), else empty: never one taken from elsewhere."""
    return str(spec.get("info", {}).get("x-revision", "")) or raw.revision


def _skipped(applied: list[AppliedAction]) -> list[Change]:
    return [
        Change(
            f"overlay {a.overlay}",
            "skipped",
            f"target {a.target} matches nothing in this document; action skipped, the spec lacks: {a.reason}",
            True,
        )
        for a in applied
        if a.skipped
    ]


def ingest(raw: RawDocument, specs_dir: Path, today: str | None = None) -> IngestResult:
    """Normalize one document, apply its version's overlays and compare with the spec committed in ``specs_dir``.

    The spec file is the API's spec of the document's version (a ``v1`` discovery document is ``gemini-v1.json``,
    never written over ``gemini-v1beta.json``); the lock entry records the document as read (path or URL, the
    revision it states, the sha256 of its bytes).
    """
    fmt = detect_format(raw.doc, raw.source)
    api = APIS[FORMAT_TO_API[fmt]]
    spec = normalize(raw.doc, fmt)
    version = str(spec["info"].get("version") or api.version)
    spec_file = api.spec_file_for(version)
    applied: list[AppliedAction] = []
    other_versions: list[tuple[str, str]] = []
    upstream_schemas = set(spec["components"]["schemas"])
    for name, overlay in read_overlays(specs_dir / "overlays"):
        extends = overlay["extends"]
        if extends == spec_file:
            applied.extend(apply_overlay(spec, overlay, name))
        elif extends.startswith(f"{api.key}-"):
            other_versions.append((name, extends))
    added = sorted(set(spec["components"]["schemas"]) - upstream_schemas)
    if added:
        spec["info"]["x-schemas-added-by-overlays"] = added
    current = specs_dir / spec_file
    old = json.loads(current.read_text(encoding="utf-8")) if current.is_file() else {}
    changes = sorted(diff_specs(old, spec) + _skipped(applied))
    sha = hashlib.sha256(raw.content).hexdigest()
    locks = read_lock(specs_dir / "lock.toml") if (specs_dir / "lock.toml").is_file() else {}
    key = api.lock_key(version)
    previous = locks.get(key)
    unchanged = previous is not None and previous.sha256 == sha and not changes
    ingested = previous.ingested if unchanged and previous else (today or dt.date.today().isoformat())
    entry = LockEntry(key, spec_file, fmt, raw.source, _revision(raw, spec), sha, ingested)
    return IngestResult(api.key, version, spec_file, spec, applied, other_versions, changes, entry)


def _locked_sources(specs_dir: Path, official: bool) -> list[str]:
    """Each generated API's source: the one specs/lock.toml recorded (read again), or with ``official`` its
    official source."""
    if official:
        return [api.official_source for api in APIS.values()]
    lock_path = specs_dir / "lock.toml"
    locks = read_lock(lock_path)
    sources: list[str] = []
    for key, api in APIS.items():
        source = locks[key].source if key in locks else api.official_source
        if not source.startswith(("http://", "https://", "npm:")) and not Path(source).is_file():
            raise IngestError(
                f"{lock_path}: {key} was last read from {source}, which is not on this machine; "
                f"pass --from PATH_OR_URL, or --official to read {api.official_source}"
            )
        sources.append(source)
    return sources


def run_specs(
    sources: list[str],
    specs_dir: Path,
    *,
    fail_on_breaking: bool = False,
    dry_run: bool = False,
    official: bool = False,
    out: Callable[[str], None] = print,
) -> int:
    """Ingest ``sources`` (default: every API's source as specs/lock.toml records it, or with ``official`` its
    official source), write specs and lock, print the report."""
    if sources and official:
        raise IngestError("--official reads every API's official source; it does not go with --from")
    if not sources:
        sources = _locked_sources(specs_dir, official)
    results: list[IngestResult] = []
    for source in sources:
        raw = fetch(source)
        result = ingest(raw, specs_dir)
        if any(r.label == result.label for r in results):
            raise IngestError(f"{source}: a second document for {result.label} ({result.spec_file})")
        results.append(result)
    breaking = 0
    for result in results:
        print_report(result, out)
        breaking += sum(1 for c in result.changes if c.breaking)
    if not dry_run:
        lock_path = specs_dir / "lock.toml"
        entries = read_lock(lock_path) if lock_path.is_file() else {}
        for result in results:
            (specs_dir / result.spec_file).write_text(dump_spec(result.spec), encoding="utf-8")
            entries[result.label] = result.lock
        write_lock(lock_path, entries)
    if fail_on_breaking and breaking:
        out(f"{breaking} breaking change(s)")
        return 1
    return 0


def print_report(result: IngestResult, out: Callable[[str], None]) -> None:
    """The report of one ingest: what was read, each overlay action, the overlays left out, the spec diff."""
    schemas = len(result.spec["components"]["schemas"])
    ops = sum(1 for item in result.spec["paths"].values() for _ in item)
    revision = result.lock.revision or "none stated in the document"
    out(
        f"{result.label}: {schemas} schemas, {ops} operations, revision {revision}, "
        f"sha256 {result.lock.sha256[:12]} -> {result.spec_file}"
    )
    out(f"  read from {result.lock.source}")
    for action in result.applied:
        if action.skipped:
            out(f"  overlay {action.overlay}: SKIPPED, target {action.target} matches nothing - {action.reason}")
        else:
            out(f"  overlay {action.overlay}: {action.target} ({action.matches} match) - {action.reason}")
    for name, extends in result.other_versions:
        out(f"  overlay {name}: not applied, it corrects {extends} and this document is {result.api} {result.version}")
    out("  " + format_report(result.label, result.changes).replace("\n", "\n  "))
