"""Merging ``streamGenerateContent`` chunks into the response ``generateContent`` would have returned.

Pure and reusable: feed wire chunks (parsed JSON objects, or models wrapping them) to
:meth:`GenerateContentAccumulator.add` and read :meth:`GenerateContentAccumulator.result` at any time.

How the server streams, and so how chunks merge (see ``shared/notes/gemini-wire-facts.md`` §3-4):

* candidates are matched by ``index``; a chunk may omit it, which means 0;
* text arrives in fragments: consecutive plain text parts of the same kind (``thought`` or not) join
  into one part;
* a part carrying a ``thoughtSignature`` stays exactly as it came, never merged with the text before or
  after it (the signature belongs to that part; Gemini 3 also sends it on an empty ``{"text": ""}`` part);
* every other part (function calls, code, inline data, tool calls, ...) is appended whole, in order;
* ``usageMetadata`` is a running snapshot, not a delta: the last one wins, nothing is summed;
* ``groundingMetadata`` is ``{}`` on intermediate chunks and complete on the last: an empty one never
  replaces a non-empty one;
* every other field (``finishReason``, ``safetyRatings``, ``citationMetadata``, ``modelVersion``,
  ``responseId``, ``promptFeedback``, fields this version does not know, ...) takes its latest value.

What is shared (nothing that can be edited):

* chunks are never modified;
* each :meth:`~GenerateContentAccumulator.result` is a new tree of dicts and lists, sharing none of them with the
  chunks, with the accumulator's state or with another result: editing a result, or a part of it, changes
  nothing else. The copy is made when the result is built, once per result (about 5 µs for a 50-chunk turn),
  rather than of every chunk as it is added (2 to 3.5 µs a chunk: a fifth to a third of what streaming a chunk
  costs); so the accumulator reads the chunks' values then, and a chunk edited before that shows in the result;
* a chunk of the wrong shape (``{"candidates": 5}``) raises :class:`~pygenai.ResponseDecodeError` and is not
  merged at all: the accumulator is as it was before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.errors import ResponseDecodeError
from .._core.model import WireModel, copy_json, json_type_name

__all__ = ["GenerateContentAccumulator"]

JSONObject = dict[str, Any]

_PLAIN_TEXT_KEYS = frozenset(("text", "thought"))


def _decode_error(path: str, expected: str, value: object) -> ResponseDecodeError:
    return ResponseDecodeError(path, f"expected {expected}, got {json_type_name(value)}")


def _check_candidates(candidates: Any) -> None:
    """Raise unless a chunk's candidates have the shapes merging relies on (so a bad chunk merges nothing)."""
    if type(candidates) is not list:
        raise _decode_error("candidates", "array", candidates)
    for position, candidate in enumerate(candidates):
        if type(candidate) is not dict:
            raise _decode_error(f"candidates[{position}]", "object", candidate)
        index = candidate.get("index", 0)
        if type(index) is not int:
            raise _decode_error(f"candidates[{position}].index", "integer", index)
        content = candidate.get("content")
        if content is not None:
            if type(content) is not dict:
                raise _decode_error(f"candidates[{position}].content", "object", content)
            parts = content.get("parts")
            if parts is not None and type(parts) is not list:
                raise _decode_error(f"candidates[{position}].content.parts", "array", parts)


