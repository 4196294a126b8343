"""(a) Decoding a response into typed objects: pygenai vs ``orjson.loads`` vs google-genai.

pygenai's models are lazy views, so the bare decode is one ``orjson.loads`` plus a wrapper; the cost of
reading fields moves to first access. The "+ touch" contenders read every declared field of every part
(and the grounding chunk/support lists) on both sides, so that cost is visible, not hidden.
"""

from __future__ import annotations

from collections.abc import Callable

import orjson
from google.genai import types as genai_types

from .. import genai_side, pygenai_side, workloads
from ..report import MeasureResult
from ..settings import Settings
from ..timing import time_contenders

__all__ = ["run"]


def _decode_measure(measure_id: str, title: str, data: bytes, settings: Settings, *, goals: bool) -> MeasureResult:
    google_validate = genai_types.GenerateContentResponse.model_validate_json
    decode = pygenai_side.decode_response
    contenders: list[tuple[str, Callable[[], object]]] = [
        ("orjson.loads", lambda: orjson.loads(data)),
        ("pygenai from_json", lambda: decode(data)),
        ("pygenai from_json + touch", lambda: pygenai_side.touch_response(decode(data))),
        ("google-genai model_validate_json", lambda: google_validate(data)),
        ("google-genai validate + touch", lambda: genai_side.touch_response(google_validate(data))),
    ]
    # Both sides must see the same fields, or the touch comparison is not like for like.
    touched = pygenai_side.touch_response(decode(data)), genai_side.touch_response(google_validate(data))
    timings = time_contenders(contenders, rounds=settings.rounds, batch_s=settings.batch_s)

    result = MeasureResult(measure_id, title)
    result.add_times(timings)
    result.facts["payload bytes"] = len(data)
    result.facts["fields touched (pygenai, google-genai)"] = f"{touched[0]}, {touched[1]}"
    result.add_ratio(
        timings,
        "pygenai from_json",
        "orjson.loads",
        "pygenai / orjson.loads",
        goal_max=1.2 if goals else None,
        goal="≤ 1.2" if goals else "",
    )
    result.add_ratio(
        timings,
        "pygenai from_json",
        "google-genai model_validate_json",
        "pygenai / google-genai",
        goal_max=0.05 if goals else None,
        goal="≤ 0.05 (≥ 20x faster)" if goals else "",
    )
    result.add_ratio(timings, "pygenai from_json + touch", "orjson.loads", "pygenai + touch / orjson.loads")
    result.add_ratio(
        timings, "pygenai from_json + touch", "google-genai validate + touch", "pygenai + touch / google-genai + touch"
    )
    return result


def run(settings: Settings) -> list[MeasureResult]:
    """The 32 KB decode (with goals), and the small and 1 MB responses (reported)."""
    return [
        _decode_measure("decode_32k", "decode 32 KB response", workloads.response_32k(), settings, goals=True),
        _decode_measure(
            "decode_small", "decode small text response", workloads.small_text_response(), settings, goals=False
        ),
        _decode_measure("decode_1mb", "decode 1 MB response", workloads.response_1mb(), settings, goals=False),
    ]
