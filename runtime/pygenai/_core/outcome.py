"""What a GenerateContent response amounts to (an answer, or why there is none), as plain data.

It lives in the core because :class:`~pygenai.NoAnswerError` carries it; judging a response is the
Gemini package's job (``pygenai.gemini``).
"""

from __future__ import annotations

import dataclasses
from typing import Final, Literal, TypeAlias

from .errors import (
    CandidateBlockedError,
    MalformedFunctionCallError,
    MaxTokensError,
    NoAnswerError,
    NoTextError,
    PromptBlockedError,
    UnknownFinishReasonError,
)

__all__ = ["Outcome", "OutcomeKind"]

OutcomeKind: TypeAlias = Literal[
    "answer",
    "function_calls",
    "no_text",
    "prompt_blocked",
    "candidate_blocked",
    "max_tokens",
    "tool_call_error",
    "unknown_finish_reason",
    "no_candidates",
]

_ERRORS: Final[dict[str, type[NoAnswerError]]] = {
    "prompt_blocked": PromptBlockedError,
    "candidate_blocked": CandidateBlockedError,
    "max_tokens": MaxTokensError,
    "tool_call_error": MalformedFunctionCallError,
    "unknown_finish_reason": UnknownFinishReasonError,
    "function_calls": NoTextError,
    "no_text": NoTextError,
    "no_candidates": NoTextError,
}


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What a response amounts to, judged on its first candidate.

    ``kind`` is one of:

    * ``answer``: there is answer text (``truncated`` when it was cut by ``MAX_TOKENS``);
    * ``function_calls``: the model asks for function calls and wrote no text;
    * ``no_text``: the candidate finished normally but holds no text (images, code, only thoughts, nothing);
    * ``prompt_blocked``: no candidates, ``promptFeedback.blockReason`` says why;
    * ``candidate_blocked``: stopped before any text for ``SAFETY``, ``RECITATION``, ``SPII``, ...;
    * ``max_tokens``: the output token limit ran out before any text;
    * ``tool_call_error``: ``MALFORMED_FUNCTION_CALL``, ``UNEXPECTED_TOOL_CALL``, ``MISSING_THOUGHT_SIGNATURE``, ...;
    * ``unknown_finish_reason``: no text and a finish reason this version does not know (or none);
    * ``no_candidates``: no candidates and no block reason.

    ``message`` explains it in one sentence; :meth:`error` is the exception ``response.text`` raises.
    """

    kind: OutcomeKind
    message: str
    finish_reason: str | None = None
    finish_message: str | None = None
    block_reason: str | None = None
    block_reason_message: str | None = None
    truncated: bool = False

    @property
    def ok(self) -> bool:
        """True when there is answer text."""
        return self.kind == "answer"

    def error(self) -> NoAnswerError | None:
        """The typed error for an outcome that is not an answer (``None`` for an answer)."""
        if self.kind == "answer":
            return None
        return _ERRORS[self.kind](self)
