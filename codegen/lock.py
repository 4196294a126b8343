"""specs/lock.toml: for each API, where its spec came from and which exact document it was."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from .errors import CodegenError


@dataclass(frozen=True)
class LockEntry:
    """One API's provenance."""

    api: str
    spec: str
    format: str
    source: str
    revision: str
    sha256: str
    ingested: str


def read_lock(path: Path) -> dict[str, LockEntry]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CodegenError(f"{path}: cannot read lock: {exc}") from None
    out: dict[str, LockEntry] = {}
    names = [f.name for f in fields(LockEntry) if f.name != "api"]
    for api, table in data.items():
        missing = [n for n in names if n not in table]
        if missing:
            raise CodegenError(f"{path}: [{api}] lacks {', '.join(missing)}")
        out[api] = LockEntry(api=api, **{n: str(table[n]) for n in names})
    return out


def write_lock(path: Path, entries: dict[str, LockEntry]) -> None:
    lines = ["# Where each spec in specs/ came from. Written by `nox -s specs`; do not edit by hand.", ""]
    for api in sorted(entries):
        entry = entries[api]
        lines.append(f"[{api}]")
        for f in fields(LockEntry):
            if f.name == "api":
                continue
            value = getattr(entry, f.name).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'{f.name} = "{value}"')
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
