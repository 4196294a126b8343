"""An answer as the text the next agent reads."""

from __future__ import annotations

from typing import Any

import orjson

from ...tools._calls import to_json_value
from .._backend import content_texts
from .._result import RunResult

__all__ = ["answer_text", "tool_value"]


def answer_text(output: Any, run: RunResult[Any] | None) -> str:
    """``output`` as text: itself when a string; else the JSON text the model answered with (a structured
    output), or the output's JSON form."""
    if isinstance(output, str):
        return output
    if run is not None and run.output is output:
        text = _last_model_text(run.messages)
        if text:
            return text
    return orjson.dumps(to_json_value(output)).decode()


def tool_value(output: Any) -> Any:
    """``output`` as a tool returns it: text, or the JSON form of a structured output."""
    return output if isinstance(output, str) else to_json_value(output)


def _last_model_text(messages: list[dict[str, Any]]) -> str:
    for turn in reversed(messages):
        if turn.get("role") == "model":
            return content_texts(turn)[1]
    return ""
