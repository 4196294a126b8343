"""``GenerateContentResponse``: the generated response view plus what the common jobs read.

The class subclasses the generated ``GenerateContentResponse`` and wraps the same JSON dict (no copy). It
adds, for the first candidate:

* ``text`` (the answer, thoughts left out) — or a :class:`~pygenai.NoAnswerError` subclass saying why there
  is none; ``outcome`` tells the same without raising;
* ``thoughts`` (thought summaries), ``thought_signatures``, ``function_calls``, ``content``, ``parts``;
* ``parsed`` (structured output), ``usage``, ``citations()``, ``code_executions``, ``url_context``;
* ``automatic_function_calling`` (how the automatic loop ended) and its ``history``.

A streamed chunk is a :class:`GenerateContentChunk`: its ``text`` is the chunk's fragment (``""`` when it
has none), and the whole answer is judged on the accumulated response.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar, overload

from pygenai_generated.gemini_types import Content, GroundingMetadata, Part, UsageMetadata
from pygenai_generated.gemini_types import GenerateContentResponse as _GeneratedResponse

from .._core.errors import ToolPairingError
from .._core.model import view_at
from .._core.outcome import Outcome, OutcomeKind
from ..tools import ToolInvocation, ToolResult
from ..tools._loop import LoopOutcome
from ._wire import GEMINI_WIRE, function_calls, pair_function_responses

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput
    from ._citations import Citation, CitedText

__all__ = [
    "AutomaticFunctionCallingResult",
    "CodeRun",
    "GenerateContentChunk",
    "GenerateContentResponse",
    "TokenUsage",
    "UrlRetrieval",
]

JSONObject: TypeAlias = dict[str, Any]
T = TypeVar("T")

BLOCKING_FINISH_REASONS: Final = frozenset(
    {
        "SAFETY",
        "RECITATION",
        "LANGUAGE",
        "BLOCKLIST",
        "PROHIBITED_CONTENT",
        "SPII",
        "IMAGE_SAFETY",
        "IMAGE_PROHIBITED_CONTENT",
        "IMAGE_RECITATION",
    }
)
TOOL_FAILURE_FINISH_REASONS: Final = frozenset(
    {
        "MALFORMED_FUNCTION_CALL",
        "UNEXPECTED_TOOL_CALL",
        "TOO_MANY_TOOL_CALLS",
        "MISSING_THOUGHT_SIGNATURE",
        "MALFORMED_RESPONSE",
    }
)
_PLAIN_FINISH_REASONS: Final = frozenset({"STOP", "OTHER", "NO_IMAGE", "IMAGE_OTHER", "FINISH_REASON_UNSPECIFIED"})


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _parts(candidate: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    content = candidate.get("content")
    parts = content.get("parts") if isinstance(content, Mapping) else None
    return [p for p in parts if isinstance(p, Mapping)] if isinstance(parts, list) else []


def _first_candidate(data: Mapping[str, Any]) -> Mapping[str, Any] | None:
    candidates = data.get("candidates")
    if isinstance(candidates, list) and candidates and isinstance(candidates[0], Mapping):
        return candidates[0]
    return None


def _answer_texts(parts: Sequence[Mapping[str, Any]]) -> list[str]:
    return [p["text"] for p in parts if isinstance(p.get("text"), str) and p.get("thought") is not True]


def _describe_parts(parts: Sequence[Mapping[str, Any]]) -> str:
    kinds: list[str] = []
    for part in parts:
        if part.get("thought") is True:
            kind = "thought"
        else:
            kind = next((k for k in part if k not in ("thoughtSignature", "partMetadata", "videoMetadata")), "empty")
        if kind not in kinds:
            kinds.append(kind)
    return ", ".join(kinds)


def _blocked_categories(candidate: Mapping[str, Any]) -> list[str]:
    ratings = candidate.get("safetyRatings")
    out: list[str] = []
    for rating in ratings if isinstance(ratings, list) else ():
        if isinstance(rating, Mapping) and rating.get("blocked") is True and isinstance(rating.get("category"), str):
            out.append(rating["category"])
    return out


def judge(
    data: Mapping[str, Any], *, afc: AutomaticFunctionCallingResult | None = None, chunk: bool = False
) -> Outcome:
    """The :class:`Outcome` of a wire response (``chunk``: a stream chunk, whose missing finish reason is normal)."""
    candidate = _first_candidate(data)
    if candidate is None:
        feedback = data.get("promptFeedback")
        feedback = feedback if isinstance(feedback, Mapping) else {}
        block = _str(feedback.get("blockReason"))
        if block is not None:
            detail = _str(feedback.get("blockReasonMessage"))
            return Outcome(
                "prompt_blocked",
                f"the prompt was blocked ({block}{': ' + detail if detail else ''}); the response has no candidates",
                block_reason=block,
                block_reason_message=detail,
            )
        if chunk:
            return Outcome("answer", "a stream chunk without candidates")
        return Outcome("no_candidates", "the response has no candidates and no promptFeedback.blockReason")

    reason = _str(candidate.get("finishReason"))
    finish_message = _str(candidate.get("finishMessage"))
    parts = _parts(candidate)
    texts = _answer_texts(parts)

    def made(kind: OutcomeKind, message: str, truncated: bool = False) -> Outcome:
        return Outcome(kind, message, reason, finish_message, truncated=truncated)

    said = f" ({finish_message})" if finish_message else ""

    if any(texts):
        truncated = reason == "MAX_TOKENS"
        note = "the answer was cut by the output token limit" if truncated else "an answer"
        return made("answer", note, truncated)
    if reason in BLOCKING_FINISH_REASONS:
        categories = _blocked_categories(candidate)
        extra = f"; blocked categories: {', '.join(categories)}" if categories else ""
        return made("candidate_blocked", f"the answer was blocked: finish reason {reason}{said}{extra}")
    if chunk:
        return made("answer", "a stream chunk")
    calls = function_calls({"parts": parts})
    if calls:
        names = ", ".join(call.name for call in calls)
        message = f"the answer is function calls, not text: {names}; read response.function_calls"
        if afc is not None and afc.reason != "completed":
            rounds = f"{afc.rounds} round{'s' if afc.rounds != 1 else ''}"
            message += f" (automatic function calling stopped: {afc.reason} after {rounds} of tool calls)"
        return made("function_calls", message)
    if reason == "MAX_TOKENS":
        usage = data.get("usageMetadata")
        thoughts = usage.get("thoughtsTokenCount") if isinstance(usage, Mapping) else None
        spent = f"; thinking used {thoughts} tokens" if isinstance(thoughts, int) else ""
        return made(
            "max_tokens",
            f"the output token limit was reached before any answer text (MAX_TOKENS{spent}); "
            "raise max_output_tokens or lower the thinking budget or level",
        )
    if reason in TOOL_FAILURE_FINISH_REASONS:
        hint = ""
        if reason == "MISSING_THOUGHT_SIGNATURE":
            hint = "; a model turn in the request lost its thoughtSignature: send model turns back exactly as received"
        return made("tool_call_error", f"the model's tool use failed: finish reason {reason}{said}{hint}")
    if texts and reason in (None, "STOP"):
        return made("answer", "an empty answer")
    if reason in _PLAIN_FINISH_REASONS or (reason is None and parts):
        what = f"holds only {_describe_parts(parts)} parts" if parts else "has no content"
        finished = f"finished ({reason}{said}) without answer text" if reason else "has no finish reason and no text"
        return made("no_text", f"the candidate {finished}: it {what}")
    if reason is None:
        return made("unknown_finish_reason", "the candidate has no content and no finish reason")
    return made(
        "unknown_finish_reason",
        f"no answer text, and finish reason {reason!r}{said}, which this version of pygenai does not know",
    )


# --------------------------------------------------------------------------------------------- small views


@dataclasses.dataclass(frozen=True)
class TokenUsage:
    """Token counts of a response, 0 where the server left a count out (proto3 omits zeros).

    ``candidates_tokens`` counts the answer, ``thoughts_tokens`` the thinking; ``output_tokens`` is both.
    Of a stream, only the last chunk's usage is final (each chunk carries a snapshot, never a delta).
    """

    prompt_tokens: int = 0
    candidates_tokens: int = 0
    thoughts_tokens: int = 0
    tool_use_prompt_tokens: int = 0
    cached_tokens: int = 0
    total_tokens: int = 0
    service_tier: str | None = None
    metadata: UsageMetadata | None = dataclasses.field(default=None, repr=False, compare=False)
    """The typed ``usageMetadata`` (per-modality details and fields added later)."""

    @property
    def output_tokens(self) -> int:
        """Answer plus thinking tokens: what is billed as output."""
        return self.candidates_tokens + self.thoughts_tokens


@dataclasses.dataclass(frozen=True)
class CodeRun:
    """One code execution: the ``executableCode`` part and the ``codeExecutionResult`` that answers it.

    ``ok`` is false for ``OUTCOME_FAILED`` / ``OUTCOME_DEADLINE_EXCEEDED`` (``output`` then holds the error),
    and for code whose result never came.
    """

    code: str | None
    language: str | None
    outcome: str | None
    output: str | None
    id: str | None
    code_part: JSONObject | None = dataclasses.field(default=None, repr=False)
    result_part: JSONObject | None = dataclasses.field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        """The code ran and succeeded (``OUTCOME_OK``)."""
        return self.outcome == "OUTCOME_OK"


@dataclasses.dataclass(frozen=True)
class UrlRetrieval:
    """The URL context tool's retrieval of one URL: ``status`` as sent (``URL_RETRIEVAL_STATUS_SUCCESS``, ...)."""

    url: str | None
    status: str | None

    @property
    def ok(self) -> bool:
        """The page was retrieved."""
        return self.status == "URL_RETRIEVAL_STATUS_SUCCESS"


