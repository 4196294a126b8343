"""``Interaction``: the generated interaction view plus what the common jobs read.

The class subclasses the generated ``Interaction`` and wraps the same JSON dict (no copy). It adds, for the
interaction's latest turn (the steps after the last ``user_input`` step: a ``GET`` with ``include_input`` returns
the whole timeline, a ``create`` only the output):

* ``text`` (the model's output text) — or :class:`~pygenai.InteractionStatusError` naming the status when there
  is none; ``output_text`` is the same text, ``""`` instead of raising;
* ``function_calls`` (the ``function_call`` steps still waiting for a ``function_result``);
* ``thoughts`` (each thought step's summary and signature), ``thought_summary``, ``thought_signatures``;
* ``citations()`` / ``render_citations()`` from the text annotations, rendered as GenerateContent's are;
* ``usage`` (snake_case counts, per modality), ``parsed`` (structured output; see :func:`attach`),
  ``automatic_function_calling`` (how ``create``'s tool loop ended);
* ``steps`` (inherited): every step typed by its kind, a kind this version does not know as ``UnknownStep``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

from pygenai_generated.interactions_types import Interaction as _GeneratedInteraction
from pygenai_generated.interactions_types import ModalityTokens, ThoughtStep, Usage

from .._abi.mixins import latest_text_items
from .._core.citations import Citation, CitedText, Source, char_offset, render_marked, utf8_boundary
from .._core.errors import InteractionStatusError
from .._core.model import get_int, view_at
from ..tools import ToolInvocation

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput
    from ._loop import InteractionFunctionCallingResult

__all__ = ["Interaction", "InteractionThought", "InteractionUsage", "attach"]

T = TypeVar("T")
_UNSET: Final = object()

_STATUS_REASONS: Final = {
    "requires_action": "the model is waiting for function results",
    "failed": "the interaction failed",
    "incomplete": "the interaction stopped early (a limit such as max_output_tokens was reached) before any text",
    "budget_exceeded": "the interaction ran out of its budget before any text",
    "cancelled": "the interaction was cancelled before any text",
    "in_progress": "the interaction is still running; wait for it (client.interactions.get or a stream)",
    "queued": "the interaction has not started yet; wait for it",
}


def _turn(data: Mapping[str, Any]) -> tuple[int, list[Any]]:
    """The index of the latest turn's first step, and every step (a list, possibly empty)."""
    steps = data.get("steps")
    if not isinstance(steps, list):
        return 0, []
    for index in range(len(steps) - 1, -1, -1):
        step = steps[index]
        if isinstance(step, dict) and step.get("type") == "user_input":
            return index + 1, steps
    return 0, steps


def _item_text(item: Mapping[str, Any]) -> str:
    text = item.get("text")
    return text if isinstance(text, str) else ""


def _describe(steps: Sequence[Any]) -> str:
    kinds: list[str] = []
    for step in steps:
        kind = step.get("type") if isinstance(step, dict) else None
        label = kind if isinstance(kind, str) else "unknown"
        if kind == "model_output":
            content = step.get("content")
            types = [c.get("type") for c in content if isinstance(c, dict)] if isinstance(content, list) else []
            label = f"model_output ({', '.join(str(t) for t in types) or 'empty'})"
        if label not in kinds:
            kinds.append(label)
    return ", ".join(kinds) or "no steps"


# --------------------------------------------------------------------------------------------- small views


