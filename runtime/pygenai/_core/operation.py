"""What generated code tells the runtime about one API operation: pure data, no behaviour."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Operation", "PathParam"]


@dataclass(frozen=True, slots=True)
class PathParam:
    """A path template variable.

    ``reserved`` (``{+name}`` in the template) means the value may contain ``/`` and is not
    percent-encoded; ``prefix`` (e.g. ``"models/"``) is prepended when the caller gives a bare id.
    """

    name: str
    reserved: bool = False
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    """One HTTP operation of an API, as its spec describes it.

    ``path`` is a template relative to the base URL, with ``{name}``/``{+name}`` variables
    (``/v1beta/{+model}:generateContent``). ``query`` maps Python argument names to wire names.
    ``stream`` says how the operation streams: ``"sse"`` always, ``"sse-if-requested"`` when the
    request asks for it (a ``stream`` body field or query parameter), ``None`` never.
    ``stream_query`` are query parameters a streaming request adds (``{"alt": "sse"}``).
    ``stream_done`` is the data of the event that ends the stream (``"[DONE]"``), when the API sends one: a
    stream that ends without it was cut. ``stream_resume`` names how a cut stream continues (``"last_event_id"``:
    the API resumes after a given event id); the API's package supplies the strategy that does it.
    ``upload_paths`` maps an upload protocol (``"resumable"``, ``"simple"``) to its path template.
    ``response`` is ``"json"``, or ``"media"`` for an operation that answers with raw bytes (a download).
    """

    api: str
    id: str
    http_method: str
    path: str
    path_params: tuple[PathParam, ...] = ()
    query: Mapping[str, str] = field(default_factory=dict)
    stream: Literal["sse", "sse-if-requested"] | None = None
    stream_query: Mapping[str, str] = field(default_factory=dict)
    stream_done: str | None = None
    stream_resume: str | None = None
    upload_paths: Mapping[str, str] = field(default_factory=dict)
    response: Literal["json", "media"] = "json"
