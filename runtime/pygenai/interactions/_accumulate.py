"""Merging the events of a streamed interaction into the ``Interaction`` a non-streamed call returns.

Pure (no I/O): feed the stream's events (typed models, or their parsed JSON objects) to
:meth:`InteractionAccumulator.feed` and read :meth:`InteractionAccumulator.interaction` (an :class:`Interaction`)
or :meth:`InteractionAccumulator.result` (its wire JSON) at any time.

How the server streams (``shared/notes/gemini-wire-facts.md`` §7), and so how events merge:

* ``interaction.created`` (legacy ``interaction.start``): the fields of its ``interaction`` object start the
  result (``id``, ``status``, ``model``, ``object``, ...);
* ``interaction.status_update``: its ``status`` replaces the status;
* ``interaction.completed`` (legacy ``interaction.complete``): every field of its ``interaction`` object takes its
  latest value (``status``, ``usage``, ``created``, ``updated``, ...); the event has no ``steps``, which come from
  the step events (a ``steps`` list it does carry is used only when no step was streamed);
* ``step.start {index, step}``: the step at ``index`` begins as a copy of ``step`` (a function call starts with
  ``arguments: {}``, a model output with no ``content`` or an empty one);
* ``step.delta {index, delta}``, by the delta's ``type``:

  - ``text``: appended to the step's ``content``; consecutive text deltas join into one ``{"type": "text"}`` item
    (in a ``thought`` step without ``content``, to its ``summary`` instead, as ``thought_summary`` text);
  - ``text_annotation_delta``: its ``annotations`` are appended to the latest text item's ``annotations``;
  - ``image``, ``audio``, ``video``, ``document`` (and a delta type this version does not know, in a
    ``model_output`` step or another step that holds ``content``): appended whole to ``content`` as an item of
    that type, ``type`` included; text after such an item starts a new text item;
  - ``thought_summary``: its ``content`` is appended to the step's ``summary``; consecutive text contents join
    into one text item;
  - ``thought_signature``: its ``signature`` becomes the step's ``signature`` (the latest wins; never joined);
  - ``arguments_delta``: its ``arguments`` string fragment is kept; at ``step.stop`` (or when a result is read
    before it) the fragments are joined and parsed as JSON into the step's ``arguments`` (no fragments: the
    start's ``arguments`` stay); fragments that are not a JSON object raise
    :class:`~pygenai.ResponseDecodeError` naming ``steps[i].arguments``;
  - any other delta (``*_call``, ``*_result``, ``function_result``, and an unknown type in any other step):
    its fields other than ``type`` take their latest value on the step;

* a ``step.delta`` for an index no ``step.start`` opened starts a ``model_output`` step there;
* ``step.stop {index, usage?, step_usage?}``: the step is complete (its argument fragments are parsed); its usage
  counts are per-step progress and are not part of the result (the interaction's usage comes with
  ``interaction.completed``);
* ``error``: raises :class:`~pygenai.StreamError` with the error's ``code`` and ``message``, typed by the status its
  code stands for as the stream parser types it (``rate_limit_exceeded``: also a ``RateLimitError``; the stream shell
  raises it before the accumulator sees the event; the accumulator does the same when fed one directly);
* ``[DONE]`` (the string, or ``None``): the end; nothing to merge;
* legacy ``content.start {index, content}`` / ``content.delta {index, delta}`` / ``content.stop {index}`` (the
  pre-``steps`` ``outputs`` stream): a content of a step type (``thought``, ``function_call``, ``*_call``,
  ``*_result``) starts that step; any other content starts a ``model_output`` step holding it (a text content
  without ``text`` as ``""``, which the text deltas then extend); deltas and stops then merge as above;
* an event of a type this version does not know is ignored (it stays visible to whoever iterates the stream).

Steps are ordered by ``index``. Events are never modified; each result is a new tree of dicts and lists sharing
none with the events, the accumulator's state or another result, so results never alias what was handed out.
An event that cannot be merged (``{"index": "x"}``) raises :class:`~pygenai.ResponseDecodeError` and merges
nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import orjson

from .._core.error_details import parse_error_object, stream_error
from .._core.errors import ResponseDecodeError
from .._core.model import WireModel, copy_json, json_type_name
from ._result import Interaction

__all__ = ["InteractionAccumulator"]

JSONObject = dict[str, Any]

DONE: Final = "[DONE]"

_CONTENT_DELTAS: Final = frozenset({"text", "image", "audio", "video", "document"})
_STEP_TYPES: Final = frozenset(
    {
        "thought",
        "function_call",
        "function_result",
        "code_execution_call",
        "code_execution_result",
        "url_context_call",
        "url_context_result",
        "google_search_call",
        "google_search_result",
        "file_search_call",
        "file_search_result",
        "google_maps_call",
        "google_maps_result",
        "mcp_server_tool_call",
        "mcp_server_tool_result",
    }
)


def _field(event: Mapping[str, Any], key: str, expected: type, name: str, where: str) -> Any:
    value = event.get(key)
    if type(value) is not expected:
        raise ResponseDecodeError(f"{where}.{key}", f"expected {name}, got {json_type_name(value)}")
    return value


class _Step:
    """Merge state of one step: its fields, plus the text and argument fragments still being joined."""

    __slots__ = ("arguments", "fields", "open_summary", "open_text")

    def __init__(self, step: JSONObject) -> None:
        self.fields: JSONObject = copy_json(step)
        # The text item being extended (the last of ``content``/``summary``) and its fragments so far.
        self.open_text: tuple[JSONObject, list[str]] | None = None
        self.open_summary: tuple[JSONObject, list[str]] | None = None
        self.arguments: list[str] | None = None

    def _items(self, key: str) -> list[Any]:
        items = self.fields.get(key)
        if type(items) is not list:
            items = self.fields[key] = []
        return items

    def add(self, delta: JSONObject, where: str) -> None:
        kind = delta.get("type")
        if kind == "text" and "content" not in self.fields and self.fields.get("type") == "thought":
            self._add_summary({"type": "text", "text": delta.get("text", "")})
        elif kind == "text":
            text = delta.get("text")
            if type(text) is not str:
                raise ResponseDecodeError(f"{where}.text", f"expected string, got {json_type_name(text)}")
            if self.open_text is not None and delta.keys() <= {"type", "text"}:
                self.open_text[1].append(text)
                return
            self._close()
            item = copy_json(delta)
            self._items("content").append(item)
            self.open_text = (item, [text])
        elif kind == "text_annotation_delta":
            annotations = delta.get("annotations")
            if annotations is None:
                return
            if type(annotations) is not list:
                raise ResponseDecodeError(f"{where}.annotations", f"expected array, got {json_type_name(annotations)}")
            target = self._last_text()
            if target is None:
                target = {"type": "text", "text": ""}
                self._items("content").append(target)
            existing = target.get("annotations")
            if type(existing) is not list:
                existing = target["annotations"] = []
            existing.extend(copy_json(annotations))
        elif kind == "thought_summary":
            content = delta.get("content")
            if type(content) is dict:
                self._add_summary(content)
        elif kind == "thought_signature":
            self.fields["signature"] = delta.get("signature")
        elif kind == "arguments_delta":
            fragment = delta.get("arguments")
            if type(fragment) is not str:
                raise ResponseDecodeError(f"{where}.arguments", f"expected string, got {json_type_name(fragment)}")
            if self.arguments is None:
                self.arguments = []
            self.arguments.append(fragment)
        elif kind in _CONTENT_DELTAS or (self._holds_content() and kind not in _STEP_TYPES):
            self._close()
            self._items("content").append(copy_json(delta))
        else:
            for key, value in delta.items():
                if key != "type":
                    self.fields[key] = copy_json(value)

    def _holds_content(self) -> bool:
        return "content" in self.fields or self.fields.get("type") == "model_output"

    def _add_summary(self, content: JSONObject) -> None:
        text = content.get("text")
        if content.get("type") == "text" and type(text) is str and content.keys() <= {"type", "text"}:
            if self.open_summary is not None:
                self.open_summary[1].append(text)
                return
            item = dict(content)
            self._items("summary").append(item)
            self.open_summary = (item, [text])
        else:
            self._close_summary()
            self._items("summary").append(copy_json(content))

    def _last_text(self) -> JSONObject | None:
        content = self.fields.get("content")
        if type(content) is list and content and type(content[-1]) is dict and content[-1].get("type") == "text":
            self._close_text()
            last: JSONObject = content[-1]
            return last
        return None

    def _close_text(self) -> None:
        if self.open_text is not None:
            item, fragments = self.open_text
            if len(fragments) > 1:
                joined = "".join(fragments)
                fragments[:] = [joined]
                item["text"] = joined

    def _close_summary(self) -> None:
        if self.open_summary is not None:
            item, fragments = self.open_summary
            if len(fragments) > 1:
                joined = "".join(fragments)
                fragments[:] = [joined]
                item["text"] = joined
            self.open_summary = None

    def _close(self) -> None:
        self._close_text()
        self.open_text = None

    def finish_arguments(self, where: str) -> None:
        if self.arguments is None:
            return
        raw = "".join(self.arguments)
        self.arguments = [raw]
        if not raw.strip():
            return
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            reason = f"the argument fragments are not JSON ({exc})"
            raise ResponseDecodeError(f"{where}.arguments", reason, raw[:120]) from None
        if type(value) is not dict:
            raise ResponseDecodeError(
                f"{where}.arguments", f"expected the arguments to be a JSON object, got {json_type_name(value)}"
            )
        self.fields["arguments"] = value

    def merged(self, where: str) -> JSONObject:
        """The step so far (the caller copies it)."""
        self._close_text()
        if self.open_summary is not None:
            item, fragments = self.open_summary
            if len(fragments) > 1:
                joined = "".join(fragments)
                fragments[:] = [joined]
                item["text"] = joined
        self.finish_arguments(where)
        return self.fields


class InteractionAccumulator:
    """Merges the events of one streamed interaction into the ``Interaction`` a non-streamed call returns.

    Example::

        acc = InteractionAccumulator()
        for event in client.interactions.create(model=..., input="Hi", stream=True):
            acc.feed(event)
        interaction = acc.interaction()

    The merge rules are in the module docstring. Each result is a new tree, sharing nothing with the events or
    another result.
    """

    __slots__ = ("_completed", "_done", "_event_count", "_fields", "_steps")

    def __init__(self) -> None:
        self._fields: JSONObject = {}
        self._steps: dict[int, _Step] = {}
        self._event_count = 0
        self._completed = False
        self._done = False

    @property
    def event_count(self) -> int:
        """How many events have been merged (the ``[DONE]`` sentinel not counted)."""
        return self._event_count

    @property
    def completed(self) -> bool:
        """An ``interaction.completed`` event has been merged."""
        return self._completed

    @property
    def done(self) -> bool:
        """The ``[DONE]`` sentinel has been fed."""
        return self._done

    def feed(self, event: Mapping[str, Any] | WireModel | str | None) -> None:
        """Merge one stream event: a typed event, its parsed JSON object, or ``"[DONE]"`` / ``None`` (the end).

        Raises :class:`~pygenai.StreamError` for an ``error`` event and :class:`~pygenai.ResponseDecodeError`
        (naming the path) for an event that cannot be merged, which then merges nothing.
        """
        if event is None or event == DONE:
            self._done = True
            return
        if isinstance(event, str):
            raise ResponseDecodeError("", "expected a stream event object or the [DONE] sentinel", event[:120])
        data: Mapping[str, Any] = event._data if isinstance(event, WireModel) else event
        kind = data.get("event_type")
        if kind == "step.delta" or kind == "content.delta":
            index = self._index(data, kind)
            delta = _field(data, "delta", dict, "object", kind)
            step = self._steps.get(index)
            if step is None:
                step = _Step({"type": "model_output"})
                step.add(delta, f"steps[{index}]")
                self._steps[index] = step  # only once the delta merged: a bad one leaves no empty step behind
            else:
                step.add(delta, f"steps[{index}]")
        elif kind == "step.start":
            index = self._index(data, kind)
            self._steps[index] = _Step(_field(data, "step", dict, "object", kind))
        elif kind == "content.start":
            index = self._index(data, kind)
            content = _field(data, "content", dict, "object", kind)
            if content.get("type") in _STEP_TYPES:
                self._steps[index] = _Step(content)
            else:
                step = self._steps[index] = _Step({"type": "model_output", "content": [content]})
                item = step.fields["content"][0]
                if item.get("type") == "text" and item.keys() <= {"type", "text"}:
                    text = item.get("text")
                    item["text"] = text if type(text) is str else ""
                    step.open_text = (item, [item["text"]])
        elif kind == "step.stop" or kind == "content.stop":
            index = self._index(data, kind)
            step = self._steps.get(index)
            if step is not None:
                step.finish_arguments(f"steps[{index}]")
        elif kind in ("interaction.created", "interaction.start", "interaction.completed", "interaction.complete"):
            interaction = _field(data, "interaction", dict, "object", kind)
            self._fields.update(copy_json(interaction))
            if kind in ("interaction.completed", "interaction.complete"):
                self._completed = True
        elif kind == "interaction.status_update":
            status = data.get("status")
            if status is not None:
                self._fields["status"] = status
        elif kind == "error":
            error = data.get("error")
            parsed = parse_error_object(error if isinstance(error, dict) else {}, fallback="error event in the stream")
            raise stream_error(parsed, orjson.dumps(data).decode())
        self._event_count += 1

    @staticmethod
    def _index(data: Mapping[str, Any], kind: str) -> int:
        index = data.get("index", 0)
        if type(index) is not int or index < 0:
            raise ResponseDecodeError(f"{kind}.index", f"expected a non-negative integer, got {json_type_name(index)}")
        return index

    def result(self) -> JSONObject:
        """The interaction so far, as wire JSON (``{}`` before the first event); a new tree each call."""
        out = dict(self._fields)
        if self._steps or "steps" not in out:
            out["steps"] = [self._steps[i].merged(f"steps[{i}]") for i in sorted(self._steps)]
        copy: JSONObject = copy_json(out)
        return copy

    def interaction(self) -> Interaction:
        """The interaction so far as an :class:`Interaction` (a new one each call)."""
        return Interaction._wrap(self.result())
