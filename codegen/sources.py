"""The APIs pygenai generates, and how to fetch each one's upstream document."""

from __future__ import annotations

import json
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import IngestError
from .ingest import RawDocument, load_document

_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Api:
    """One API: its key, the API version the client is generated from, upstream format and official source."""

    key: str
    version: str
    format: str
    official_source: str

    @property
    def spec_file(self) -> str:
        """The spec the generator reads: the one of :attr:`version`."""
        return self.spec_file_for(self.version)

    def spec_file_for(self, version: str) -> str:
        """The spec file of one version of this API (``gemini-v1.json``); overlays name it in ``extends``."""
        if not _VERSION.fullmatch(version):
            raise IngestError(f"{self.key}: API version {version!r} cannot name a spec file")
        return f"{self.key}-{version}.json"

    def lock_key(self, version: str) -> str:
        """The specs/lock.toml table of one version: the API's key for :attr:`version`, ``key-version`` otherwise."""
        return self.key if version == self.version else f"{self.key}-{version}"


APIS: dict[str, Api] = {
    "gemini": Api(
        "gemini",
        "v1beta",
        "discovery",
        "https://generativelanguage.googleapis.com/$discovery/rest?version=v1beta",
    ),
    "interactions": Api(
        "interactions",
        "v1beta",
        "openapi",
        "https://ai.google.dev/static/api/interactions.openapi.json",
    ),
    "live": Api(
        "live",
        "v1beta",
        "protobuf",
        "npm:@google-ai/generativelanguage@4.1.0:build/protos/protos.json",
    ),
}

FORMAT_TO_API = {api.format: api.key for api in APIS.values()}


def fetch(source: str) -> RawDocument:
    """A document from a path, an http(s) URL, or ``npm:<package>@<version>:<path inside the package>``.

    The document's ``source`` says what was read: the URL, the file's absolute path, or the npm package at the
    exact version npm delivered (a tag such as ``@latest`` becomes the version number).
    """
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
            document = _member(archive, inner, source)
            manifest = _member(archive, "package.json", source)
        target = Path(tmp) / "doc.json"
        target.write_bytes(document)
        raw = load_document(str(target))
    name, version = _name_and_version(manifest, source)
    return RawDocument(f"npm:{name}@{version}:{inner}", raw.content, raw.doc, revision=version)


def _member(archive: tarfile.TarFile, inner: str, source: str) -> bytes:
    try:
        member = archive.extractfile(f"package/{inner}")
    except KeyError:
        member = None
    if member is None:
        raise IngestError(f"{source}: {inner} not found in the package")
    return member.read()


def _name_and_version(manifest: bytes, source: str) -> tuple[str, str]:
    """The package's name and version as its package.json states them (what was read, not what was asked)."""
    try:
        data = json.loads(manifest)
    except (ValueError, UnicodeDecodeError) as exc:
        raise IngestError(f"{source}: package.json is not JSON ({exc})") from None
    name = data.get("name") if isinstance(data, dict) else None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(name, str) or not isinstance(version, str) or not name or not version:
        raise IngestError(f"{source}: package.json lacks a name or a version")
    return name, version
