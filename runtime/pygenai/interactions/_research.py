"""Deep Research: the agent's request, its finished report with citations and sources, and a progress bar.

``client.interactions.research(query)`` runs Google's Deep Research agent in the background, reports progress while
it works and returns a :class:`ResearchReport`. This module holds the pure parts: the request body
(:func:`research_request`), reading the report out of the finished interaction (:func:`research_report`) and the
plain-text :class:`ResearchProgressBar`.

The report is the output text of the finished interaction; its ``text`` items carry ``annotations``
(``url_citation``, ``file_citation``, ``place_citation``) whose ``start_index``/``end_index`` count **UTF-8 bytes**
of that item's text. They are read as ``interaction.citations()`` reads them (character offsets into the report,
sources numbered in the order the report first cites them) and rendered as GenerateContent's citations are.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TextIO, TypeAlias

from pygenai_generated.gemini_types import File
from pygenai_generated.interactions_types import DeepResearchAgentConfig

from .._core.citations import Citation, CitedText, Source, render_marked
from .._core.errors import ConfigTypeError
from .._core.model import WireModel
from ._input import to_input

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput
    from ._progress import InteractionProgress
    from ._result import Interaction

__all__ = [
    "DEFAULT_RESEARCH_AGENT",
    "DocumentInput",
    "ResearchProgressBar",
    "ResearchReport",
    "research_report",
    "research_request",
]

DEFAULT_RESEARCH_AGENT: Final = "deep-research-preview-04-2026"
"""The Deep Research agent Google's documentation names today (``deep-research-max-preview-04-2026`` is its
slower, more thorough sibling; ``deep-research-pro-preview-12-2025`` the previous one)."""

DocumentInput: TypeAlias = "File | bytes | os.PathLike[str] | Mapping[str, Any] | WireModel"
"""A document for the agent to read: an uploaded ``File``, the bytes of a PDF (or image), a path to one, or a
content object (``{"type": "document", "uri": ..., "mime_type": "application/pdf"}``)."""

JSONObject: TypeAlias = dict[str, Any]


# --------------------------------------------------------------------------- the request


def _document(value: Any, where: str) -> Any:
    if isinstance(value, str):
        raise ConfigTypeError(
            where,
            "a str is ambiguous here (text or a path?): give a pathlib.Path, the file's bytes, an uploaded File or a "
            "content dict; put text in the query",
        )
    if isinstance(value, os.PathLike):
        path = Path(value)
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ConfigTypeError(where, f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    return value


def research_input(query: str, documents: Sequence[DocumentInput]) -> str | list[JSONObject]:
    """The wire ``input``: the query alone, or the query's text followed by the documents."""
    if not isinstance(query, str) or not query.strip():
        raise ConfigTypeError("query", "must be a non-empty str")
    if isinstance(documents, str | bytes) or not isinstance(documents, Sequence):
        raise ConfigTypeError("documents", f"must be a list of documents, got {type(documents).__name__}")
    if not documents:
        return query
    items = [_document(doc, f"documents[{index}]") for index, doc in enumerate(documents)]
    return to_input([query, *items])


def research_agent_config(
    agent_config: DeepResearchAgentConfig | Mapping[str, Any] | None, thinking_summaries: str | None
) -> JSONObject:
    """``agent_config`` with its ``type`` (``deep-research``) and ``thinking_summaries`` filled in when not given."""
    if agent_config is None:
        config: JSONObject = {}
    elif isinstance(agent_config, WireModel):
        config = dict(agent_config._data)
    elif isinstance(agent_config, Mapping):
        config = dict(agent_config)
    else:
        raise ConfigTypeError(
            "agent_config", f"expected a DeepResearchAgentConfig or a dict, got {type(agent_config).__name__}"
        )
    config.setdefault("type", "deep-research")
    if thinking_summaries is not None:
        config.setdefault("thinking_summaries", thinking_summaries)
    return config


