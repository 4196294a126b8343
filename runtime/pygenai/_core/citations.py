"""Citations shared by the API surfaces: a cited span, its numbered sources, and the one renderer of both.

GenerateContent (``groundingMetadata``) and Interactions (text ``annotations``) say where sources support the
answer in different shapes; each surface converts its own into :class:`Citation` spans (character offsets into
the answer text) over numbered :class:`Source` s, and :func:`render_marked` writes the answer with inline markers
and the numbered source list the same way for both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

__all__ = ["Citation", "CitedText", "Source", "char_offset", "render_marked", "utf8_boundary"]

JSONObject = dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Source:
    """One cited source, numbered for display.

    For GenerateContent a grounding chunk (``number`` = chunk index + 1; ``kind`` ``web``, ``retrievedContext``,
    ``maps``, ...); for Interactions a distinct cited source of the text annotations, numbered in order of first
    appearance (``kind`` ``url_citation``, ``file_citation``, ``place_citation``, ...).
    """

    number: int
    kind: str
    """The source's kind as the wire names it."""
    uri: str | None
    title: str | None
    chunk: JSONObject
    """The wire object the source was read from (a ``groundingChunk``, or an Interactions annotation)."""

    @property
    def chunk_index(self) -> int:
        """``number - 1``: for GenerateContent, the index of this chunk in ``groundingMetadata.groundingChunks``."""
        return self.number - 1


@dataclasses.dataclass(frozen=True)
class Citation:
    """A span of the answer text and the sources that support it (character offsets)."""

    start: int
    end: int
    text: str
    chunk_indices: tuple[int, ...]
    sources: tuple[Source, ...]
    confidence_scores: tuple[float, ...] = ()
    part_index: int | None = None


@dataclasses.dataclass(frozen=True)
class CitedText:
    """Text with inline citation markers, and the numbered sources the markers refer to."""

    text: str
    sources: tuple[Source, ...]

    def sources_text(self, line: str = "[{number}] {label}", heading: str = "Sources:") -> str:
        """The numbered source list; ``line`` may use ``number``, ``label``, ``title``, ``uri`` and ``kind``."""
        if not self.sources:
            return ""
        lines = [heading] if heading else []
        lines.extend(line.format(**marker_fields(source)) for source in self.sources)
        return "\n".join(lines)

    def __str__(self) -> str:
        listing = self.sources_text()
        return f"{self.text}\n\n{listing}" if listing else self.text


def marker_fields(source: Source) -> dict[str, Any]:
    """The fields a marker or source line may use: ``number``, ``label``, ``title``, ``uri``, ``kind``."""
    label = source.uri or ""
    if source.title and source.uri:
        label = f"{source.title}: {source.uri}"
    elif source.title:
        label = source.title
    return {
        "number": source.number,
        "label": label,
        "title": source.title or "",
        "uri": source.uri or "",
        "kind": source.kind,
    }


def utf8_boundary(encoded: bytes, offset: int, *, up: bool) -> int:
    """Move a byte offset that falls inside a UTF-8 sequence to the nearest character boundary (clamped)."""
    offset = max(0, min(offset, len(encoded)))
    while 0 < offset < len(encoded) and encoded[offset] & 0xC0 == 0x80:
        offset += 1 if up else -1
    return offset


def char_offset(text: str, encoded: bytes, byte_offset: int) -> int:
    """The character offset in ``text`` of a byte offset (on a character boundary) in its UTF-8 ``encoded``."""
    if text.isascii():
        return byte_offset
    return len(encoded[:byte_offset].decode("utf-8"))


def render_marked(text: str, citations: Sequence[Citation], sources: Sequence[Source], marker: str) -> CitedText:
    """``text`` with ``marker`` (formatted per source) after each cited span, and the numbered ``sources``.

    Markers of spans ending at the same place are merged and ordered by number.
    """
    by_number = {source.number: source for source in sources}
    ends: dict[int, set[int]] = {}
    for citation in citations:
        ends.setdefault(citation.end, set()).update(s.number for s in citation.sources if s.number in by_number)
    pieces: list[str] = []
    cursor = 0
    for end in sorted(ends):
        numbers = sorted(ends[end])
        if not numbers:
            continue
        pieces.append(text[cursor:end])
        pieces.extend(marker.format(**marker_fields(by_number[n])) for n in numbers)
        cursor = end
    pieces.append(text[cursor:])
    return CitedText("".join(pieces), tuple(sources))
