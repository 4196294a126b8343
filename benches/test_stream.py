"""(c) Decoding and accumulating a 1,000-chunk SSE stream (``measures/stream.py``): the sans-I/O core against a
bare line split + ``orjson.loads``, the client call against google-genai's ``generate_content_stream``."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

CONTENDERS = {
    "stream_1000": [
        "raw split + orjson.loads",
        "pygenai SSE + accumulate (core)",
        "pygenai client stream + accumulate",
        "google-genai generate_content_stream",
    ],
}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_stream(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("stream")[measure_id], contender, CONTENDERS[measure_id])
