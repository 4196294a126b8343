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
    ``upload_paths`` maps an upload protocol (``"resumable"``, ``"simple"``) to its path template.
    """

    api: Literal["gemini", "interactions"]
    id: str
    http_method: str
    path: str
    path_params: tuple[PathParam, ...] = ()
    query: Mapping[str, str] = field(default_factory=dict)
    stream: Literal["sse", "sse-if-requested"] | None = None
    stream_query: Mapping[str, str] = field(default_factory=dict)
    upload_paths: Mapping[str, str] = field(default_factory=dict)