class InteractionUsage(Usage):
    """An interaction's ``usage``: the generated view (every wire field, ``total_input_tokens``,
    ``input_tokens_by_modality``, ...) plus short snake_case counts that are 0 where the server left one out, and
    per-modality counts as dicts (``{"text": 228, "image": 20}``).

    ``output_tokens`` counts the output, ``thought_tokens`` the thinking (``total_output_tokens`` and
    ``total_thought_tokens`` on the wire); ``total_tokens`` is 0 when absent. A count that is not an integer raises
    :class:`~pygenai.ResponseDecodeError` naming its path (``usage.total_tokens``).
    """

    __slots__ = ()

    @property
    def total_tokens(self) -> int:
        """All tokens of the interaction (0 when absent)."""
        return get_int(self, "total_tokens") or 0

    @total_tokens.setter
    def total_tokens(self, value: int | None) -> None:
        self._set("total_tokens", value)

    @property
    def input_tokens(self) -> int:
        """``total_input_tokens`` (0 when absent)."""
        return self.total_input_tokens or 0

    @property
    def output_tokens(self) -> int:
        """``total_output_tokens`` (0 when absent)."""
        return self.total_output_tokens or 0

    @property
    def thought_tokens(self) -> int:
        """``total_thought_tokens`` (0 when absent)."""
        return self.total_thought_tokens or 0

    @property
    def cached_tokens(self) -> int:
        """``total_cached_tokens`` (0 when absent)."""
        return self.total_cached_tokens or 0

    @property
    def tool_use_tokens(self) -> int:
        """``total_tool_use_tokens`` (0 when absent)."""
        return self.total_tool_use_tokens or 0

    @property
    def input_by_modality(self) -> dict[str, int]:
        """``input_tokens_by_modality`` as ``{modality: tokens}``."""
        return _by_modality(self.input_tokens_by_modality)

    @property
    def output_by_modality(self) -> dict[str, int]:
        """``output_tokens_by_modality`` as ``{modality: tokens}``."""
        return _by_modality(self.output_tokens_by_modality)

    @property
    def cached_by_modality(self) -> dict[str, int]:
        """``cached_tokens_by_modality`` as ``{modality: tokens}``."""
        return _by_modality(self.cached_tokens_by_modality)

    @property
    def tool_use_by_modality(self) -> dict[str, int]:
        """``tool_use_tokens_by_modality`` as ``{modality: tokens}``."""
        return _by_modality(self.tool_use_tokens_by_modality)

    @property
    def grounding_tool_counts(self) -> dict[str, int]:
        """``grounding_tool_count`` as ``{tool type: uses}`` (``google_search``, ``google_maps``, ``retrieval``)."""
        out: dict[str, int] = {}
        for entry in self.grounding_tool_count or ():
            kind, count = entry.type, entry.count
            if kind is not None:
                out[kind] = out.get(kind, 0) + (count or 0)
        return out


@dataclasses.dataclass(frozen=True)
class InteractionThought:
    """One thought step: its summary text (``""`` unless summaries were asked for) and its signature as sent."""

    summary: str
    signature: str | None
    step: ThoughtStep = dataclasses.field(repr=False, compare=False)
    """The typed step, a view over the received dict (send it back as is)."""