class _Candidate:
    """Merge state of one candidate."""

    __slots__ = ("content", "fields", "has_content", "has_parts", "open_text", "open_thought", "parts")

    def __init__(self) -> None:
        # Latest value of every field, in first-seen order (dict.update keeps a key where it first appeared);
        # "content" and "content.parts" hold a chunk's raw values until merged() puts the merged ones there.
        self.fields: JSONObject = {}
        self.content: JSONObject = {}
        self.has_content = False
        self.has_parts = False
        self.parts: list[Any] = []
        # Text fragments of parts[-1] while it is a plain text part that later text may still join.
        self.open_text: list[str] | None = None
        self.open_thought = False

    def add(self, candidate: JSONObject) -> None:
        """Merge one chunk's candidate (its shape checked by ``_check_candidates``)."""
        content = candidate.get("content")
        self.merge(candidate, content, content.get("parts") if content is not None else None)

    def merge(self, candidate: JSONObject, content: JSONObject | None, parts: list[Any] | None) -> None:
        """Merge one chunk's candidate, given its ``content`` and ``content.parts`` (``None`` when absent)."""
        fields = self.fields
        if "groundingMetadata" in candidate:
            grounding = fields.get("groundingMetadata")
            fields.update(candidate)
            if grounding and not fields["groundingMetadata"]:
                fields["groundingMetadata"] = grounding  # intermediate chunks send {}: keep the full one
        else:
            fields.update(candidate)
        if content is None:
            return
        self.has_content = True
        self.content.update(content)
        if parts is None:
            return
        self.has_parts = True
        open_text = self.open_text
        for part in parts:
            if type(part) is dict:
                text = part.get("text")
                if type(text) is str:
                    if len(part) == 1:
                        thought = False
                    elif part.keys() <= _PLAIN_TEXT_KEYS:
                        thought = part["thought"] is True
                    else:  # text with a signature or other fields: kept whole
                        self._close_text(open_text)
                        self.parts.append(part)
                        open_text = None
                        continue
                    if open_text is not None and thought is self.open_thought:
                        open_text.append(text)
                        continue
                    self._close_text(open_text)
                    self.parts.append(dict(part))  # a copy: joining text must not change the caller's chunk
                    open_text = [text]
                    self.open_thought = thought
                    continue
            self._close_text(open_text)
            self.parts.append(part)
            open_text = None
        self.open_text = open_text

    def _close_text(self, open_text: list[str] | None) -> None:
        if open_text is not None and len(open_text) > 1:
            self.parts[-1]["text"] = "".join(open_text)

    def merged(self) -> JSONObject:
        """The candidate so far; it holds the state's and the chunks' own objects (the caller copies it)."""
        out = dict(self.fields)
        if self.has_content:
            content = dict(self.content)
            if self.has_parts:
                if self.open_text is not None and len(self.open_text) > 1:
                    joined = "".join(self.open_text)  # joined once, not again by every later result
                    self.open_text = [joined]
                    self.parts[-1]["text"] = joined
                content["parts"] = self.parts
            out["content"] = content
        return out


class GenerateContentAccumulator:
    """Merges the chunks of one ``streamGenerateContent`` call into one ``GenerateContentResponse``.

    Example::

        acc = GenerateContentAccumulator()
        for chunk in stream:
            acc.add(chunk)
        final = GenerateContentResponse._wrap(acc.result())

    The result is wire JSON in the shape of a ``generateContent`` response, a new tree each time: it shares no
    dict or list with the chunks or with another result, so later :meth:`add` calls and edits to a result change
    nothing else. Chunks are never modified; a chunk that cannot be merged raises and leaves the state as it was.
    """

    __slots__ = ("_candidates", "_chunk_count", "_has_candidates", "_response")

    def __init__(self) -> None:
        self._response: JSONObject = {}  # latest top-level fields in first-seen order
        self._candidates: dict[int, _Candidate] = {}
        self._has_candidates = False
        self._chunk_count = 0

    @property
    def chunk_count(self) -> int:
        """How many chunks have been added."""
        return self._chunk_count

    def add(self, chunk: Mapping[str, Any] | WireModel) -> None:
        """Merge one stream chunk: a parsed JSON object, or a model wrapping one.

        A chunk whose candidates do not have the shape of a response's raises :class:`~pygenai.ResponseDecodeError`
        naming the path, before anything of it is merged.
        """
        data: Mapping[str, Any] = chunk._data if isinstance(chunk, WireModel) else chunk
        candidates = data.get("candidates")
        if candidates is None:
            self._response.update(data)
        elif type(candidates) is list and len(candidates) == 1 and type(candidate := candidates[0]) is dict:
            # The usual chunk, one candidate: its shape is checked on the values the merge reads.
            index = candidate.get("index", 0)
            content = candidate.get("content")
            parts = None
            well_formed = type(index) is int
            if content is not None:
                if type(content) is dict:
                    parts = content.get("parts")
                    well_formed = well_formed and (parts is None or type(parts) is list)
                else:
                    well_formed = False
            if not well_formed:
                _check_candidates(candidates)  # raises, naming the path
            self._response.update(data)  # latest value wins; "candidates" is replaced in result()
            self._has_candidates = True
            state = self._candidates.get(index)
            if state is None:
                state = self._candidates[index] = _Candidate()
            state.merge(candidate, content, parts)
        else:
            _check_candidates(candidates)
            self._response.update(data)
            self._has_candidates = True
            states = self._candidates
            for candidate in candidates:
                index = candidate.get("index", 0)
                state = states.get(index)
                if state is None:
                    state = states[index] = _Candidate()
                state.add(candidate)
        self._chunk_count += 1

    def result(self) -> JSONObject:
        """The merged response so far, as wire JSON (``{}`` before the first chunk); a new tree each call."""
        out = dict(self._response)
        if self._has_candidates:
            out["candidates"] = [self._candidates[i].merged() for i in sorted(self._candidates)]
        copy: JSONObject = copy_json(out)
        return copy
