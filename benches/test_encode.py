"""(b) Encoding a 200-turn request (``measures/encode.py``): ``to_json()`` against ``orjson.dumps`` of the same
dict, and building + encoding against google-genai's request path."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

CONTENDERS = {
    "encode_200_turns": [
        "orjson.dumps(same dict)",
        "orjson.dumps(fresh equal dict)",
        "pygenai request.to_json()",
        "pygenai build request + to_json",
        "google-genai request path",
    ],
}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_encode(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("encode")[measure_id], contender, CONTENDERS[measure_id])
