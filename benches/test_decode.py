"""(a) Decoding responses into typed objects (``measures/decode.py``): 32 KB (goals), small, 1 MB, a 200-step
interaction; pygenai against ``orjson.loads`` and google-genai, bare and with every field read."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

_RESPONSE = [
    "orjson.loads",
    "pygenai from_json",
    "pygenai from_json + touch",
    "google-genai model_validate_json",
    "google-genai validate + touch",
]
CONTENDERS = {
    "decode_32k": _RESPONSE,
    "decode_small": _RESPONSE,
    "decode_1mb": _RESPONSE,
    "decode_interaction_200": [
        "orjson.loads",
        "pygenai Interaction",
        "pygenai Interaction + text/steps",
        "google-genai unmarshal_json",
        "google-genai + output_text/steps",
    ],
}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_decode(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("decode")[measure_id], contender, CONTENDERS[measure_id])