def _by_modality(entries: Sequence[ModalityTokens] | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for entry in entries or ():
        modality = entry.modality
        if modality is not None:
            out[modality] = out.get(modality, 0) + (entry.tokens or 0)
    return out


# --------------------------------------------------------------------------------------------- the interaction


class Interaction(_GeneratedInteraction):
    """An interaction as the API returned it, with accessors for its output.

    Example::

        interaction = client.interactions.create(model="gemini-3.5-flash", input="Hi")
        print(interaction.text)              # raises InteractionStatusError when there is no output text
        print(interaction.status, interaction.usage.total_tokens)
    """

    __slots__ = ("_afc", "_parsed", "_structured")

    _afc: InteractionFunctionCallingResult | None
    _structured: StructuredOutput[Any] | None
    _parsed: Any

    # ------------------------------------------------------------------ text

    @property
    def output_text(self) -> str:
        """The text of the model's latest output, concatenated; ``""`` when it has none (as google-genai)."""
        items = latest_text_items(self._data)
        return "".join(_item_text(item) for item in items) if items is not None else ""

    @property
    def text(self) -> str:
        """The text of the model's latest output (its ``model_output`` text after the last ``user_input`` step).

        Raises :class:`~pygenai.InteractionStatusError` naming the status when there is none: the model waits for
        function results (``requires_action``), the interaction ``failed``, is ``incomplete``, exceeded its budget
        (``budget_exceeded``), was ``cancelled``, is still running, or ``completed`` with output that is not text.
        """
        items = latest_text_items(self._data)
        if items is not None:
            return "".join(_item_text(item) for item in items)
        status = self._data.get("status")
        status = status if isinstance(status, str) else None
        first, steps = _turn(self._data)
        if status == "requires_action":
            names = ", ".join(call.name for call in self.function_calls) or "none listed"
            reason = f"the model is waiting for function results (calls: {names}); read interaction.function_calls"
        elif status == "completed":
            reason = f"the interaction completed without output text; its output is {_describe(steps[first:])}"
        elif status in _STATUS_REASONS:
            reason = _STATUS_REASONS[status]
        else:
            reason = f"the interaction has no output text (status {status!r})"
        identifier = self._data.get("id")
        identifier = identifier if isinstance(identifier, str) else None
        raise InteractionStatusError(
            f"no output text: status {status}: {reason}", status=status, interaction_id=identifier, interaction=self
        )

    # ------------------------------------------------------------------ calls and thoughts

    @property
    def function_calls(self) -> list[ToolInvocation]:
        """The latest turn's ``function_call`` steps that no later ``function_result`` answers, in order.

        Each is a :class:`~pygenai.ToolInvocation`: ``id``, ``name``, ``args`` (the parsed ``arguments``) and
        ``part`` (the step dict as received, signature included).
        """
        first, steps = _turn(self._data)
        answered = {
            step.get("call_id")
            for step in steps[first:]
            if isinstance(step, dict) and step.get("type") == "function_result"
        }
        calls: list[ToolInvocation] = []
        for step in steps[first:]:
            if not isinstance(step, dict) or step.get("type") != "function_call":
                continue
            call_id = step.get("id")
            call_id = call_id if isinstance(call_id, str) else None
            if call_id is not None and call_id in answered:
                continue
            name = step.get("name")
            arguments = step.get("arguments")
            calls.append(
                ToolInvocation(
                    index=len(calls),
                    name=name if isinstance(name, str) else "",
                    args=arguments if isinstance(arguments, dict) else {},
                    id=call_id,
                    part=step,
                )
            )
        return calls

    @property
    def thoughts(self) -> list[InteractionThought]:
        """The latest turn's thought steps in order: each one's summary text and signature."""
        first, steps = _turn(self._data)
        out: list[InteractionThought] = []
        for index in range(first, len(steps)):
            step = steps[index]
            if not isinstance(step, dict) or step.get("type") != "thought":
                continue
            summary = step.get("summary")
            texts = [
                _item_text(item)
                for item in (summary if isinstance(summary, list) else ())
                if isinstance(item, dict) and item.get("type") == "text"
            ]
            signature = step.get("signature")
            out.append(
                InteractionThought(
                    "".join(texts),
                    signature if isinstance(signature, str) else None,
                    view_at(ThoughtStep, step, self, "steps", index),
                )
            )
        return out

    @property
    def thought_summary(self) -> str:
        """The latest turn's thought summaries joined; ``""`` when there are none."""
        return "".join(thought.summary for thought in self.thoughts)

    @property
    def thought_signatures(self) -> list[str]:
        """The latest turn's thought signatures in order, exactly as sent."""
        return [thought.signature for thought in self.thoughts if thought.signature is not None]

    # ------------------------------------------------------------------ citations

    def citations(self) -> list[Citation]:
        """The cited spans of the output text with their sources, from the text items' ``annotations``.

        Annotation offsets are UTF-8 byte offsets into their text item (``start_index`` left out means 0, an
        ``end_index`` left out the item's end); they become character offsets into :attr:`output_text`. Sources
        are numbered in order of first appearance, one per distinct source.
        """
        return self._citations()[0]

    def render_citations(self, marker: str = "[{number}]") -> CitedText:
        """The output text with inline citation markers and a numbered source list (``str()`` shows both).

        Rendered as GenerateContent's ``response.render_citations()``: ``marker`` is formatted per source (fields
        ``number``, ``uri``, ``title``, ``kind``) and markers ending at the same place are merged.
        """
        found, sources = self._citations()
        return render_marked(self.output_text, found, sources, marker)

    def _citations(self) -> tuple[list[Citation], list[Source]]:
        items = latest_text_items(self._data) or []
        text = "".join(_item_text(item) for item in items)
        sources: dict[tuple[str, str | None, str | None], Source] = {}
        out: list[Citation] = []
        base = 0
        for item in items:
            item_text = _item_text(item)
            encoded = item_text.encode("utf-8")
            annotations = item.get("annotations")
            for annotation in annotations if isinstance(annotations, list) else ():
                if not isinstance(annotation, dict):
                    continue
                source = _source(annotation, sources)
                start = annotation.get("start_index")
                end = annotation.get("end_index")
                lo = utf8_boundary(encoded, start if isinstance(start, int) else 0, up=False)
                hi = utf8_boundary(encoded, end if isinstance(end, int) else len(encoded), up=True)
                if lo > hi:
                    continue
                char_lo = base + char_offset(item_text, encoded, lo)
                char_hi = base + char_offset(item_text, encoded, hi)
                out.append(Citation(char_lo, char_hi, text[char_lo:char_hi], (source.chunk_index,), (source,)))
            base += len(item_text)
        return out, list(sources.values())

    # ------------------------------------------------------------------ usage

    @property
    def usage(self) -> InteractionUsage:
        """Token counts: the ``usage`` view with short counts (0 where absent) and per-modality dicts.

        An interaction without ``usage`` (one still running) reads as an empty one, all counts 0.
        """
        usage = self._data.get("usage")
        if isinstance(usage, dict):
            return view_at(InteractionUsage, usage, self, "usage")
        return InteractionUsage._wrap({}, self, "usage")

    @usage.setter
    def usage(self, value: Usage | Mapping[str, Any] | None) -> None:
        self._set("usage", None if value is None else Usage._coerce(value))

    @property
    def automatic_function_calling(self) -> InteractionFunctionCallingResult | None:
        """How the automatic function-calling loop of ``create`` ended (``None`` when it did not run)."""
        return getattr(self, "_afc", None)

    # ------------------------------------------------------------------ structured output

    @property
    def parsed(self) -> Any:
        """The output text as an instance of the request's ``response_format`` type (a JSON value for a schema).

        Raises :class:`~pygenai.StructuredOutputError` (with the text and the failing path) when the text does not
        fit, :class:`~pygenai.InteractionStatusError` when there is no text, and ``TypeError`` when the request set
        no response format type (use :meth:`parse`).
        """
        cached = getattr(self, "_parsed", _UNSET)
        if cached is not _UNSET:
            return cached
        structured = getattr(self, "_structured", None)
        if structured is None:
            raise TypeError("the request set no response_format type; use interaction.parse(MyType) instead")
        value = structured.parse(self.text)
        self._parsed = value
        return value

    @overload
    def parse(self, schema: type[T]) -> T: ...

    @overload
    def parse(self, schema: Mapping[str, Any]) -> Any: ...

    def parse(self, schema: Any) -> Any:
        """Parse the output text into ``schema`` (a type or a JSON Schema), as ``parsed`` does for the request's."""
        from ..tools._structured import StructuredOutput

        structured = getattr(self, "_structured", None)
        if structured is not None and structured.target is schema and schema is not None:
            return self.parsed
        return StructuredOutput.of(schema).parse(self.text)


def _source(annotation: Mapping[str, Any], seen: dict[tuple[str, str | None, str | None], Source]) -> Source:
    kind = annotation.get("type")
    kind = kind if isinstance(kind, str) else "unknown"

    def first(*keys: str) -> str | None:
        return next((annotation[k] for k in keys if isinstance(annotation.get(k), str) and annotation[k]), None)

    uri = first("url", "document_uri", "uri", "source")
    title = first("title", "file_name", "name") if kind != "file_citation" else first("file_name", "title", "source")
    key = (kind, uri, title)
    source = seen.get(key)
    if source is None:
        chunk = {k: v for k, v in annotation.items() if k not in ("start_index", "end_index")}
        source = seen[key] = Source(len(seen) + 1, kind, uri, title, chunk)
    return source


def attach(
    interaction: Interaction,
    structured: StructuredOutput[Any] | None,
    *,
    afc: InteractionFunctionCallingResult | None = None,
) -> Interaction:
    """Record the request's structured output (for ``parsed``) and the function-calling loop's result (for
    ``automatic_function_calling``) on an interaction (internal; returns it).

    The requests layer calls it on what ``create`` returns, with the ``StructuredOutput`` built from
    ``response_format``; the stream calls it on its final interaction.
    """
    interaction._structured = structured
    if afc is not None:
        interaction._afc = afc
    return interaction
