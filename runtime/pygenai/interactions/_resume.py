"""How a cut Interactions stream continues: after the last event id it saw, on the interaction it created.

The API numbers its stream events (``event_id`` in the data; an SSE ``id:`` line may carry it too) and takes
``last_event_id`` to resume:

* a ``GET .../interactions/{id}?stream=true`` stream is re-sent with ``last_event_id``;
* a stream that created the interaction (``POST .../interactions``) continues with
  ``GET .../interactions/{id}?stream=true&last_event_id=...``, the id read from the ``interaction`` object
  (or ``interaction_id``) of an event already seen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import quote

from .._core.request import RequestSpec

__all__ = ["InteractionsResume"]


class InteractionsResume:
    """One Interactions stream's resume state (a :class:`~pygenai._core.stream_parser.Resumer`)."""

    __slots__ = ("interaction_id",)

    def __init__(self) -> None:
        self.interaction_id: str | None = None

    def observe(self, data: dict[str, Any]) -> str | None:
        interaction = data.get("interaction")
        if isinstance(interaction, dict) and isinstance(interaction.get("id"), str):
            self.interaction_id = interaction["id"]
        elif isinstance(data.get("interaction_id"), str):
            self.interaction_id = data["interaction_id"]
        event_id = data.get("event_id")
        return event_id if isinstance(event_id, str) else None

    def resume_request(self, spec: RequestSpec, last_event_id: str) -> RequestSpec | None:
        params = tuple(p for p in spec.params if p[0] != "last_event_id")
        if spec.method == "GET":
            return replace(spec, params=(*params, ("last_event_id", last_event_id)))
        if self.interaction_id is None:
            return None
        headers = {k: v for k, v in spec.headers.items() if k.lower() != "content-type"}
        return replace(
            spec,
            method="GET",
            url=f"{spec.url.rstrip('/')}/{quote(self.interaction_id, safe='')}",
            params=(*params, ("stream", "true"), ("last_event_id", last_event_id)),
            headers=headers,
            content=None,
        )
