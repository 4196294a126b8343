"""What changed while a background interaction worked: progress reports made from polls or stream events.

Pure: :class:`ProgressTracker` is fed each polled interaction (:meth:`~ProgressTracker.from_poll`) or each
stream event's JSON (:meth:`~ProgressTracker.from_event`) with the seconds elapsed, and returns the
:class:`InteractionProgress` that ``on_progress`` receives: the status (and whether it changed), the steps that
appeared, the thought summaries and output text that arrived since the previous report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pygenai_generated.interactions_types import Step, decode_Step

from ._poll import is_terminal

if TYPE_CHECKING:
    from ._result import Interaction

__all__ = ["InteractionProgress", "ProgressTracker"]


@dataclass(frozen=True, slots=True)
class InteractionProgress:
    """One report of a waiting interaction, given to ``on_progress`` after each poll or stream event.

    * ``interaction_id``, ``status`` (as last seen), ``status_changed`` (differs from the previous report);
    * ``elapsed``: seconds since the wait (or the research run) began;
    * ``new_steps``: steps that appeared since the previous report (polling; a stream reports a step once it has
      started: ``step.start``), typed by kind (``ThoughtStep``, ``GoogleSearchCallStep``, ``ModelOutputStep``...);
    * ``thought_summaries``: the text of thought summaries that arrived since the previous report;
    * ``text``: output text that arrived since the previous report (a stream's text deltas; polls see no
      output text before the end);
    * ``interaction``: the interaction as polled (``None`` in a stream, whose events carry no whole interaction);
    * ``event_type``: the stream event this report comes from (``None`` when polling).
    """

    interaction_id: str
    status: str | None
    status_changed: bool
    elapsed: float
    new_steps: tuple[Step, ...] = ()
    thought_summaries: tuple[str, ...] = ()
    text: str = ""
    interaction: Interaction | None = None
    event_type: str | None = None

    @property
    def terminal(self) -> bool:
        """Whether the status reported ends the wait."""
        return is_terminal(self.status)


def _summary_texts(step: dict[str, Any]) -> list[str]:
    summary = step.get("summary")
    if not isinstance(summary, list):
        return []
    return [item["text"] for item in summary if isinstance(item, dict) and isinstance(item.get("text"), str)]


class ProgressTracker:
    """Turns successive polls, or stream events, of one interaction into :class:`InteractionProgress` reports."""

    __slots__ = ("interaction_id", "status", "steps_seen")

    def __init__(self, interaction_id: str, status: str | None = None) -> None:
        self.interaction_id = interaction_id
        self.status = status
        self.steps_seen = 0

    def _status(self, status: object) -> bool:
        if not isinstance(status, str) or status == self.status:
            return False
        self.status = status
        return True

    def from_poll(self, interaction: Interaction, elapsed: float) -> InteractionProgress:
        """The report for one polled interaction (steps counted from those already reported)."""
        data = interaction._data
        changed = self._status(data.get("status"))
        steps = data.get("steps")
        steps = steps if isinstance(steps, list) else []
        if len(steps) < self.steps_seen:  # a timeline that shrank: report it afresh
            self.steps_seen = 0
        fresh = steps[self.steps_seen :]
        self.steps_seen = len(steps)
        new_steps = tuple(decode_Step(step) for step in fresh if isinstance(step, dict))
        thoughts = tuple(text for step in fresh if isinstance(step, dict) for text in _summary_texts(step))
        return InteractionProgress(
            self.interaction_id,
            self.status,
            changed,
            elapsed,
            new_steps=new_steps,
            thought_summaries=thoughts,
            interaction=interaction,
        )

    def from_event(self, data: dict[str, Any], elapsed: float) -> InteractionProgress:
        """The report for one stream event's JSON (legacy event names read like the current ones)."""
        kind = data.get("event_type")
        kind = kind if isinstance(kind, str) else None
        changed = False
        new_steps: tuple[Step, ...] = ()
        thoughts: tuple[str, ...] = ()
        text = ""
        interaction = data.get("interaction")
        if isinstance(interaction, dict):  # interaction.created / .completed (and the legacy .start / .complete)
            changed = self._status(interaction.get("status"))
        elif kind == "interaction.status_update":
            changed = self._status(data.get("status"))
        step = data.get("step")
        if isinstance(step, dict):  # step.start
            new_steps = (decode_Step(step),)
            thoughts = tuple(_summary_texts(step))
        delta = data.get("delta")
        if isinstance(delta, dict):  # step.delta (and the legacy content.delta)
            if delta.get("type") == "thought_summary":
                content = delta.get("content")
                if isinstance(content, dict) and isinstance(content.get("text"), str):
                    thoughts = (content["text"],)
            elif delta.get("type") == "text" and isinstance(delta.get("text"), str):
                text = delta["text"]
        return InteractionProgress(
            self.interaction_id,
            self.status,
            changed,
            elapsed,
            new_steps=new_steps,
            thought_summaries=thoughts,
            text=text,
            event_type=kind,
        )
