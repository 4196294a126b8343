"""MIME types for uploads: from the file name, from the first bytes, or as the caller says.

``mimetypes`` reads the machine's ``mime.types`` files, so its answers differ between hosts (``.ts`` is a Qt
translation file on some, ``.3gp`` audio on others). The table below wins over it for the types the Gemini API
documents as inputs and for the ones the standard library lacks, so a file gets the same type everywhere.
"""

from __future__ import annotations

import mimetypes
import os
from typing import Final

__all__ = ["guess_mime_type", "sniff_mime_type"]

_BY_EXTENSION: Final[dict[str, str]] = {
    ".jsonl": "application/jsonl",
    ".ndjson": "application/jsonl",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".toml": "application/toml",
    ".ipynb": "application/x-ipynb+json",
    ".py": "text/x-python",
    ".ts": "text/x-typescript",
    ".tsx": "text/x-typescript",
    ".go": "text/x-go",
    ".rs": "text/x-rust",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".heif": "image/heif",
    ".wav": "audio/wav",
    ".aac": "audio/aac",
    ".flac": "audio/flac",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".m4a": "audio/mp4",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".3gp": "video/3gpp",
    ".flv": "video/x-flv",
    ".wmv": "video/x-ms-wmv",
}

# (offset, signature, type); checked in order, so longer or more specific signatures come first.
_SIGNATURES: Final[tuple[tuple[int, bytes, str], ...]] = (
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"%PDF-", "application/pdf"),
    (0, b"fLaC", "audio/flac"),
    (0, b"OggS", "audio/ogg"),
    (0, b"ID3", "audio/mpeg"),
    (4, b"ftypqt", "video/quicktime"),
    (4, b"ftypM4A", "audio/mp4"),
    (4, b"ftyp", "video/mp4"),
    (0, b"\x1aE\xdf\xa3", "video/webm"),
)


def guess_mime_type(name: str | os.PathLike[str]) -> str | None:
    """The MIME type for a file name, or ``None`` when its extension says nothing."""
    path = os.fspath(name)
    extension = os.path.splitext(path)[1].lower()
    known = _BY_EXTENSION.get(extension)
    if known is not None:
        return known
    guessed, _ = mimetypes.guess_type(path, strict=False)
    return guessed


def sniff_mime_type(head: bytes) -> str | None:
    """The MIME type the first bytes of a file show (common image, audio, video and PDF formats), or ``None``."""
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WAVE": "audio/wav", b"WEBP": "image/webp", b"AVI ": "video/x-msvideo"}.get(head[8:12])
    for offset, signature, mime_type in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return mime_type
    return None
