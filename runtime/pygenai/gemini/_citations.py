"""Grounding citations: where in a candidate's text each grounding chunk supports it.

``groundingMetadata.groundingSupports[].segment`` gives ``startIndex``/``endIndex`` as **UTF-8 byte**
offsets (``startIndex`` is left out when it is 0) into the candidate's text — the text of its
non-thought text parts, concatenated (a streamed answer's final metadata points into the text of
all its chunks). A ``partIndex``, when present, makes the offsets relative to that part. Slicing a
Python ``str`` with those numbers goes wrong as soon as the text has a ``°`` or any CJK character;
:func:`citations` converts them to character offsets, checking each against the segment's own
``text`` when the server sent it.

:func:`render_citations` writes inline markers (``[1][3]``) after each supported segment and
numbers the sources by grounding chunk (chunk ``i`` is source ``i + 1``).

The supports are read through the generated models, so a field of the wrong JSON type (``groundingChunkIndices``
as a number, a ``segment`` that is a string, an index that is not an integer) raises
:class:`~pygenai.ResponseDecodeError` naming its path
(``candidates[0].groundingMetadata.groundingSupports[2].groundingChunkIndices``). Grounding chunks are read
leniently instead: one of an unknown shape is listed as a source of kind ``unknown``, so the numbering holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from pygenai_generated.gemini_types import Candidate, GoogleAiGenerativelanguageV1alphaSegment

from .._core.citations import Citation, CitedText, Source, char_offset, render_marked, utf8_boundary
from .._core.model import WireModel, view_at

__all__ = ["Citation", "CitedText", "Source", "citations", "grounding_sources", "render_citations"]

JSONObject = dict[str, Any]

_URI_KEYS = ("uri", "sourceUri", "imageUri", "documentName", "fileSearchStore")
_TITLE_KEYS = ("title", "domain", "documentName")


# --------------------------------------------------------------------------------------------- inputs


def _wire(value: Any) -> Any:
    return value._data if isinstance(value, WireModel) else value


def _candidate(source: Any, index: int) -> Candidate:
    """The candidate as a view whose errors name their path from the root of ``source``."""
    data = _wire(source)
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a GenerateContentResponse or Candidate, got {type(source).__name__}")
    root = source if isinstance(source, WireModel) else None
    candidates = data.get("candidates")
    if isinstance(candidates, list):
        if not -len(candidates) <= index < len(candidates) or not isinstance(candidates[index], dict):
            return Candidate._wrap({})
        return view_at(Candidate, candidates[index], root, "candidates", index)
    if root is not None:
        return Candidate._wrap(root._data, root._parent, root._key)
    return Candidate._wrap(data)  # type: ignore[arg-type]  # any Mapping serves a view that only reads


@dataclasses.dataclass(frozen=True)
class _TextLayout:
    text: str
    encoded: bytes
    part_bytes: dict[int, int]  # content part index -> byte offset of its text in ``encoded``


def _layout(candidate: Mapping[str, Any]) -> _TextLayout:
    content = candidate.get("content")
    parts = content.get("parts") if isinstance(content, Mapping) else None
    pieces: list[str] = []
    part_bytes: dict[int, int] = {}
    offset = 0
    for index, part in enumerate(parts if isinstance(parts, list) else ()):
        if not isinstance(part, Mapping) or part.get("thought") is True:
            continue
        text = part.get("text")
        if isinstance(text, str):
            part_bytes[index] = offset
            pieces.append(text)
            offset += len(text.encode("utf-8"))
    text = "".join(pieces)
    return _TextLayout(text, text.encode("utf-8"), part_bytes)


def grounding_sources(grounding_metadata: Mapping[str, Any] | WireModel | None) -> list[Source]:
    """The grounding chunks of a ``groundingMetadata`` as numbered sources (chunk ``i`` is number ``i + 1``)."""
    data = _wire(grounding_metadata)
    chunks = data.get("groundingChunks") if isinstance(data, Mapping) else None
    sources: list[Source] = []
    for index, chunk in enumerate(chunks if isinstance(chunks, list) else ()):
        chunk = chunk if isinstance(chunk, Mapping) else {}
        kind, body = next(((k, v) for k, v in chunk.items() if isinstance(v, Mapping)), ("unknown", {}))
        uri = next((body[k] for k in _URI_KEYS if isinstance(body.get(k), str) and body[k]), None)
        title = next((body[k] for k in _TITLE_KEYS if isinstance(body.get(k), str) and body[k]), None)
        sources.append(Source(index + 1, kind, uri, title, dict(chunk)))
    return sources


# --------------------------------------------------------------------------------------------- offsets


def _span(layout: _TextLayout, segment: GoogleAiGenerativelanguageV1alphaSegment) -> tuple[int, int, int | None] | None:
    """Character ``(start, end)`` of a segment in the text, and its part index; ``None`` if it cannot be placed."""
    start = segment.start_index or 0
    end = segment.end_index or 0
    part = segment.part_index
    expected = segment.text
    bases = [0]
    if part is not None and part in layout.part_bytes:
        bases.insert(0, layout.part_bytes[part])  # offsets relative to the part; absolute as a fallback
    first: tuple[int, int] | None = None
    for base in bases:
        lo = utf8_boundary(layout.encoded, base + start, up=False)
        hi = utf8_boundary(layout.encoded, base + end, up=True)
        if lo > hi or base + start > len(layout.encoded):
            continue
        char_lo, char_hi = char_offset(layout.text, layout.encoded, lo), char_offset(layout.text, layout.encoded, hi)
        if not isinstance(expected, str) or not expected or layout.text[char_lo:char_hi] == expected:
            return char_lo, char_hi, part
        if first is None:
            first = (char_lo, char_hi)
    if isinstance(expected, str) and expected:
        found = _nearest(layout.text, expected, first[0] if first else 0)
        if found is not None:
            return found, found + len(expected), part
    return (*first, part) if first is not None else None


def _nearest(text: str, needle: str, near: int) -> int | None:
    best: int | None = None
    position = text.find(needle)
    while position != -1:
        if best is None or abs(position - near) < abs(best - near):
            best = position
        position = text.find(needle, position + 1)
    return best


# --------------------------------------------------------------------------------------------- public helpers


def citations(source: Any, *, candidate_index: int = 0) -> list[Citation]:
    """The grounded spans of a response's candidate (or of a candidate), in the order the server gave them.

    ``source`` is a ``GenerateContentResponse`` or a ``Candidate`` (wire dict or model). A candidate
    without grounding metadata, or with an empty one (``{}``, as streamed chunks carry), has none.
    """
    return _citations(_candidate(source, candidate_index))


def _citations(candidate: Candidate) -> list[Citation]:
    metadata = candidate.grounding_metadata
    supports = metadata.grounding_supports if metadata is not None else None
    if metadata is None or not supports:
        return []
    layout = _layout(candidate._data)
    sources = grounding_sources(metadata)
    out: list[Citation] = []
    for support in supports:
        segment = support.segment
        placed = _span(layout, segment) if segment is not None else None
        if placed is None:
            continue
        start, end, part = placed
        indices = tuple(support.grounding_chunk_indices or ())
        scores = tuple(float(s) for s in support.confidence_scores or ())
        cited = tuple(sources[i] for i in indices if 0 <= i < len(sources))
        out.append(Citation(start, end, layout.text[start:end], indices, cited, scores, part))
    return out


def render_citations(source: Any, *, marker: str = "[{number}]", candidate_index: int = 0) -> CitedText:
    """The candidate's text with citation markers after each supported segment, and the numbered sources.

    ``marker`` is formatted once per source of a segment (fields ``number``, ``uri``, ``title``,
    ``kind``), so ``"[{number}]({uri})"`` gives Markdown links. Markers of segments ending at the
    same place are merged and ordered by number. ``str()`` of the result appends the source list.

    >>> str(render_citations(response))  # doctest: +SKIP
    'It is 25°C in Paris today.[1][2]\\n\\nSources:\\n[1] weather.gov: https://...'
    """
    candidate = _candidate(source, candidate_index)
    text = _layout(candidate._data).text
    metadata = candidate.grounding_metadata
    sources = tuple(grounding_sources(metadata))
    return render_marked(text, _citations(candidate), sources, marker)
