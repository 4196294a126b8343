"""(g) Memory held by a 1,000-turn chat history, measured with ``tracemalloc``.

The history is what a chat keeps: user turns built by the caller, model turns taken from decoded
responses (``response.candidates[0].content``). Each response body is prebuilt outside the traced
window; what stays allocated after the history is built (and a full GC) is what the history holds.
The reference is the size of the history's own JSON (``orjson.dumps`` of the Content list).
"""

from __future__ import annotations

import gc
import statistics
import tracemalloc
from collections.abc import Callable
from typing import Any

import orjson
from google.genai import types as genai_types

from pygenai import types

from .. import genai_side, pygenai_side, workloads
from ..report import MeasureResult, Ratio
from ..settings import Settings

__all__ = ["run"]

JSON = dict[str, Any]


def _held(build: Callable[[], object]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return after - before


def _response_bytes(turn: JSON, index: int) -> bytes:
    body = {
        "candidates": [{"content": turn, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": 100 + index, "candidatesTokenCount": 50, "totalTokenCount": 150 + index},
        "modelVersion": workloads.MODEL_VERSION,
        "responseId": f"resp-{index:06d}-bench",
    }
    return workloads.pretty(body)


def run(settings: Settings) -> list[MeasureResult]:
    """Build the history three ways (pygenai, pygenai from JSON alone, google-genai) and compare held bytes."""
    turns = workloads.chat_history(1000)
    json_bytes = len(orjson.dumps(turns))
    responses = {i: _response_bytes(t, i) for i, t in enumerate(turns) if t["role"] == "model"}

    def pygenai_history() -> list[types.Content]:
        history: list[types.Content] = []
        for i, turn in enumerate(turns):
            if i in responses:
                candidates = types.GenerateContentResponse.from_json(responses[i]).candidates
                assert candidates is not None and candidates[0].content is not None
                history.append(candidates[0].content)
            else:
                history.append(pygenai_side.content(turn))
        return history

    def pygenai_from_content_json() -> list[types.Content]:
        return [types.Content.from_json(orjson.dumps(t)) for t in turns]

    def google_history() -> list[genai_types.Content]:
        history: list[genai_types.Content] = []
        for i, turn in enumerate(turns):
            if i in responses:
                candidates = genai_types.GenerateContentResponse.model_validate_json(responses[i]).candidates
                assert candidates is not None and candidates[0].content is not None
                history.append(candidates[0].content)
            else:
                history.append(genai_side.content(turn))
        return history

    runs = 3 if settings.quick else 5
    held = {
        "pygenai history": statistics.median(_held(pygenai_history) for _ in range(runs)),
        "pygenai Content.from_json per turn": statistics.median(_held(pygenai_from_content_json) for _ in range(runs)),
        "google-genai history": statistics.median(_held(google_history) for _ in range(runs)),
    }
    result = MeasureResult("memory_history_1000", "memory held by a 1,000-turn history")
    result.facts["history JSON bytes"] = f"{json_bytes:,}"
    for name, size in held.items():
        result.facts[f"{name} bytes"] = f"{int(size):,} ({size / json_bytes:.2f}x the JSON)"
    result.ratios.append(
        Ratio(
            f"{result.id}: pygenai / JSON bytes",
            "pygenai / JSON bytes",
            held["pygenai history"] / json_bytes,
            None,
            2.0,
            "≤ 2.0",
        )
    )
    result.ratios.append(
        Ratio(
            f"{result.id}: pygenai from_json / JSON bytes",
            "pygenai Content.from_json / JSON bytes",
            held["pygenai Content.from_json per turn"] / json_bytes,
        )
    )
    result.ratios.append(
        Ratio(
            f"{result.id}: pygenai / google-genai",
            "pygenai / google-genai",
            held["pygenai history"] / held["google-genai history"],
        )
    )
    return [result]
