"""Memory: a conversation that keeps an agent's history across runs, saves it and compacts it.

``conv = agent.conversation()``; each ``conv.run(prompt)`` sends the earlier turns with the new prompt, and keeps
every turn the run added, model turns exactly as received (thought signatures intact). ``conv.save()`` gives JSON
bytes that :meth:`AgentConversation.load` (or ``agent.load_conversation``) reads back; saving again gives the
same bytes. Named ``AgentConversation`` so it is not mistaken for ``pygenai.Conversation`` (Interactions).
A compaction policy (:class:`SummarizeOlderTurns`) may replace older turns by a summary before a run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeAlias, TypeVar, cast

import orjson

from .._core.errors import ConversationLoadError
from .._io import portal
from ._usage import Usage

if TYPE_CHECKING:
    from ._agent import Agent
    from ._result import RunResult

__all__ = ["AgentConversation", "CompactionPolicy", "SummarizeOlderTurns"]

JSONObject: TypeAlias = dict[str, Any]
OutputT = TypeVar("OutputT")

FORMAT: Final = "pygenai.agent_conversation/1"
_ROLES: Final = ("user", "model")


class CompactionPolicy(Protocol):
    """Shortens a history before a run; returns the history to keep (the given one when nothing is to be done).
    A policy must keep each function call with its function response, and kept turns unchanged."""

    async def compact(self, agent: Agent[Any], history: Sequence[JSONObject], usage: Usage) -> list[JSONObject]: ...


class AgentConversation(Generic[OutputT]):
    """An agent's history across runs (make one with :meth:`Agent.conversation`).

    ``messages`` holds the turns as wire ``Content`` dicts. ``compaction`` (optional) runs before each run; the
    model requests it makes (summaries) are counted in ``compaction_usage``, not in any run's ``usage``.
    """

    def __init__(
        self,
        agent: Agent[OutputT],
        history: Sequence[Mapping[str, Any]] = (),
        *,
        compaction: CompactionPolicy | None = None,
    ) -> None:
        self.agent = agent
        self.compaction = compaction
        self._history: list[JSONObject] = [dict(turn) for turn in history]
        self.compaction_usage = Usage()

    @property
    def messages(self) -> list[JSONObject]:
        """The turns so far (a new list; the turns themselves are the stored ones)."""
        return list(self._history)

    def __len__(self) -> int:
        return len(self._history)

    def __repr__(self) -> str:
        return f"AgentConversation(agent={self.agent.name!r}, turns={len(self._history)})"

    async def run(self, prompt: str | Mapping[str, Any]) -> RunResult[OutputT]:
        """Run the agent on ``prompt`` (text, or one user ``Content`` dict) after the earlier turns; the history then
        holds every turn of this run. A run that fails leaves the history as it was."""
        turn: JSONObject = {"role": "user", "parts": [{"text": prompt}]} if isinstance(prompt, str) else dict(prompt)
        history = self._history
        if self.compaction is not None:
            history = await self.compaction.compact(self.agent, history, self.compaction_usage)
        result = await self.agent.run([*history, turn])
        self._history = list(result.messages)
        return result

    def run_sync(self, prompt: str | Mapping[str, Any]) -> RunResult[OutputT]:
        """:meth:`run` from sync code (on the shared portal loop)."""
        return portal.call(self.run, prompt)

    def save(self) -> bytes:
        """The history as JSON bytes (``format`` and ``history``); :meth:`load` reads them back, and saving the
        loaded conversation gives the same bytes."""
        document = {"format": FORMAT, "history": self._history}
        return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)

    @classmethod
    def load(
        cls,
        agent: Agent[OutputT],
        data: bytes | bytearray | memoryview | str,
        *,
        compaction: CompactionPolicy | None = None,
    ) -> AgentConversation[OutputT]:
        """A conversation of ``agent`` from :meth:`save`'s bytes; raises :class:`~pygenai.ConversationLoadError`
        naming where the document is wrong."""
        return cls(agent, decode_history(data), compaction=compaction)


def decode_history(data: bytes | bytearray | memoryview | str) -> list[JSONObject]:
    """The turns of a saved conversation, checked: each a ``Content`` with a known role and a list of parts."""
    try:
        document: Any = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ConversationLoadError("$", f"not JSON ({exc})") from None
    if not isinstance(document, dict):
        raise ConversationLoadError("$", f"expected an object, got {type(document).__name__}")
    fields = cast(JSONObject, document)
    if fields.get("format") != FORMAT:
        raise ConversationLoadError("$.format", f"expected {FORMAT!r}, got {fields.get('format')!r}")
    history: Any = fields.get("history")
    if not isinstance(history, list):
        raise ConversationLoadError("$.history", f"expected a list of turns, got {type(history).__name__}")
    turns = cast("Sequence[Any]", history)
    for index, turn in enumerate(turns):
        where = f"$.history[{index}]"
        if not isinstance(turn, dict):
            raise ConversationLoadError(where, f"expected a Content object, got {type(turn).__name__}")
        content = cast(JSONObject, turn)
        if content.get("role") not in _ROLES:
            raise ConversationLoadError(f"{where}.role", f"expected 'user' or 'model', got {content.get('role')!r}")
        parts: Any = content.get("parts")
        if not isinstance(parts, list):
            raise ConversationLoadError(f"{where}.parts", f"expected a list of parts, got {type(parts).__name__}")
        for number, part in enumerate(cast("Sequence[Any]", parts)):
            if not isinstance(part, dict):
                got = type(part).__name__
                raise ConversationLoadError(f"{where}.parts[{number}]", f"expected an object, got {got}")
    return cast("list[JSONObject]", history)


SUMMARY_REQUEST: Final = (
    "Summarise the conversation so far for your own later reference: the facts, decisions, tool results and open "
    "questions that matter. Answer with the summary only."
)
SUMMARY_PREFIX: Final = "Summary of the earlier conversation:\n"


class SummarizeOlderTurns:
    """Once the history is longer than ``max_turns``, replace all but about the last ``keep_last`` turns by one
    user turn holding a summary the model writes (one extra request, sent without tools).

    The cut moves back to the nearest user prompt (a user turn without function responses), so the kept turns
    start with a prompt: a function call is never separated from its response, and kept turns go back unchanged,
    thought signatures included. Nothing is summarised when there is no such prompt before the cut.
    """

    def __init__(
        self,
        *,
        keep_last: int = 6,
        max_turns: int | None = None,
        request: str = SUMMARY_REQUEST,
        prefix: str = SUMMARY_PREFIX,
    ) -> None:
        if keep_last < 1:
            raise ValueError("keep_last must be >= 1")
        self.keep_last = keep_last
        self.max_turns = max_turns if max_turns is not None else 2 * keep_last
        if self.max_turns < keep_last:
            raise ValueError("max_turns must be >= keep_last")
        self.request = request
        self.prefix = prefix

    def cut(self, history: Sequence[Mapping[str, Any]]) -> int:
        """The index of the first kept turn (0: keep everything)."""
        if len(history) <= self.max_turns:
            return 0
        cut = len(history) - self.keep_last
        while cut > 0 and not _is_prompt(history[cut]):
            cut -= 1
        return cut

    async def compact(self, agent: Agent[Any], history: Sequence[JSONObject], usage: Usage) -> list[JSONObject]:
        """The history with the turns before :meth:`cut` replaced by their summary (its request counted in
        ``usage``)."""
        cut = self.cut(history)
        if cut == 0:
            return list(history)
        older = [*history[:cut], {"role": "user", "parts": [{"text": self.request}]}]
        reply = await agent.backend.request(older, {})
        usage.add_response(reply.data.get("usageMetadata"))
        summary: JSONObject = {"role": "user", "parts": [{"text": self.prefix + reply.answer_text()}]}
        return [summary, *history[cut:]]


def _is_prompt(turn: Mapping[str, Any]) -> bool:
    if turn.get("role") != "user":
        return False
    parts: Any = turn.get("parts") or ()
    return not any(isinstance(p, Mapping) and "functionResponse" in p for p in cast("list[Any]", parts))
