"""Read an upstream API document (file or URL), recognise its format, and normalize it."""

from __future__ import annotations

import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import IngestError
from .discovery import ingest_discovery, is_discovery
from .openapi import ingest_openapi, is_openapi
from .protobuf import ingest_protobuf, is_protobuf_descriptor

__all__ = ["RawDocument", "detect_format", "load_document", "normalize"]


@dataclass(frozen=True)
class RawDocument:
    """An upstream document as read: where from, its exact bytes, its parsed JSON, and a revision found by reading
    it outside the document itself (an npm package's version; empty when there is none)."""

    source: str
    content: bytes
    doc: dict[str, Any]
    revision: str = ""


def load_document(source: str, timeout: float = 60.0) -> RawDocument:
    """Read a document from a path or an http(s) URL; it must be a JSON object.

    A path is recorded as the absolute path of the file read, so the lock can name it from any directory.
    """
    read_from = source
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=timeout) as response:
                content = response.read()
        except OSError as exc:
            raise IngestError(f"{source}: could not fetch: {exc}") from None
    else:
        path = Path(source)
        if not path.is_file():
            raise IngestError(f"{source}: no such file")
        content = path.read_bytes()
        read_from = str(path.resolve())
    try:
        doc = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise IngestError(f"{source}: not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise IngestError(f"{source}: expected a JSON object at the top level, got {type(doc).__name__}")
    return RawDocument(read_from, content, doc)


def detect_format(doc: dict[str, Any], source: str = "document") -> str:
    """``discovery``, ``openapi`` or ``protobuf``; anything else is rejected with the reason."""
    if is_discovery(doc):
        return "discovery"
    if is_openapi(doc):
        return "openapi"
    if is_protobuf_descriptor(doc):
        return "protobuf"
    keys = ", ".join(sorted(doc)[:8])
    raise IngestError(
        f"{source}: not a supported API description (expected a Google discovery document, an OpenAPI 3.x "
        f"document or a protobufjs JSON descriptor); top-level keys: {keys}"
    )


def normalize(doc: dict[str, Any], fmt: str) -> dict[str, Any]:
    """The facts-only OpenAPI 3.1 spec for a document of a known format."""
    if fmt == "discovery":
        return ingest_discovery(doc)
    if fmt == "openapi":
        return ingest_openapi(doc)
    if fmt == "protobuf":
        return ingest_protobuf(doc)
    raise IngestError(f"unknown format {fmt!r}")