@dataclasses.dataclass(frozen=True)
class AutomaticFunctionCallingResult(LoopOutcome):
    """How the automatic function-calling loop ended.

    ``reason``: ``completed`` (the model answered), ``max_rounds`` (it still called tools after the allowed
    rounds: the response is a partial result whose calls are ``pending_calls``) or ``unhandled_call`` (it called
    a function the request does not run). ``history`` holds the turns the loop added, in order: each model turn
    exactly as received (thought signatures included), then the user turn with the function responses.
    ``results`` are every tool run, errors included.
    """

    @property
    def contents(self) -> list[Content]:
        """``history`` as ``Content`` views over the same dicts."""
        return [Content._wrap(c) for c in self.history]


# --------------------------------------------------------------------------------------------- the response

_UNSET: Final = object()


class GenerateContentResponse(_GeneratedResponse):
    """A ``generateContent`` response: the generated fields plus the answer, thoughts, calls and outcome.

    Example::

        response = client.models.generate_content(model="gemini-2.5-flash", contents="Hi")
        print(response.text)                 # raises a NoAnswerError subclass when there is no answer
        print(response.outcome.kind, response.usage.thoughts_tokens)
    """

    __slots__ = ("_afc", "_parsed", "_structured")

    _afc: AutomaticFunctionCallingResult | None
    _structured: StructuredOutput[Any] | None
    _parsed: Any

    # ------------------------------------------------------------------ the first candidate

    def _candidate(self) -> Mapping[str, Any] | None:
        return _first_candidate(self._data)

    def _candidate_field(self, key: str) -> Any:
        candidate = self._candidate()
        return candidate.get(key) if candidate is not None else None

    def _parts(self) -> list[Mapping[str, Any]]:
        candidate = self._candidate()
        return _parts(candidate) if candidate is not None else []

    @property
    def outcome(self) -> Outcome:
        """What this response amounts to (an answer, function calls, a block, ...), without raising."""
        return judge(self._data, afc=self.automatic_function_calling)

    @property
    def text(self) -> str:
        """The answer: the text parts of the first candidate joined, thoughts left out.

        Raises a :class:`~pygenai.NoAnswerError` subclass that says why when there is no answer text: a blocked
        prompt (:class:`~pygenai.PromptBlockedError`), a blocked candidate, ``MAX_TOKENS`` before any text,
        function calls or other non-text parts (:class:`~pygenai.NoTextError`), an unknown finish reason.
        """
        outcome = self.outcome
        error = outcome.error()
        if error is not None:
            raise error
        return "".join(_answer_texts(self._parts()))

    @property
    def finish_reason(self) -> str | None:
        """The first candidate's ``finishReason`` as sent (``None`` when absent)."""
        candidate = self._candidate()
        return _str(candidate.get("finishReason")) if candidate is not None else None

    @property
    def content(self) -> Content | None:
        """The first candidate's ``Content``, a view over the received dict (send it back as is)."""
        content = self._candidate_field("content")
        return view_at(Content, content, self, "candidates", 0, "content") if isinstance(content, dict) else None

    @property
    def parts(self) -> list[Part]:
        """The first candidate's parts (google-genai's ``response.parts``), views over the received dicts; ``[]``
        when there are none."""
        content = self.content
        parts = content.parts if content is not None else None
        return parts or []

    @property
    def thoughts(self) -> str:
        """The thought summaries (parts with ``thought: true``) joined; ``""`` when there are none."""
        return "".join(p["text"] for p in self._parts() if p.get("thought") is True and isinstance(p.get("text"), str))

    @property
    def thought_signatures(self) -> list[str]:
        """Every ``thoughtSignature`` of the first candidate's parts, in order, exactly as sent."""
        return [p["thoughtSignature"] for p in self._parts() if isinstance(p.get("thoughtSignature"), str)]

    @property
    def function_calls(self) -> list[ToolInvocation]:
        """The first candidate's function calls in order (``part`` is the wire part, signature included)."""
        candidate = self._candidate()
        return function_calls(candidate.get("content") if candidate is not None else None)

    def function_responses(self, results: Sequence[Any] | Mapping[str, Any]) -> Content:
        """The user ``Content`` answering this response's function calls (manual function calling).

        ``results`` is a sequence in call order, or a mapping from call id (or function name, when each name is
        called once) to result. A result may be any JSON-able value (sent as ``{"result": value}``), an exception
        (sent as ``{"error": "Type: message"}``), a :class:`~pygenai.ToolResult` or a ``functionResponse`` part.
        A mapping that leaves a call unanswered raises ``KeyError``; one keyed by a name several unanswered calls
        share, or holding a key that answers no call, raises :class:`~pygenai.ToolPairingError` (nothing is guessed).

        Example::

            calls = response.function_calls
            reply = response.function_responses([get_weather(**c.args) for c in calls])
            contents = [question, response.content, reply]
        """
        calls = self.function_calls
        if isinstance(results, Mapping):
            values: Sequence[Any] = _results_in_call_order(calls, results)
        else:
            values = results
        if len(values) != len(calls):
            raise ValueError(f"{len(calls)} function calls but {len(values)} results")
        return Content._wrap(
            pair_function_responses(calls, [_tool_result(c, v) for c, v in zip(calls, values, strict=True)])
        )

    # ------------------------------------------------------------------ structured output

    @property
    def parsed(self) -> Any:
        """The answer as an instance of the requested ``response_schema`` type (a JSON value for a raw schema).

        Raises :class:`~pygenai.StructuredOutputError` (with the text and the failing path) when the text does not
        fit, a :class:`~pygenai.NoAnswerError` when there is no text, and ``TypeError`` when the request set no
        ``response_schema`` (use :meth:`parse`).
        """
        cached = getattr(self, "_parsed", _UNSET)
        if cached is not _UNSET:
            return cached
        structured = getattr(self, "_structured", None)
        if structured is None:
            raise TypeError("the request set no response_schema; use response.parse(MyType) instead")
        value = structured.parse(self.text)
        self._parsed = value
        return value

    @overload
    def parse(self, schema: type[T]) -> T: ...

    @overload
    def parse(self, schema: Mapping[str, Any]) -> Any: ...

    def parse(self, schema: Any) -> Any:
        """Parse the answer text into ``schema`` (a type or a JSON Schema), as ``parsed`` does for the request's.

        The typed way to read structured output: ``recipe = response.parse(Recipe)`` is a ``Recipe`` for type
        checkers too (``parsed`` is ``Any``). When ``schema`` is the request's ``response_schema`` the value
        ``parsed`` holds is returned (parsed once), in the request's mode (JSON, or ``text/x.enum``).
        """
        from ..tools._structured import StructuredOutput

        structured = getattr(self, "_structured", None)
        if structured is not None and structured.target is schema and schema is not None:
            return self.parsed
        return StructuredOutput.of(schema).parse(self.text)

    # ------------------------------------------------------------------ metadata

    @property
    def usage(self) -> TokenUsage:
        """Token counts (prompt, answer, thoughts, tool use, cache, total), 0 where absent.

        A count that is not an integer (quoted digits are one, as proto3 JSON allows) raises
        :class:`~pygenai.ResponseDecodeError` naming it (``usageMetadata.promptTokenCount``).
        """
        metadata = self.usage_metadata
        if metadata is None:
            return TokenUsage()
        return TokenUsage(
            prompt_tokens=metadata.prompt_token_count or 0,
            candidates_tokens=metadata.candidates_token_count or 0,
            thoughts_tokens=metadata.thoughts_token_count or 0,
            tool_use_prompt_tokens=metadata.tool_use_prompt_token_count or 0,
            cached_tokens=metadata.cached_content_token_count or 0,
            total_tokens=metadata.total_token_count or 0,
            service_tier=metadata.service_tier,
            metadata=metadata,
        )

    @property
    def grounding_metadata(self) -> GroundingMetadata | None:
        """The first candidate's grounding metadata (search queries, chunks, supports), if any."""
        metadata = self._candidate_field("groundingMetadata")
        if not isinstance(metadata, dict):
            return None
        return view_at(GroundingMetadata, metadata, self, "candidates", 0, "groundingMetadata")

    def citations(self) -> list[Citation]:
        """The grounded spans of the answer with their sources (UTF-8 byte offsets converted to characters)."""
        from ._citations import citations

        return citations(self)

    def render_citations(self, marker: str = "[{number}]") -> CitedText:
        """The answer with inline citation markers and a numbered source list (``str()`` shows both)."""
        from ._citations import render_citations

        return render_citations(self, marker=marker)

    @property
    def code_executions(self) -> list[CodeRun]:
        """The code the model ran with the code execution tool, each paired with its result.

        A result pairs with the code part of the same ``id``, else with the earliest code part still without a
        result; a failed run has ``ok`` false and its error in ``output``.
        """
        runs: list[dict[str, Any]] = []
        for part in self._parts():
            code = part.get("executableCode")
            result = part.get("codeExecutionResult")
            if isinstance(code, Mapping):
                runs.append({"code": code, "code_part": part, "result": None, "result_part": None})
            elif isinstance(result, Mapping):
                result_id = result.get("id")
                match = next(
                    (r for r in runs if r["result"] is None and result_id and r["code"].get("id") == result_id), None
                )
                if match is None:
                    match = next((r for r in runs if r["result"] is None and not r["code"].get("id")), None)
                if match is None:
                    match = next((r for r in runs if r["result"] is None), None)
                if match is None:
                    runs.append({"code": {}, "code_part": None, "result": result, "result_part": part})
                else:
                    match["result"], match["result_part"] = result, part
        out: list[CodeRun] = []
        for run in runs:
            code, result = run["code"], run["result"] or {}
            out.append(
                CodeRun(
                    code=_str(code.get("code")),
                    language=_str(code.get("language")),
                    outcome=_str(result.get("outcome")),
                    output=result.get("output") if isinstance(result.get("output"), str) else None,
                    id=_str(code.get("id")) or _str(result.get("id")),
                    code_part=run["code_part"],
                    result_part=run["result_part"],
                )
            )
        return out

    @property
    def url_context(self) -> list[UrlRetrieval]:
        """The URL context tool's per-URL retrieval statuses, in the order sent."""
        candidate = self._candidate()
        metadata = candidate.get("urlContextMetadata") if candidate is not None else None
        entries = metadata.get("urlMetadata") if isinstance(metadata, Mapping) else None
        return [
            UrlRetrieval(_str(e.get("retrievedUrl")), _str(e.get("urlRetrievalStatus")))
            for e in (entries if isinstance(entries, list) else ())
            if isinstance(e, Mapping)
        ]

    # ------------------------------------------------------------------ automatic function calling

    @property
    def automatic_function_calling(self) -> AutomaticFunctionCallingResult | None:
        """How the automatic function-calling loop ended (``None`` when it did not run)."""
        return getattr(self, "_afc", None)

    @property
    def automatic_function_calling_history(self) -> list[Content]:
        """The turns the automatic loop added before this response (model calls, function responses), in order."""
        afc = self.automatic_function_calling
        return afc.contents if afc is not None else []


