"""(a) Decoding a response into typed objects: pygenai vs ``orjson.loads`` vs google-genai.

GenerateContent responses of three sizes, and a 200-step Interactions API interaction (``decode_interaction_200``).

pygenai's models are lazy views, so the bare decode is one ``orjson.loads`` plus a wrapper; the cost of
reading fields moves to first access. The "+ touch" contenders read every declared field of every part
(and the grounding chunk/support lists) on both sides, so that cost is visible, not hidden.
"""

from __future__ import annotations

from collections.abc import Callable

import orjson
from google.genai import types as genai_types
from google.genai._gaos.types.interactions.interaction import Interaction as GenaiInteraction
from google.genai._gaos.utils.serializers import unmarshal_json

import pygenai

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


def _read_pygenai(interaction: pygenai.Interaction) -> tuple[str, list[str | None]]:
    return interaction.text, [step.type for step in interaction.steps or ()]


def _read_genai(interaction: GenaiInteraction) -> tuple[str, list[str | None]]:
    return interaction.output_text or "", [step.type for step in interaction.steps or ()]


def _interaction_measure(settings: Settings) -> MeasureResult:
    """A 200-step interaction: ``pygenai.Interaction`` against ``orjson.loads`` and google-genai's ``Interaction``
    decoded as its ``interactions.create`` does (``unmarshal_json``), bare and with the text and step kinds read."""
    data = workloads.interaction_200_steps()
    decode = pygenai.Interaction.from_json
    contenders: list[tuple[str, Callable[[], object]]] = [
        ("orjson.loads", lambda: orjson.loads(data)),
        ("pygenai Interaction", lambda: decode(data)),
        ("pygenai Interaction + text/steps", lambda: _read_pygenai(decode(data))),
        ("google-genai unmarshal_json", lambda: unmarshal_json(data, GenaiInteraction)),
        ("google-genai + output_text/steps", lambda: _read_genai(unmarshal_json(data, GenaiInteraction))),
    ]
    ours, theirs = _read_pygenai(decode(data)), _read_genai(unmarshal_json(data, GenaiInteraction))
    if ours != theirs:  # the same text and the same 200 step kinds, or the comparison is not like for like
        raise AssertionError("pygenai and google-genai read different text or steps from the same interaction")
    timings = time_contenders(contenders, rounds=settings.rounds, batch_s=settings.batch_s)

    result = MeasureResult("decode_interaction_200", "decode 200-step interaction")
    result.add_times(timings)
    result.facts["payload bytes"] = len(data)
    result.facts["steps"] = len(ours[1])
    result.add_ratio(timings, "pygenai Interaction", "orjson.loads", "pygenai / orjson.loads")
    result.add_ratio(timings, "pygenai Interaction", "google-genai unmarshal_json", "pygenai / google-genai")
    result.add_ratio(timings, "pygenai Interaction + text/steps", "orjson.loads", "pygenai + read / orjson.loads")
    result.add_ratio(
        timings,
        "pygenai Interaction + text/steps",
        "google-genai + output_text/steps",
        "pygenai + read / google-genai + read",
    )
    return result


def run(settings: Settings) -> list[MeasureResult]:
    """The 32 KB decode (with goals), the small and 1 MB responses and a 200-step interaction (reported)."""
    return [
        _decode_measure("decode_32k", "decode 32 KB response", workloads.response_32k(), settings, goals=True),
        _decode_measure(
            "decode_small", "decode small text response", workloads.small_text_response(), settings, goals=False
        ),
        _decode_measure("decode_1mb", "decode 1 MB response", workloads.response_1mb(), settings, goals=False),
        _interaction_measure(settings),
    ]
