"""(i) The Live API (``measures/live.py``): server frames into typed events, audio to the caller, and the
pure-Python resampler (its rounds are single calls timed by CPU time)."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

CONTENDERS = {
    "live_decode": ["orjson.loads", "orjson.loads + base64 of audio", "pygenai LiveProtocol.receive"],
    "live_audio": ["orjson.loads + a2b_base64", "orjson.loads + b64decode(validate)", "pygenai AudioChunk.data"],
    "live_resample": ["resample 48000 Hz to 16 kHz (CPU time)", "resample 44100 Hz to 16 kHz (CPU time)"],
}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_live(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("live")[measure_id], contender, CONTENDERS[measure_id])