class GenerateContentChunk(GenerateContentResponse):
    """One chunk of a stream: ``text`` is this chunk's fragment (``""`` when it has none).

    Only a blocked prompt or a blocked candidate raise from a chunk's ``text``; whether the whole stream
    answered is judged on the accumulated response (``stream.final_response()``).
    """

    __slots__ = ()

    @property
    def outcome(self) -> Outcome:
        """The outcome as far as this chunk shows it (a missing finish reason is normal mid-stream)."""
        return judge(self._data, chunk=True)


def _results_in_call_order(calls: Sequence[ToolInvocation], results: Mapping[str, Any]) -> list[Any]:
    """The results of a mapping keyed by call id or function name, in call order; every key must answer a call."""
    by_name = [call for call in calls if call.id is None or call.id not in results]
    ordered: list[Any] = []
    used: set[str] = set()
    for call in calls:
        key = call.id if call.id is not None and call.id in results else call.name
        if key not in results:
            raise KeyError(f"no result for call {call.name}" + (f" (id {call.id})" if call.id else ""))
        if key == call.name:
            count = sum(other.name == call.name for other in by_name)
            if count > 1:
                raise ToolPairingError(
                    f"{call.name} is called {count} times in this turn, so its name cannot say which result answers "
                    "which call: key the results by call id, or pass a list in call order"
                )
        used.add(key)
        ordered.append(results[key])
    unused = [key for key in results if key not in used]
    if unused:
        known = ", ".join(call.id or call.name for call in calls)
        raise ToolPairingError(f"{unused[0]!r} answers no call of this turn (its calls: {known})")
    return ordered


def _tool_result(call: ToolInvocation, value: Any) -> Any:
    if isinstance(value, ToolResult):
        return value
    if isinstance(value, BaseException):
        return ToolResult.failure(call, value, GEMINI_WIRE)
    if isinstance(value, Mapping) and "functionResponse" in value:
        return value
    return ToolResult.success(call, value, GEMINI_WIRE)


def attach(
    response: GenerateContentResponse,
    *,
    structured: StructuredOutput[Any] | None = None,
    afc: AutomaticFunctionCallingResult | None = None,
) -> GenerateContentResponse:
    """Record the request's structured output and the loop's result on a response (internal)."""
    response._structured = structured
    if afc is not None:
        response._afc = afc
    return response