def research_request(
    *,
    query: str,
    documents: Sequence[DocumentInput],
    agent: str,
    agent_config: DeepResearchAgentConfig | Mapping[str, Any] | None,
    thinking_summaries: str | None,
    structured: StructuredOutput[Any] | None,
) -> JSONObject:
    """The keyword arguments of the generated ``create`` for one research run (always ``background=True``)."""
    if not isinstance(agent, str) or not agent:
        raise ConfigTypeError("agent", "must be a non-empty str naming the agent")
    request: JSONObject = {
        "agent": agent,
        "input": research_input(query, documents),
        "background": True,
        "agent_config": research_agent_config(agent_config, thinking_summaries),
    }
    if structured is not None:
        request["response_format"] = {
            "type": "text",
            "mime_type": structured.mime_type,
            "schema": structured.json_schema,
        }
    return request


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class ResearchReport:
    """A finished Deep Research run.

    * ``report``: the report's text (Markdown): the output text of the finished interaction;
    * ``citations``: the cited spans in report order (character offsets into ``report``), each with its sources
      (the :class:`~pygenai.Citation` type GenerateContent's ``response.citations()`` gives);
    * ``sources``: the sources cited, numbered in the order the report first cites them;
    * ``thought_summaries``: the agent's thought summaries, in order (with ``thinking_summaries="auto"``);
    * ``interaction``: the finished interaction (ask a follow-up with
      ``research(..., previous_interaction_id=result.interaction_id)``);
    * ``parsed``: the report parsed into ``output_schema`` when one was given, else ``None``.

    ``str(result)`` is the report with citation markers and the numbered source list.
    """

    report: str
    citations: tuple[Citation, ...]
    sources: tuple[Source, ...]
    interaction: Interaction = field(repr=False)
    thought_summaries: tuple[str, ...] = ()
    parsed: Any = None

    @property
    def interaction_id(self) -> str | None:
        """The id of the research interaction."""
        value = self.interaction._data.get("id")
        return value if isinstance(value, str) else None

    def render_citations(self, marker: str = "[{number}]") -> CitedText:
        """The report with a marker after each cited span, and the numbered sources (``str()`` shows both).

        As GenerateContent's ``response.render_citations()``: ``marker`` is formatted per source (fields ``number``,
        ``uri``, ``title``, ``kind``) and the markers of spans ending at the same place are merged.
        """
        return render_marked(self.report, self.citations, self.sources, marker)

    def __str__(self) -> str:
        return str(self.render_citations())


def _thoughts(data: Mapping[str, Any]) -> tuple[str, ...]:
    steps = data.get("steps")
    texts: list[str] = []
    for step in steps if isinstance(steps, list) else ():
        if isinstance(step, dict) and step.get("type") == "thought" and isinstance(step.get("summary"), list):
            texts.extend(
                item["text"] for item in step["summary"] if isinstance(item, dict) and isinstance(item.get("text"), str)
            )
    return tuple(texts)


def research_report(interaction: Interaction, structured: StructuredOutput[Any] | None = None) -> ResearchReport:
    """The report, citations and sources of a completed research interaction."""
    report = interaction.output_text
    citations = sorted(interaction.citations(), key=lambda c: (c.start, c.end))
    sources: dict[int, Source] = {}
    for citation in citations:
        for source in citation.sources:
            sources.setdefault(source.number, source)
    return ResearchReport(
        report=report,
        citations=tuple(citations),
        sources=tuple(sources[number] for number in sorted(sources)),
        interaction=interaction,
        thought_summaries=_thoughts(interaction._data),
        parsed=structured.parse(report) if structured is not None else None,
    )


# --------------------------------------------------------------------------- progress on stderr


class ResearchProgressBar:
    """A one-line, plain-text progress display for ``on_progress`` (``research(..., progress_bar=True)`` uses one).

    Deep Research gives no percentage, so the line shows the elapsed time, the status, the steps seen and the latest
    thought summary, rewritten in place (``\\r``) on ``stream`` (``sys.stderr`` by default); a final line ends it
    when the status is final. Example: ``[02:13] in_progress | 7 steps | Comparing TPU generations``.
    """

    __slots__ = ("_shown", "_steps", "_stream", "_thought", "width")

    def __init__(self, stream: TextIO | None = None, *, width: int = 100) -> None:
        self._stream = stream
        self.width = width
        self._steps = 0
        self._thought = ""
        self._shown = 0

    def line(self, progress: InteractionProgress) -> str:
        """The text shown for ``progress`` (after taking in what it brings)."""
        self._steps += len(progress.new_steps)
        for summary in progress.thought_summaries:
            first = next((ln.strip(" #*") for ln in summary.splitlines() if ln.strip(" #*")), "")
            if first:
                self._thought = first
        minutes, seconds = divmod(int(progress.elapsed), 60)
        parts = [progress.status or "starting", f"{self._steps} steps"]
        if self._thought:
            parts.append(self._thought)
        text = f"[{minutes:02d}:{seconds:02d}] " + " | ".join(parts)
        return text if len(text) <= self.width else text[: self.width - 3] + "..."

    def __call__(self, progress: InteractionProgress) -> None:
        text = self.line(progress)
        stream = self._stream if self._stream is not None else sys.stderr
        padding = " " * max(0, self._shown - len(text))
        stream.write(f"\r{text}{padding}")
        self._shown = len(text)
        if progress.terminal:
            stream.write("\n")
            self._shown = 0
        stream.flush()
