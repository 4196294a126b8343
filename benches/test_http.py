"""(e) Per-request overhead and (f) 1,000 concurrent async requests against a loopback server
(``measures/http.py``). In ``concurrency_1000`` one round's sample is the wall time of one burst of 1,000."""

from __future__ import annotations

from typing import Any

import pytest

from .harness import Measured, contender_params, record

CONTENDERS = {
    "request_overhead": ["bare httpx2 POST", "pygenai generate_content", "google-genai generate_content"],
    "concurrency_1000": ["bare httpx2 AsyncClient", "pygenai AsyncClient", "google-genai client.aio"],
}


@pytest.mark.parametrize(("measure_id", "contender"), contender_params(CONTENDERS))
def test_http(benchmark: Any, measured: Measured, measure_id: str, contender: str) -> None:
    record(benchmark, measured("http")[measure_id], contender, CONTENDERS[measure_id])
