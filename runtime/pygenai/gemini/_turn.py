"""The turn a GenerateContent stream accumulates as its chunks pass, and helpers the clients share.

Pure: the stream shells feed chunks in and read the accumulated response out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from ..tools import Finished, FunctionCallingLoop, ToolResult
from ._accumulate import GenerateContentAccumulator
from ._prepare import PreparedRequest
from ._response import AutomaticFunctionCallingResult, GenerateContentResponse, attach

if TYPE_CHECKING:
    from ..tools._structured import StructuredOutput

__all__ = ["RAW_SLOT", "OnComplete", "Turn", "afc_result", "check_streamable", "model_content"]

JSONObject: TypeAlias = dict[str, Any]
OnComplete: TypeAlias = Callable[[GenerateContentResponse], None]

RAW_SLOT: Final = "_http"


def model_content(response: GenerateContentResponse) -> JSONObject | None:
    content = response.content
    return content._data if content is not None else None


def check_streamable(prepared: PreparedRequest, method: str) -> None:
    if prepared.runs_tools:
        raise TypeError(
            f"{method} sends one request and does not run Python tools: use generate_content_stream_events "
            "(chat.send_events) to stream with automatic function calling, or set "
            "config['automatic_function_calling'] = {'disable': True} to answer the calls yourself"
        )


_BARE_EMPTY_TEXT: Final = {"text": ""}


def _drop_bare_empty_text(data: JSONObject) -> JSONObject:
    """Drop ``{"text": ""}`` parts that carry nothing else from an accumulated turn (in place; its lists are new).

    A stream often ends with one; sent back in history it is noise at best. An empty part holding a
    ``thoughtSignature`` is kept: the signature must go back.
    """
    for candidate in data.get("candidates") or ():
        content = candidate.get("content") if isinstance(candidate, dict) else None
        if not isinstance(content, dict):
            continue
        parts = content.get("parts")
        if isinstance(parts, list) and len(parts) > 1:
            kept = [part for part in parts if part != _BARE_EMPTY_TEXT]
            if kept:
                content["parts"] = kept
    return data


class Turn:
    """What both stream classes add: the turn accumulated as chunks pass, and a hook when the stream ends."""

    __slots__ = ("abandoned", "accumulator", "final", "on_complete", "structured")

    def __init__(self, structured: StructuredOutput[Any] | None, on_complete: OnComplete | None) -> None:
        self.accumulator = GenerateContentAccumulator()
        self.structured = structured
        self.on_complete = on_complete
        self.final: GenerateContentResponse | None = None
        self.abandoned = False

    def snapshot(self) -> GenerateContentResponse:
        return attach(
            GenerateContentResponse._wrap(_drop_bare_empty_text(self.accumulator.result())), structured=self.structured
        )

    def complete(self, raw: object) -> None:
        if self.final is not None or self.abandoned:
            return
        final = self.snapshot()
        setattr(final, RAW_SLOT, raw)
        self.final = final
        if self.on_complete is not None:
            self.on_complete(final)

    def close(self) -> None:
        if self.final is None:
            self.abandoned = True

    def result(self) -> GenerateContentResponse:
        if self.final is None:
            raise RuntimeError("the stream was closed before it ended; see .accumulated for what arrived")
        return self.final


def afc_result(step: Finished, loop: FunctionCallingLoop, results: list[ToolResult]) -> AutomaticFunctionCallingResult:
    return AutomaticFunctionCallingResult(step.reason, step.rounds, list(loop.history), list(results), step.calls)
