"""The APIs pygenai generates, and how to fetch each one's upstream document."""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError
from .ingest import RawDocument, load_document


@dataclass(frozen=True)
class Api:
    """One API: its key, spec file, upstream format and official source."""

    key: str
    spec_file: str
    format: str
    official_source: str


APIS: dict[str, Api] = {
    "gemini": Api(
        "gemini",
        "gemini-v1beta.json",
        "discovery",
        "https://generativelanguage.googleapis.com/$discovery/rest?version=v1beta",
    ),
    "interactions": Api(
        "interactions",
        "interactions-v1beta.json",
        "openapi",
        "https://ai.google.dev/static/api/interactions.openapi.json",
    ),
    "live": Api(
        "live",
        "live-v1beta.json",
        "protobuf",
        "npm:@google-ai/generativelanguage@4.1.0:build/protos/protos.json",
    ),
}

FORMAT_TO_API = {api.format: api.key for api in APIS.values()}


def fetch(source: str) -> RawDocument:
    """A document from a path, an http(s) URL, or ``npm:<package>@<version>:<path inside the package>``."""
    if source.startswith("npm:"):
        return _fetch_npm(source)
    return load_document(source)


def _fetch_npm(source: str) -> RawDocument:
    try:
        package, inner = source[len("npm:") :].rsplit(":", 1)
    except ValueError:
        raise IngestError(f"{source}: expected npm:<package>@<version>:<path inside the package>") from None
    with tempfile.TemporaryDirectory() as tmp:
        try:
            done = subprocess.run(
                ["npm", "pack", package, "--pack-destination", tmp, "--silent"],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise IngestError(f"{source}: npm pack failed: {exc}") from None
        if done.returncode != 0:
            raise IngestError(f"{source}: npm pack failed: {done.stderr.strip()[:500]}")
        tarballs = list(Path(tmp).glob("*.tgz"))
        if len(tarballs) != 1:
            raise IngestError(f"{source}: npm pack produced {len(tarballs)} tarballs")
        with tarfile.open(tarballs[0]) as archive:
            try:
                member = archive.extractfile(f"package/{inner}")
            except KeyError:
                member = None
            if member is None:
                raise IngestError(f"{source}: {inner} not found in the package")
            target = Path(tmp) / "doc.json"
            target.write_bytes(member.read())
        raw = load_document(str(target))
    return RawDocument(source, raw.content, raw.doc)
